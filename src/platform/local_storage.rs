//! localStorage as a storage backend, with its exceptions turned into typed errors.

use crate::storage::{Backend, StorageError};
use wasm_bindgen::JsValue;

pub struct LocalStorage(web_sys::Storage);

/// None when the browser has no localStorage or throws on access (blocked, sandboxed, off).
pub fn open() -> Option<Box<dyn Backend>> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Some(Box::new(LocalStorage(storage)))
}

fn classify(err: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else {
        StorageError::Unavailable
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.0.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.0.length().map_err(classify)?;
        Ok((0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect())
    }
}
