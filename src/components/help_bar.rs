//! On every page: the emergency number one tap away, the way to all help numbers, and the
//! standing notice that rules change.

use super::{ExternalLink, Phone};
use crate::i18n::{t, use_i18n, use_lang};
use leptos::prelude::*;

#[component]
pub fn HelpBar() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <div class="help-bar">
            <span>{t!(i18n, article.emergency)} ": "</span>
            <Phone id="emergency" />
            <a href=move || format!("/{}/topic/help", lang.get().code())>
                {t!(i18n, article.help_link)}
            </a>
        </div>
    }
}

#[component]
pub fn RulesNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="rules-notice">{t!(i18n, article.rules_change)} " " <ExternalLink id="udi" /></p>
    }
}
