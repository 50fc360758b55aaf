//! The fallback when the browser will not store anything: lost on close, but the app works.

use super::{Backend, StorageError};
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
pub struct MemoryBackend(RefCell<HashMap<String, String>>);

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.0.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.0.borrow().keys().cloned().collect())
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
