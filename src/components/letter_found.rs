//! What a pasted letter states: its dates (each can go into the checklist or the calendar, only
//! when the person presses), a DUF number, an amount, and a period counted from the day the
//! person received the letter.

use crate::checklist::calendar::{self, Event, Stamp, uid};
use crate::checklist::letters::task_for;
use crate::content::journey::ArticleId;
use crate::date::Date;
use crate::i18n::{Locale, task_href, use_lang};
use crate::letters::{Amount, Found, FoundDate, Period};
use crate::platform::{self, checklist::use_checklist, files};
use crate::texts::article::article_text;
use crate::texts::checklist::format_date;
use crate::{tr, tv};
use leptos::prelude::*;
use leptos_i18n::td_string;

fn clock((h, m): (u8, u8)) -> String {
    format!("{h:02}:{m:02}")
}

fn kroner(a: Amount) -> String {
    let digits = a.kroner.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    match a.ore {
        0 => format!("kr\u{a0}{out}"),
        o => format!("kr\u{a0}{out},{o:02}"),
    }
}

/// Saves one date as a calendar file for the person `profile`; false if it could not be made.
fn save_event(profile: u32, date: Date, time: Option<(u8, u8)>, summary: String) -> bool {
    let event = Event {
        uid: uid(profile, &format!("letter-{date}")),
        date,
        time,
        minutes: if time.is_some() { 60 } else { 0 },
        summary,
        location: None,
        description: None,
    };
    let stamp = Stamp::from_unix_seconds(platform::now_unix_seconds());
    calendar::calendar(&[event], stamp, "").is_some_and(|t| {
        files::download(&format!("veiviser-{date}.ics"), files::CALENDAR, &t).is_ok()
    })
}

#[component]
pub fn FoundView(found: Found, letter: Option<ArticleId>) -> impl IntoView {
    let lang = use_lang();
    // Called from click handlers: it reads no context, only the language signal.
    let summary = move || {
        let lang = lang.get_untracked();
        match letter {
            Some(id) => article_text(id.article(), lang).title.to_string(),
            None => td_string!(Locale::from(lang), letters.calendar_title).to_string(),
        }
    };
    let dates = found
        .dates
        .iter()
        .map(|d| view! { <DateRow found=*d letter summary /> });
    let nothing = found.dates.is_empty() && found.duf.is_none() && found.amount.is_none();
    let nothing = nothing && found.period.is_none();
    (!nothing).then(|| {
        view! {
            <h3>{tr!(letters.found_title)}</h3>
            <ul class="letter-found">
                {dates.collect_view()}
                {found.duf.map(|d| view! { <li>{tr!(letters.duf)} ": " <span class="duf">{d}</span></li> })}
                {found.amount.map(|a| view! { <li>{tr!(letters.amount)} ": " {kroner(a)}</li> })}
            </ul>
            {found.period.map(|p| view! { <PeriodView period=p summary /> })}
        }
    })
}

#[component]
fn DateRow(
    found: FoundDate,
    letter: Option<ArticleId>,
    summary: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let checklist = use_checklist();
    let added = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let FoundDate { date, time, .. } = found;
    let task = letter.and_then(task_for);
    let to_checklist = task.map(|task| {
        let title = move || task.title(lang.get());
        let add = move |_| {
            checklist.edit_task(task, |s| {
                s.date = Some(date);
                if let Some(t) = time {
                    s.time = Some(clock(t));
                }
            });
            added.set(true);
        };
        let href = task_href(task.def().step.as_str(), task.as_str());
        view! {
            <button type="button" class="secondary" on:click=add disabled=checklist.read_only()>
                {tv!(letters.to_checklist, task = title())}
            </button>
            <Show when=move || added.get()>
                <p role="status"><a href=href>{tr!(letters.added)}</a></p>
            </Show>
        }
    });
    view! {
        <li class="found-date">
            <strong>{move || format_date(date, lang.get())}</strong>
            {time.map(|t| view! { " " {tr!(letters.at)} " " {clock(t)} })}
            <div class="actions">
                {to_checklist}
                <button type="button" class="secondary" on:click=move |_| {
                    let profile = checklist.data().with_untracked(|d| d.active().id);
                    failed.set(!save_event(profile, date, time, summary()));
                }>
                    {tr!(letters.to_calendar)}
                </button>
            </div>
            <p role="status">{move || failed.get().then(|| tr!(calendar.failed))}</p>
        </li>
    }
}

/// "Within three weeks": the letter's own words, and the last day counted from the day the
/// person says they received it (today unless they change it).
#[component]
fn PeriodView(
    period: Period,
    summary: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let checklist = use_checklist();
    let received = RwSignal::new(platform::today());
    let ends = move || period.ends(received.get());
    let failed = RwSignal::new(false);
    view! {
        <div class="letter-period">
            <p>{tr!(letters.period)}</p>
            <label for="letter-received">{tr!(letters.received)}</label>
            <input type="date" id="letter-received" prop:value=move || received.get().to_string()
                on:change=move |ev| {
                    if let Some(d) = Date::parse(&event_target_value(&ev)) {
                        received.set(d);
                    }
                } />
            <p class="letter-deadline">{move || {
                let date = format_date(ends(), lang.get());
                tv!(letters.deadline, date = date.clone())
            }}</p>
            <button type="button" class="secondary" on:click=move |_| {
                let profile = checklist.data().with_untracked(|d| d.active().id);
                failed.set(!save_event(profile, ends(), None, summary()));
            }>
                {tr!(letters.to_calendar)}
            </button>
            <p role="status">{move || failed.get().then(|| tr!(calendar.failed))}</p>
        </div>
    }
}
