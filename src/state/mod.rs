//! App-wide state that several components and pages read, built from the model: the shown
//! person's task views, the search index and the questionnaire's unsaved answers. The checklist
//! itself and the browser's state live in `platform/` (`ReactiveChecklist`, `AppState`).

mod search_index;
mod unsaved_answers;
mod views;

pub use search_index::with_index;
pub use unsaved_answers::{UnsavedAnswers, keeping_answers};
pub use views::{Views, use_views};
