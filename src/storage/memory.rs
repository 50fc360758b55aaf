//! The fallback when the browser will not store anything: lost on close, but the app works.

use super::{Backend, StorageError};
use std::cell::RefCell;

/// A list, not a HashMap: it holds a few keys, and the HashMap was the wasm's only user of
/// SipHash (docs/performance.md).
#[derive(Default)]
pub struct MemoryBackend(RefCell<Vec<(String, String)>>);

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let entries = self.0.borrow();
        Ok(entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut entries = self.0.borrow_mut();
        match entries.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => value.clone_into(v),
            None => entries.push((key.to_owned(), value.to_owned())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.0.borrow_mut().retain(|(k, _)| k != key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.0.borrow().iter().map(|(k, _)| k.clone()).collect())
    }
}

/// For tests: one origin's storage that several `Store`s (tabs) share, and whose writes fail
/// with a full quota while `full` is set.
#[cfg(test)]
#[derive(Clone, Default)]
pub struct SharedMemory {
    data: std::rc::Rc<MemoryBackend>,
    pub full: std::rc::Rc<std::cell::Cell<bool>>,
}

#[cfg(test)]
impl Backend for SharedMemory {
    fn get(&self, k: &str) -> Result<Option<String>, StorageError> {
        self.data.get(k)
    }
    fn set(&self, k: &str, v: &str) -> Result<(), StorageError> {
        if self.full.get() {
            return Err(StorageError::QuotaExceeded);
        }
        self.data.set(k, v)
    }
    fn remove(&self, k: &str) -> Result<(), StorageError> {
        self.data.remove(k)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.data.keys()
    }
}
