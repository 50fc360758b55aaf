//! One file per route. Pages compose components and read the model.

mod about;
mod accessibility;
mod article;
mod changes;
mod home;
mod letters;
mod not_found;
mod phrases;
mod progress;
mod questions;
mod search;
mod settings;
mod share;
mod share_sheet;

pub use about::About;
pub use accessibility::Accessibility;
pub use article::ArticlePage;
pub use changes::Changes;
pub use home::Home;
pub use letters::Letters;
pub use not_found::NotFound;
pub use phrases::Phrases;
pub use progress::Progress;
pub use questions::Questions;
pub use search::Search;
pub use settings::Settings;
pub use share::Share;
pub use share_sheet::{Poster, ShareSheet};
