//! A page that does not exist: say so, and offer the way home.

use crate::i18n::{t, t_string, use_i18n, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <Title text=move || t_string!(i18n, not_found.title) />
        <h1>{t!(i18n, not_found.title)}</h1>
        <p>{t!(i18n, not_found.body)}</p>
        <p>
            <a href=move || format!("/{}/", lang.get().code())>{t!(i18n, not_found.home)}</a>
        </p>
    }
}
