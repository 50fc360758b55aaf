//! The checklist's reminders as calendar events.

use super::{Event, parse_time, uid};
use crate::checklist::derive::Reminder;
use crate::checklist::state::Profile;

/// How long an appointment is shown as lasting: most take under an hour.
pub const APPOINTMENT_MINUTES: u32 = 60;

/// One event per reminder of this profile. `summary` gives each its title, in the person's
/// language. An appointment takes its time and place from its task; the task's note stays out
/// (see `add_notes`), since calendars are often synced to a cloud the person may not think of.
pub fn reminder_events(
    profile: &Profile,
    reminders: &[Reminder],
    summary: impl Fn(&Reminder) -> String,
) -> Vec<Event> {
    reminders
        .iter()
        .map(|r| {
            let mut e = Event {
                uid: uid(profile.id, &what(r)),
                date: r.date(),
                time: None,
                minutes: 0,
                summary: summary(r),
                location: None,
                description: None,
            };
            if let Reminder::Appointment { task, .. } = r {
                let state = profile.task(task.as_str());
                e.time = state.time.as_deref().and_then(parse_time);
                e.minutes = APPOINTMENT_MINUTES;
                e.location = state.place.filter(|p| !p.trim().is_empty());
            }
            e
        })
        .collect()
}

/// The note of the task a reminder's date comes from, trimmed; None when there is none.
pub fn note_for(profile: &Profile, r: &Reminder) -> Option<String> {
    let note = profile.task(r.task().as_str()).note?;
    let note = note.trim();
    (!note.is_empty()).then(|| note.to_string())
}

/// Appends to each event the note of the task its date comes from, for a person who asked for
/// their notes in the calendar. `events` and `reminders` are in the same order.
pub fn add_notes(events: &mut [Event], profile: &Profile, reminders: &[Reminder]) {
    for (e, r) in events.iter_mut().zip(reminders) {
        let Some(note) = note_for(profile, r) else {
            continue;
        };
        e.description = Some(match e.description.take() {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
}

/// Which date it is, for the UID: fixed names and the frozen task ids (prefixed, so a future
/// task cannot take a fixed name), never a text.
fn what(r: &Reminder) -> String {
    match r {
        Reminder::CardDeadline(_) => "card-deadline".into(),
        Reminder::ExtensionLetter(_) => "extension-letter".into(),
        Reminder::CentrePlaceEnds(_) => "centre-place-ends".into(),
        Reminder::ImdiDeadline(_) => "imdi-deadline".into(),
        Reminder::FiveYears(_) => "five-years".into(),
        Reminder::TbDeadline(_) => "tb-deadline".into(),
        Reminder::PermitExpires(_) => "permit-expires".into(),
        Reminder::Appointment { task, .. } => format!("task-{task}"),
    }
}
