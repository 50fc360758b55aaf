//! Stamped by build.rs: what the About page shows and what the update test changes.

pub const VERSION: &str = env!("VEIVISER_VERSION");
pub const BUILD_DATE: &str = env!("VEIVISER_BUILD_DATE");
