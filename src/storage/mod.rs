//! Key-value storage that never crashes the app: the browser's localStorage when it works, an
//! in-memory map when it does not. Callers see typed errors and whether data will persist.

mod backend;
pub mod envelope;
mod memory;
/// Loading and saving the checklist without ever losing data (backups of what cannot be read).
pub mod persist;
pub mod prefs;
pub mod seen;
/// The checklist as this tab holds it, in step with storage and other tabs.
pub mod tab_sync;

pub use backend::Backend;
pub use memory::MemoryBackend;

use std::fmt;

/// Every key the app owns starts with this, so "delete all" can find them.
pub const KEY_PREFIX: &str = "veiviser.";

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off, blocked, or threw on access.
    Unavailable,
    /// The browser's quota is full; nothing was written.
    QuotaExceeded,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage unavailable"),
            StorageError::QuotaExceeded => f.write_str("storage quota exceeded"),
        }
    }
}

/// The store the app uses, and whether what it holds survives a restart.
pub struct Store {
    backend: Box<dyn Backend>,
    persistent: bool,
}

impl Store {
    /// Uses `primary` if it passes a write probe, otherwise memory.
    pub fn open(primary: Option<Box<dyn Backend>>) -> Store {
        match primary {
            Some(b) if probe(b.as_ref()) => Store {
                backend: b,
                persistent: true,
            },
            _ => Store::in_memory(),
        }
    }

    pub fn in_memory() -> Store {
        Store {
            backend: Box::new(MemoryBackend::default()),
            persistent: false,
        }
    }

    /// False when the app runs in memory and will forget everything on close.
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.backend.get(key)
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.backend.set(key, value)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.backend.remove(key)
    }

    /// Removes every key the app owns (and nothing else on the origin).
    pub fn clear_own(&self) -> Result<(), StorageError> {
        for key in self.backend.keys()? {
            if key.starts_with(KEY_PREFIX) {
                self.backend.remove(&key)?;
            }
        }
        Ok(())
    }
}

fn probe(b: &dyn Backend) -> bool {
    let key = format!("{KEY_PREFIX}probe");
    let ok = b.set(&key, "1").is_ok() && b.get(&key).ok().flatten().as_deref() == Some("1");
    let _ = b.remove(&key);
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Broken;
    impl Backend for Broken {
        fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
            Err(StorageError::Unavailable)
        }
        fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
            Err(StorageError::QuotaExceeded)
        }
        fn remove(&self, _: &str) -> Result<(), StorageError> {
            Err(StorageError::Unavailable)
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            Err(StorageError::Unavailable)
        }
    }

    #[test]
    fn a_working_backend_is_persistent() {
        let s = Store::open(Some(Box::new(MemoryBackend::default())));
        assert!(s.is_persistent());
        s.set("veiviser.x", "1").unwrap();
        assert_eq!(s.get("veiviser.x").unwrap().as_deref(), Some("1"));
        assert_eq!(
            s.get("veiviser.probe").unwrap(),
            None,
            "probe key is cleaned up"
        );
    }

    #[test]
    fn a_throwing_backend_falls_back_to_memory() {
        let s = Store::open(Some(Box::new(Broken)));
        assert!(!s.is_persistent());
        s.set("veiviser.x", "2").unwrap();
        assert_eq!(s.get("veiviser.x").unwrap().as_deref(), Some("2"));
    }

    #[test]
    fn clear_own_leaves_other_keys_alone() {
        let s = Store::in_memory();
        s.set("veiviser.data", "1").unwrap();
        s.set("veiviser.backup.1", "2").unwrap();
        s.set("someone-else", "3").unwrap();
        s.clear_own().unwrap();
        assert_eq!(s.get("veiviser.data").unwrap(), None);
        assert_eq!(s.get("veiviser.backup.1").unwrap(), None);
        assert_eq!(s.get("someone-else").unwrap().as_deref(), Some("3"));
    }

    #[test]
    fn no_backend_at_all_is_memory() {
        assert!(!Store::open(None).is_persistent());
    }
}
