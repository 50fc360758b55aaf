//! My progress: the whole journey as a checklist, step by step, for the chosen person.

use crate::checklist::derive;
use crate::components::Title;
use crate::components::tasks::use_views;
use crate::components::{ProfileSwitcher, ProgressBar, StepTasks};
use crate::content::journey::STEPS;
use crate::content::text::page_text;
use crate::i18n::use_lang;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Progress() -> impl IntoView {
    let lang = use_lang();
    let views = use_views();
    let overall = Signal::derive(move || views.with(|v| derive::overall_progress(v)));
    view! {
        <Title text=tr!(checklist.my_progress) />
        <h1>{tr!(checklist.my_progress)}</h1>
        <ProfileSwitcher />
        <ProgressBar progress=overall label=Signal::derive(tr!(checklist.overall)) />
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
