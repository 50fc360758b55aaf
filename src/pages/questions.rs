//! The first-run questionnaire, on its own page; it can be skipped.

use crate::components::Questionnaire;
use crate::components::Title;
use crate::i18n::use_lang;
use crate::platform::location::use_location;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Questions() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let done = move || location.navigate(&format!("/{}/", lang.get_untracked().code()), false);
    view! {
        <Title text=tr!(questions.title) />
        <h1>{tr!(questions.title)}</h1>
        <p>{tr!(questions.intro)}</p>
        <Questionnaire on_done=done />
    }
}
