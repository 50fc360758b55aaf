//! "Add to calendar": the checklist's dates as an iCalendar file (RFC 5545), written here with
//! no network and no browser. Texts come from the caller, in the person's language.

mod events;
mod text;
mod time;

pub use events::{APPOINTMENT_MINUTES, add_notes, note_for, reminder_events};
pub use time::{Stamp, parse_time};

use crate::date::Date;
use text::{escape, fold};
use time::{add_minutes, in_range, valid_time, ymd};

/// One calendar entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable, so that importing the event again updates it rather than adding a copy.
    pub uid: String,
    pub date: Date,
    /// Local time in Norway; `None` (or an impossible time) makes an all-day event.
    pub time: Option<(u8, u8)>,
    /// How long a timed event lasts; 0 writes no end.
    pub minutes: u32,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
}

/// A UID that stays the same for the same profile and date kind.
pub fn uid(profile_id: u32, what: &str) -> String {
    let what: String = what
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    // `.invalid` is reserved (RFC 2606): never anyone's real domain.
    format!("veiviser-p{profile_id}-{what}@veiviser.invalid")
}

const TZID: &str = "Europe/Oslo";

/// Norway's time zone with the EU rules (since 1996), as calendar apps write it.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Oslo",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The events as one `.ics` file, or `None` if none can be written (a calendar needs at least
/// one). Events whose dates fall outside years 1–9999 are left out. `alarm_text` is shown by the
/// reminder the day before (the summary if it is blank).
pub fn calendar(events: &[Event], stamp: Stamp, alarm_text: &str) -> Option<String> {
    let writable: Vec<&Event> = events.iter().filter(|e| fits(e)).collect();
    if writable.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Veiviser//Veiviser//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(String::from)
    .to_vec();
    if writable.iter().any(|e| timed(e).is_some()) {
        lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    }
    for e in writable {
        event(e, stamp, alarm_text, &mut lines);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in &lines {
        fold(l, &mut out);
    }
    Some(out)
}

fn timed(e: &Event) -> Option<(u8, u8)> {
    e.time.filter(|t| valid_time(*t))
}

fn fits(e: &Event) -> bool {
    let end = match timed(e) {
        Some(t) => add_minutes(e.date, t, e.minutes).0,
        None => e.date.add_days(1),
    };
    in_range(e.date) && in_range(end)
}

fn local(date: Date, (h, m): (u8, u8)) -> String {
    format!("TZID={TZID}:{}T{h:02}{m:02}00", ymd(date))
}

fn event(e: &Event, stamp: Stamp, alarm_text: &str, lines: &mut Vec<String>) {
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}", escape(&e.uid)));
    lines.push(format!("DTSTAMP:{}", stamp.utc()));
    // The alarm fires a day before: at the same time, or for an all-day event at 09:00.
    let trigger = match timed(e) {
        Some(t) => {
            lines.push(format!("DTSTART;{}", local(e.date, t)));
            if e.minutes > 0 {
                let (d, t) = add_minutes(e.date, t, e.minutes);
                lines.push(format!("DTEND;{}", local(d, t)));
            }
            "-P1D"
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
            lines.push(format!("DTEND;VALUE=DATE:{}", ymd(e.date.add_days(1))));
            // A reminder for the day, not a busy day.
            lines.push("TRANSP:TRANSPARENT".into());
            "-PT15H"
        }
    };
    lines.push(format!("SUMMARY:{}", escape(&e.summary)));
    let texts = [("LOCATION", &e.location), ("DESCRIPTION", &e.description)];
    for (name, value) in texts {
        if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            lines.push(format!("{name}:{}", escape(v)));
        }
    }
    let alarm = if alarm_text.trim().is_empty() {
        &e.summary
    } else {
        alarm_text
    };
    lines.extend([
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape(alarm)),
        format!("TRIGGER:{trigger}"),
        "END:VALARM".into(),
        "END:VEVENT".into(),
    ]);
}
