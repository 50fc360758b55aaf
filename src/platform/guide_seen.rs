//! What this phone has seen of the guide's change log, in a signal and in storage: read at
//! start (recording a first visit at once, so a later update has a baseline), written on
//! every change. Not personal data: a failed write only means the news may show again.

use super::with_store;
use crate::content::changes::{self, Seen};
use crate::content::journey::ArticleId;
use crate::storage::seen;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct GuideSeen(RwSignal<Seen>);

impl GuideSeen {
    pub fn start() -> GuideSeen {
        let log = changes::log();
        let (value, stored) = with_store(|s| {
            let stored = s.get(&seen::key()).ok().flatten().is_some();
            (seen::load(s, log), stored)
        });
        if !stored {
            let _ = with_store(|s| seen::save(s, &value));
        }
        GuideSeen(RwSignal::new(value))
    }

    pub fn get(&self) -> Signal<Seen> {
        self.0.into()
    }

    /// "What's new" has been shown.
    pub fn mark_shown(&self) {
        self.change(|s| s.mark_shown(changes::log()));
    }

    /// The page has been read.
    pub fn mark_read(&self, page: ArticleId) {
        self.change(|s| s.mark_read(page, changes::log()));
    }

    fn change(&self, f: impl FnOnce(&mut Seen) -> bool) {
        let mut next = self.0.get_untracked();
        if f(&mut next) {
            let _ = with_store(|s| seen::save(s, &next));
            self.0.set(next);
        }
    }
}

pub fn use_guide_seen() -> GuideSeen {
    use_context::<GuideSeen>().expect("provided by App")
}
