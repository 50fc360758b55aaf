//! The letters of the journey, step by step, and "Which letter is this?" above them.

use crate::components::{LetterList, LetterReader, Title};
use crate::content::journey::STEPS;
use crate::content::letters;
use crate::i18n::use_lang;
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Letters() -> impl IntoView {
    let lang = use_lang();
    let groups = STEPS
        .iter()
        .filter(|step| letters::of_step(step.id).next().is_some())
        .map(|step| {
            view! {
                <h3>{move || article_text(step, lang.get()).title}</h3>
                <LetterList step=step.id />
            }
        })
        .collect_view();
    view! {
        <Title text=tr!(letters.title) />
        <h1>{tr!(letters.title)}</h1>
        <p>{tr!(letters.intro)}</p>
        <LetterReader />
        <section aria-labelledby="letters-by-step">
            <h2 id="letters-by-step">{tr!(letters.by_step)}</h2>
            {groups}
        </section>
    }
}
