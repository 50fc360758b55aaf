//! Veiviser: an offline-first arrival guide for people who fled Ukraine to Norway.
//!
//! - `content`, `checklist`, `search`, `storage`, `lang`, `route`, `date`, `sort`: pure logic,
//!   tested natively. `content` is the guidance and its sources; `checklist` the personal tasks.
//! - `platform`: the browser (storage, the clock, service worker, install prompt, panic screen).
//! - `components`, `pages`: the UI; `app` holds the router and the providers.

pub mod app;
pub mod build_info;
pub mod checklist;
pub mod components;
pub mod content;
pub mod date;
pub mod i18n;
pub mod lang;
pub mod pages;
pub mod platform;
pub mod route;
pub mod search;
pub mod sort;
pub mod speech;
pub mod storage;
