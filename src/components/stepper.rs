//! Home's journey at a glance: the six steps as a vertical stepper, each with its state in words
//! (done, in progress n of m, next, not needed, waiting for another step, not started), and for
//! the current step its next task with one action.

use super::UpdatedMark;
use crate::checklist::stepper::{StepState, StepStatus, step_states};
use crate::checklist::{Change, Status};
use crate::content::journey::{Article, ArticleId, STEPS};
use crate::i18n::{article_href, task_href, use_lang, use_locale};
use crate::lang::Lang;
use crate::platform::checklist::use_checklist;
use crate::state::use_views;
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

fn step_ids() -> Vec<ArticleId> {
    STEPS.iter().map(|s| s.id).collect()
}

/// A step's state in words, in the language shown: what a screen reader says, not a colour.
pub fn state_text(state: StepState, lang: Lang) -> String {
    let l = crate::i18n::Locale::from(lang);
    let title = |id: ArticleId| article_text(id.article(), lang).title;
    match state {
        StepState::Done => td_string!(l, checklist.step_done).to_string(),
        StepState::InProgress(p) => {
            td_string!(l, checklist.step_progress, done = p.done, total = p.total).to_string()
        }
        StepState::Next => td_string!(l, checklist.step_next).to_string(),
        StepState::NotNeeded => td_string!(l, checklist.step_not_needed).to_string(),
        StepState::Waiting(on) => {
            td_string!(l, checklist.step_waiting, step = title(on)).to_string()
        }
        StepState::NotStarted => td_string!(l, checklist.step_not_started).to_string(),
    }
}

/// Where the person stands in every step, for the profile shown.
pub fn use_step_states() -> Memo<Vec<StepStatus>> {
    let views = use_views();
    Memo::new(move |_| views.with(|v| step_states(v, &step_ids())))
}

#[component]
pub fn Stepper() -> impl IntoView {
    let states = use_step_states();
    view! {
        <ol class="journey stepper" aria-label=tr!(checklist.stepper_label)>
            {STEPS.iter().enumerate().map(|(i, page)| {
                let status = Memo::new(move |_| states.with(|s| s[i]));
                view! { <StepItem number=i + 1 page status /> }
            }).collect_view()}
        </ol>
    }
}

#[component]
fn StepItem(number: usize, page: &'static Article, status: Memo<StepStatus>) -> impl IntoView {
    let lang = use_lang();
    let locale = use_locale();
    let checklist = use_checklist();
    let state = Memo::new(move |_| status.get().state);
    let next = Memo::new(move |_| status.get().next_task);
    let class = move || match state.get() {
        StepState::Done => "step step-done",
        StepState::NotNeeded => "step step-not-needed",
        StepState::InProgress(_) | StepState::Next if next.get().is_some() => "step step-current",
        StepState::InProgress(_) => "step step-started",
        _ => "step",
    };
    let marker = move || match state.get() {
        StepState::Done => "✓".to_string(),
        StepState::NotNeeded => "–".to_string(),
        _ => number.to_string(),
    };
    view! {
        <li class=class aria-current=move || next.get().map(|_| "step")>
            <span class="step-marker" aria-hidden="true">{marker}</span>
            <div class="step-body">
                <span>
                    <a class="step-title" href=article_href(page)>
                        {move || article_text(page, lang.get()).title}
                    </a>
                    " " <UpdatedMark page=page.id />
                </span>
                <span class="step-state" data-testid=format!("state-{}", page.id)>
                    {move || state_text(state.get(), lang.get())}
                </span>
                {move || next.get().map(|id| view! {
                    <div class="step-next next-up">
                        <span class="step-next-label">{td_string!(locale(), checklist.next_task)}</span> " "
                        <a class="next-task" href=task_href(page.id.as_str(), id.as_str())>
                            {move || id.title(lang.get())}
                        </a>
                        <button type="button" class="secondary" disabled=checklist.read_only()
                            on:click=move |_| { let _ = checklist.update([Change::Status(id, Status::Done)]); }>
                            {tr!(checklist.mark_done)}
                        </button>
                    </div>
                })}
            </div>
        </li>
    }
}
