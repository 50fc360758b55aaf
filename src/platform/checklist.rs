//! The checklist in signals for the UI, kept by `storage::tab_sync` (load, save, revert,
//! other tabs' changes), and asking the browser to keep the data.

use super::with_store;
use crate::checklist::tasks::TaskId;
use crate::checklist::{AppData, Change, TaskState};
use crate::storage::StorageError;
use crate::storage::persist::LoadOutcome;
use crate::storage::tab_sync::{ChangeError, External, SyncedChecklist};
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The checklist as the UI reads it: `SyncedChecklist` (storage/) decides; this mirrors it into
/// signals that components read, and forwards the browser's storage events to it.
#[derive(Clone, Copy)]
pub struct ReactiveChecklist {
    model: StoredValue<SyncedChecklist>,
    data: RwSignal<AppData>,
    outcome: RwSignal<LoadOutcome>,
    save_error: RwSignal<Option<StorageError>>,
    /// What the last change from another tab did here.
    changed_elsewhere: RwSignal<Option<External>>,
    /// Whether the browser promised to keep the data (None: not known).
    persisted: RwSignal<Option<bool>>,
    /// Ask at most once per session: each request costs a browser round trip on every tick.
    persist_asked: StoredValue<bool>,
}

/// The app's checklist, provided once by the app.
pub fn use_checklist() -> ReactiveChecklist {
    use_context::<ReactiveChecklist>().expect("provided by App")
}

impl ReactiveChecklist {
    pub fn start() -> ReactiveChecklist {
        let model = with_store(SyncedChecklist::load);
        let this = ReactiveChecklist {
            data: RwSignal::new(model.data().clone()),
            outcome: RwSignal::new(model.outcome().clone()),
            save_error: RwSignal::new(None),
            model: StoredValue::new(model),
            changed_elsewhere: RwSignal::new(None),
            persisted: RwSignal::new(None),
            persist_asked: StoredValue::new(false),
        };
        this.listen_to_other_tabs();
        this.check_persisted(false);
        this
    }

    pub fn data(&self) -> ReadSignal<AppData> {
        self.data.read_only()
    }

    pub fn outcome(&self) -> ReadSignal<LoadOutcome> {
        self.outcome.read_only()
    }

    pub fn save_error(&self) -> ReadSignal<Option<StorageError>> {
        self.save_error.read_only()
    }

    pub fn changed_elsewhere(&self) -> ReadSignal<Option<External>> {
        self.changed_elsewhere.read_only()
    }

    pub fn persisted(&self) -> ReadSignal<Option<bool>> {
        self.persisted.read_only()
    }

    /// True while the stored checklist is newer than this build: every change control is
    /// disabled until a reload (`LoadOutcome::Newer`).
    pub fn read_only(&self) -> Signal<bool> {
        let outcome = self.outcome;
        Signal::derive(move || outcome.with(LoadOutcome::read_only))
    }

    /// Applies the changes, all or none, and saves them; if the model refuses one or saving
    /// fails, nothing changes (see `SyncedChecklist`). Errors are shown by the banners that read
    /// `save_error` and `outcome`; callers use the result to say what happened.
    pub fn update(&self, changes: impl IntoIterator<Item = Change>) -> Result<(), ChangeError> {
        let result = self
            .model
            .try_update_value(|m| with_store(|s| m.update(s, changes)))
            .unwrap_or(Err(ChangeError::Storage(StorageError::Unavailable)));
        if result.is_ok()
            && self.persisted.get_untracked() != Some(true)
            && !self.persist_asked.get_value()
        {
            self.persist_asked.set_value(true);
            self.check_persisted(true);
        }
        self.mirror(result.is_ok());
        result
    }

    /// Changes one task's recorded details for the shown person.
    pub fn edit_task(&self, id: TaskId, f: impl FnOnce(&mut TaskState)) {
        let mut s = self.data().with_untracked(|d| d.active().task(id.as_str()));
        f(&mut s);
        let _ = self.update([Change::Task(id, s)]);
    }

    /// Carries over what was ticked on pre-rendered pages before the app ran (`takeover`).
    pub fn apply_early_ticks(&self, ticks: &[(String, bool)]) {
        if ticks.is_empty() {
            return;
        }
        let changes = self
            .data
            .with_untracked(|d| crate::checklist::change::early_ticks(d, ticks));
        if !changes.is_empty() {
            let _ = self.update(changes);
        }
    }

    /// Replaces everything (an import).
    pub fn replace(&self, data: AppData) -> Result<(), ChangeError> {
        self.update([Change::Replace(data)])
    }

    /// Removes every key the app owns and starts afresh.
    pub fn delete_all(&self) -> Result<(), ChangeError> {
        let result = self
            .model
            .try_update_value(|m| with_store(|s| m.delete_all(s)))
            .unwrap_or(Err(ChangeError::Storage(StorageError::Unavailable)));
        self.mirror(result.is_ok());
        result
    }

    pub fn export_text(&self) -> String {
        self.model.with_value(SyncedChecklist::export_text)
    }

    /// The value that was kept as a copy at start-up, verbatim.
    pub fn backup_text(&self) -> Option<String> {
        self.model.with_value(|m| with_store(|s| m.backup_text(s)))
    }

    /// Copies the model into the signals; the data only when it may have changed.
    fn mirror(&self, data_changed: bool) {
        self.model.with_value(|m| {
            if data_changed {
                self.data.set(m.data().clone());
            }
            if self.outcome.with_untracked(|o| o != m.outcome()) {
                self.outcome.set(m.outcome().clone());
            }
            if self
                .save_error
                .with_untracked(|e| e.as_ref() != m.save_error())
            {
                self.save_error.set(m.save_error().cloned());
            }
        });
    }

    /// Another tab's writes arrive as `storage` events; the listener goes with the app's owner.
    fn listen_to_other_tabs(&self) {
        let this = *self;
        let handle = window_event_listener(leptos::ev::storage, move |e| {
            let key = e.key();
            let what = this
                .model
                .try_update_value(|m| with_store(|s| m.external_change(s, key.as_deref())))
                .unwrap_or(External::Unrelated);
            if what != External::Unrelated {
                this.mirror(true);
                this.changed_elsewhere.set(Some(what));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Asks whether the data is kept through storage pressure; with `ask`, requests it first.
    fn check_persisted(&self, ask: bool) {
        let Some(manager) = storage_manager() else {
            return;
        };
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            let promise = if ask {
                manager.persist()
            } else {
                manager.persisted()
            };
            if let Ok(p) = promise
                && let Ok(v) = JsFuture::from(p).await
            {
                persisted.set(v.as_bool());
            }
        });
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::has(&nav, &"storage".into())
        .ok()?
        .then(|| nav.storage())
}
