//! The stored checklist: a versioned envelope `{ "version": n, "data": ... }`, migrations from
//! every older version, and the validation that storage and imports share.

use crate::checklist::AppData;
use serde_json::Value;
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

/// One migration per older version: `MIGRATIONS[n - 1]` turns version n's data into n + 1's.
/// Version 1 is the first stored format, so there is none yet; add one (and its test) with
/// every format change and bump `VERSION`.
type Migration = fn(Value) -> Result<Value, DataError>;
const MIGRATIONS: &[Migration] = &[];

pub fn encode(data: &AppData) -> String {
    let envelope = serde_json::json!({ "version": VERSION, "data": data });
    envelope.to_string()
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
    let value: Value = serde_json::from_str(raw).map_err(|_| DataError::NotJson)?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DataError::NoVersion)?;
    if version > VERSION {
        return Err(DataError::FutureVersion(version));
    }
    if version == 0 {
        return Err(DataError::UnknownVersion(version));
    }
    let mut data = value
        .get("data")
        .cloned()
        .ok_or_else(|| DataError::WrongShape("no data".into()))?;
    for migrate in &MIGRATIONS[(version - 1) as usize..] {
        data = migrate(data)?;
    }
    let data: AppData =
        serde_json::from_value(data).map_err(|e| DataError::WrongShape(e.to_string()))?;
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
    fn there_is_one_migration_per_older_version() {
        assert_eq!(MIGRATIONS.len() as u64, VERSION - 1);
    }

    #[test]
    fn each_fault_is_a_typed_error() {
        assert_eq!(decode("{not json"), Err(DataError::NotJson));
        assert_eq!(decode("{\"data\":{}}"), Err(DataError::NoVersion));
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
