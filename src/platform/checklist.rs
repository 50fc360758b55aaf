//! Keeps the checklist in a signal and in storage: loads it at start (backing up anything
//! unreadable), saves every change, picks up changes from other tabs, and asks the browser to
//! keep the data.

use super::with_store;
use crate::checklist::AppData;
use crate::storage::checklist_store::{self, LoadOutcome};
use crate::storage::{StorageError, envelope};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy)]
pub struct Checklist {
    pub data: RwSignal<AppData>,
    pub outcome: RwSignal<LoadOutcome>,
    pub save_error: RwSignal<Option<StorageError>>,
    /// The data was replaced by a change in another tab.
    pub changed_elsewhere: RwSignal<bool>,
    /// Whether the browser promised to keep the data (None: not known).
    pub persisted: RwSignal<Option<bool>>,
    /// Ask at most once per session: each request costs a browser round trip on every tick.
    persist_asked: StoredValue<bool>,
}

impl Checklist {
    pub fn start() -> Checklist {
        let (data, outcome) = with_store(checklist_store::load);
        let this = Checklist {
            data: RwSignal::new(data),
            outcome: RwSignal::new(outcome),
            save_error: RwSignal::new(None),
            changed_elsewhere: RwSignal::new(false),
            persisted: RwSignal::new(None),
            persist_asked: StoredValue::new(false),
        };
        this.listen_to_other_tabs();
        this.check_persisted(false);
        this
    }

    /// Applies a change and saves it. If saving fails, the change is not applied: what is shown
    /// stays what is stored.
    pub fn update(&self, change: impl FnOnce(&mut AppData)) {
        let mut next = self.data.get_untracked();
        change(&mut next);
        if self.outcome.with_untracked(LoadOutcome::may_save) {
            if let Err(e) = with_store(|s| checklist_store::save(s, &next)) {
                self.save_error.set(Some(e));
                return;
            }
            self.save_error.set(None);
            if self.persisted.get_untracked() != Some(true) && !self.persist_asked.get_value() {
                self.persist_asked.set_value(true);
                self.check_persisted(true);
            }
        }
        self.data.set(next);
    }

    /// Replaces everything (an import).
    pub fn replace(&self, data: AppData) {
        self.update(|d| *d = data);
    }

    /// Removes every key the app owns and starts afresh.
    pub fn delete_all(&self) -> Result<(), StorageError> {
        with_store(|s| s.clear_own())?;
        self.data.set(AppData::default());
        self.outcome.set(LoadOutcome::Fresh);
        self.save_error.set(None);
        Ok(())
    }

    pub fn export_text(&self) -> String {
        self.data.with_untracked(envelope::encode)
    }

    /// The unreadable value that was kept, verbatim.
    pub fn backup_text(&self) -> Option<String> {
        let (LoadOutcome::Recovered { backup_key, .. } | LoadOutcome::Upgraded { backup_key, .. }) =
            self.outcome.get_untracked()
        else {
            return None;
        };
        with_store(|s| s.get(&backup_key)).ok().flatten()
    }

    fn listen_to_other_tabs(&self) {
        let this = *self;
        let on_storage =
            Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                if e.key().as_deref() != Some(checklist_store::data_key().as_str()) {
                    return;
                }
                if let (data, LoadOutcome::Loaded | LoadOutcome::Upgraded { .. }) =
                    with_store(checklist_store::load)
                {
                    this.data.set(data);
                    this.changed_elsewhere.set(true);
                }
            });
        if let Some(w) = web_sys::window() {
            let _ =
                w.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        }
        on_storage.forget();
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
