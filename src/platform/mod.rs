//! Everything that talks to the browser. Pages and components call these; the model never does.

pub mod app_state;
pub mod checklist;
pub mod files;
pub mod guide_seen;
pub mod install;
pub mod local_storage;
pub mod location;
pub mod page;
pub mod panic;
pub mod share;
pub mod speech;
pub mod sw;
pub mod takeover;

use crate::lang::{self, Lang};
use crate::storage::{StorageError, Store, prefs};

thread_local! {
    // wasm is single-threaded; one store for the whole app, opened on first use.
    static STORE: Store = Store::open(local_storage::open());
}

pub fn with_store<R>(f: impl FnOnce(&Store) -> R) -> R {
    STORE.with(f)
}

/// The browser's preferred languages, most preferred first.
pub fn navigator_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The document's title, as tabs, history and screen readers show it.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The `lang` of the whole document, so screen readers and hyphenation use the language shown.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language to use when the URL does not say: stored choice, browser, Ukrainian.
pub fn detected_lang() -> Lang {
    let stored = with_store(prefs::stored_lang);
    lang::detect(stored.map(Lang::code), &navigator_languages())
}

pub fn remember_lang(lang: Lang) -> Result<(), StorageError> {
    with_store(|s| prefs::store_lang(s, lang))
}

/// Today by the phone's clock, in its own time zone: works offline.
/// Seconds since 1970 (UTC), for a calendar file's time stamp.
pub fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

pub fn today() -> crate::date::Date {
    let now = js_sys::Date::new_0();
    crate::date::Date::ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
