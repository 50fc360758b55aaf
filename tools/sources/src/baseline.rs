//! Reviewed baselines: for each source a maintainer has read and found the guide true to,
//! `sources accept` records a fingerprint of its page's main text, one hash per paragraph
//! (`paragraphs`), so `sources check` can say which paragraphs changed since. No sentence of the
//! page is kept in the repository (official sentences are not ours to copy); the accepted text
//! itself stays in the local cache, outside git, to show what was removed.

use crate::error::Fatal;
use crate::json::{Loose, Object};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use veiviser::date::Date;

/// Where the baselines live: with the watcher, read and written by it alone.
pub const DEFAULT_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/baselines.json");

const FORMAT: u64 = 1;

/// One accepted page, as its line in the file has it (members in this order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub accepted: Date,
    pub address: String,
    /// `paragraphs::fingerprint` of each significant paragraph, in page order; one string in
    /// the file, the fingerprints separated by spaces.
    #[serde(with = "spaced")]
    pub paragraphs: Vec<String>,
}

mod spaced {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(words: &[String], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&words.join(" "))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        let text = String::deserialize(d)?;
        Ok(text.split_whitespace().map(str::to_string).collect())
    }
}

/// The file as read. Each part is loose so that the message can say which one is wrong.
#[derive(Deserialize)]
struct File {
    #[serde(default)]
    format: Loose<u64>,
    #[serde(default)]
    sources: Loose<BTreeMap<String, Loose<Object<Baseline>>>>,
}

pub struct Baselines {
    path: PathBuf,
    entries: BTreeMap<String, Baseline>,
}

impl Baselines {
    /// The baselines at `path`; none when the file does not exist yet. A file that exists but
    /// cannot be read stops the run: comparing against nothing would hide every change.
    pub fn load(path: &Path) -> Result<Baselines, Fatal> {
        let mut out = Baselines {
            path: path.to_path_buf(),
            entries: BTreeMap::new(),
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(Fatal::read(path, e)),
        };
        let bad = |why: &str| Fatal::format(path, why.to_string());
        // Loose at the top: only a file that is not JSON at all fails here.
        let file: Loose<Object<File>> =
            serde_json::from_str(&text).map_err(|e| bad(&format!("not JSON: {e}")))?;
        let other = || bad("not a baselines file this version wrote");
        let Object(file) = file.fits().ok_or_else(other)?;
        if file.format.fits() != Some(FORMAT) {
            return Err(other());
        }
        let sources = file.sources.fits().ok_or_else(|| bad("no \"sources\""))?;
        for (id, entry) in sources {
            let Some(Object(baseline)) = entry.fits() else {
                return Err(bad(&format!(
                    "{id}: expected address, accepted and paragraphs"
                )));
            };
            out.entries.insert(id, baseline);
        }
        Ok(out)
    }

    pub fn get(&self, id: &str) -> Option<&Baseline> {
        self.entries.get(id)
    }

    pub fn put(&mut self, id: &str, baseline: Baseline) {
        self.entries.insert(id.to_string(), baseline);
    }

    /// Writes the file: one source a line, sorted, so a review diff shows which pages changed.
    pub fn save(&self) -> Result<(), Fatal> {
        let write = |text: String| std::fs::write(&self.path, text);
        self.text()
            .map_err(std::io::Error::from)
            .and_then(write)
            .map_err(|error| Fatal::Write {
                path: self.path.clone(),
                error,
            })
    }

    fn text(&self) -> serde_json::Result<String> {
        let mut text = format!("{{\"format\": {FORMAT}, \"sources\": {{");
        for (i, (id, b)) in self.entries.iter().enumerate() {
            let sep = if i == 0 { "" } else { "," };
            let (id, b) = (serde_json::to_string(id)?, serde_json::to_string(b)?);
            text.push_str(&format!("{sep}\n  {id}: {b}"));
        }
        text.push_str("\n}}\n");
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads `text` from a file of its own; the problem when it is refused.
    fn load(name: &str, text: &str) -> Result<Baselines, String> {
        let path = std::env::temp_dir().join(format!(
            "veiviser-baselines-{}-{name}.json",
            std::process::id()
        ));
        std::fs::write(&path, text).unwrap();
        let result = Baselines::load(&path).map_err(|e| match e {
            Fatal::Format { problem, .. } => problem,
            other => other.to_string(),
        });
        let _ = std::fs::remove_file(&path);
        result
    }

    #[test]
    fn refused_with_the_part_that_is_wrong() {
        let other = "not a baselines file this version wrote";
        for (text, problem) in [
            (
                "{\"format\": 1",
                "not JSON: EOF while parsing an object at line 1 column 12",
            ),
            ("[]", other),
            (r#"{"format": 2, "sources": {}}"#, other),
            (r#"{"format": "1", "sources": {}}"#, other),
            (r#"{"format": 1.0, "sources": {}}"#, other),
            (r#"{"format": 1, "sources": []}"#, "no \"sources\""),
            (
                r#"{"format": 1, "sources": {"b": null, "a": {"address": "x", "accepted": "2026-02-30", "paragraphs": ""}}}"#,
                "a: expected address, accepted and paragraphs",
            ),
            (
                r#"{"format": 1, "sources": {"a": ["2026-01-05", "x", "p"]}}"#,
                "a: expected address, accepted and paragraphs",
            ),
        ] {
            assert_eq!(load("bad", text).err().as_deref(), Some(problem), "{text}");
        }
    }

    #[test]
    fn read_as_a_value_was_and_written_one_source_a_line() {
        // Other members, spaces around the date and between fingerprints, a name given twice.
        let text = r#"{"format": 1, "note": [1], "sources": {
            "b": {"paragraphs": " p1  p2\n", "accepted": " 2026-01-05 ", "address": "x", "by": 5},
            "a": {"address": "https://a/\"q\"", "accepted": "2024-02-29", "paragraphs": ""}},
            "format": 1}"#;
        let baselines = load("good", text).unwrap();
        let b = baselines.get("b").unwrap();
        assert_eq!(b.accepted, Date::ymd(2026, 1, 5));
        assert_eq!(b.paragraphs, ["p1", "p2"]);
        assert_eq!(
            baselines.text().unwrap(),
            "{\"format\": 1, \"sources\": {\n  \
             \"a\": {\"accepted\":\"2024-02-29\",\"address\":\"https://a/\\\"q\\\"\",\"paragraphs\":\"\"},\n  \
             \"b\": {\"accepted\":\"2026-01-05\",\"address\":\"x\",\"paragraphs\":\"p1 p2\"}\n}}\n"
        );
        let empty = Baselines {
            path: PathBuf::new(),
            entries: BTreeMap::new(),
        };
        assert_eq!(
            empty.text().unwrap(),
            "{\"format\": 1, \"sources\": {\n}}\n"
        );
    }
}
