//! On every page: the emergency number one tap away, and the way to all help numbers.

use super::Phone;
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
