//! Reading aloud, the part without the browser: what is said for a page or a phrase card
//! (`script`), how numbers and dates are said (`spoken`, `words`), which of the device's voices
//! to use (`voices`), and where a reading is (`player`). `platform::speech` hands the lines to
//! the device's speech engine.

pub mod player;
pub mod script;
pub mod spoken;
pub mod voices;
mod words;

/// The `data-say` value that marks block `at` of `owner`'s reading on the page: the page writes
/// it, `platform::speech` finds the block by it.
pub fn mark(owner: &str, at: usize) -> String {
    format!("{owner}-{at}")
}

/// One utterance, and the block of the page it reads (see `script::TITLE`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub at: usize,
    pub text: String,
}
