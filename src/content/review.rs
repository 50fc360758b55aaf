//! What a page may say about how it was checked, and when it starts warning that it is old. The
//! guide was checked against stored copies of the official pages; a source counts as checked on
//! the live page only once a person has done so (`sources::VERIFIED`). `Article::checked` and
//! `Article::stale_basis` (in `texts::article`) apply these to a page's cited sources.

use crate::date::Date;

/// How a page was last checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    /// Against copies of the official pages, on the guide's review day.
    Copies(Date),
    /// Against the live pages: every source the page cites was checked; the oldest such day.
    Live(Date),
}

/// `sources`: the ids the page cites; `verified`: a source's live-check day.
pub fn checked(
    sources: &[&str],
    reviewed: Date,
    verified: impl Fn(&str) -> Option<Date>,
) -> Checked {
    let days: Option<Vec<Date>> = sources.iter().map(|s| verified(s)).collect();
    match days.and_then(|d| d.into_iter().min()) {
        Some(oldest) => Checked::Live(oldest),
        None => Checked::Copies(reviewed),
    }
}

/// The day the stale notice counts from: the oldest among the page's sources of the day each was
/// verified on the live page or, before that, the guide's review day.
pub fn stale_basis(
    sources: &[&str],
    reviewed: Date,
    verified: impl Fn(&str) -> Option<Date>,
) -> Date {
    sources
        .iter()
        .map(|s| verified(s).unwrap_or(reviewed))
        .min()
        .unwrap_or(reviewed)
}
