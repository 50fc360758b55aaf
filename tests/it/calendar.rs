//! "Add to calendar": the iCalendar file (RFC 5545) written for the checklist's dates.

use veiviser::checklist::calendar::{self, Event, Stamp, parse_time, reminder_events, uid};
use veiviser::checklist::derive::{self, Reminder};
use veiviser::checklist::{Date, Profile, TaskState};

fn stamp() -> Stamp {
    Stamp::new(Date::ymd(2025, 3, 1), 8, 0, 0).unwrap()
}

fn event(date: Date, time: Option<(u8, u8)>, summary: &str) -> Event {
    Event {
        uid: uid(1, "test"),
        date,
        time,
        minutes: 60,
        summary: summary.into(),
        location: None,
        description: None,
    }
}

fn ics(events: &[Event]) -> String {
    calendar::calendar(events, stamp(), "Tomorrow").unwrap()
}

/// The content lines, unfolded (RFC 5545 3.1: remove each CRLF followed by a space).
fn unfolded(ics: &str) -> Vec<String> {
    let text = ics.replace("\r\n ", "");
    text.strip_suffix("\r\n")
        .unwrap()
        .split("\r\n")
        .map(String::from)
        .collect()
}

fn line<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines.iter().filter_map(|l| l.strip_prefix(name)).collect()
}

#[test]
fn a_timed_and_an_all_day_event_are_written_exactly() {
    let tb = Event {
        uid: uid(1, "task-tb-test"),
        date: Date::ymd(2025, 3, 14),
        time: Some((9, 30)),
        minutes: 60,
        summary: "TB test".into(),
        location: Some("Helsestasjon, Storgata 5; 2. etg".into()),
        description: None,
    };
    let card = Event {
        uid: uid(1, "card-deadline"),
        date: Date::ymd(2025, 4, 2),
        time: None,
        minutes: 60,
        summary: "Ask the police about the card".into(),
        location: None,
        description: Some("UDI 2023: 20 days\nafter the order".into()),
    };
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Veiviser//Veiviser//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
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
        "BEGIN:VEVENT",
        "UID:veiviser-p1-task-tb-test@veiviser.invalid",
        "DTSTAMP:20250301T080000Z",
        "DTSTART;TZID=Europe/Oslo:20250314T093000",
        "DTEND;TZID=Europe/Oslo:20250314T103000",
        "SUMMARY:TB test",
        r"LOCATION:Helsestasjon\, Storgata 5\; 2. etg",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Tomorrow",
        "TRIGGER:-P1D",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:veiviser-p1-card-deadline@veiviser.invalid",
        "DTSTAMP:20250301T080000Z",
        "DTSTART;VALUE=DATE:20250402",
        "DTEND;VALUE=DATE:20250403",
        "TRANSP:TRANSPARENT",
        "SUMMARY:Ask the police about the card",
        r"DESCRIPTION:UDI 2023: 20 days\nafter the order",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Tomorrow",
        "TRIGGER:-PT15H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ];
    assert_eq!(ics(&[tb, card]), expected.join("\r\n"));
}

/// With `VEIVISER_ICS_SAMPLE=path`, writes a file to check with a strict parser (ical.js):
/// summer time, a late appointment ending the next day, Cyrillic, and escaped text.
#[test]
fn writes_a_sample_when_asked() {
    let Ok(path) = std::env::var("VEIVISER_ICS_SAMPLE") else {
        return;
    };
    let mut late = event(
        Date::ymd(2025, 7, 1),
        Some((23, 30)),
        "Прийом у поліції, Осло",
    );
    late.uid = uid(1, "task-police-photo");
    late.location = Some("Поліцейська дільниця; Grønlandsleiret 44, 0190 Oslo".into());
    late.description = Some("Паспорт\nФото\\копія".into());
    let mut winter = event(Date::ymd(2025, 3, 14), Some((9, 30)), "TB test");
    winter.uid = uid(1, "task-tb-test");
    let mut day = event(Date::ymd(2025, 12, 31), None, "Карта: запитати поліцію");
    day.uid = uid(1, "card-deadline");
    let out = calendar::calendar(&[late, winter, day], stamp(), "Нагадування: завтра").unwrap();
    std::fs::write(path, out).unwrap();
}

#[test]
fn the_time_zone_is_written_only_for_timed_events() {
    let day = event(Date::ymd(2025, 6, 1), None, "x");
    assert!(!ics(std::slice::from_ref(&day)).contains("VTIMEZONE"));
    assert!(ics(&[day, event(Date::ymd(2025, 6, 1), Some((8, 0)), "y")]).contains("VTIMEZONE"));
}

#[test]
fn long_cyrillic_lines_fold_at_75_octets_and_unfold_whole() {
    let summary = "Записатися на прийом у поліцію щоб сфотографуватися для посвідки на проживання";
    let out = ics(&[event(Date::ymd(2025, 6, 1), None, summary)]);
    let raw: Vec<&str> = out.split("\r\n").collect();
    assert!(raw.iter().all(|l| l.len() <= 75), "{raw:?}");
    let folded: Vec<_> = raw.iter().filter(|l| l.starts_with(' ')).collect();
    assert!(folded.len() >= 2, "{raw:?}");
    // Folded as late as a whole two-octet character allows (pieces of a `&str` split at CRLF
    // are whole characters by construction).
    let summary_lines = raw.iter().skip_while(|l| !l.starts_with("SUMMARY:"));
    let pieces: Vec<_> = summary_lines.take(folded.len()).collect();
    assert!(pieces.iter().all(|l| l.len() >= 74), "{pieces:?}");
    assert_eq!(line(&unfolded(&out), "SUMMARY:"), [summary]);
}

#[test]
fn text_values_are_escaped() {
    let mut e = event(Date::ymd(2025, 6, 1), Some((10, 0)), "a,b;c\\d\ne\r\nf");
    e.location = Some("Storgata 1, Oslo".into());
    e.description = Some("line 1\nline 2; more".into());
    let lines = unfolded(&calendar::calendar(&[e], stamp(), "Husk: i morgen, kl. 10").unwrap());
    assert_eq!(line(&lines, "SUMMARY:"), [r"a\,b\;c\\d\ne\nf"]);
    assert_eq!(line(&lines, "LOCATION:"), [r"Storgata 1\, Oslo"]);
    assert_eq!(
        line(&lines, "DESCRIPTION:"),
        [r"line 1\nline 2\; more", r"Husk: i morgen\, kl. 10"]
    );
}

fn ends(date: Date, time: (u8, u8), minutes: u32) -> Vec<String> {
    let mut e = event(date, Some(time), "x");
    e.minutes = minutes;
    let lines = unfolded(&ics(&[e]));
    line(&lines, "DTEND;TZID=Europe/Oslo:")
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn the_end_rolls_over_midnight_months_and_years() {
    assert_eq!(
        ends(Date::ymd(2025, 5, 6), (23, 30), 60),
        ["20250507T003000"]
    );
    assert_eq!(
        ends(Date::ymd(2025, 1, 31), (23, 30), 60),
        ["20250201T003000"]
    );
    assert_eq!(
        ends(Date::ymd(2024, 2, 28), (23, 0), 90),
        ["20240229T003000"]
    );
    assert_eq!(
        ends(Date::ymd(2024, 12, 31), (23, 30), 60),
        ["20250101T003000"]
    );
    assert_eq!(
        ends(Date::ymd(2024, 12, 31), (12, 0), 3 * 1440),
        ["20250103T120000"]
    );
    assert!(
        ends(Date::ymd(2025, 5, 6), (9, 0), 0).is_empty(),
        "no length, no end"
    );
    let all_day = unfolded(&ics(&[event(Date::ymd(2024, 12, 31), None, "x")]));
    assert_eq!(line(&all_day, "DTSTART;VALUE=DATE:"), ["20241231"]);
    assert_eq!(line(&all_day, "DTEND;VALUE=DATE:"), ["20250101"]);
}

#[test]
fn times_are_read_strictly() {
    assert_eq!(parse_time("09:30"), Some((9, 30)));
    assert_eq!(parse_time("9:30"), Some((9, 30)));
    assert_eq!(parse_time("09.30"), Some((9, 30)));
    assert_eq!(parse_time(" 23:59 "), Some((23, 59)));
    assert_eq!(parse_time("00:00"), Some((0, 0)));
    for bad in [
        "25:00", "24:00", "9:60", "", "abc", "9", "930", "9:3", "+9:30", "09:30:00", "1:2:3",
    ] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
}

#[test]
fn an_impossible_time_makes_an_all_day_event() {
    let lines = unfolded(&ics(&[event(Date::ymd(2025, 6, 1), Some((25, 0)), "x")]));
    assert_eq!(line(&lines, "DTSTART;VALUE=DATE:"), ["20250601"]);
    assert!(!lines.iter().any(|l| l.contains("VTIMEZONE")));
}

#[test]
fn nothing_to_write_is_no_file() {
    assert_eq!(calendar::calendar(&[], stamp(), "x"), None);
    let far = event(Date::ymd(9999, 12, 31), None, "ends in year 10000");
    assert_eq!(calendar::calendar(&[far], stamp(), "x"), None);
}

#[test]
fn every_line_ends_with_crlf_fits_and_components_balance() {
    let mut events = Vec::new();
    for (i, summary) in ["Поліція", &"Довгий текст, дуже довгий; ".repeat(9), "x"]
        .iter()
        .enumerate()
    {
        let mut e = event(Date::ymd(2025, 10, 26), Some((i as u8, 15)), summary);
        e.location = Some("Вулиця\nдругий рядок ".repeat(8));
        e.description = Some("ö".repeat(200));
        events.push(e);
    }
    events.push(event(Date::ymd(2025, 10, 26), None, "all day"));
    let out = ics(&events);
    assert!(out.ends_with("\r\n"));
    let body = out.strip_suffix("\r\n").unwrap();
    assert!(
        !body.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR or LF"
    );
    let mut open = Vec::new();
    for l in body.split("\r\n") {
        assert!(l.len() <= 75, "{l}");
        assert!(!l.is_empty());
    }
    for l in unfolded(&out) {
        if let Some(name) = l.strip_prefix("BEGIN:") {
            open.push(name.to_string());
        } else if let Some(name) = l.strip_prefix("END:") {
            assert_eq!(open.pop().as_deref(), Some(name));
        }
    }
    assert!(open.is_empty());
    assert_eq!(
        unfolded(&out)
            .iter()
            .filter(|l| *l == "BEGIN:VEVENT")
            .count(),
        4
    );
}

#[test]
fn uids_are_stable_and_safe() {
    assert_eq!(
        uid(3, "task-tb-test"),
        "veiviser-p3-task-tb-test@veiviser.invalid"
    );
    assert_eq!(
        uid(3, "Tb Test;x"),
        "veiviser-p3-tb-test-x@veiviser.invalid"
    );
}

#[test]
fn reminders_become_events_with_the_appointments_time_and_place() {
    let mut p = Profile::new(2, None);
    let at = |date: &str, time: &str, place: &str| TaskState {
        date: Date::parse(date),
        time: Some(time.into()),
        place: Some(place.into()),
        ..TaskState::default()
    };
    p.set_task(
        "registration-place",
        at("2025-03-14", "9.30", "Politiet, Grønland 44"),
    );
    p.set_task("police-photo", at("2025-03-20", "half past nine", " "));
    p.set_task("new-card-ordered", at("2025-03-01", "", ""));
    let reminders = derive::reminders(&derive::tasks(&p));
    let events = reminder_events(&p, &reminders, |r| match r {
        Reminder::Appointment { task, .. } => format!("Appointment: {task}"),
        other => format!("{other:?}"),
    });
    let get = |uid_what: &str| {
        let id = uid(2, uid_what);
        events.iter().find(|e| e.uid == id).unwrap()
    };
    assert_eq!(events.len(), 3, "{events:?}");
    let reg = get("task-registration-place");
    assert_eq!(
        (reg.date, reg.time, reg.minutes),
        (Date::ymd(2025, 3, 14), Some((9, 30)), 60)
    );
    assert_eq!(reg.location.as_deref(), Some("Politiet, Grønland 44"));
    assert_eq!(reg.summary, "Appointment: registration-place");
    let photo = get("task-police-photo");
    assert_eq!(
        (photo.time, photo.location.as_deref()),
        (None, None),
        "never a guessed time"
    );
    let card = get("card-deadline");
    assert_eq!((card.date, card.time), (Date::ymd(2025, 3, 21), None));
}

#[test]
fn the_imdi_deadline_and_five_years_become_all_day_events() {
    let mut p = Profile::new(4, None);
    p.answers.housing = Some(veiviser::checklist::answers::Housing::Private);
    let on = |date: &str| TaskState {
        date: Date::parse(date),
        ..TaskState::default()
    };
    p.set_task("decision-told", on("2026-08-31"));
    p.set_task("first-permit", on("2022-03-11"));
    let reminders = derive::reminders(&derive::tasks(&p));
    let events = reminder_events(&p, &reminders, |r| format!("{r:?}"));
    let by = |what: &str| events.iter().find(|e| e.uid == uid(4, what)).unwrap();
    assert_eq!(
        (by("imdi-deadline").date, by("imdi-deadline").time),
        (Date::ymd(2027, 2, 28), None)
    );
    assert_eq!(by("five-years").date, Date::ymd(2027, 3, 11));
    let ics = calendar::calendar(&events, Stamp::from_unix_seconds(0), "").unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20270228"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20270311"), "{ics}");
}

#[test]
fn notes_go_in_only_when_asked_and_only_with_their_own_date() {
    let mut p = Profile::new(5, None);
    let with = |date: &str, note: &str| TaskState {
        date: Date::parse(date),
        note: Some(note.into()),
        ..TaskState::default()
    };
    p.set_task(
        "registration-place",
        with("2025-03-14", "Bring Olena's birth certificate"),
    );
    p.set_task("permit-expiry", with("2026-03-15", "  "));
    let reminders = derive::reminders(&derive::tasks(&p));
    let mut events = reminder_events(&p, &reminders, |r| format!("{r:?}"));
    let text =
        |events: &[Event]| calendar::calendar(events, Stamp::from_unix_seconds(0), "").unwrap();
    assert!(!text(&events).contains("Olena"), "no note unless asked");
    for e in events
        .iter_mut()
        .filter(|e| e.uid == uid(5, "permit-expires"))
    {
        e.description = Some("Contact UDI".into());
    }
    calendar::add_notes(&mut events, &p, &reminders);
    let by = |what: &str| events.iter().find(|e| e.uid == uid(5, what)).unwrap();
    assert_eq!(
        by("task-registration-place").description.as_deref(),
        Some("Bring Olena's birth certificate")
    );
    assert_eq!(
        by("permit-expires").description.as_deref(),
        Some("Contact UDI"),
        "a blank note adds nothing"
    );
    assert_eq!(by("extension-letter").description, None);
    assert_eq!(text(&events).matches("Olena").count(), 1);
}
