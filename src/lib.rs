//! Veiviser: an offline-first arrival guide for people who fled Ukraine to Norway.
//!
//! - `lang`, `storage`, `route`, `sort`: pure logic, tested natively.
//! - `platform`: the browser (storage, service worker, install prompt, panic screen).
//! - `components`, `pages`: the UI; `app` holds the router and the providers.

pub mod app;
pub mod build_info;
pub mod checklist;
pub mod components;
pub mod content;
pub mod i18n;
pub mod lang;
pub mod pages;
pub mod platform;
pub mod route;
pub mod search;
pub mod sort;
pub mod storage;
