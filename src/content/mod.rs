//! The guidance: the journey's structure, its registries of phone numbers, links and sources, and
//! its texts, and the checklist's texts. Plain data, no browser: tested natively.

pub mod changes;
pub mod checklist_texts;
pub mod journey;
pub mod markup;
pub mod phrases;
pub mod registry;
pub mod review;
pub mod sources;
pub mod text;

pub use journey::{Kind, Page};
