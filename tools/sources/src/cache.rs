//! What the last run learnt about each address: its validators (ETag, Last-Modified) and the
//! page's main text, so a weekly run asks "changed since?" and a 304 reuses the text; and the
//! text of each page as it was accepted (`sources accept`), to show what a change removed. It
//! stays on the maintainer's machine, outside git. A cache
//! that is missing or unreadable only costs full downloads: it never stops a run.

use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub etag: Option<String>,
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
        let pages: Map<String, Value> = self
            .entries
            .iter()
            .map(|(address, e)| {
                let v = json!({
                    "etag": e.etag,
                    "last_modified": e.last_modified,
                    "text": e.text,
                });
                (address.clone(), v)
            })
            .collect();
        let doc = json!({ "format": FORMAT, "pages": pages, "accepted": self.accepted });
        let result = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&self.path, doc.to_string()));
        if let Err(e) = result {
            eprintln!("sources: cannot write {}: {e}", self.path.display());
        }
    }
}

type Parsed = (BTreeMap<String, Entry>, BTreeMap<String, String>);

fn parse(text: &str) -> Option<Parsed> {
    let doc: Value = serde_json::from_str(text).ok()?;
    if doc.get("format")?.as_u64()? != FORMAT {
        return None;
    }
    let mut out = BTreeMap::new();
    for (address, v) in doc.get("pages")?.as_object()? {
        let field = |name: &str| v.get(name).and_then(Value::as_str).map(str::to_string);
        let entry = Entry {
            etag: field("etag"),
            last_modified: field("last_modified"),
            text: field("text")?,
        };
        out.insert(address.clone(), entry);
    }
    let mut accepted = BTreeMap::new();
    if let Some(texts) = doc.get("accepted").and_then(Value::as_object) {
        for (id, t) in texts {
            accepted.insert(id.clone(), t.as_str()?.to_string());
        }
    }
    Some((out, accepted))
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
        cache.save();
        assert_eq!(Cache::load(&path).get("https://x/"), Some(&entry));
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(Cache::load(&path).get("https://x/"), None);
        let _ = std::fs::remove_dir_all(dir);
    }
}
