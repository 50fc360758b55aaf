//! The checklist as this tab holds it, and the rules that keep it and storage in step: every
//! change is saved before it is shown (a failed save changes nothing), and a change another tab
//! made to storage is taken over here — a removed key or cleared storage starts afresh, a new
//! value (a tick, an import) replaces ours. So "Delete all my data" in one tab is never written
//! back by another. Plain logic over the `Store`: the browser only forwards its storage events.

use super::persist::{self, LoadOutcome};
use super::{StorageError, Store, envelope};
use crate::checklist::AppData;

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

    /// Applies a change and saves it. If saving fails, the change is not applied: what is shown
    /// stays what is stored. Where saving is not allowed (unreadable data left untouched,
    /// storage unavailable) the change lives in memory only, as the app has said.
    pub fn update(
        &mut self,
        store: &Store,
        change: impl FnOnce(&mut AppData),
    ) -> Result<(), StorageError> {
        let mut next = self.data.clone();
        change(&mut next);
        if self.outcome.may_save() {
            if let Err(e) = persist::save(store, &next) {
                self.save_error = Some(e.clone());
                return Err(e);
            }
            self.save_error = None;
        }
        self.data = next;
        Ok(())
    }

    /// Removes every key the app owns and starts afresh.
    pub fn delete_all(&mut self, store: &Store) -> Result<(), StorageError> {
        store.clear_own()?;
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

    fn tick(id: &'static str) -> impl FnOnce(&mut AppData) {
        move |d| d.active_mut().set_status(id, Status::Done)
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
        imported.add_profile(Some("Мама".into()));
        a.update(&store_a, |d| *d = imported.clone()).unwrap();
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
            Err(StorageError::QuotaExceeded)
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
}
