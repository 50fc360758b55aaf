//! An appointment's time, place and note, and the card that shows (and prints) it with what to
//! bring: something to hand over the counter, offline.

use super::calendar::{CalendarButton, file_for};
use crate::checklist::derive::Reminder;
use crate::checklist::tasks::TaskId;
use crate::checklist::{MAX_TEXT, TaskState};
use crate::i18n::{Locale, use_lang, use_locale};
use crate::lang::Lang;
use crate::platform::checklist::use_checklist;
use crate::texts::checklist::{calendar_title, format_date};
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

fn clip(s: String) -> Option<String> {
    let s: String = s.trim().chars().take(MAX_TEXT).collect();
    (!s.is_empty()).then_some(s)
}

#[component]
pub fn AppointmentFields(id: TaskId, state: Memo<TaskState>) -> impl IntoView {
    let checklist = use_checklist();
    let field = move |name: &'static str,
                      kind: &'static str,
                      get: fn(&TaskState) -> Option<String>,
                      put: fn(&mut TaskState, Option<String>)| {
        let input_id = format!("{name}-{}", id.as_str());
        let label = match name {
            "time" => tr!(checklist.time).into_any(),
            "place" => tr!(checklist.place).into_any(),
            _ => tr!(checklist.note).into_any(),
        };
        view! {
            <label for=input_id.clone()>{label}</label>
            <input
                type=kind
                id=input_id
                maxlength=MAX_TEXT
                disabled=checklist.read_only()
                prop:value=move || state.with(|s| get(s).unwrap_or_default())
                on:change=move |ev| {
                    let v = clip(event_target_value(&ev));
                    checklist.edit_task(id, |s| put(s, v));
                }
            />
        }
    };
    view! {
        {field("time", "time", |s| s.time.clone(), |s, v| s.time = v)}
        {field("place", "text", |s| s.place.clone(), |s, v| s.place = v)}
        {field("note", "text", |s| s.note.clone(), |s, v| s.note = v)}
        <AppointmentCard id state />
    }
}

#[component]
pub fn AppointmentCard(id: TaskId, state: Memo<TaskState>) -> impl IntoView {
    let locale = use_locale();
    let lang = use_lang();
    let card = NodeRef::<leptos::html::Div>::new();
    let print = move |_| {
        // Print only this card: the print stylesheet shows `.to-print` alone.
        if let Some(el) = card.get() {
            crate::platform::page::print_only(&el);
        }
    };
    // "Show in Norwegian": every label and the task also in Norwegian, for the official.
    let staff = RwSignal::new(false);
    let no = Locale::nb;
    let label = move |own: AnyView, norwegian: &'static str| {
        view! { {own} {move || (staff.get() && lang.get() != Lang::Nb).then(|| view! { " · " <span lang="nb">{norwegian}</span> })} }
    };
    move || {
        let s = state.get();
        let date = s.date?;
        let what = Reminder::Appointment { task: id, date };
        Some(view! {
            <div class="appointment-card" class:staff-card=move || staff.get() node_ref=card>
                <h3>{label(tr!(checklist.appointment_card).into_any(), td_string!(no, checklist.appointment_card))}</h3>
                <p class="appointment-what">{move || calendar_title(&what, lang.get())}</p>
                <Show when=move || staff.get() && lang.get() != Lang::Nb>
                    <p class="appointment-what" lang="nb">{calendar_title(&what, Lang::Nb)}</p>
                </Show>
                <dl>
                    <dt>{label(tr!(checklist.date).into_any(), td_string!(no, checklist.date))}</dt>
                    <dd>{move || format_date(date, lang.get())}</dd>
                    {s.time.clone().map(|v| view! { <dt>{label(tr!(checklist.time).into_any(), td_string!(no, checklist.time))}</dt><dd>{v}</dd> })}
                    {s.place.clone().map(|v| view! { <dt>{label(tr!(checklist.place).into_any(), td_string!(no, checklist.place))}</dt><dd>{v}</dd> })}
                    {s.note.clone().map(|v| view! { <dt>{label(tr!(checklist.note).into_any(), td_string!(no, checklist.note))}</dt><dd>{v}</dd> })}
                    {(id == TaskId::RegistrationPlace).then(|| view! {
                        <dt>{label(tr!(checklist.bring).into_any(), td_string!(no, checklist.bring))}</dt>
                        <dd>{tr!(checklist.bring_police)}</dd>
                        <Show when=move || staff.get() && lang.get() != Lang::Nb>
                            <dd lang="nb">{td_string!(no, checklist.bring_police)}</dd>
                        </Show>
                    })}
                </dl>
                <div class="actions no-print">
                    <button type="button" on:click=print>{tr!(checklist.print)}</button>
                    <CalendarButton reminders=Signal::stored(vec![Reminder::Appointment { task: id, date }])
                        file=Signal::stored(file_for(&Reminder::Appointment { task: id, date }))
                        label=|l| td_string!(l, calendar.add) />
                    <Show when=move || lang.get() != Lang::Nb>
                        <button type="button" class="secondary" aria-pressed=move || staff.get().to_string()
                            on:click=move |_| staff.update(|v| *v = !*v)>
                            {move || if staff.get() { td_string!(locale(), staff.hide) } else { td_string!(locale(), staff.show) }}
                        </button>
                    </Show>
                </div>
            </div>
        })
    }
}
