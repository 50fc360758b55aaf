//! Every official page the guide's facts come from: the five seed pages (2022–23, in
//! ../shared/seeds) and the newer pages of ../shared/sources/current-rules.md. Each block of an
//! article names its sources by id (`[src:id,...]`); tests/it/content.rs checks that every id
//! exists, every entry is used, and every entry has an address (or is a seed without one) and
//! a date or "undated".

use crate::date::Date;

/// Who published a page. Names: `publisher.<key>` in locales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Publisher {
    Udi,
    Police,
    Imdi,
    Norge,
    Government,
    Storting,
    Nav,
    Skatteetaten,
    Helsenorge,
    Fhi,
    Unhcr,
    PublicAgencies,
    /// A news outlet, by its own name: cited only for a `[reported]` change, always beside an
    /// official page (current-rules.md section 13), and shown as news.
    News(&'static str),
}

impl Publisher {
    pub fn is_news(self) -> bool {
        matches!(self, Publisher::News(_))
    }
}

/// The date a page states for itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    Day(Date),
    Year(u16),
    /// The page gives no date.
    Undated,
}

/// Where a reviewer finds the fact the entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A seed file in ../shared/seeds.
    Seed(&'static str),
    /// A numbered section of ../shared/sources/current-rules.md.
    Rules(u8),
}

/// The passages of a page the guide relies on, verbatim, in the page's own language, as published:
/// what the source watcher (`cargo run --release -p sources -- check`) looks for on the live
/// page. Never a passage nobody has seen on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quotes {
    /// No passage seen verbatim (current-rules.md gives facts in its own words): the watcher
    /// reports the page as "needs a live check".
    None,
    Seen(&'static [&'static str]),
}

impl Quotes {
    pub fn passages(self) -> &'static [&'static str] {
        match self {
            Quotes::None => &[],
            Quotes::Seen(q) => q,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Cited in the texts as `[src:id]` (`SourceId::as_str`).
    pub id: SourceId,
    pub publisher: Publisher,
    pub origin: Origin,
    /// The page's address as the sources give it; None for a seed that gives none (the seeds
    /// README: never a guessed path).
    pub url: Option<&'static str>,
    pub date: AsOf,
    /// The page's own title, in the page's own language.
    pub title: &'static str,
    pub quotes: Quotes,
}

mod arrival;
mod ids;
mod papers;
mod rights;
mod seeds;
mod settling;

pub use ids::SourceId;

/// The tables, in `SourceId`'s order: seeds first, then current-rules.md by section; only pages
/// the texts cite.
const PARTS: [&[Source]; 5] = [
    seeds::SEEDS,
    arrival::ARRIVAL,
    papers::PAPERS,
    settling::SETTLING,
    rights::RIGHTS,
];

// Every `SourceId` has exactly one row, in order, or the crate does not compile.
const _: () = {
    let mut n = 0;
    let mut p = 0;
    while p < PARTS.len() {
        let mut i = 0;
        while i < PARTS[p].len() {
            assert!(
                PARTS[p][i].id as usize == n,
                "source rows must follow SourceId's order"
            );
            n += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(
        n == <SourceId as strum::EnumCount>::COUNT,
        "every SourceId needs a row"
    );
};

/// Every source, in order.
pub fn all() -> impl Iterator<Item = &'static Source> {
    PARTS.into_iter().flatten()
}

impl SourceId {
    pub fn source(self) -> &'static Source {
        let mut i = self as usize;
        for part in PARTS {
            match part.get(i) {
                Some(s) => return s,
                None => i -= part.len(),
            }
        }
        unreachable!("every SourceId has a row (checked above)")
    }
}

/// What a reader should know about a source's address, where the sources allow no better one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceNote {
    /// The address names another topic than the text it carried when the guide was checked.
    OtherAddress,
    /// The page is on a preview host, not the publisher's public site.
    Preview,
}

impl SourceId {
    /// Texts: `source_note.<key>` in locales.
    pub fn note(self) -> Option<SourceNote> {
        match self {
            // current-rules.md: the stored copy at this address holds the "applying from Norway"
            // text; no other address for it is known.
            SourceId::UdiRegisterEn => Some(SourceNote::OtherAddress),
            // current-rules.md gives only the imdiny-prep.imdi.no address for IMDi's guide.
            SourceId::ImdiGuide6a => Some(SourceNote::Preview),
            _ => None,
        }
    }
}

use Publisher::*;

/// Sources a person has checked on the live page, with the day: set only after such a check
/// (docs/keeping-true.md). None yet: the guide was checked against stored copies.
pub const VERIFIED: &[(SourceId, Date)] = &[];

impl SourceId {
    /// The day a person last checked this source on the live page.
    pub fn verified(self) -> Option<Date> {
        VERIFIED.iter().find(|(id, _)| *id == self).map(|(_, d)| *d)
    }
}

/// The source the texts cite as `id`.
pub fn find(id: &str) -> Option<&'static Source> {
    all().find(|s| s.id.as_str() == id)
}

impl Publisher {
    /// The official publishers (news outlets are not among them).
    pub const ALL: [Publisher; 12] = [
        Udi,
        Police,
        Imdi,
        Norge,
        Government,
        Storting,
        Nav,
        Skatteetaten,
        Helsenorge,
        Fhi,
        Unhcr,
        PublicAgencies,
    ];
}
