//! The first-run questionnaire, on its own page; it can be skipped.

use crate::components::Questionnaire;
use crate::i18n::{t, t_string, use_i18n, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Questions() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let navigate = use_navigate();
    let done = move || {
        navigate(
            &format!("/{}/", lang.get_untracked().code()),
            Default::default(),
        )
    };
    view! {
        <Title text=move || t_string!(i18n, questions.title) />
        <h1>{t!(i18n, questions.title)}</h1>
        <p>{t!(i18n, questions.intro)}</p>
        <Questionnaire on_done=done />
    }
}
