//! "Add to calendar": the person's dates as an .ics file that the phone's calendar opens, made
//! on the phone with no network (`checklist::calendar`). The calendar then reminds them the day
//! before, even with the app closed and the phone offline. The person's notes go in only when
//! they tick "include my notes": calendars are often copied to an online account.

use crate::checklist::calendar::{self, Stamp, add_notes, note_for, reminder_events};
use crate::checklist::derive::Reminder;
use crate::i18n::{Locale, use_lang};
use crate::platform::checklist::use_checklist;
use crate::platform::{self, files};
use crate::texts::checklist::{calendar_title, reminder_text};
use crate::tr;
use leptos::prelude::*;

/// The file for `reminders` in the language shown, or None when there is nothing to write.
fn ics(
    reminders: &[Reminder],
    profile: &crate::checklist::Profile,
    lang: crate::lang::Lang,
    notes: bool,
) -> Option<String> {
    let mut events = reminder_events(profile, reminders, |r| calendar_title(r, lang).to_string());
    for (e, r) in events.iter_mut().zip(reminders) {
        // An appointment's own sentence only repeats its title and date.
        if !matches!(r, Reminder::Appointment { .. }) {
            e.description = Some(reminder_text(r, lang));
        }
    }
    if notes {
        add_notes(&mut events, profile, reminders);
    }
    let stamp = Stamp::from_unix_seconds(platform::now_unix_seconds());
    // An empty alarm text: each alarm says its event's title.
    calendar::calendar(&events, stamp, "")
}

/// A button that saves `reminders` as one calendar file named `file`.
#[component]
pub fn CalendarButton(
    reminders: Signal<Vec<Reminder>>,
    file: Signal<String>,
    label: fn(Locale) -> &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let checklist = use_checklist();
    let failed = RwSignal::new(false);
    let notes = RwSignal::new(false);
    // The choice is offered only when one of these dates has a note.
    let has_notes = Memo::new(move |_| {
        let reminders = reminders.get();
        checklist
            .data()
            .with(|d| reminders.iter().any(|r| note_for(d.active(), r).is_some()))
    });
    let save = move |_| {
        let notes = notes.get_untracked() && has_notes.get_untracked();
        let text = checklist.data().with_untracked(|d| {
            ics(
                &reminders.get_untracked(),
                d.active(),
                lang.get_untracked(),
                notes,
            )
        });
        let saved = text
            .is_some_and(|t| files::download(&file.get_untracked(), files::CALENDAR, &t).is_ok());
        failed.set(!saved);
    };
    view! {
        <Show when=move || has_notes.get()>
            <label class="choice calendar-notes">
                <input type="checkbox" prop:checked=move || notes.get()
                    on:change=move |ev| notes.set(event_target_checked(&ev)) />
                {tr!(calendar.include_notes)}
            </label>
        </Show>
        <button type="button" class="secondary calendar-button" on:click=save>
            {crate::i18n::tr(label)}
        </button>
        <p class="calendar-status" role="status">
            {move || failed.get().then(|| tr!(calendar.failed))}
        </p>
    }
}

/// The file name for one reminder: its date, so two files never share a name.
pub fn file_for(r: &Reminder) -> String {
    format!("veiviser-{}.ics", r.date())
}
