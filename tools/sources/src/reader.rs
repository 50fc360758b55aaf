//! Where pages come from: the network, or saved copies; with the cache either way (saved
//! copies use it only for the accepted texts). `check` and `accept` read pages the same way.

use crate::args::CheckOptions;
use crate::cache::Cache;
use crate::error::Fatal;
use crate::fetch::Fetcher;
use crate::retrieved::Retrieved;
use crate::saved::Saved;

pub enum Reader {
    Network(Fetcher),
    Saved(Saved, Cache),
}

impl Reader {
    pub fn open(opts: &CheckOptions) -> Result<Reader, Fatal> {
        let cache = Cache::load(&opts.cache);
        Ok(match &opts.saved {
            Some(dir) => Reader::Saved(Saved::open(dir)?, cache),
            None => Reader::Network(Fetcher::new(opts.timeout, cache)),
        })
    }

    pub fn get(&mut self, address: &str) -> Retrieved {
        match self {
            Reader::Network(f) => f.get(address),
            Reader::Saved(s, _) => s.get(address),
        }
    }

    pub fn cache(&self) -> &Cache {
        match self {
            Reader::Network(f) => f.cache(),
            Reader::Saved(_, c) => c,
        }
    }

    pub fn cache_mut(&mut self) -> &mut Cache {
        match self {
            Reader::Network(f) => f.cache_mut(),
            Reader::Saved(_, c) => c,
        }
    }
}
