//! Veiviser: an offline-first arrival guide for people who fled Ukraine to Norway.
//!
//! - `content`, `checklist`, `letters`, `search`, `speech`, `storage`, `lang`, `route`, `date`,
//!   `chars`, `base`: pure logic, tested natively. `content` is the guidance and its sources;
//!   `checklist` the personal tasks; `letters` which letter a pasted text is; `speech` what read
//!   aloud says; `chars` the letters and case of the guide's scripts, shared by those that fold
//!   text.
//! - `platform`: everything that talks to the browser (storage, the clock, the speech engine,
//!   service worker, install prompt, sharing, printing, the panic screen) and the app-wide state
//!   components read (`use_app_state`, `use_checklist`). Nothing else uses the browser's
//!   bindings (`tests/it/safety.rs`).
//! - `state`: app-wide state built from the model that several components and pages read (the
//!   shown person's task views, the search index, the questionnaire's unsaved answers).
//! - `components`, `pages`: the UI; `app` holds the router and the providers.

/// An id enum with `as_str()` shows as, and equals, its frozen public string (as it is stored,
/// in URLs and in texts), so tests and pages can name it by that string.
macro_rules! public_id {
    ($Id:ty) => {
        impl std::fmt::Display for $Id {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $Id {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}
pub(crate) use public_id;

pub mod app;
pub mod base;
pub mod build_info;
pub mod chars;
pub mod checklist;
pub mod components;
pub mod content;
pub mod date;
pub mod i18n;
pub mod lang;
pub mod letters;
pub mod pages;
pub mod platform;
pub mod route;
pub mod search;
pub mod speech;
pub mod state;
pub mod storage;
pub mod texts;
