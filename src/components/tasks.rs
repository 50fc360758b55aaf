//! The checklist where the guidance is: a step's tasks, tickable, with what blocks them, their
//! dates, and what is hidden for this person and why.

use super::{ProgressBar, appointment::AppointmentFields};
use crate::checklist::derive::{self, Effective, TaskView};
use crate::checklist::tasks::{self, NEEDS_ANY, Record, TaskId};
use crate::checklist::{Change, Date, Status};
use crate::content::journey::ArticleId;
use crate::i18n::{article_href, href, use_lang, use_locale};
use crate::platform::checklist::use_checklist;
use crate::state::use_views;
use crate::texts::checklist::{advice_text, format_date, hidden_reason};
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

fn view_of(views: Memo<Vec<TaskView>>, id: TaskId) -> Memo<Option<TaskView>> {
    Memo::new(move |_| views.with(|vs| vs.iter().find(|v| v.def.id == id).cloned()))
}

/// A step's tasks. `inline`: inside a section that already names the step and its progress
/// (the progress page), without a heading and bar of its own.
#[component]
pub fn StepTasks(step: ArticleId, #[prop(optional)] inline: bool) -> impl IntoView {
    let views = use_views();
    let progress = Signal::derive(move || views.with(|v| derive::step_progress(v, step)));
    let visible: Vec<_> = tasks::for_step(step).map(|d| d.id).collect();
    let hidden = Memo::new(move |_| {
        views.with(|vs| {
            vs.iter()
                .filter(|v| v.def.step == step && v.hidden.is_some())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let heading = (!inline).then(|| {
        view! {
            <h2 id=format!("tasks-{step}")>{tr!(checklist.tasks_heading)}</h2>
            <ProgressBar progress label=Signal::derive(tr!(checklist.tasks_heading)) />
        }
    });
    view! {
        <section class="checklist" class:inline=inline aria-labelledby=format!("tasks-{step}")>
            {heading}
            <ul class="tasks">
                {visible.into_iter().map(|id| view! { <TaskItem id /> }).collect_view()}
            </ul>
            <HiddenTasks hidden />
        </section>
    }
}

/// A task while it is shown for this person.
#[component]
fn TaskItem(id: TaskId) -> impl IntoView {
    let v = view_of(use_views(), id);
    let shown = Memo::new(move |_| v.with(|v| v.as_ref().is_some_and(|v| v.hidden.is_none())));
    move || shown.get().then(|| view! { <TaskRow id v /> })
}

/// Each part of the row follows its own value, so a tick updates a checkbox and a class
/// instead of rebuilding the row.
#[component]
fn TaskRow(id: TaskId, v: Memo<Option<TaskView>>) -> impl IntoView {
    let lang = use_lang();
    let key = id.as_str();
    let checklist = use_checklist();
    let effective = Memo::new(move |_| v.with(|v| v.as_ref().map(|v| v.effective)));
    // What comes first matters only while the task is open.
    let blocked_by = Memo::new(move |_| {
        v.with(|v| {
            v.as_ref()
                .filter(|v| v.effective == Effective::Open)
                .map(|v| v.blocked_by.clone())
                .unwrap_or_default()
        })
    });
    let is = move |e: Effective| effective.get() == Some(e);
    let inactive = move || is(Effective::NotApplicable) || is(Effective::NotNeeded);
    // Memos, so that ticking (open → done) does not rebuild the hint or the date fields.
    let not_needed = Memo::new(move |_| is(Effective::NotNeeded));
    let advice = Memo::new(move |_| v.with(|v| v.as_ref().and_then(|v| v.advice)));
    let status =
        move || v.with_untracked(|v| v.as_ref().map(|v| v.state.status).unwrap_or_default());
    let set = move |s: Status| {
        let _ = checklist.update([Change::Status(id, s)]);
    };
    let read_only = checklist.read_only();
    // Pressed, the toggle says what pressing it again does.
    let (not_applicable, applies_after_all) = (
        tr!(checklist.not_applicable),
        tr!(checklist.applies_after_all),
    );
    let def = id.def();
    let record = def.record;
    let guide = def.guide.map(ArticleId::article);
    let input_id = format!("task-{key}");
    // A date or appointment field opens only when the task needs one: once it is ticked, once
    // something is recorded, or after "Add a date". A memo, so a tick elsewhere rebuilds nothing.
    let opened = RwSignal::new(false);
    let recorded = Memo::new(move |_| {
        v.with(|v| {
            v.as_ref().is_some_and(|v| {
                let s = &v.state;
                s.date.is_some() || s.time.is_some() || s.place.is_some() || s.note.is_some()
            })
        })
    });
    let has_dates = Memo::new(move |_| {
        record != Record::Nothing
            && !inactive()
            && (is(Effective::Done) || recorded.get() || opened.get())
    });
    let can_add = Memo::new(move |_| record != Record::Nothing && !inactive() && !has_dates.get());
    view! {
        <li class="task" class:inactive=inactive id=format!("t-{key}")>
            <div class="task-row">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=move || is(Effective::Done) || is(Effective::Behind)
                    disabled=move || inactive() || is(Effective::Behind) || read_only.get()
                    on:change=move |ev| {
                        set(if event_target_checked(&ev) { Status::Done } else { Status::NotStarted });
                        // If saving failed nothing changed: show what is stored, not the click.
                        crate::platform::page::set_target_checked(&ev, status() == Status::Done);
                    }
                />
                <label for=input_id>{move || id.title(lang.get())}</label>
            </div>
            {move || not_needed.get().then(|| view! { <p class="hint">{tr!(checklist.not_needed)}</p> })}
            {move || is(Effective::Behind).then(|| view! { <p class="hint" data-testid="done-before">{tr!(checklist.done_before)}</p> })}
            {move || advice.get().map(|a| view! {
                <p class="hint advice" data-testid="advice">{move || advice_text(a, lang.get())}</p>
            })}
            // The secondary line: what comes first, the guidance, and the small actions.
            <div class="task-meta">
                <Blockers id blocked_by />
                {guide.map(|topic| view! {
                    <a class="hint" href=article_href(topic)>
                        {move || crate::texts::article::article_text(topic, lang.get()).title}
                    </a>
                })}
                <button
                    type="button"
                    class="link-button small"
                    aria-pressed=move || if is(Effective::NotApplicable) { "true" } else { "false" }
                    disabled=read_only
                    on:click=move |_| set(if status() == Status::NotApplicable { Status::NotStarted } else { Status::NotApplicable })
                >
                    {move || if is(Effective::NotApplicable) { applies_after_all() } else { not_applicable() }}
                </button>
                <button type="button" class="link-button small" hidden=move || !can_add.get() disabled=read_only
                    on:click=move |_| opened.set(true)>
                    {if record == Record::Appointment { tr!(checklist.add_appointment) } else { tr!(checklist.add_date) }}
                </button>
            </div>
            {move || has_dates.get().then(|| view! { <TaskDates id record /> })}
        </li>
    }
}

/// "First: ..." with the tasks this one waits for. The paragraph stays in place and is hidden
/// when nothing blocks, so a tick elsewhere changes a text, not the row's elements.
#[component]
fn Blockers(id: TaskId, blocked_by: Memo<Vec<TaskId>>) -> impl IntoView {
    let locale = use_locale();
    let lang = use_lang();
    let any = NEEDS_ANY.iter().any(|(t, _)| *t == id);
    let text = move || {
        let sep = if any {
            format!(" {} ", td_string!(locale(), checklist.or))
        } else {
            "; ".to_string()
        };
        blocked_by.with(|ids| {
            ids.iter()
                .map(|b| b.title(lang.get()))
                .collect::<Vec<_>>()
                .join(&sep)
        })
    };
    view! {
        <span class="hint blocked" hidden=move || blocked_by.with(Vec::is_empty)>
            {tr!(checklist.first)} " " {text}
        </span>
    }
}

/// A date, or for appointments date, time, place and note.
#[component]
fn TaskDates(id: TaskId, record: Record) -> impl IntoView {
    let checklist = use_checklist();
    let lang = use_lang();
    let state = Memo::new(move |_| checklist.data().with(|d| d.active().task(id.as_str())));
    let date_id = format!("date-{}", id.as_str());
    view! {
        <div class="task-fields">
            <label for=date_id.clone()>{tr!(checklist.date)}</label>
            <input
                type="date"
                id=date_id
                disabled=checklist.read_only()
                prop:value=move || state.with(|s| s.date.map(|d| d.to_string()).unwrap_or_default())
                on:change=move |ev| {
                    let date = Date::parse(&event_target_value(&ev));
                    checklist.edit_task(id, |s| s.date = date);
                }
            />
            // Whatever the browser's own locale does to the input, the app writes the date out.
            <span class="date-shown" data-testid=format!("date-shown-{}", id.as_str())>
                {move || state.with(|s| s.date).map(|d| format_date(d, lang.get()))}
            </span>
            {(record == Record::Appointment).then(|| view! { <AppointmentFields id state /> })}
        </div>
    }
}

#[component]
fn HiddenTasks(hidden: Memo<Vec<TaskView>>) -> impl IntoView {
    let lang = use_lang();
    let settings = href("settings");
    move || {
        let list = hidden.get();
        (!list.is_empty()).then(|| {
            view! {
                <details class="hidden-tasks">
                    <summary>{tr!(checklist.hidden_heading)} " (" {list.len()} ")"</summary>
                    <ul>
                        {list.into_iter().map(|v| view! {
                            <li>
                                <strong>{move || v.def.id.title(lang.get())}</strong> " — "
                                {move || v.hidden.map(|h| hidden_reason(h, lang.get()))} " "
                                <a href=settings>{tr!(checklist.change_answers)}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </details>
            }
        })
    }
}
