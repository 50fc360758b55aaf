//! Building blocks that pages compose.

mod appointment;
mod blocks;
mod data_notices;
mod data_panel;
mod help_bar;
mod install_prompt;
mod journey_status;
mod lang_switcher;
mod profiles;
mod progress_bar;
mod qr;
mod questionnaire;
pub mod search_box;
pub mod share_tools;
mod shell;
mod staff_view;
mod status_banners;
pub mod tasks;
pub mod texts;

pub use blocks::{Body, ExternalLink, Phone};
pub use data_notices::DataNotices;
pub use data_panel::DataPanel;
pub use help_bar::{HelpBar, RulesNotice};
pub use install_prompt::InstallPrompt;
pub use journey_status::{NextUp, QuestionsPrompt, Reminders};
pub use lang_switcher::LangSwitcher;
pub use profiles::{ProfileSwitcher, profile_label};
pub use progress_bar::ProgressBar;
pub use qr::QrSvg;
pub use questionnaire::Questionnaire;
pub use search_box::SearchBox;
pub use share_tools::ShareTools;
pub use shell::Shell;
pub use staff_view::StaffView;
pub use status_banners::{StorageWarning, UpdateBanner};
pub use tasks::StepTasks;
