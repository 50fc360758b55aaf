//! The checklist as this tab holds it, and the rules that keep it and storage in step: every
//! change is saved before it is shown (a failed save changes nothing), and a change another tab
//! made to storage is taken over here — a removed key or cleared storage starts afresh, a new
//! value (a tick, an import) replaces ours. So "Delete all my data" in one tab is never written
//! back by another. Plain logic over the `Store`: the browser only forwards its storage events.

use super::persist::{self, LoadOutcome};
use super::{StorageError, Store, envelope};
use crate::checklist::{AppData, Change, Refusal};
use std::fmt;

/// Why a change was not made. The data shown stays what is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// The model refused it (a limit, a person who is gone).
    Refused(Refusal),
    /// Saving failed (a full quota): the change was not applied.
    Storage(StorageError),
    /// The stored checklist is newer than this build: nothing changes until a reload.
    ReadOnly,
}

impl fmt::Display for ChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeError::Refused(r) => write!(f, "refused: {r}"),
            ChangeError::Storage(e) => write!(f, "not saved: {e}"),
            ChangeError::ReadOnly => f.write_str("saved by a newer version"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyncedChecklist {
    data: AppData,
    outcome: LoadOutcome,
    save_error: Option<StorageError>,
}

/// What a storage event from another tab did here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum External {
    /// Not about the checklist.
    Unrelated,
    /// The checklist was removed (deleted, or storage cleared): this tab starts afresh.
    Reset,
    /// Another tab saved a checklist (a change or an import): this tab shows it.
    Replaced,
}

impl SyncedChecklist {
    /// Reads the stored checklist, keeping a copy of anything unreadable (`persist`).
    pub fn load(store: &Store) -> SyncedChecklist {
        let (data, outcome) = persist::load(store);
        SyncedChecklist {
            data,
            outcome,
            save_error: None,
        }
    }

    pub fn data(&self) -> &AppData {
        &self.data
    }

    pub fn outcome(&self) -> &LoadOutcome {
        &self.outcome
    }

    /// Why the last change could not be saved, until a change is saved again.
    pub fn save_error(&self) -> Option<&StorageError> {
        self.save_error.as_ref()
    }

    /// Applies the changes, all or none, and saves them. If the model refuses one or saving
    /// fails, nothing is applied: what is shown stays what is stored. Where saving is not allowed
    /// (unreadable data left untouched, storage unavailable) the change lives in memory only, as
    /// the app has said; data from a newer build refuses every change.
    pub fn update(
        &mut self,
        store: &Store,
        changes: impl IntoIterator<Item = Change>,
    ) -> Result<(), ChangeError> {
        if self.outcome.read_only() {
            return Err(ChangeError::ReadOnly);
        }
        let mut next = self.data.clone();
        for change in changes {
            next.apply(change).map_err(ChangeError::Refused)?;
        }
        if self.outcome.may_save() {
            if let Err(e) = persist::save(store, &next) {
                self.save_error = Some(e.clone());
                return Err(ChangeError::Storage(e));
            }
            self.save_error = None;
        }
        self.data = next;
        Ok(())
    }

    /// Whether changes are refused because the stored data is newer than this build.
    pub fn read_only(&self) -> bool {
        self.outcome.read_only()
    }

    /// Removes every key the app owns and starts afresh (never data a newer build wrote).
    pub fn delete_all(&mut self, store: &Store) -> Result<(), ChangeError> {
        if self.outcome.read_only() {
            return Err(ChangeError::ReadOnly);
        }
        store.clear_own().map_err(ChangeError::Storage)?;
        self.start_afresh();
        Ok(())
    }

    /// Another tab changed storage: `key` is the key it changed, None when it cleared storage.
    pub fn external_change(&mut self, store: &Store, key: Option<&str>) -> External {
        if key.is_some_and(|k| k != persist::data_key()) {
            return External::Unrelated;
        }
        match store.get(&persist::data_key()) {
            Ok(None) => {
                self.start_afresh();
                External::Reset
            }
            // Read as at start-up: an unreadable value is backed up, never written over.
            Ok(Some(_)) => {
                *self = SyncedChecklist::load(store);
                External::Replaced
            }
            Err(_) => External::Unrelated,
        }
    }

    pub fn export_text(&self) -> String {
        envelope::encode(&self.data)
    }

    /// The value that was kept as a copy at start-up (unreadable, or from before an upgrade).
    pub fn backup_text(&self, store: &Store) -> Option<String> {
        let (LoadOutcome::Recovered { backup_key, .. } | LoadOutcome::Upgraded { backup_key, .. }) =
            &self.outcome
        else {
            return None;
        };
        store.get(backup_key).ok().flatten()
    }

    fn start_afresh(&mut self) {
        self.data = AppData::default();
        self.outcome = LoadOutcome::Fresh;
        self.save_error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Status;
    use crate::storage::memory::SharedMemory;

    fn two_tabs() -> (Store, Store, SharedMemory) {
        let shared = SharedMemory::default();
        let a = Store::open(Some(Box::new(shared.clone())));
        let b = Store::open(Some(Box::new(shared.clone())));
        (a, b, shared)
    }

    fn tick(id: &str) -> [Change; 1] {
        let task = crate::checklist::tasks::TaskId::from_id(id).unwrap();
        [Change::Status(task, Status::Done)]
    }

    #[test]
    fn a_delete_in_another_tab_is_not_written_back() {
        let (store_a, store_b, _) = two_tabs();
        let mut b = SyncedChecklist::load(&store_b);
        b.update(&store_b, tick("tb-test")).unwrap();
        let mut a = SyncedChecklist::load(&store_a);
        a.delete_all(&store_a).unwrap();
        // The browser tells tab B that the key was removed (or storage cleared).
        assert_eq!(
            b.external_change(&store_b, Some("veiviser.data")),
            External::Reset
        );
        assert_eq!(b.data(), &AppData::default());
        assert_eq!(b.external_change(&store_b, None), External::Reset);
        // B's next tick starts from nothing: the deleted tick does not come back.
        b.update(&store_b, tick("d-number")).unwrap();
        let stored = SyncedChecklist::load(&store_a);
        assert_eq!(
            stored.data().active().task("tb-test").status,
            Status::NotStarted
        );
        assert_eq!(stored.data().active().task("d-number").status, Status::Done);
    }

    #[test]
    fn an_import_or_a_change_in_another_tab_is_taken_over() {
        let (store_a, store_b, _) = two_tabs();
        let mut a = SyncedChecklist::load(&store_a);
        let mut b = SyncedChecklist::load(&store_b);
        a.update(&store_a, tick("registered")).unwrap();
        assert_eq!(
            b.external_change(&store_b, Some("veiviser.data")),
            External::Replaced
        );
        assert_eq!(b.data(), a.data());
        // An import replaces everything, profiles included.
        let mut imported = AppData::default();
        imported
            .apply(Change::AddProfile(crate::checklist::answers::Person::Adult))
            .unwrap();
        a.update(&store_a, [Change::Replace(imported.clone())])
            .unwrap();
        b.external_change(&store_b, Some("veiviser.data"));
        assert_eq!(b.data(), &imported);
        // Other keys leave the checklist alone.
        assert_eq!(
            b.external_change(&store_b, Some("veiviser.lang")),
            External::Unrelated
        );
    }

    #[test]
    fn a_quota_error_during_a_save_changes_nothing() {
        let (store, _, shared) = two_tabs();
        let mut c = SyncedChecklist::load(&store);
        c.update(&store, tick("tb-test")).unwrap();
        let before = c.clone();
        shared.full.set(true);
        assert_eq!(
            c.update(&store, tick("d-number")),
            Err(ChangeError::Storage(StorageError::QuotaExceeded))
        );
        assert_eq!(c.data(), before.data());
        assert_eq!(c.save_error(), Some(&StorageError::QuotaExceeded));
        assert_eq!(SyncedChecklist::load(&store).data(), before.data());
        shared.full.set(false);
        c.update(&store, tick("d-number")).unwrap();
        assert_eq!(c.save_error(), None);
    }

    #[test]
    fn an_unreadable_value_from_elsewhere_is_kept_not_overwritten() {
        let (store_a, store_b, _) = two_tabs();
        let mut b = SyncedChecklist::load(&store_b);
        store_a.set("veiviser.data", "{broken").unwrap();
        assert_eq!(
            b.external_change(&store_b, Some("veiviser.data")),
            External::Replaced
        );
        assert!(matches!(b.outcome(), LoadOutcome::Recovered { .. }));
        assert_eq!(b.backup_text(&store_b).as_deref(), Some("{broken"));
    }

    #[test]
    fn data_from_a_newer_build_in_another_tab_makes_this_one_read_only() {
        let (store_a, store_b, _) = two_tabs();
        let mut a = SyncedChecklist::load(&store_a);
        a.update(&store_a, tick("tb-test")).unwrap();
        // Tab B runs a newer build and writes its format.
        let newer = format!(
            r#"{{"version":{},"data":{{"people":[]}}}}"#,
            crate::storage::envelope::VERSION + 1
        );
        store_b.set("veiviser.data", &newer).unwrap();
        assert_eq!(
            a.external_change(&store_a, Some("veiviser.data")),
            External::Replaced
        );
        assert!(a.read_only());
        assert_eq!(
            a.update(&store_a, tick("d-number")),
            Err(ChangeError::ReadOnly)
        );
        assert_eq!(a.delete_all(&store_a), Err(ChangeError::ReadOnly));
        assert_eq!(
            store_a.get("veiviser.data").unwrap().as_deref(),
            Some(newer.as_str())
        );
        assert_eq!(store_a.get("veiviser.backup.1").unwrap(), None);
    }

    #[test]
    fn a_refused_change_changes_nothing_and_saves_nothing() {
        let (store, _, _) = two_tabs();
        let mut c = SyncedChecklist::load(&store);
        c.update(&store, tick("tb-test")).unwrap();
        let before = store.get("veiviser.data").unwrap();
        // The second change of the batch is refused: the first is not applied either.
        let batch = [tick("d-number")[0].clone(), Change::Select(7)];
        assert_eq!(
            c.update(&store, batch),
            Err(ChangeError::Refused(Refusal::NoSuchProfile(7)))
        );
        assert_eq!(
            c.data().active().task("d-number").status,
            Status::NotStarted
        );
        assert_eq!(store.get("veiviser.data").unwrap(), before);
    }
}
