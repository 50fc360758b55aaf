//! The model's texts in the reader's language, from locales/*.json (leptos_i18n). Each lookup is
//! an exhaustive `match` over an id of `content` or `checklist`, so an id without a text fails
//! the build, and `td_string!` fails it for a key missing from a locale. `content` and
//! `checklist` know nothing of this module (`tests/it/layers.rs`).

pub mod article;
pub mod checklist;
pub mod phrases;
pub mod registry;
