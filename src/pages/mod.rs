//! One file per route. Pages compose components and read the model.

mod about;
mod article;
mod home;
mod not_found;

pub use about::About;
pub use article::{StepPage, TopicPage};
pub use home::Home;
pub use not_found::NotFound;
