//! The search index, built once and shared by the search page.

use crate::search::{self, Index};
use std::cell::OnceCell;

thread_local! {
    // Built on the first search, not at start-up: most visits never search.
    static INDEX: OnceCell<Index> = const { OnceCell::new() };
}

pub fn with_index<R>(f: impl FnOnce(&Index) -> R) -> R {
    INDEX.with(|cell| f(cell.get_or_init(search::build)))
}
