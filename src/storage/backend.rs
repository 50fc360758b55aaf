//! What a storage backend must do. The browser's lives in platform/, so this module stays
//! testable natively.

use super::StorageError;

pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key present, so "delete all my data" can find the app's own.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}
