//! The stored checklist: a versioned envelope `{ "version": n, "data": ... }`, a reader for
//! every version, and the validation that storage and imports share. The data's shape is the
//! model's serde attributes (checklist::state); limits and invariants are checked on the typed
//! value after reading (`AppData::check`), not while parsing.

use crate::checklist::AppData;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;

/// The version this build writes. Version 2 (2026-11-26): the checklist follows the 2024–26
/// rules; tasks were renamed and removed (`V1_RENAMED`, `V1_REMOVED`). Version 3 (2026-12-07):
/// new tasks (`decision-told`, `first-permit`) that a version-2 reader would reject as unknown, so
/// an older build says "made by a newer version" instead; its shape is version 2's.
pub const VERSION: u64 = 4;
/// Anything larger is not ours: a real file is a few kilobytes.
pub const MAX_BYTES: usize = 1_000_000;

/// Why stored or imported data could not be read. Shown to the person, never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    TooLarge(usize),
    NotText,
    NotJson,
    NoVersion,
    /// Written by a newer Veiviser than this one.
    FutureVersion(u64),
    UnknownVersion(u64),
    WrongShape(String),
    Invalid(String),
    /// Readable, but an upgrade would leave something out and no copy could be kept first.
    NoRoomForCopy,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::TooLarge(n) => write!(f, "too large ({n} bytes)"),
            DataError::NotText => f.write_str("not a text file"),
            DataError::NotJson => f.write_str("not JSON"),
            DataError::NoVersion => f.write_str("no version"),
            DataError::FutureVersion(v) => write!(f, "made by a newer version ({v})"),
            DataError::UnknownVersion(v) => write!(f, "unknown version {v}"),
            DataError::WrongShape(e) => write!(f, "unexpected content: {e}"),
            DataError::Invalid(e) => write!(f, "inconsistent content: {e}"),
            DataError::NoRoomForCopy => f.write_str("no room to keep a copy before upgrading"),
        }
    }
}

/// How to read each stored version into today's model: `READERS[n - 1]` reads version n.
/// Version 1 is the first stored format. With a format change, bump `VERSION`, keep the old
/// types in a module of their own, and add a reader that converts them (and its test).
type Reader = fn(&RawValue) -> Result<Decoded, DataError>;
const READERS: &[Reader] = &[read_v1, read_current, read_current, read_current];

/// Data read from storage or a file, and what reading an older version left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub data: AppData,
    /// (profile id, task id) of states whose task no longer exists. The caller keeps the
    /// original value before anything is written over it.
    pub dropped: Vec<(u32, String)>,
}

/// Version 1's task ids that version 2 calls differently: booking a police appointment became
/// choosing a registration place (an appointment still), since registration moved to Råde.
pub const V1_RENAMED: &[(&str, &str)] = &[("book-police", "registration-place")];
/// Version 1's tasks with no counterpart: the first card's order date only fed the 20-day
/// reminder, which applies to a new card after an extension (`new-card-ordered`).
pub const V1_REMOVED: &[&str] = &["card-ordered"];

/// Version 1 has version 2's shape; only task ids differ.
fn read_v1(data: &RawValue) -> Result<Decoded, DataError> {
    let mut d = read_current(data)?;
    for p in &mut d.data.profiles {
        for (old, new) in V1_RENAMED {
            if let Some(state) = p.tasks.remove(*old) {
                p.tasks.insert((*new).to_string(), state);
            }
        }
        for gone in V1_REMOVED {
            if p.tasks.remove(*gone).is_some() {
                d.dropped.push((p.id, (*gone).to_string()));
            }
        }
    }
    Ok(d)
}

/// Reads the data, naming the field that does not fit ("profiles[0].tasks.tb-test.date: …").
fn read_current(data: &RawValue) -> Result<Decoded, DataError> {
    let mut json = serde_json::Deserializer::from_str(data.get());
    let data = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| DataError::WrongShape(e.to_string()))?;
    Ok(Decoded {
        data,
        dropped: Vec::new(),
    })
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    data: &'a AppData,
}

pub fn encode(data: &AppData) -> String {
    let envelope = Envelope {
        version: VERSION,
        data,
    };
    // Cannot fail: every map key is a string and every value a plain one.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a stored value or an imported file of any version this build knows.
pub fn decode(raw: &str) -> Result<AppData, DataError> {
    decode_detailed(raw).map(|d| d.data)
}

pub fn decode_bytes(bytes: &[u8]) -> Result<AppData, DataError> {
    if bytes.len() > MAX_BYTES {
        return Err(DataError::TooLarge(bytes.len()));
    }
    decode(std::str::from_utf8(bytes).map_err(|_| DataError::NotText)?)
}

/// The envelope's members, each left unread until its version says how to read it. Other
/// members are ignored, as they always were.
#[derive(Deserialize)]
struct Members<'a>(#[serde(borrow)] BTreeMap<String, &'a RawValue>);

pub fn decode_detailed(raw: &str) -> Result<Decoded, DataError> {
    if raw.len() > MAX_BYTES {
        return Err(DataError::TooLarge(raw.len()));
    }
    let members = match serde_json::from_str::<Members>(raw) {
        Ok(Members(members)) => members,
        // Only a text that is not an envelope is read a second time, to say which fault it is.
        Err(_) if serde_json::from_str::<serde::de::IgnoredAny>(raw).is_ok() => {
            return Err(DataError::NoVersion);
        }
        Err(_) => return Err(DataError::NotJson),
    };
    let version = members
        .get("version")
        .and_then(|v| serde_json::from_str::<u64>(v.get()).ok())
        .ok_or(DataError::NoVersion)?;
    if version > VERSION {
        return Err(DataError::FutureVersion(version));
    }
    let read = version
        .checked_sub(1)
        .and_then(|i| READERS.get(i as usize))
        .ok_or(DataError::UnknownVersion(version))?;
    let data = members
        .get("data")
        .ok_or_else(|| DataError::WrongShape("no data".into()))?;
    let mut decoded = read(data)?;
    // What can be mended losing nothing is mended, never a reason to set the data aside.
    decoded.data.repair();
    decoded.data.check().map_err(DataError::Invalid)?;
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Status;

    #[test]
    fn round_trips() {
        let mut d = AppData::default();
        d.active_mut().set_status("tb-test", Status::Done);
        d.apply(crate::checklist::Change::AddProfile(
            crate::checklist::answers::Person::Adult,
        ))
        .unwrap();
        d.apply(crate::checklist::Change::Rename(Some("Олена".into())))
            .unwrap();
        assert_eq!(decode(&encode(&d)), Ok(d));
    }

    #[test]
    fn version_1_keeps_renamed_ticks_and_reports_removed_ones() {
        let v1 = r#"{"version":1,"data":{"profiles":[{"id":1,"tasks":{
            "book-police":{"status":"done","date":"2024-02-29"},
            "card-ordered":{"date":"2024-03-01"},
            "tb-test":{"status":"done"}}}],"active":1}}"#;
        let d = decode_detailed(v1).unwrap();
        let p = d.data.active();
        assert_eq!(p.task("registration-place").status, Status::Done);
        assert_eq!(p.task("tb-test").status, Status::Done);
        assert!(!p.tasks.contains_key("card-ordered"));
        assert_eq!(d.dropped, vec![(1, "card-ordered".to_string())]);
        // Version 2 knows no old ids.
        let v2 = v1.replace("\"version\":1", "\"version\":2");
        assert!(matches!(decode(&v2), Err(DataError::Invalid(_))));
    }

    #[test]
    fn there_is_one_reader_per_version() {
        assert_eq!(READERS.len() as u64, VERSION);
    }

    #[test]
    fn each_fault_is_a_typed_error() {
        assert_eq!(decode("{not json"), Err(DataError::NotJson));
        assert_eq!(decode("{\"data\":{}}"), Err(DataError::NoVersion));
        assert_eq!(decode("[1, {}]"), Err(DataError::NoVersion));
        assert_eq!(
            decode("{\"version\":\"1\",\"data\":{}}"),
            Err(DataError::NoVersion)
        );
        assert!(matches!(
            decode("{\"version\":1}"),
            Err(DataError::WrongShape(_))
        ));
        assert_eq!(
            decode("{\"version\":7,\"data\":{}}"),
            Err(DataError::FutureVersion(7))
        );
        assert_eq!(
            decode("{\"version\":0,\"data\":{}}"),
            Err(DataError::UnknownVersion(0))
        );
        assert!(matches!(
            decode("{\"version\":2,\"data\":{\"profiles\":5}}"),
            Err(DataError::WrongShape(_))
        ));
        assert!(matches!(
            decode("{\"version\":1,\"data\":{\"profiles\":[],\"active\":1}}"),
            Err(DataError::Invalid(_))
        ));
        // A shown person who does not exist is mended, not a fault.
        let mended = decode("{\"version\":3,\"data\":{\"profiles\":[{\"id\":4}],\"active\":1}}");
        assert_eq!(mended.map(|d| d.active), Ok(4));
        assert_eq!(decode_bytes(&[0xff, 0xfe]), Err(DataError::NotText));
        let huge = format!("{{\"version\":1,\"data\":\"{}\"}}", "x".repeat(MAX_BYTES));
        assert!(matches!(decode(&huge), Err(DataError::TooLarge(_))));
    }
}
