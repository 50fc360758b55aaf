//! The first-run questionnaire, on its own page; it can be skipped.

use crate::components::Questionnaire;
use crate::components::Title;
use crate::i18n::use_lang;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Questions() -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let done = move || {
        navigate(
            &format!("/{}/", lang.get_untracked().code()),
            Default::default(),
        )
    };
    view! {
        <Title text=tr!(questions.title) />
        <h1>{tr!(questions.title)}</h1>
        <p>{tr!(questions.intro)}</p>
        <Questionnaire on_done=done />
    }
}
