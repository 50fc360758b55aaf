//! My progress: the whole journey for the chosen person, grouped by step. Finished steps fold to
//! one line that can be opened, the current step is open, and later steps list their tasks in
//! one line each: a fresh checklist fits about three phone screens.

use crate::checklist::derive;
use crate::checklist::stepper::StepState;
use crate::components::{ProfileSwitcher, ProgressBar, Reminders, StepTasks, Title};
use crate::components::{state_text, use_step_states};
use crate::content::journey::{Article, STEPS};
use crate::i18n::{article_href, task_href, use_lang};
use crate::state::use_views;
use crate::texts::article::article_text;
use crate::texts::checklist::advice_text;
use crate::tr;
use leptos::prelude::*;

/// How a step is shown; it changes only when the person moves through the journey.
#[derive(Clone, Copy, PartialEq)]
enum Fold {
    Closed,
    Open,
    Compact,
}

#[component]
pub fn Progress() -> impl IntoView {
    let views = use_views();
    let states = use_step_states();
    let overall = Signal::derive(move || views.with(|v| derive::overall_progress(v)));
    view! {
        <Title text=tr!(checklist.my_progress) />
        <h1>{tr!(checklist.my_progress)}</h1>
        <ProfileSwitcher />
        <ProgressBar progress=overall label=Signal::derive(tr!(checklist.overall)) />
        // The person's own dates (deadlines, appointments, five years) with the tasks they need.
        <Reminders />
        {STEPS.iter().enumerate().map(|(i, step)| {
            let state = Memo::new(move |_| states.with(|s| s[i].state));
            let fold = Memo::new(move |_| states.with(|s| match s[i].state {
                StepState::Done | StepState::NotNeeded => Fold::Closed,
                _ if s[i].is_current() => Fold::Open,
                _ => Fold::Compact,
            }));
            view! { <ProgressStep step state fold /> }
        }).collect_view()}
    }
}

#[component]
fn ProgressStep(step: &'static Article, state: Memo<StepState>, fold: Memo<Fold>) -> impl IntoView {
    let lang = use_lang();
    let title = move || article_text(step, lang.get()).title;
    let state_line = move || state_text(state.get(), lang.get());
    move || match fold.get() {
        Fold::Closed => view! {
            <details class="progress-step folded">
                <summary id=format!("tasks-{}", step.id)>
                    <span class="progress-step-title">{title}</span> " — "
                    <span class="step-state">{state_line}</span>
                </summary>
                <StepTasks step=step.id inline=true />
            </details>
        }
        .into_any(),
        Fold::Open => view! {
            <section class="progress-step current" aria-current="step">
                <h2 id=format!("tasks-{}", step.id)><a href=article_href(step)>{title}</a></h2>
                <p class="step-state">{state_line}</p>
                <StepTasks step=step.id inline=true />
            </section>
        }
        .into_any(),
        Fold::Compact => view! {
            <section class="progress-step later">
                <h2><a href=article_href(step)>{title}</a></h2>
                <p class="step-state">{state_line}</p>
                <CompactTasks step=step.id.as_str() />
            </section>
        }
        .into_any(),
    }
}

/// A later step's tasks, one line each: what is ahead, without its controls.
#[component]
fn CompactTasks(step: &'static str) -> impl IntoView {
    let lang = use_lang();
    let views = use_views();
    let rows = Memo::new(move |_| {
        views.with(|vs| {
            vs.iter()
                .filter(|v| v.def.step == step && v.counts())
                .map(|v| (v.def.id, v.is_done(), v.advice))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ul class="compact-tasks">
            {move || rows.get().into_iter().map(|(id, done, advice)| view! {
                <li class:done=done data-task=id.as_str()>
                    {done.then(|| view! {
                        <span aria-hidden="true">"✓ "</span>
                        <span class="visually-hidden">{tr!(checklist.done)} ": "</span>
                    })}
                    <a href=task_href(step, id.as_str())>{move || id.title(lang.get())}</a>
                    {advice.map(|a| view! {
                        " " <span class="hint advice" data-testid="advice">{move || advice_text(a, lang.get())}</span>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
}
