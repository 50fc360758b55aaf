//! The personal checklist: the journey as tasks, personalised by the questionnaire, with dates
//! and reminders, for several profiles. Pure data and rules; storage and the UI sit outside.

pub mod answers;
pub mod calendar;
pub mod change;
pub mod derive;
pub mod letters;
pub mod state;
pub mod stepper;
mod task_table;
pub mod tasks;

pub use crate::date::Date;
pub use answers::Answers;
pub use change::{Change, Refusal};
pub use state::{
    AppData, KeptLetter, MAX_LETTER, MAX_LETTERS, MAX_NAME, MAX_PROFILES, MAX_TEXT, Profile,
    Status, TaskState,
};
