//! Import validation never panics: arbitrary bytes and mutated valid files always give either
//! valid data or a typed error. PROPTEST_CASES=1000000 cargo test --release --test import_props
//! runs the long version.

use proptest::prelude::*;
use veiviser::checklist::{AppData, Date, Status, TaskState};
use veiviser::storage::envelope::{self, DataError};

fn valid_file() -> String {
    let mut d = AppData::default();
    d.active_mut().set_status("tb-test", Status::Done);
    d.active_mut().set_task(
        "registration-place",
        TaskState {
            date: Date::new(2024, 2, 29),
            time: Some("09:30".into()),
            place: Some("Politihuset".into()),
            ..TaskState::default()
        },
    );
    d.add_profile(Some("Мама".into()));
    envelope::encode(&d)
}

fn accepts_or_types(result: Result<AppData, DataError>) {
    if let Ok(data) = result {
        assert_eq!(
            data.check(),
            Ok(()),
            "decode returned data that fails its own check"
        );
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        accepts_or_types(envelope::decode_bytes(&bytes));
    }

    #[test]
    fn mutated_valid_files(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut bytes = valid_file().into_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len().max(1));
            match op {
                0 if !bytes.is_empty() => bytes[i] = byte,
                1 => bytes.insert(i.min(bytes.len()), byte),
                _ if !bytes.is_empty() => { bytes.remove(i); }
                _ => {}
            }
        }
        accepts_or_types(envelope::decode_bytes(&bytes));
    }

    #[test]
    fn json_of_the_wrong_shape(v in any::<i64>(), s in "[a-z-]{0,12}") {
        for text in [
            format!("{{\"version\":1,\"data\":{{\"profiles\":[{{\"id\":{v},\"tasks\":{{\"{s}\":{{}}}}}}],\"active\":{v}}}}}"),
            format!("{{\"version\":{v},\"data\":null}}"),
            format!("[{v},\"{s}\"]"),
        ] {
            accepts_or_types(envelope::decode(&text));
        }
    }
}

#[test]
fn the_valid_file_is_valid() {
    assert!(envelope::decode(&valid_file()).is_ok());
}
