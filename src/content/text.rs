//! The translated texts of the journey, looked up by the language-neutral ids. They live in
//! locales/*.json next to the UI strings, so a missing one fails the `locales` test.

use super::journey::{Kind, Page, PageId};
use super::markup::{Block, Inline, parse, split_sources};
use super::sources::Publisher;
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

/// A page's texts in one language. The summary ends with its sources; the body uses the format
/// of `content::markup`, with the page's own section headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageText {
    pub title: &'static str,
    pub summary: &'static str,
    pub body: &'static str,
}

impl PageText {
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

macro_rules! define_page_texts {
    (steps { $($S:ident $s:ident $sid:literal after [$($sa:ident),*] related [$($sr:ident),*] $(.$sw:ident())?;)* }
     topics { $($T:ident $t:ident $tid:literal after [] related [$($tr:ident),*] $(.$tw:ident())?;)* }) => {
        /// None only for a page that is not in the journey.
        pub fn page_text(page: &Page, lang: Lang) -> Option<PageText> {
            let l = Locale::from(lang);
            Some(match (page.kind, page.id) {
                $((Kind::Step, PageId::$S) => PageText {
                    title: td_string!(l, step.$s.title),
                    summary: td_string!(l, step.$s.summary),
                    body: td_string!(l, step.$s.body),
                },)*
                $((Kind::Topic, PageId::$T) => PageText {
                    title: td_string!(l, topic.$t.title),
                    summary: td_string!(l, topic.$t.summary),
                    body: td_string!(l, topic.$t.body),
                },)*
                _ => return None,
            })
        }
    };
}

crate::journey_table!(define_page_texts);

/// The sentence of a change-log entry.
pub fn change_text(key: &str, lang: Lang) -> Option<&'static str> {
    let l = Locale::from(lang);
    match key {
        "c2026_11_26" => Some(td_string!(l, changes.c2026_11_26)),
        "c2026_12_02" => Some(td_string!(l, changes.c2026_12_02)),
        _ => None,
    }
}

/// The publishers of the sources the pages cite (in English, the reference language), in the
/// registry's order: the About page names these and no others.
pub fn cited_publishers() -> Vec<Publisher> {
    use super::journey;
    use super::sources;
    let cited: Vec<&str> = journey::all()
        .filter_map(|p| page_text(p, Lang::En))
        .flat_map(|t| t.sources())
        .collect();
    Publisher::ALL
        .into_iter()
        .filter(|p| {
            sources::SOURCES
                .iter()
                .any(|s| s.publisher == *p && cited.contains(&s.id.as_str()))
        })
        .collect()
}

/// A publisher's name in one language.
pub fn publisher_name(p: Publisher, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match p {
        Publisher::Udi => td_string!(l, publisher.udi),
        Publisher::Police => td_string!(l, publisher.police),
        Publisher::Imdi => td_string!(l, publisher.imdi),
        Publisher::Norge => td_string!(l, publisher.norge),
        Publisher::Government => td_string!(l, publisher.government),
        Publisher::Storting => td_string!(l, publisher.storting),
        Publisher::Nav => td_string!(l, publisher.nav),
        Publisher::Skatteetaten => td_string!(l, publisher.skatteetaten),
        Publisher::Helsenorge => td_string!(l, publisher.helsenorge),
        Publisher::Fhi => td_string!(l, publisher.fhi),
        Publisher::Unhcr => td_string!(l, publisher.unhcr),
        Publisher::PublicAgencies => td_string!(l, publisher.public_agencies),
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

impl PageText {
    pub fn references(&self) -> References {
        let mut refs = References::default();
        for block in self.blocks() {
            for run in block.inlines() {
                let (list, id) = match run {
                    Inline::Tel(id) => (&mut refs.tels, *id),
                    Inline::Link(id) => (&mut refs.links, *id),
                    Inline::Addr(id) => (&mut refs.addrs, *id),
                    Inline::Mail(id) => (&mut refs.mails, *id),
                    Inline::Text(_) => continue,
                };
                if !list.contains(&id) {
                    list.push(id);
                }
            }
        }
        refs
    }
}
