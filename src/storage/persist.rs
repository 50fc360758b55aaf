//! Loading and saving the checklist so that nothing is ever lost: a value that cannot be read is
//! copied verbatim to a backup key before anything is written over it.

use super::envelope::{self, DataError};
use super::{KEY_PREFIX, StorageError, Store};
use crate::checklist::AppData;

pub fn data_key() -> String {
    format!("{KEY_PREFIX}data")
}

const BACKUP_SLOTS: u32 = 9;

/// What happened when the app started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet.
    Fresh,
    Loaded,
    /// Written by an older version whose reader left out states of tasks that no longer
    /// exist: the original was copied to `backup_key` first.
    Upgraded {
        backup_key: String,
        dropped: usize,
    },
    /// The stored value was unreadable; it was copied to `backup_key` and the app starts afresh.
    Recovered {
        backup_key: String,
        error: DataError,
    },
    /// Unreadable, and the backup could not be written either: the stored value is left alone
    /// and nothing is saved this session.
    Untouched {
        error: DataError,
    },
    /// Written by a newer Veiviser (a tab of the new build, or before a rollback): left exactly
    /// as it is, never backed up or written over; this build changes nothing until reloaded.
    Newer {
        version: u64,
    },
    /// Storage threw on read; the app runs in memory.
    Unavailable,
}

impl LoadOutcome {
    /// Whether saving may write over the stored value.
    pub fn may_save(&self) -> bool {
        !matches!(
            self,
            LoadOutcome::Untouched { .. } | LoadOutcome::Unavailable | LoadOutcome::Newer { .. }
        )
    }

    /// Whether every change is refused: the stored data is newer than this build.
    pub fn read_only(&self) -> bool {
        matches!(self, LoadOutcome::Newer { .. })
    }
}

pub fn load(store: &Store) -> (AppData, LoadOutcome) {
    let raw = match store.get(&data_key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (AppData::default(), LoadOutcome::Fresh),
        Err(_) => return (AppData::default(), LoadOutcome::Unavailable),
    };
    match envelope::decode_detailed(&raw) {
        Ok(d) if d.dropped.is_empty() => (d.data, LoadOutcome::Loaded),
        // Keep what the new version cannot hold before anything is written over it.
        Ok(d) => match backup(store, &raw) {
            Ok(backup_key) => {
                let dropped = d.dropped.len();
                (
                    d.data,
                    LoadOutcome::Upgraded {
                        backup_key,
                        dropped,
                    },
                )
            }
            // Shown, but never written back while the copy cannot be made.
            Err(_) => (
                d.data,
                LoadOutcome::Untouched {
                    error: DataError::NoRoomForCopy,
                },
            ),
        },
        Err(DataError::FutureVersion(version)) => {
            (AppData::default(), LoadOutcome::Newer { version })
        }
        Err(error) => {
            let outcome = match backup(store, &raw) {
                Ok(backup_key) => LoadOutcome::Recovered { backup_key, error },
                Err(_) => LoadOutcome::Untouched { error },
            };
            (AppData::default(), outcome)
        }
    }
}

/// Copies `raw` to the first free backup slot.
fn backup(store: &Store, raw: &str) -> Result<String, StorageError> {
    for slot in 1..=BACKUP_SLOTS {
        let key = format!("{KEY_PREFIX}backup.{slot}");
        match store.get(&key)? {
            Some(existing) if existing == raw => return Ok(key),
            Some(_) => continue,
            None => {
                store.set(&key, raw)?;
                return Ok(key);
            }
        }
    }
    Err(StorageError::QuotaExceeded)
}

pub fn save(store: &Store, data: &AppData) -> Result<(), StorageError> {
    store.set(&data_key(), &envelope::encode(data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Status;
    use crate::storage::memory::SharedMemory;

    #[test]
    fn saved_data_loads_back() {
        let s = Store::in_memory();
        assert_eq!(load(&s).1, LoadOutcome::Fresh);
        let mut d = AppData::default();
        d.active_mut().set_status("d-number", Status::Done);
        save(&s, &d).unwrap();
        assert_eq!(load(&s), (d, LoadOutcome::Loaded));
    }

    #[test]
    fn an_upgrade_that_drops_task_states_keeps_the_original_first() {
        let s = Store::in_memory();
        let v1 = r#"{"version":1,"data":{"profiles":[{"id":1,"tasks":{"card-ordered":{"date":"2024-03-01"},"tb-test":{"status":"done"}}}],"active":1}}"#;
        s.set(&data_key(), v1).unwrap();
        let (data, outcome) = load(&s);
        assert_eq!(data.active().task("tb-test").status, Status::Done);
        let LoadOutcome::Upgraded {
            backup_key,
            dropped,
        } = outcome
        else {
            panic!("{outcome:?}")
        };
        assert_eq!(dropped, 1);
        assert_eq!(s.get(&backup_key).unwrap().as_deref(), Some(v1));
        // Nothing dropped: a plain load.
        s.set(
            &data_key(),
            &v1.replace("\"card-ordered\":{\"date\":\"2024-03-01\"},", ""),
        )
        .unwrap();
        assert_eq!(load(&s).1, LoadOutcome::Loaded);
    }

    #[test]
    fn unreadable_data_is_backed_up_verbatim_before_anything_else() {
        let s = Store::in_memory();
        s.set(&data_key(), "{garbage").unwrap();
        let (data, outcome) = load(&s);
        assert_eq!(data, AppData::default());
        let LoadOutcome::Recovered { backup_key, error } = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(error, DataError::NotJson);
        assert_eq!(s.get(&backup_key).unwrap().as_deref(), Some("{garbage"));
        // Loading again does not fill another slot with the same value.
        assert_eq!(
            load(&s).1,
            LoadOutcome::Recovered {
                backup_key,
                error: DataError::NotJson
            }
        );
    }

    fn quota_store() -> (Store, SharedMemory) {
        let q = SharedMemory::default();
        let store = Store::open(Some(Box::new(q.clone())));
        assert!(store.is_persistent());
        (store, q)
    }

    #[test]
    fn when_the_backup_cannot_be_written_the_original_is_left_alone() {
        let (store, q) = quota_store();
        store.set(&data_key(), "{garbage").unwrap();
        q.full.set(true);
        let (_, outcome) = load(&store);
        assert_eq!(
            outcome,
            LoadOutcome::Untouched {
                error: DataError::NotJson
            }
        );
        assert!(!outcome.may_save());
        assert_eq!(store.get(&data_key()).unwrap().as_deref(), Some("{garbage"));
    }

    #[test]
    fn newer_data_is_left_as_it_is_and_never_backed_up() {
        let s = Store::in_memory();
        let newer = "{\"version\":99,\"data\":{\"whatever\":[1,2]}}";
        s.set(&data_key(), newer).unwrap();
        let (data, outcome) = load(&s);
        assert_eq!(outcome, LoadOutcome::Newer { version: 99 });
        assert!(outcome.read_only() && !outcome.may_save());
        assert_eq!(data, AppData::default());
        assert_eq!(s.get(&data_key()).unwrap().as_deref(), Some(newer));
        assert_eq!(
            s.get("veiviser.backup.1").unwrap(),
            None,
            "not taken for garbage"
        );
    }

    #[test]
    fn a_full_quota_on_save_is_an_error_and_keeps_the_previous_state() {
        let (store, q) = quota_store();
        let before = AppData::default();
        save(&store, &before).unwrap();
        q.full.set(true);
        let mut after = before.clone();
        after
            .apply(crate::checklist::Change::AddProfile(
                crate::checklist::answers::Person::Adult,
            ))
            .unwrap();
        assert_eq!(save(&store, &after), Err(StorageError::QuotaExceeded));
        assert_eq!(load(&store), (before, LoadOutcome::Loaded));
    }
}
