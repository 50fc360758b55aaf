//! What the person has seen of the guide's change log (`content::changes::Seen`), stored under
//! its own key, apart from the checklist: `{"since":"2026-11-26","shown":"…","pages":{"id":"…"}}`.
//! It is not personal data; an unreadable value is simply started afresh.

use super::{KEY_PREFIX, StorageError, Store};
use crate::content::changes::{Change, Seen};

pub fn key() -> String {
    format!("{KEY_PREFIX}seen")
}

/// The stored value; for someone with no value yet, a first visit, unless other keys of the
/// app show they used a build from before the change log (then every entry is news to them).
pub fn load(store: &Store, log: &[Change]) -> Seen {
    match store.get(&key()) {
        Ok(Some(raw)) => decode(&raw).unwrap_or_else(|| Seen::first_visit(log)),
        Ok(None) if used_before(store) => Seen::default(),
        _ => Seen::first_visit(log),
    }
}

pub fn save(store: &Store, seen: &Seen) -> Result<(), StorageError> {
    store.set(&key(), &encode(seen))
}

/// Only a stored checklist marks an earlier user: a language chosen on the pre-rendered page,
/// before the app ran, is a first visit's choice.
fn used_before(store: &Store) -> bool {
    matches!(store.get(&format!("{KEY_PREFIX}data")), Ok(Some(_)))
}

pub fn encode(seen: &Seen) -> String {
    serde_json::to_string(seen).unwrap_or_default()
}

pub fn decode(raw: &str) -> Option<Seen> {
    serde_json::from_str(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::changes::ChangeKey;
    use crate::content::journey::ArticleId;
    use crate::date::Date;

    const LOG: &[Change] = &[Change {
        key: ChangeKey::C2026_11_26,
        date: Date::ymd(2026, 11, 26),
        pages: &[ArticleId::Travel],
    }];

    #[test]
    fn round_trips() {
        let s = Store::in_memory();
        let mut seen = load(&s, LOG);
        assert_eq!(seen, Seen::first_visit(LOG));
        seen.pages.insert("travel".into(), Date::ymd(2026, 11, 27));
        save(&s, &seen).unwrap();
        assert_eq!(load(&s, LOG), seen);
    }

    #[test]
    fn someone_who_used_an_older_build_gets_the_news() {
        let s = Store::in_memory();
        s.set("veiviser.data", "{}").unwrap();
        assert_eq!(load(&s, LOG), Seen::default());
    }

    #[test]
    fn a_language_chosen_before_the_app_ran_is_still_a_first_visit() {
        let s = Store::in_memory();
        s.set("veiviser.lang", "ru").unwrap();
        assert_eq!(load(&s, LOG), Seen::first_visit(LOG));
    }

    #[test]
    fn an_unreadable_value_starts_afresh() {
        let s = Store::in_memory();
        s.set("veiviser.seen", "{\"since\":5}").unwrap();
        assert_eq!(load(&s, LOG), Seen::first_visit(LOG));
        assert_eq!(decode("\"seen\""), None);
    }
}
