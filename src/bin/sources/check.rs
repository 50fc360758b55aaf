//! `sources check`: each source's page, fetched or read from a saved copy, judged against its
//! quotes; then the report. Returns whether anything drifted (exit code 1).

use crate::args::CheckOptions;
use crate::cache::Cache;
use crate::citations;
use crate::error::Fatal;
use crate::fetch::Fetcher;
use crate::matching::{self, Nearest};
use crate::report::{self, Report};
use crate::saved::Saved;
use crate::targets::{self, Target};
use std::io::IsTerminal;

/// What came back for an address.
#[derive(Clone, Debug)]
pub enum Retrieved {
    /// The page's main text; `reused` when a 304 said the cached one still holds.
    Text {
        text: String,
        reused: bool,
    },
    Moved {
        code: u16,
        to: String,
    },
    Gone(String),
    Unreachable(String),
}

/// A quote not found, and what the page says instead.
#[derive(Clone, Debug)]
pub struct Missing {
    pub quote: String,
    pub nearest: Option<Nearest>,
}

#[derive(Clone, Debug)]
pub enum Status {
    /// Every quote is on the page.
    Unchanged,
    QuoteMissing(Vec<Missing>),
    Moved {
        code: u16,
        to: String,
    },
    Gone(String),
    Unreachable(String),
    /// Reachable, but the registry has no quote to compare (`Quotes::None`).
    NeedsLiveCheck,
}

impl Status {
    /// The name in the report.
    pub fn name(&self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::QuoteMissing(_) => "quote-missing",
            Status::Moved { .. } => "moved",
            Status::Gone(_) => "gone",
            Status::Unreachable(_) => "unreachable",
            Status::NeedsLiveCheck => "needs-live-check",
        }
    }

    /// Whether a maintainer must act on it: the guide may no longer say what the page says.
    pub fn drifted(&self) -> bool {
        !matches!(self, Status::Unchanged | Status::NeedsLiveCheck)
    }

    /// Every status, in the order the report counts them.
    pub const NAMES: [&'static str; 6] = [
        "unchanged",
        "quote-missing",
        "moved",
        "gone",
        "unreachable",
        "needs-live-check",
    ];
}

/// One source's outcome.
#[derive(Clone, Debug)]
pub struct Checked {
    pub target: Target,
    pub status: Status,
    /// The text came from the cache after a 304.
    pub reused: bool,
}

pub fn judge(target: &Target, retrieved: Retrieved) -> (Status, bool) {
    match retrieved {
        Retrieved::Moved { code, to } => (Status::Moved { code, to }, false),
        Retrieved::Gone(why) => (Status::Gone(why), false),
        Retrieved::Unreachable(why) => (Status::Unreachable(why), false),
        Retrieved::Text { text, reused } => {
            if target.quotes.is_empty() {
                return (Status::NeedsLiveCheck, reused);
            }
            let page = matching::normalise(&text);
            let missing: Vec<Missing> = target
                .quotes
                .iter()
                .filter(|q| !matching::contains(&page, q))
                .map(|q| Missing {
                    quote: q.clone(),
                    nearest: matching::nearest(&text, q),
                })
                .collect();
            let status = if missing.is_empty() {
                Status::Unchanged
            } else {
                Status::QuoteMissing(missing)
            };
            (status, reused)
        }
    }
}

enum Reader {
    Network(Fetcher),
    Saved(Saved),
}

pub fn run(opts: &CheckOptions) -> Result<bool, Fatal> {
    let plan = targets::plan(opts)?;
    let mut reader = match &opts.saved {
        Some(dir) => Reader::Saved(Saved::open(dir)?),
        None => Reader::Network(Fetcher::new(opts.timeout, Cache::load(&opts.cache))),
    };
    let progress = std::io::stderr().is_terminal();
    let total = plan.targets.len();
    let mut checked = Vec::with_capacity(total);
    for (i, target) in plan.targets.into_iter().enumerate() {
        if progress {
            eprintln!("[{}/{total}] {} {}", i + 1, target.id, target.address);
        }
        let retrieved = match &mut reader {
            Reader::Network(f) => f.get(&target.address),
            Reader::Saved(s) => s.get(&target.address),
        };
        let (status, reused) = judge(&target, retrieved);
        checked.push(Checked {
            target,
            status,
            reused,
        });
    }
    if let Reader::Network(f) = &reader {
        f.save_cache();
    }
    let report = Report {
        checked,
        without_address: plan.without_address,
        citations: citations::all(),
        saved: opts.saved.is_some(),
        day: report::today(),
    };
    report::write(&report, opts)?;
    Ok(report.drifted())
}
