//! One file per route. Pages compose components and read the model.

mod about;
mod article;
mod home;
mod not_found;
mod progress;
mod questions;
mod settings;

pub use about::About;
pub use article::{StepPage, TopicPage};
pub use home::Home;
pub use not_found::NotFound;
pub use progress::Progress;
pub use questions::Questions;
pub use settings::Settings;
