//! My progress: the whole journey as a checklist, step by step, for the chosen person.

use crate::checklist::derive;
use crate::components::tasks::use_views;
use crate::components::{ProfileSwitcher, ProgressBar, StepTasks};
use crate::content::journey::STEPS;
use crate::content::text::page_text;
use crate::i18n::{t, t_string, use_i18n, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let views = use_views();
    let overall = Signal::derive(move || views.with(|v| derive::overall_progress(v)));
    view! {
        <Title text=move || t_string!(i18n, checklist.my_progress) />
        <h1>{t!(i18n, checklist.my_progress)}</h1>
        <ProfileSwitcher />
        <ProgressBar progress=overall label=Signal::derive(move || t_string!(i18n, checklist.overall).to_string()) />
        {STEPS.iter().map(|step| view! {
            <section class="progress-step">
                <h2>
                    <a href=move || step.path(lang.get().code())>
                        {move || page_text(step, lang.get()).map(|t| t.title)}
                    </a>
                </h2>
                <StepTasks step=step.id />
            </section>
        }).collect_view()}
    }
}
