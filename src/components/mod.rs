//! Building blocks that pages compose.

mod blocks;
mod help_bar;
mod install_prompt;
mod lang_switcher;
mod shell;
mod status_banners;

pub use blocks::{Body, ExternalLink, Phone};
pub use help_bar::{HelpBar, RulesNotice};
pub use install_prompt::InstallPrompt;
pub use lang_switcher::LangSwitcher;
pub use shell::Shell;
pub use status_banners::{StorageWarning, UpdateBanner};
