//! Veiviser: an offline-first arrival guide for people who fled Ukraine to Norway.
//!
//! - `content`, `checklist`, `search`, `speech`, `storage`, `lang`, `route`, `date`:
//!   pure logic, tested natively. `content` is the guidance and its sources; `checklist` the
//!   personal tasks; `speech` what read aloud says.
//! - `platform`: everything that talks to the browser (storage, the clock, the speech engine,
//!   service worker, install prompt, sharing, printing, the panic screen) and the app-wide state
//!   components read (`use_app_state`, `use_checklist`). Nothing else uses the browser's
//!   bindings (`tests/safety.rs`).
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
pub mod speech;
pub mod storage;
