//! App preferences kept in storage. For now: the language the person chose.

use super::{KEY_PREFIX, StorageError, Store};
use crate::lang::Lang;

fn lang_key() -> String {
    format!("{KEY_PREFIX}lang")
}

/// The stored language choice, if any was made and can be read.
pub fn stored_lang(store: &Store) -> Option<Lang> {
    store
        .get(&lang_key())
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
}

pub fn store_lang(store: &Store, lang: Lang) -> Result<(), StorageError> {
    store.set(&lang_key(), lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice_round_trips() {
        let s = Store::in_memory();
        assert_eq!(stored_lang(&s), None);
        store_lang(&s, Lang::Nb).unwrap();
        assert_eq!(stored_lang(&s), Some(Lang::Nb));
    }

    #[test]
    fn garbage_is_no_choice() {
        let s = Store::in_memory();
        s.set("veiviser.lang", "klingon").unwrap();
        assert_eq!(stored_lang(&s), None);
    }
}
