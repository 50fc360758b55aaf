//! The native integration tests, one module per subject, linked into one binary (the crate is
//! linked once, not once per file). One subject: `cargo test --test it storage_format`.

mod base;
mod calendar;
mod changelog;
mod checklist;
mod checklist_props;
mod content;
mod facts;
mod import_props;
mod lang;
mod layers;
mod letters;
mod locales;
mod pins;
mod review;
mod route;
mod safety;
mod search;
mod storage_format;
