//! "Which letter is this?": a pasted letter's type, and the dates, DUF number, amount and
//! period it states, worked out on the phone with no network. Plain logic, tested natively
//! against the letters in tests/data/letters.json.

mod cues;
pub mod extract;
pub mod fold;
mod recognise;

pub use extract::{Amount, Found, FoundDate, Period, Unit};
pub use recognise::Verdict;

use crate::content::journey::ArticleId;

/// The longest text read: a letter is rarely longer, and a pasted book must not freeze the phone.
pub const MAX_CHARS: usize = 20_000;

/// What a pasted text is, and what it states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub verdict: Verdict,
    /// Every type's score, highest first (for tests and tuning).
    pub scores: Vec<(ArticleId, i32)>,
    pub found: Found,
}

pub fn read(text: &str) -> Reading {
    let text = match text.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let scores = recognise::scores(&fold::words(text));
    Reading {
        verdict: recognise::verdict(&scores),
        scores,
        found: extract::extract(text),
    }
}
