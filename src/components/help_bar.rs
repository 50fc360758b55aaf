//! On every page: the emergency number one tap away, the way to all help numbers, and the
//! standing notice that rules change.

use super::{ExternalLink, Phone};
use crate::i18n::href;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn HelpBar() -> impl IntoView {
    view! {
        <div class="help-bar">
            <span>{tr!(article.emergency)} ": "</span>
            <Phone id="emergency" />
            <a href=href("topic/help")>
                {tr!(article.help_link)}
            </a>
        </div>
    }
}

#[component]
pub fn RulesNotice() -> impl IntoView {
    view! {
        <p class="rules-notice">{tr!(article.rules_change)} " " <ExternalLink id="udi" /></p>
    }
}
