//! The checklist's rules: blocking, alternatives, personalisation, progress and reminders.

use veiviser::checklist::answers::{Children, Housing, Person, SettlementRoute, Stage};
use veiviser::checklist::derive::{self, Effective, Reminder, TaskView};
use veiviser::checklist::tasks::{Advice, HiddenBecause, TaskId};
use veiviser::checklist::{Answers, AppData, Change, Date, Profile, Refusal, Status, TaskState};
use veiviser::content::journey::ArticleId;

fn view<'a>(views: &'a [TaskView], id: &str) -> &'a TaskView {
    views.iter().find(|v| v.def.id == id).unwrap()
}

fn done(p: &mut Profile, ids: &[&str]) {
    for id in ids {
        p.set_status(id, Status::Done);
    }
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn a_new_person_starts_with_the_day_of_arrival_then_where_to_register() {
    let mut p = Profile::new(1, None);
    let views = derive::tasks(&p);
    assert_eq!(derive::next_up(&views).unwrap().def.id, "arrived");
    done(&mut p, &["arrived"]);
    let views = derive::tasks(&p);
    // Unknown housing: the choice of where to register comes first (the pages disagree).
    assert_eq!(
        derive::next_up(&views).unwrap().def.id,
        "registration-place"
    );
    p.answers.housing = Some(Housing::ReceptionCentre);
    assert_eq!(
        derive::next_up(&derive::tasks(&p)).unwrap().def.id,
        "rade-trip"
    );
    assert_eq!(
        view(&views, "registered").blocked_by,
        ["rade-trip", "registration-place"]
    );
    assert_eq!(derive::overall_progress(&views).done, 1);
}

#[test]
fn next_up_follows_the_journey() {
    let mut p = Profile::new(1, None);
    done(&mut p, &["arrived", "rade-trip"]);
    let views = derive::tasks(&p);
    assert_eq!(derive::next_up(&views).unwrap().def.id, "registered");
    assert_eq!(
        view(&views, "registration-place").effective,
        Effective::NotNeeded
    );
    done(&mut p, &["registered", "asylum-card"]);
    assert_eq!(
        derive::next_up(&derive::tasks(&p)).unwrap().def.id,
        "tb-contact-health"
    );
    p.answers.housing = Some(Housing::Emergency);
    assert_eq!(
        derive::next_up(&derive::tasks(&p)).unwrap().def.id,
        "tb-test"
    );
}

#[test]
fn buypass_needs_the_d_number_and_a_postal_address() {
    let mut p = Profile::new(1, None);
    assert_eq!(
        view(&derive::tasks(&p), "buypass-order").blocked_by,
        ["d-number", "postal-address"]
    );
    done(&mut p, &["d-number"]);
    assert_eq!(
        view(&derive::tasks(&p), "buypass-order").blocked_by,
        ["postal-address"]
    );
    done(&mut p, &["postal-address"]);
    assert!(
        view(&derive::tasks(&p), "buypass-order")
            .blocked_by
            .is_empty()
    );
}

#[test]
fn one_electronic_id_is_enough() {
    let mut p = Profile::new(1, None);
    let views = derive::tasks(&p);
    assert_eq!(
        view(&views, "digital-mailbox").blocked_by,
        ["buypass-active", "bankid"],
        "MinID is below a digital mailbox's level"
    );
    done(&mut p, &["d-number", "bankid"]);
    let views = derive::tasks(&p);
    for id in [
        "postal-address",
        "buypass-order",
        "buypass-code",
        "buypass-active",
        "minid",
    ] {
        assert_eq!(view(&views, id).effective, Effective::NotNeeded, "{id}");
        assert!(!view(&views, id).counts());
    }
    assert!(view(&views, "digital-mailbox").blocked_by.is_empty());
    assert_eq!(
        derive::step_progress(&views, ArticleId::Eid),
        derive::Progress { done: 1, total: 2 }
    );
}

#[test]
fn answers_hide_tasks_and_say_why() {
    let mut p = Profile::new(1, None);
    p.answers = Answers {
        stage: None,
        housing: Some(Housing::ReceptionCentre),
        children: Some(Children {
            age_6_to_15: true,
            ..Children::default()
        }),
        aged_18_to_55: Some(false),
        has_norwegian_bank: Some(false),
        route: Some(SettlementRoute::Undecided),
    };
    let views = derive::tasks(&p);
    let hidden = |id| view(&views, id).hidden;
    assert_eq!(hidden("school"), None);
    assert_eq!(hidden("kindergarten"), Some(HiddenBecause::NoChildInBand));
    assert_eq!(hidden("baby-permit"), Some(HiddenBecause::NoBaby));
    assert_eq!(hidden("intro-programme"), None, "over 55 may still qualify");
    assert_eq!(hidden("bankid"), Some(HiddenBecause::NoBank));
    assert_eq!(hidden("tb-contact-health"), Some(HiddenBecause::Housing));
    assert_eq!(
        hidden("self-settlement"),
        Some(HiddenBecause::Housing),
        "not from a reception centre"
    );
    assert_eq!(
        hidden("imdi-apply"),
        Some(HiddenBecause::Housing),
        "reception centres settle their residents without the application"
    );
    assert_eq!(hidden("settlement-date"), None);
    assert_eq!(hidden("decision-told"), Some(HiddenBecause::Housing));
    assert_eq!(hidden("registration-place"), Some(HiddenBecause::Housing));
    assert_eq!(hidden("rade-trip"), None);

    p.answers.housing = Some(Housing::Private);
    p.answers.route = Some(SettlementRoute::SelfSettlement);
    let views = derive::tasks(&p);
    assert_eq!(view(&views, "self-settlement").hidden, None);
    assert_eq!(
        view(&views, "imdi-apply").hidden,
        None,
        "an agreed self-settlement applies to IMDi as well (current-rules.md 13.4)"
    );
    assert_eq!(
        view(&views, "settlement-date").hidden,
        Some(HiddenBecause::Housing)
    );
    assert_eq!(view(&views, "tb-contact-health").hidden, None);
    // The official pages disagree on whether private housing allows another registration
    // place, so both routes stay in view.
    assert_eq!(view(&views, "rade-trip").hidden, None);
    assert_eq!(view(&views, "registration-place").hidden, None);
}

#[test]
fn someone_not_aged_18_to_55_keeps_the_introduction_programme_with_advice() {
    let mut p = Profile::new(1, None);
    let intro = |p: &Profile| view(&derive::tasks(p), "intro-programme").clone();
    assert_eq!(intro(&p).advice, None, "unknown age: no advice");
    p.answers.aged_18_to_55 = Some(true);
    assert_eq!(intro(&p).advice, None);
    assert_eq!(intro(&p).hidden, None);
    p.answers.aged_18_to_55 = Some(false);
    let v = intro(&p);
    assert_eq!(
        v.hidden, None,
        "over 55: may still qualify, ask the municipality"
    );
    assert_eq!(v.advice, Some(Advice::NotAged18To55));
    assert!(
        v.counts(),
        "it counts towards progress like any task that applies"
    );
    // Only that task carries the advice.
    let others = derive::tasks(&p);
    assert_eq!(others.iter().filter(|v| v.advice.is_some()).count(), 1);
}

#[test]
fn a_hidden_prerequisite_blocks_nothing() {
    let mut p = Profile::new(1, None);
    p.answers.has_norwegian_bank = Some(false);
    assert_eq!(
        view(&derive::tasks(&p), "digital-mailbox").blocked_by,
        ["buypass-active"]
    );
    p.answers.housing = Some(Housing::Private);
    assert_eq!(
        view(&derive::tasks(&p), "registered").blocked_by,
        ["rade-trip", "registration-place"]
    );
    done(&mut p, &["registration-place"]);
    assert!(view(&derive::tasks(&p), "registered").blocked_by.is_empty());
}

#[test]
fn progress_is_derived_and_ignores_what_does_not_apply() {
    let mut p = Profile::new(1, None);
    done(&mut p, &["rade-trip", "registered"]);
    p.set_status("asylum-card", Status::NotApplicable);
    p.set_status("arrived", Status::NotApplicable);
    let views = derive::tasks(&p);
    assert_eq!(
        derive::step_progress(&views, ArticleId::Registration),
        derive::Progress { done: 2, total: 2 }
    );
    assert_eq!(
        derive::step_progress(&views, ArticleId::Registration).percent(),
        100
    );
    let all = derive::overall_progress(&views);
    assert_eq!(all.done, 2);
    assert!(all.total > 20);
}

fn with_date(p: &mut Profile, id: &str, date: &str) {
    p.set_task(
        id,
        TaskState {
            date: Some(d(date)),
            ..TaskState::default()
        },
    );
}

#[test]
fn reminders_cross_month_year_and_leap_day_boundaries() {
    let mut p = Profile::new(1, None);
    with_date(&mut p, "new-card-ordered", "2024-02-20");
    with_date(&mut p, "permit-expiry", "2025-01-10");
    with_date(&mut p, "settlement-date", "2024-03-01");
    with_date(&mut p, "registration-place", "2024-02-29");
    let r = derive::reminders(&derive::tasks(&p));
    assert_eq!(
        r,
        [
            Reminder::Appointment {
                task: TaskId::RegistrationPlace,
                date: d("2024-02-29")
            },
            Reminder::CentrePlaceEnds(d("2024-03-01")),
            Reminder::CardDeadline(d("2024-03-11")),
            Reminder::ExtensionLetter(d("2024-12-20")),
            Reminder::PermitExpires(d("2025-01-10")),
        ]
    );
    let mut p = Profile::new(1, None);
    with_date(&mut p, "new-card-ordered", "2023-12-20");
    with_date(&mut p, "permit-expiry", "2023-03-15");
    let r = derive::reminders(&derive::tasks(&p));
    assert_eq!(
        r,
        [
            Reminder::ExtensionLetter(d("2023-02-22")),
            Reminder::PermitExpires(d("2023-03-15")),
            Reminder::CardDeadline(d("2024-01-09"))
        ]
    );
}

#[test]
fn the_first_card_has_no_20_day_reminder() {
    // Seed 003: the 20 days are for a new card after an extension.
    let mut p = Profile::new(1, None);
    with_date(&mut p, "permit-expiry", "2025-01-10");
    let r = derive::reminders(&derive::tasks(&p));
    assert!(!r.iter().any(|r| matches!(r, Reminder::CardDeadline(_))));
}

#[test]
fn reminders_end_when_they_no_longer_apply() {
    let mut p = Profile::new(1, None);
    with_date(&mut p, "new-card-ordered", "2024-02-20");
    done(&mut p, &["new-card-received"]);
    with_date(&mut p, "settlement-date", "2024-05-01");
    p.answers.housing = Some(Housing::Private);
    p.set_task(
        "registration-place",
        TaskState {
            status: Status::Done,
            date: Some(d("2024-01-02")),
            ..TaskState::default()
        },
    );
    assert_eq!(derive::reminders(&derive::tasks(&p)), []);
}

#[test]
fn answers_are_saved_for_the_person_they_were_chosen_for() {
    let mut d = AppData::default();
    let chosen = Answers {
        housing: Some(Housing::Private),
        ..Answers::default()
    };
    // Settings saves them as another person is shown (added here), for the first person.
    d.apply(Change::AddProfile(Person::Adult)).unwrap();
    let second = d.active;
    d.apply(Change::Answers {
        profile: 1,
        answers: Some(chosen),
    })
    .unwrap();
    assert_eq!(d.active, second, "the new person stays shown");
    assert_eq!(
        d.active().answers,
        Answers::default(),
        "and has none of them"
    );
    let first = &d.profiles[0];
    assert_eq!((first.answers, first.asked), (chosen, true));
    // A person who is gone is refused, and nothing changes.
    d.apply(Change::Remove(1)).unwrap();
    let before = d.clone();
    assert_eq!(
        d.apply(Change::Answers {
            profile: 1,
            answers: Some(Answers::default())
        }),
        Err(Refusal::NoSuchProfile(1))
    );
    assert_eq!(d, before);
}

#[test]
fn the_imdi_deadline_is_six_months_after_the_police_told_the_decision() {
    let imdi = |housing: Option<Housing>, told: &str| {
        let mut p = Profile::new(1, None);
        p.answers.housing = housing;
        with_date(&mut p, "decision-told", told);
        derive::reminders(&derive::tasks(&p))
    };
    let private = Some(Housing::Private);
    assert_eq!(
        imdi(private, "2026-03-15"),
        [Reminder::ImdiDeadline(d("2026-09-15"))]
    );
    // A month's end: the deadline is the last day of the month six months on.
    assert_eq!(
        imdi(private, "2026-08-31"),
        [Reminder::ImdiDeadline(d("2027-02-28"))]
    );
    assert_eq!(
        imdi(private, "2027-08-31"),
        [Reminder::ImdiDeadline(d("2028-02-29"))],
        "a leap year"
    );
    assert_eq!(
        imdi(None, "2026-12-01"),
        [Reminder::ImdiDeadline(d("2027-06-01"))],
        "an unknown answer hides nothing"
    );
}

#[test]
fn a_person_in_reception_or_emergency_housing_gets_no_imdi_reminder() {
    for housing in [Housing::ReceptionCentre, Housing::Emergency] {
        let mut p = Profile::new(1, None);
        p.answers.housing = Some(housing);
        with_date(&mut p, "decision-told", "2026-03-15");
        let views = derive::tasks(&p);
        assert!(
            !derive::reminders(&views)
                .iter()
                .any(|r| matches!(r, Reminder::ImdiDeadline(_))),
            "{housing:?}"
        );
        assert_eq!(
            view(&views, "imdi-apply").hidden,
            Some(HiddenBecause::Housing),
            "{housing:?} residents are settled without the application"
        );
    }
}

#[test]
fn the_imdi_reminder_ends_once_the_person_applied() {
    let mut p = Profile::new(1, None);
    p.answers.housing = Some(Housing::Private);
    with_date(&mut p, "decision-told", "2026-03-15");
    assert_eq!(derive::reminders(&derive::tasks(&p)).len(), 1);
    done(&mut p, &["imdi-apply"]);
    assert!(derive::reminders(&derive::tasks(&p)).is_empty());
}

#[test]
fn five_years_are_counted_from_the_first_permit() {
    let five = |first: &str| {
        let mut p = Profile::new(1, None);
        with_date(&mut p, "first-permit", first);
        derive::reminders(&derive::tasks(&p))
    };
    // The first holders, granted in March 2022, reach five years in March 2027 (13.10).
    assert_eq!(five("2022-03-11"), [Reminder::FiveYears(d("2027-03-11"))]);
    assert_eq!(five("2024-02-29"), [Reminder::FiveYears(d("2029-02-28"))]);
    // Whatever the housing: the limit is the permit's, not the home's.
    let mut p = Profile::new(1, None);
    p.answers.housing = Some(Housing::ReceptionCentre);
    with_date(&mut p, "first-permit", "2022-03-11");
    assert_eq!(
        derive::reminders(&derive::tasks(&p)),
        [Reminder::FiveYears(d("2027-03-11"))]
    );
}

#[test]
fn a_holder_enters_the_first_permit_without_ticking_anything_first() {
    let p = Profile::new(1, None);
    let views = derive::tasks(&p);
    assert!(view(&views, "first-permit").blocked_by.is_empty());
    assert!(view(&views, "decision-told").blocked_by.is_empty());
    assert!(
        view(&views, "imdi-apply").blocked_by.is_empty(),
        "IMDi takes the form before the permit"
    );
}

#[test]
fn the_tb_deadline_is_14_days_after_arrival_until_the_test_is_taken() {
    let mut p = Profile::new(1, None);
    with_date(&mut p, "arrived", "2026-12-28");
    assert_eq!(
        derive::reminders(&derive::tasks(&p)),
        [Reminder::TbDeadline(d("2027-01-11"))]
    );
    done(&mut p, &["tb-test"]);
    assert!(derive::reminders(&derive::tasks(&p)).is_empty());
}

#[test]
fn the_permit_expiry_is_a_reminder_of_its_own() {
    let mut p = Profile::new(1, None);
    with_date(&mut p, "permit-expiry", "2027-03-04");
    assert_eq!(
        derive::reminders(&derive::tasks(&p)),
        [
            Reminder::ExtensionLetter(d("2027-02-11")),
            Reminder::PermitExpires(d("2027-03-04"))
        ]
    );
}

#[test]
fn writing_down_a_date_completes_a_write_down_task_and_the_choice_of_where_to_register() {
    let dated = |task: TaskId| {
        let mut data = AppData::default();
        let state = TaskState {
            date: Some(d("2027-01-05")),
            ..TaskState::default()
        };
        data.apply(Change::Task(task, state)).unwrap();
        data.active().task(task.as_str()).status
    };
    assert_eq!(dated(TaskId::Arrived), Status::Done);
    assert_eq!(dated(TaskId::PermitExpiry), Status::Done);
    assert_eq!(
        dated(TaskId::RegistrationPlace),
        Status::Done,
        "saving the appointment"
    );
    assert_eq!(
        dated(TaskId::PolicePhoto),
        Status::NotStarted,
        "an appointment is not yet the photo"
    );
}

#[test]
fn a_child_sees_the_childs_tasks_only() {
    let child = |person: Person| {
        let mut p = Profile::new(2, None);
        p.person = person;
        derive::tasks(&p)
            .into_iter()
            .filter(|v| v.hidden.is_none())
            .map(|v| v.def.id.as_str())
            .collect::<Vec<_>>()
    };
    let under_6 = child(Person::ChildUnder6);
    assert_eq!(
        under_6,
        [
            "arrived",
            "asylum-card",
            "tb-test",
            "card-received",
            "new-card-received",
            "kindergarten"
        ]
    );
    assert!(child(Person::Child6To15).contains(&"school"));
    assert!(child(Person::Child16To17).contains(&"upper-secondary"));
    // Never an adult's task: eID, the IMDi application, the introduction programme.
    for adult_only in [
        "buypass-order",
        "minid",
        "imdi-apply",
        "intro-programme",
        "rade-trip",
    ] {
        assert!(!under_6.contains(&adult_only), "{adult_only}");
    }
    let mut p = Profile::new(2, None);
    p.person = Person::Child6To15;
    let views = derive::tasks(&p);
    assert_eq!(view(&views, "minid").hidden, Some(HiddenBecause::Child));
    assert_eq!(derive::next_up(&views).unwrap().def.id, "arrived");
}

#[test]
fn a_holder_since_2022_starts_with_the_permit_not_registration() {
    let mut p = Profile::new(1, None);
    p.answers.stage = Some(Stage::HavePermit);
    let views = derive::tasks(&p);
    for id in [
        "arrived",
        "rade-trip",
        "registered",
        "tb-test",
        "d-number",
        "card-received",
    ] {
        assert_eq!(view(&views, id).effective, Effective::Behind, "{id}");
        assert!(view(&views, id).is_done());
    }
    // Nothing behind blocks what comes after it.
    assert!(view(&views, "permit-expiry").blocked_by.is_empty());
    let registration = derive::step_progress(&views, ArticleId::Registration);
    assert!(registration.total > 0 && registration.done == registration.total);
    // Her permit's dates come first: the expiry, then the five years, then travel.
    assert_eq!(derive::next_up(&views).unwrap().def.id, "permit-expiry");
    // The stored states are untouched: nothing was ticked for her.
    assert!(p.tasks.is_empty());
    // A task she marked "does not apply" stays so.
    p.set_status("tb-test", Status::NotApplicable);
    assert_eq!(
        view(&derive::tasks(&p), "tb-test").effective,
        Effective::NotApplicable
    );
}

#[test]
fn settled_in_a_municipality_puts_settlement_behind_and_no_imdi_deadline() {
    let mut p = Profile::new(1, None);
    p.answers.housing = Some(Housing::Settled);
    with_date(&mut p, "decision-told", "2026-03-15");
    let views = derive::tasks(&p);
    assert_eq!(
        view(&views, "imdi-apply").hidden,
        Some(HiddenBecause::Housing)
    );
    assert_eq!(view(&views, "registered").effective, Effective::Behind);
    assert!(
        !derive::reminders(&views)
            .iter()
            .any(|r| matches!(r, Reminder::ImdiDeadline(_)))
    );
    assert_eq!(view(&views, "intro-programme").effective, Effective::Open);
}
