//! The stored format: a file written by the first serde_json build (GOLDEN, version 1) is read
//! into the same data and written today byte for byte as before but for the version and the
//! renamed task; a checklist written by the version-1 build keeps every tick that still means
//! something; every stored variant reads back; a wrong field is named.

use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use veiviser::checklist::answers::{Children, Housing, Person, SettlementRoute, Stage};
use veiviser::checklist::{Answers, AppData, Change, Date, KeptLetter, Status, TaskState};
use veiviser::storage::envelope::{self, DataError};

/// `envelope::encode(&sample())` as the serde_json build wrote it (version 1, with `book-police`).
const GOLDEN: &str = r#"{"version":1,"data":{"profiles":[{"id":1,"name":null,"answers":{"housing":"reception-centre","children":{"under_6":true,"age_6_to_15":false,"age_16_to_17":true,"born_in_norway":false},"aged_18_to_55":true,"has_norwegian_bank":false,"route":"self-settlement"},"asked":true,"tasks":{"book-police":{"status":"not-started","date":"2024-02-29","time":"09:30","place":"Politihuset \"sentrum\"\\ Oslo\n2. etasje\t\u0001","note":"Взяти паспорт 🇺🇦 / ta med pass"},"registered":{"status":"not-applicable","date":null,"time":null,"place":null,"note":null},"tb-test":{"status":"done","date":null,"time":null,"place":null,"note":null}}},{"id":2,"name":"Мама","answers":{"housing":null,"children":null,"aged_18_to_55":null,"has_norwegian_bank":null,"route":null},"asked":false,"tasks":{}}],"active":1}}"#;

fn sample() -> AppData {
    let mut d = AppData::default();
    let p = d.active_mut();
    p.set_status("tb-test", Status::Done);
    p.set_status("registered", Status::NotApplicable);
    p.set_task(
        "registration-place",
        TaskState {
            date: Date::new(2024, 2, 29),
            time: Some("09:30".into()),
            place: Some("Politihuset \"sentrum\"\\ Oslo\n2. etasje\t\u{1}".into()),
            note: Some("Взяти паспорт 🇺🇦 / ta med pass".into()),
            ..TaskState::default()
        },
    );
    p.answers = Answers {
        stage: None,
        housing: Some(Housing::ReceptionCentre),
        children: Some(Children {
            under_6: true,
            age_6_to_15: false,
            age_16_to_17: true,
            born_in_norway: false,
        }),
        aged_18_to_55: Some(true),
        has_norwegian_bank: Some(false),
        route: Some(SettlementRoute::SelfSettlement),
    };
    p.asked = true;
    d.apply(Change::AddProfile(Person::Adult)).unwrap();
    d.apply(Change::Rename(Some("Мама".into()))).unwrap();
    d.active = 1;
    d
}

#[test]
fn files_from_the_serde_build_read_and_write_unchanged() {
    assert_eq!(envelope::decode(GOLDEN), Ok(sample()));
    // Today's version writes the same bytes but for the version and the task's new name (whose
    // key now sorts after "registered").
    let v2 = GOLDEN
        .replace(
            "\"version\":1",
            &format!("\"version\":{}", envelope::VERSION),
        )
        .replace("\"book-police\":", "\"registration-place\":");
    let (book, rest) = v2.split_once("\"registered\":").unwrap();
    let (head, booking) = book.split_once("\"registration-place\":").unwrap();
    let (registered, tail) = rest.split_once(",\"tb-test\":").unwrap();
    let expected = format!(
        "{head}\"registered\":{registered},\"registration-place\":{}\"tb-test\":{tail}",
        booking
    );
    assert_eq!(envelope::encode(&sample()), expected);
    assert_eq!(envelope::decode(&expected), Ok(sample()));
    // A file written as version 2 (2026-11-26 to 2026-12-07) reads into the same data.
    let written_v2 = expected.replace(
        &format!("\"version\":{}", envelope::VERSION),
        "\"version\":2",
    );
    assert_eq!(envelope::decode(&written_v2), Ok(sample()));
}

/// Written by the version-1 build (main before 2026-11-26): see tests/data/README.md.
const V1_FILE: &str = include_str!("../data/checklist-v1.json");

/// The version-1 file as written, each task's state as its exact text.
#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow)]
    data: Data<'a>,
}
#[derive(Deserialize)]
struct Data<'a> {
    #[serde(borrow)]
    profiles: Vec<Tasks<'a>>,
}
#[derive(Deserialize)]
struct Tasks<'a> {
    #[serde(borrow)]
    tasks: BTreeMap<String, &'a RawValue>,
}

#[test]
fn a_checklist_from_the_version_1_build_keeps_every_tick_that_still_means_something() {
    let old: File = serde_json::from_str(V1_FILE).unwrap();
    let decoded = envelope::decode_detailed(V1_FILE).unwrap();
    let profiles = old.data.profiles;
    let mut kept = 0;
    let mut dropped = Vec::new();
    for (profile, new) in profiles.iter().zip(&decoded.data.profiles) {
        for (id, state) in &profile.tasks {
            let renamed = envelope::V1_RENAMED
                .iter()
                .find(|(old, _)| old == id)
                .map_or(id.as_str(), |(_, new)| new);
            if envelope::V1_REMOVED.contains(&id.as_str()) {
                dropped.push((new.id, id.clone()));
                continue;
            }
            // The state is the same, field for field, under the (possibly new) id.
            let written = envelope::encode(&veiviser::checklist::AppData {
                profiles: vec![{
                    let mut p = veiviser::checklist::Profile::new(1, None);
                    p.set_task(renamed, new.task(renamed));
                    p
                }],
                active: 1,
            });
            assert!(
                written.contains(&format!("\"{renamed}\":{}", state.get())),
                "{id}"
            );
            kept += 1;
        }
    }
    assert!(kept >= 15, "the file ticks many tasks ({kept})");
    assert_eq!(decoded.dropped, dropped);
    assert_eq!(dropped.len(), 2, "card-ordered in both profiles");
    assert_eq!(decoded.data.profiles[1].name.as_deref(), Some("Мама"));
    assert_eq!(
        decoded.data.profiles[0].answers.housing,
        Some(Housing::Private)
    );
}

#[test]
fn every_enum_value_round_trips() {
    let mut d = AppData::default();
    let housings = [
        Housing::Emergency,
        Housing::ReceptionCentre,
        Housing::Private,
    ];
    let routes = [
        SettlementRoute::Imdi,
        SettlementRoute::SelfSettlement,
        SettlementRoute::Undecided,
    ];
    for (i, (housing, route)) in housings.into_iter().zip(routes).enumerate() {
        d.apply(Change::AddProfile(Person::Adult)).unwrap();
        let id = d.active;
        let p = d.profiles.iter_mut().find(|p| p.id == id).unwrap();
        p.answers.housing = Some(housing);
        p.answers.route = Some(route);
        p.set_status("tb-test", [Status::Done, Status::NotApplicable][i % 2]);
    }
    assert_eq!(envelope::decode(&envelope::encode(&d)), Ok(d));
}

#[test]
fn missing_fields_take_defaults_and_wrong_ones_are_named() {
    let read = |data: &str| envelope::decode(&format!("{{\"version\":1,\"data\":{data}}}"));
    let minimal = read(r#"{"profiles":[{"id":1,"tasks":{"tb-test":{}}}],"active":1}"#);
    let mut expected = AppData::default();
    expected.profiles[0]
        .tasks
        .insert("tb-test".into(), TaskState::default());
    assert_eq!(minimal, Ok(expected));
    for (data, field) in [
        (r#"{"profiles":[{"id":1}]}"#, "missing field `active`"),
        (
            r#"{"profiles":[{"id":1,"x":1}],"active":1}"#,
            "profiles[0].x: unknown field `x`",
        ),
        (
            r#"{"profiles":[{"id":1,"asked":null}],"active":1}"#,
            "profiles[0].asked: invalid type: null",
        ),
        (r#"{"profiles":[{"id":1.0}],"active":1}"#, "profiles[0].id"),
        (r#"{"profiles":[{"id":-1}],"active":1}"#, "profiles[0].id"),
        (
            r#"{"profiles":[{"id":1,"id":1}],"active":1}"#,
            "duplicate field `id`",
        ),
        (
            r#"{"profiles":[{"id":1,"tasks":{"tb-test":{"status":"half"}}}],"active":1}"#,
            "profiles[0].tasks.tb-test.status: unknown variant `half`",
        ),
        (
            r#"{"profiles":[{"id":1,"tasks":{"tb-test":{"date":"2023-02-29"}}}],"active":1}"#,
            "profiles[0].tasks.tb-test.date: not a date: 2023-02-29",
        ),
        (
            r#"{"profiles":[{"id":1,"letters":[{"saved":"2026-12-07"}]}],"active":1}"#,
            "profiles[0].letters[0]: missing field `text`",
        ),
    ] {
        match read(data) {
            Err(DataError::WrongShape(e)) => assert!(e.contains(field), "{data}: {e}"),
            other => panic!("{data}: {other:?}"),
        }
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    for depth in [100, 1_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let file = format!("{{\"version\":4,\"data\":{text}}}");
        assert!(envelope::decode(&file).is_err(), "depth {depth}");
    }
}

/// Every variant of every stored enum, and every optional field set, reads back as written.
#[test]
fn every_stored_variant_round_trips() {
    use strum::VariantArray;
    let mut d = AppData::default();
    for (i, &person) in Person::VARIANTS.iter().enumerate() {
        d.apply(Change::AddProfile(person)).unwrap();
        let id = d.active;
        let p = d.profiles.iter_mut().find(|p| p.id == id).unwrap();
        p.answers = Answers {
            stage: Some(Stage::VARIANTS[i % Stage::VARIANTS.len()]),
            housing: Some(Housing::VARIANTS[i % Housing::VARIANTS.len()]),
            children: Some(Children::default()),
            aged_18_to_55: Some(i % 2 == 0),
            has_norwegian_bank: None,
            route: Some(SettlementRoute::VARIANTS[i % SettlementRoute::VARIANTS.len()]),
        };
        p.set_status(
            "tb-test",
            Status::VARIANTS[(i + 1) % Status::VARIANTS.len()],
        );
        p.letters.push(KeptLetter {
            saved: Date::ymd(2026, 12, 7),
            text: format!("Brev {i} «ї» \u{1}"),
        });
    }
    let text = envelope::encode(&d);
    assert_eq!(envelope::decode(&text), Ok(d.clone()));
    // Each name is written as the format names it, and each variant once at least.
    for name in [
        "child-under-6",
        "child-6-15",
        "child-16-17",
        "not-in-norway",
        "have-permit",
    ] {
        assert!(text.contains(&format!("\"{name}\"")), "{name}: {text}");
    }
    assert!(text.contains(r#""letters":[{"saved":"2026-12-07","text":"Brev"#));
}

#[test]
fn a_child_is_stored_with_its_band_and_an_adult_as_before() {
    let mut d = AppData::default();
    d.apply(Change::AddProfile(Person::Child6To15)).unwrap();
    let text = envelope::encode(&d);
    assert!(
        text.contains(r#""id":2,"name":null,"person":"child-6-15","answers""#),
        "{text}"
    );
    assert!(
        !text.contains(r#""id":1,"name":null,"person""#),
        "an adult writes no person: {text}"
    );
    assert_eq!(envelope::decode(&text), Ok(d));
    let unknown = text.replace("child-6-15", "teenager");
    assert!(envelope::decode(&unknown).is_err());
}
