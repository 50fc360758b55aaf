//! Building blocks that pages compose.

mod install_prompt;
mod lang_switcher;
mod shell;
mod status_banners;

pub use install_prompt::InstallPrompt;
pub use lang_switcher::LangSwitcher;
pub use shell::Shell;
pub use status_banners::{StorageWarning, UpdateBanner};
