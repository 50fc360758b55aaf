//! localStorage through gloo-storage, as a storage backend. Values are kept as the strings they
//! are (a language code is not JSON, and a checklist that cannot be read is backed up as it
//! was), so this uses gloo's raw access; the browser's exceptions become typed errors.

use crate::storage::{Backend, StorageError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

pub struct Local;

/// None when the browser has no localStorage or throws on access (blocked, sandboxed, off).
pub fn open() -> Option<Box<dyn Backend>> {
    // gloo throws when storage is blocked or off; ask the way it does first.
    web_sys::window()?.local_storage().ok()??;
    Some(Box::new(Local))
}

fn classify(err: JsValue) -> StorageError {
    let name = err.dyn_ref::<web_sys::DomException>().map(|e| e.name());
    match name.as_deref() {
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StorageError::QuotaExceeded,
        _ => StorageError::Unavailable,
    }
}

impl Backend for Local {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        LocalStorage::raw().get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        LocalStorage::raw().set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let raw = LocalStorage::raw();
        Ok((0..LocalStorage::length())
            .filter_map(|i| raw.key(i).ok().flatten())
            .collect())
    }
}
