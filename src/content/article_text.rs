//! A page's texts in one language and what they refer to. The texts themselves live in
//! locales/*.json and are looked up in `texts::article`.

use super::markup::{Block, Inline, parse, split_sources};

/// A page's texts in one language. The summary ends with its sources; the body uses the format
/// of `content::markup`, with the page's own section headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleText {
    pub title: &'static str,
    pub summary: &'static str,
    pub body: &'static str,
}

impl ArticleText {
    /// The summary without its sources, and the sources.
    pub fn lead(&self) -> (&'static str, Vec<&'static str>) {
        split_sources(self.summary)
    }

    pub fn blocks(&self) -> Vec<Block<'static>> {
        parse(self.body)
    }

    /// The sources the page cites, each once, in order of first citation: the numbers of its
    /// references.
    pub fn sources(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let cited = self.lead().1.into_iter();
        for id in cited.chain(self.blocks().into_iter().flat_map(|b| b.sources)) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

/// The registry entries a page's texts refer to, each once, in order of appearance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct References {
    pub tels: Vec<&'static str>,
    pub links: Vec<&'static str>,
    pub addrs: Vec<&'static str>,
    pub mails: Vec<&'static str>,
}

impl References {
    pub fn is_empty(&self) -> bool {
        self.tels.is_empty()
            && self.links.is_empty()
            && self.addrs.is_empty()
            && self.mails.is_empty()
    }
}

impl ArticleText {
    pub fn references(&self) -> References {
        let mut refs = References::default();
        for block in self.blocks() {
            for run in block.inlines() {
                let (list, id) = match run {
                    Inline::Tel(id) => (&mut refs.tels, *id),
                    Inline::Link(id) => (&mut refs.links, *id),
                    Inline::Addr(id) => (&mut refs.addrs, *id),
                    Inline::Mail(id) => (&mut refs.mails, *id),
                    Inline::Text(_) | Inline::Norwegian(_) => continue,
                };
                if !list.contains(&id) {
                    list.push(id);
                }
            }
        }
        refs
    }
}
