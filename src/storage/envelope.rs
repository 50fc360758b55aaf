//! The stored checklist: a versioned envelope `{ "version": n, "data": ... }`, a reader for
//! every version, and the validation that storage and imports share.

use super::codec;
use super::json::{self, Value};
use crate::checklist::AppData;
use std::fmt;

/// The version this build writes.
pub const VERSION: u64 = 1;
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
        }
    }
}

/// How to read each stored version into today's model: `READERS[n - 1]` reads version n.
/// Version 1 is the first stored format. With a format change, bump `VERSION`, keep the old
/// types in a module of their own, and add a reader that converts them (and its test).
type Reader = fn(&Value) -> Result<AppData, DataError>;
const READERS: &[Reader] = &[read_current];

fn read_current(data: &Value) -> Result<AppData, DataError> {
    codec::read(data).map_err(DataError::WrongShape)
}

pub fn encode(data: &AppData) -> String {
    let version = Value::Int(VERSION as i64);
    Value::Object(vec![
        ("version".into(), version),
        ("data".into(), codec::write(data)),
    ])
    .to_json()
}

pub fn decode_bytes(bytes: &[u8]) -> Result<AppData, DataError> {
    if bytes.len() > MAX_BYTES {
        return Err(DataError::TooLarge(bytes.len()));
    }
    decode(std::str::from_utf8(bytes).map_err(|_| DataError::NotText)?)
}

pub fn decode(raw: &str) -> Result<AppData, DataError> {
    if raw.len() > MAX_BYTES {
        return Err(DataError::TooLarge(raw.len()));
    }
    let Value::Object(members) = json::parse(raw).map_err(|_| DataError::NotJson)? else {
        return Err(DataError::NoVersion);
    };
    // Other members are ignored, as they always were.
    let member = |name| members.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let version = match member("version") {
        Some(&Value::Int(v)) if v >= 0 => v as u64,
        _ => return Err(DataError::NoVersion),
    };
    if version > VERSION {
        return Err(DataError::FutureVersion(version));
    }
    let read = version
        .checked_sub(1)
        .and_then(|i| READERS.get(i as usize))
        .ok_or(DataError::UnknownVersion(version))?;
    let data = member("data").ok_or_else(|| DataError::WrongShape("no data".into()))?;
    let data = read(data)?;
    data.check().map_err(DataError::Invalid)?;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Status;

    #[test]
    fn round_trips() {
        let mut d = AppData::default();
        d.active_mut().set_status("tb-test", Status::Done);
        d.add_profile(Some("Олена".into()));
        assert_eq!(decode(&encode(&d)), Ok(d));
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
            decode("{\"version\":1,\"data\":{\"profiles\":5}}"),
            Err(DataError::WrongShape(_))
        ));
        assert!(matches!(
            decode("{\"version\":1,\"data\":{\"profiles\":[],\"active\":1}}"),
            Err(DataError::Invalid(_))
        ));
        assert_eq!(decode_bytes(&[0xff, 0xfe]), Err(DataError::NotText));
        let huge = format!("{{\"version\":1,\"data\":\"{}\"}}", "x".repeat(MAX_BYTES));
        assert!(matches!(decode(&huge), Err(DataError::TooLarge(_))));
    }
}
