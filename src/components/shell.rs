//! The frame around every page: skip link, the top bar (the app's name, the language menu and
//! the call button), status banners, the page itself, the tab bar, and the footer.

use super::call_menu::CallMenu;
use super::lang_menu::LangMenu;
use super::tab_bar::TabBar;
use super::{DataNotices, InstallPrompt, Later, StorageWarning, UpdateBanner, WhatsNew};
use crate::i18n::href;
use crate::tr;
use leptos::prelude::*;

/// The link handler (platform/location.rs) would treat "#main" as a navigation; move the focus
/// there ourselves.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::platform::page::focus_and_show("main");
}

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let home = href("");
    let about = href("about");
    let settings = href("settings");
    let share = href("share");
    let accessibility = href("accessibility");
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{tr!(skip_to_content)}</a>
        <header class="top-bar">
            <a class="brand" href=home>{tr!(app_name)}</a>
            <LangMenu />
            <CallMenu />
        </header>
        <UpdateBanner />
        <StorageWarning />
        <DataNotices />
        <Later><WhatsNew /></Later>
        <main id="main" tabindex="-1"><Later>{children()}</Later></main>
        <TabBar />
        <Later>
        <footer class="site-footer">
            <nav aria-label=tr!(nav.main)>
                <ul>
                    <li><a href=settings>{tr!(checklist.settings)}</a></li>
                    <li><a href=share>{tr!(nav.share)}</a></li>
                    <li><a href=about>{tr!(nav.about)}</a></li>
                    <li><a href=accessibility>{tr!(nav.accessibility)}</a></li>
                </ul>
            </nav>
            <InstallPrompt />
        </footer>
        </Later>
    }
}
