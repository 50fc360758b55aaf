//! The model keeps its own limits: over generated sequences of ordinary changes (add, select,
//! remove and restore people, rename, tick, record dates and texts, answer, import), whatever
//! `AppData::apply` accepts is data the stored format's reader accepts back unchanged, a refused
//! change changes nothing, and "Add a person" stops at the limit. `bash scripts/fuzz.sh` runs it
//! with more cases.

use proptest::prelude::*;
use veiviser::checklist::answers::{Housing, Person};
use veiviser::checklist::tasks::TASKS;
use veiviser::checklist::{
    Answers, AppData, Change, MAX_NAME, MAX_PROFILES, MAX_TEXT, Refusal, Status, TaskState,
};
use veiviser::storage::envelope;

/// Text around a limit: short, exactly at it, or one character over.
fn text(max: usize) -> impl Strategy<Value = String> {
    let chars = |len| prop::collection::vec(any::<char>(), len).prop_map(String::from_iter);
    prop_oneof![3 => chars(0..12), 1 => chars(max..max + 1), 1 => chars(max + 1..max + 2)]
}

/// What a person may do, with ids that may or may not exist. `Restore` puts back the person
/// removed most recently, as "Undo" does.
#[derive(Clone, Debug)]
enum Op {
    Change(Change),
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    let task = (0..TASKS.len()).prop_map(|i| TASKS[i].id);
    let status = prop_oneof![
        Just(Status::NotStarted),
        Just(Status::Done),
        Just(Status::NotApplicable)
    ];
    let id = prop_oneof![0..30u32, Just(u32::MAX)];
    let state =
        (status.clone(), proptest::option::of(text(MAX_TEXT))).prop_map(|(status, note)| {
            TaskState {
                status,
                note,
                ..TaskState::default()
            }
        });
    prop_oneof![
        4 => prop_oneof![
            Just(Person::Adult),
            Just(Person::ChildUnder6),
            Just(Person::Child6To15),
            Just(Person::Child16To17)
        ]
        .prop_map(|p| Op::Change(Change::AddProfile(p))),
        2 => id.clone().prop_map(|i| Op::Change(Change::Select(i))),
        2 => id.clone().prop_map(|i| Op::Change(Change::Remove(i))),
        2 => Just(Op::Undo),
        2 => proptest::option::of(text(MAX_NAME)).prop_map(|n| Op::Change(Change::Rename(n))),
        3 => (task.clone(), status).prop_map(|(t, s)| Op::Change(Change::Status(t, s))),
        2 => (task, state).prop_map(|(t, s)| Op::Change(Change::Task(t, s))),
        1 => (id, any::<bool>()).prop_map(|(profile, save)| Op::Change(Change::Answers {
            profile,
            answers: save.then_some(Answers { housing: Some(Housing::Private), ..Answers::default() }),
        })),
    ]
}

/// Data the app may start from: a fresh phone, or one a larger build left with ids near the
/// top of the range.
fn start() -> impl Strategy<Value = AppData> {
    prop_oneof![
        Just(AppData::default()),
        Just({
            let mut d = AppData::default();
            d.profiles[0].id = u32::MAX - 1;
            d.active = u32::MAX - 1;
            d
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn no_sequence_of_changes_leaves_data_the_reader_rejects(
        mut data in start(),
        ops in prop::collection::vec(op(), 1..80),
    ) {
        let mut removed = Vec::new();
        for op in ops {
            let before = data.clone();
            let change = match op {
                Op::Change(c) => c,
                Op::Undo => match removed.pop() {
                    Some((profile, at)) => Change::Restore { profile, at },
                    None => continue,
                },
            };
            let removing = match &change {
                Change::Remove(id) => before
                    .profiles
                    .iter()
                    .position(|p| p.id == *id)
                    .map(|at| (before.profiles[at].clone(), at)),
                _ => None,
            };
            let adding = matches!(change, Change::AddProfile(_));
            match data.apply(change) {
                Ok(()) => {
                    if let Some(r) = removing {
                        removed.push(r);
                    }
                }
                Err(refusal) => {
                    prop_assert_eq!(&data, &before, "a refusal ({}) changed the data", refusal);
                    if adding {
                        prop_assert_eq!(refusal, Refusal::ProfileLimit);
                        prop_assert!(before.profiles.len() >= MAX_PROFILES);
                    }
                }
            }
            prop_assert!(data.profiles.len() <= MAX_PROFILES);
            prop_assert_eq!(data.check(), Ok(()));
            let stored = envelope::encode(&data);
            prop_assert_eq!(envelope::decode(&stored), Ok(data.clone()));
        }
    }
}

#[test]
fn add_a_person_stops_at_the_limit_and_every_tick_survives() {
    let mut d = AppData::default();
    for _ in 1..MAX_PROFILES {
        d.apply(Change::AddProfile(Person::Adult)).unwrap();
        let tick = Change::Status(TASKS[0].id, Status::Done);
        d.apply(tick).unwrap();
    }
    assert_eq!(d.profiles.len(), MAX_PROFILES);
    assert!(!d.can_add_profile());
    let before = d.clone();
    assert_eq!(
        d.apply(Change::AddProfile(Person::Adult)),
        Err(Refusal::ProfileLimit)
    );
    assert_eq!(d, before);
    let read = envelope::decode(&envelope::encode(&d)).unwrap();
    assert_eq!(
        read.profiles.iter().map(|p| p.done_count()).sum::<usize>(),
        MAX_PROFILES - 1
    );
}

#[test]
fn data_over_the_limit_from_an_older_build_is_kept_whole() {
    // The build of 2026-12-02 let a 21st person be added; its reader then set the data aside.
    let mut d = AppData::default();
    for _ in 1..MAX_PROFILES {
        d.apply(Change::AddProfile(Person::Adult)).unwrap();
    }
    let mut over = d.clone();
    let mut extra = over.profiles[0].clone();
    extra.id = 99;
    extra.set_status("tb-test", Status::Done);
    over.profiles.push(extra);
    let read = envelope::decode(&envelope::encode(&over)).expect("kept, not set aside");
    assert_eq!(read.profiles.len(), MAX_PROFILES + 1);
    assert_eq!(
        read.profiles[MAX_PROFILES].task("tb-test").status,
        Status::Done
    );
    let mut read = read;
    assert_eq!(
        read.apply(Change::AddProfile(Person::Adult)),
        Err(Refusal::ProfileLimit),
        "raise nothing"
    );
    read.apply(Change::Remove(99)).unwrap();
    assert_eq!(read.profiles.len(), MAX_PROFILES);
}

#[test]
fn an_id_at_the_top_of_the_range_takes_the_smallest_free_one() {
    let mut d = AppData::default();
    d.profiles[0].id = u32::MAX;
    d.active = u32::MAX;
    d.apply(Change::AddProfile(Person::Adult)).unwrap();
    assert_eq!(d.active, 1);
    assert_eq!(d.check(), Ok(()));
}
