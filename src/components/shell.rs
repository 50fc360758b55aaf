//! The frame around every page: skip link, header with the language switcher, status banners,
//! the page itself, and the footer navigation.

use super::{
    DataNotices, HelpBar, InstallPrompt, LangSwitcher, Later, StorageWarning, UpdateBanner,
    WhatsNew,
};
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
    let progress = href("progress");
    let settings = href("settings");
    let search = href("search");
    let phrases = href("phrases");
    let share = href("share");
    let accessibility = href("accessibility");
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{tr!(skip_to_content)}</a>
        <header class="site-header">
            <a class="brand" href=home>{tr!(app_name)}</a>
            <LangSwitcher />
        </header>
        <HelpBar />
        <UpdateBanner />
        <StorageWarning />
        <DataNotices />
        <Later><WhatsNew /></Later>
        <main id="main" tabindex="-1"><Later>{children()}</Later></main>
        <Later>
        <footer class="site-footer">
            <nav aria-label=tr!(nav.main)>
                <ul>
                    <li><a href=home>{tr!(nav.home)}</a></li>
                    <li><a href=progress>{tr!(checklist.my_progress)}</a></li>
                    <li><a href=search>{tr!(nav.search)}</a></li>
                    <li><a href=phrases>{tr!(nav.phrases)}</a></li>
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
