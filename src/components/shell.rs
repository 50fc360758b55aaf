//! The frame around every page: skip link, header with the language switcher, status banners,
//! the page itself, and the footer navigation.

use super::{
    DataNotices, HelpBar, InstallPrompt, LangSwitcher, RulesNotice, StorageWarning, UpdateBanner,
};
use crate::i18n::{t, t_string, use_i18n, use_lang};
use leptos::prelude::*;

/// The router would treat "#main" as a navigation; move the focus there ourselves.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) =
        main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let home = move || format!("/{}/", lang.get().code());
    let about = move || format!("/{}/about", lang.get().code());
    let progress = move || format!("/{}/progress", lang.get().code());
    let settings = move || format!("/{}/settings", lang.get().code());
    let search = move || format!("/{}/search", lang.get().code());
    let phrases = move || format!("/{}/phrases", lang.get().code());
    let share = move || format!("/{}/share", lang.get().code());
    let accessibility = move || format!("/{}/accessibility", lang.get().code());
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <a class="brand" href=home>{t!(i18n, app_name)}</a>
            <LangSwitcher />
        </header>
        <HelpBar />
        <UpdateBanner />
        <StorageWarning />
        <DataNotices />
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <RulesNotice />
            <nav aria-label=move || t_string!(i18n, nav.main)>
                <ul>
                    <li><a href=home>{t!(i18n, nav.home)}</a></li>
                    <li><a href=progress>{t!(i18n, checklist.my_progress)}</a></li>
                    <li><a href=search>{t!(i18n, nav.search)}</a></li>
                    <li><a href=phrases>{t!(i18n, nav.phrases)}</a></li>
                    <li><a href=settings>{t!(i18n, checklist.settings)}</a></li>
                    <li><a href=share>{t!(i18n, nav.share)}</a></li>
                    <li><a href=about>{t!(i18n, nav.about)}</a></li>
                    <li><a href=accessibility>{t!(i18n, nav.accessibility)}</a></li>
                </ul>
            </nav>
            <InstallPrompt />
        </footer>
    }
}
