//! What the last run learnt about each address: its validators (ETag, Last-Modified) and the
//! page's main text, so a weekly run asks "changed since?" and a 304 reuses the text; and the
//! text of each page as it was accepted (`sources accept`), to show what a change removed. It
//! stays on the maintainer's machine, outside git. A cache that is missing or unreadable only
//! costs full downloads: it never stops a run.

use crate::json::{Loose, Object, if_fits};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What is kept for an address. A validator that is not a string is read as none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default, deserialize_with = "if_fits")]
    pub etag: Option<String>,
    #[serde(default, deserialize_with = "if_fits")]
    pub last_modified: Option<String>,
    /// The main text, as `extract::main_text` gave it.
    pub text: String,
}

pub struct Cache {
    path: PathBuf,
    entries: BTreeMap<String, Entry>,
    /// Source id → main text when accepted.
    accepted: BTreeMap<String, String>,
}

const FORMAT: u64 = 1;

impl Cache {
    /// The cache at `path`; empty (with a warning) when it cannot be read.
    pub fn load(path: &Path) -> Cache {
        let mut cache = Cache {
            path: path.to_path_buf(),
            entries: BTreeMap::new(),
            accepted: BTreeMap::new(),
        };
        match std::fs::read_to_string(path) {
            Ok(text) => match parse(&text) {
                Some((entries, accepted)) => {
                    cache.entries = entries;
                    cache.accepted = accepted;
                }
                None => eprintln!(
                    "sources: ignoring {}: not a cache this version wrote",
                    path.display()
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => eprintln!("sources: ignoring {}: {e}", path.display()),
        }
        cache
    }

    pub fn get(&self, address: &str) -> Option<&Entry> {
        self.entries.get(address)
    }

    pub fn put(&mut self, address: &str, entry: Entry) {
        self.entries.insert(address.to_string(), entry);
    }

    pub fn forget(&mut self, address: &str) {
        self.entries.remove(address);
    }

    /// A source's main text as it was when accepted, if this machine accepted it.
    pub fn accepted(&self, id: &str) -> Option<&str> {
        self.accepted.get(id).map(String::as_str)
    }

    pub fn put_accepted(&mut self, id: &str, text: String) {
        self.accepted.insert(id.to_string(), text);
    }

    /// Writes the cache; a failure is only a warning (the next run fetches in full).
    pub fn save(&self) {
        let file = Written {
            accepted: &self.accepted,
            format: FORMAT,
            pages: &self.entries,
        };
        let result = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| serde_json::to_string(&file).map_err(std::io::Error::from))
            .and_then(|text| std::fs::write(&self.path, text));
        if let Err(e) = result {
            eprintln!("sources: cannot write {}: {e}", self.path.display());
        }
    }
}

/// The file as written: one line, members in this order.
#[derive(Serialize)]
struct Written<'a> {
    accepted: &'a BTreeMap<String, String>,
    format: u64,
    pages: &'a BTreeMap<String, Entry>,
}

/// The file as read. Every page must be an entry and every accepted text a string; an
/// "accepted" that is not an object at all is ignored.
#[derive(Deserialize)]
struct Read {
    format: u64,
    pages: BTreeMap<String, Object<Entry>>,
    #[serde(default)]
    accepted: Loose<BTreeMap<String, Loose<String>>>,
}

type Parsed = (BTreeMap<String, Entry>, BTreeMap<String, String>);

fn parse(text: &str) -> Option<Parsed> {
    let Object(file) = serde_json::from_str::<Object<Read>>(text).ok()?;
    if file.format != FORMAT {
        return None;
    }
    let pages = file.pages.into_iter().map(|(a, Object(e))| (a, e));
    let accepted = file.accepted.fits().unwrap_or_default().into_iter();
    let accepted = accepted.map(|(id, t)| Some((id, t.fits()?)));
    Some((pages.collect(), accepted.collect::<Option<_>>()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_files() {
        let dir = std::env::temp_dir().join(format!("veiviser-cache-{}", std::process::id()));
        let path = dir.join("c.json");
        let mut cache = Cache::load(&path);
        let entry = Entry {
            etag: Some("\"v1\"".into()),
            last_modified: None,
            text: "Tekst «her»".into(),
        };
        cache.put("https://x/", entry.clone());
        cache.put_accepted("id", "Linje\n«to»".into());
        cache.save();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            r#"{"accepted":{"id":"Linje\n«to»"},"format":1,"pages":{"https://x/":{"etag":"\"v1\"","last_modified":null,"text":"Tekst «her»"}}}"#
        );
        assert_eq!(Cache::load(&path).get("https://x/"), Some(&entry));
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(Cache::load(&path).get("https://x/"), None);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn read_as_loosely_as_ever() {
        let accepted = |text: &str| parse(text).map(|(_, a)| a.into_keys().collect::<Vec<_>>());
        // Validators that are not strings are none; an "accepted" that is no object is ignored.
        let (pages, _) = parse(
            r#"{"format": 1, "pages": {"a": {"etag": 5, "text": "t", "more": []}}, "accepted": null}"#,
        )
        .unwrap();
        assert_eq!(
            (pages["a"].etag.as_deref(), pages["a"].text.as_str()),
            (None, "t")
        );
        assert_eq!(
            accepted(r#"{"format": 1, "pages": {}, "accepted": [1]}"#),
            Some(vec![])
        );
        assert_eq!(
            accepted(r#"{"format": 1, "pages": {}, "accepted": {"a": "x"}, "format": 1}"#),
            Some(vec!["a".to_string()])
        );
        for bad in [
            r#"{"format": 2, "pages": {}}"#,
            r#"{"format": 1.0, "pages": {}}"#,
            r#"{"format": 1, "pages": {"a": [null, null, "t"]}}"#,
            r#"{"format": 1, "pages": {"a": {"etag": "x"}}}"#,
            r#"{"format": 1, "pages": {}, "accepted": {"a": "x", "b": 5}}"#,
            r#"{"format": 1, "pages": {}, "x": 1e400}"#,
            r#"[1, {}, {}]"#,
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}
