//! The guidance: the journey's structure, its registries of phone numbers, links and sources, the
//! change log, and the format of its texts. Plain data, no browser, no translations (those hang
//! off these ids in `texts`): tested natively.

pub mod article_text;
pub mod changes;
pub mod journey;
pub mod letters;
pub mod markup;
pub mod phrases;
pub mod registry;
pub mod review;
pub mod sources;

pub use journey::{Article, Kind};
