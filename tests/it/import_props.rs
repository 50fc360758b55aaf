//! Export and import lose nothing, over generated data. `decode` checks that what it returns is
//! valid; these are what it cannot check by itself:
//! - every valid checklist survives export then import exactly: `decode(encode(d)) == d` for
//!   generated data covering every field of `AppData` (any Unicode text up to the length limits,
//!   every task id, every status and answer, profile ids of the whole u32 range, dates 0001–9999
//!   as `<input type="date">` gives them);
//! - whatever `decode` accepts (arbitrary bytes, mutated exports, JSON of the wrong shape) is
//!   data the next save writes and reads back unchanged, and nothing panics.
//!
//! `bash scripts/fuzz.sh` runs it with a million cases.

use proptest::prelude::*;
use veiviser::checklist::answers::{Children, Housing, SettlementRoute, Stage};
use veiviser::checklist::tasks::TASKS;
use veiviser::checklist::{
    Answers, AppData, Date, MAX_NAME, MAX_PROFILES, MAX_TEXT, Profile, Status, TaskState,
};
use veiviser::storage::envelope::{self, DataError};

/// Text of any characters (quotes, backslashes, controls, emoji, U+2028), mostly short, sometimes
/// exactly as long as allowed.
fn text(max: usize) -> impl Strategy<Value = String> {
    let chars = |len| prop::collection::vec(any::<char>(), len).prop_map(String::from_iter);
    prop_oneof![4 => chars(0..24), 1 => chars(max..max + 1)]
}

fn date() -> impl Strategy<Value = Date> {
    (1..=9999i32, 1..=12u8, 1..=31u8).prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d))
}

fn task_state() -> impl Strategy<Value = TaskState> {
    let status = prop_oneof![
        Just(Status::NotStarted),
        Just(Status::Done),
        Just(Status::NotApplicable)
    ];
    let text = || proptest::option::of(text(MAX_TEXT));
    (status, proptest::option::of(date()), text(), text(), text()).prop_map(
        |(status, date, time, place, note)| TaskState {
            status,
            date,
            time,
            place,
            note,
        },
    )
}

fn answers() -> impl Strategy<Value = Answers> {
    let housing = prop_oneof![
        Just(Housing::Emergency),
        Just(Housing::ReceptionCentre),
        Just(Housing::Private),
        Just(Housing::Settled)
    ];
    let stage = prop_oneof![
        Just(Stage::NotInNorway),
        Just(Stage::JustArrived),
        Just(Stage::HavePermit)
    ];
    let route = prop_oneof![
        Just(SettlementRoute::Imdi),
        Just(SettlementRoute::SelfSettlement),
        Just(SettlementRoute::Undecided)
    ];
    let children = any::<[bool; 4]>().prop_map(|[a, b, c, d]| Children {
        under_6: a,
        age_6_to_15: b,
        age_16_to_17: c,
        born_in_norway: d,
    });
    (
        proptest::option::of(stage),
        proptest::option::of(housing),
        proptest::option::of(children),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(route),
    )
        .prop_map(
            |(stage, housing, children, aged_18_to_55, has_norwegian_bank, route)| Answers {
                stage,
                housing,
                children,
                aged_18_to_55,
                has_norwegian_bank,
                route,
            },
        )
}

/// A profile without its id.
fn profile() -> impl Strategy<Value = (Option<String>, Answers, bool, Vec<(String, TaskState)>)> {
    let ids: Vec<String> = TASKS.iter().map(|t| t.id.as_str().to_string()).collect();
    let tasks = prop::collection::vec((prop::sample::select(ids), task_state()), 0..5);
    (
        proptest::option::of(text(MAX_NAME)),
        answers(),
        any::<bool>(),
        tasks,
    )
}

/// Valid data: one to `MAX_PROFILES` profiles with distinct ids in any order, one of them active.
fn app_data() -> impl Strategy<Value = AppData> {
    prop::collection::btree_set(any::<u32>(), 1..=MAX_PROFILES)
        .prop_flat_map(|ids| {
            let n = ids.len();
            let ids = Just(ids.into_iter().collect::<Vec<_>>()).prop_shuffle();
            (ids, prop::collection::vec(profile(), n), 0..n)
        })
        .prop_map(|(ids, bodies, active)| AppData {
            active: ids[active],
            profiles: ids
                .into_iter()
                .zip(bodies)
                .map(|(id, (name, answers, asked, tasks))| {
                    let mut p = Profile::new(id, name);
                    p.answers = answers;
                    p.asked = asked;
                    p.tasks = tasks.into_iter().collect();
                    p
                })
                .collect(),
        })
}

/// What `decode` accepted survives the next save and load unchanged.
fn accepted_data_survives_a_save(result: Result<AppData, DataError>) -> Result<(), TestCaseError> {
    if let Ok(data) = result {
        prop_assert_eq!(envelope::decode(&envelope::encode(&data)), Ok(data));
    }
    Ok(())
}

proptest! {
    #[test]
    fn export_then_import_gives_back_every_field(d in app_data()) {
        prop_assert_eq!(d.check(), Ok(()), "the generator makes valid data");
        prop_assert_eq!(envelope::decode(&envelope::encode(&d)), Ok(d));
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        accepted_data_survives_a_save(envelope::decode_bytes(&bytes))?;
    }

    #[test]
    fn mutated_exports(
        d in app_data(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
    ) {
        let mut bytes = envelope::encode(&d).into_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len().max(1));
            match op {
                0 if !bytes.is_empty() => bytes[i] = byte,
                1 => bytes.insert(i.min(bytes.len()), byte),
                _ if !bytes.is_empty() => { bytes.remove(i); }
                _ => {}
            }
        }
        accepted_data_survives_a_save(envelope::decode_bytes(&bytes))?;
    }

    #[test]
    fn json_of_the_wrong_shape(v in any::<i64>(), s in "[a-z-]{0,12}") {
        for text in [
            format!("{{\"version\":1,\"data\":{{\"profiles\":[{{\"id\":{v},\"tasks\":{{\"{s}\":{{}}}}}}],\"active\":{v}}}}}"),
            format!("{{\"version\":{v},\"data\":null}}"),
            format!("[{v},\"{s}\"]"),
        ] {
            accepted_data_survives_a_save(envelope::decode(&text))?;
        }
    }
}
