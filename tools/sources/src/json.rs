//! Reading the watcher's JSON files with serde exactly as strictly, and as loosely, as they have
//! always been read (through `serde_json::Value` lookups, before).

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, Error as _, IgnoredAny};
use serde_json::{Map, Value};

/// What a member should be, or anything else, so the reader decides: name the member in its
/// message, or ignore it. At the top of a file, it tells a file that is not JSON at all (the
/// only error left) from one of another shape.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum Loose<T> {
    Fits(T),
    Other(IgnoredAny),
}

impl<T> Loose<T> {
    pub fn fits(self) -> Option<T> {
        match self {
            Loose::Fits(t) => Some(t),
            Loose::Other(_) => None,
        }
    }
}

/// A missing member counts as one of another shape.
impl<T> Default for Loose<T> {
    fn default() -> Self {
        Loose::Other(IgnoredAny)
    }
}

/// For `deserialize_with`: the member if it is a `T`, else `None`.
pub fn if_fits<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Loose::deserialize(d).map(Loose::fits)
}

/// A JSON object read as `T`, the way a `Value` read it: a name given twice counts once, with
/// its last value. A derived struct alone would refuse the name given twice, and would take an
/// array of its members in order, which no file here ever held. The `Value` is only a buffer.
pub struct Object<T>(pub T);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let members = Map::<String, Value>::deserialize(d)?;
        T::deserialize(Value::Object(members))
            .map(Object)
            .map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Pair {
        a: u64,
        b: String,
    }

    #[test]
    fn objects_only_and_loose_members() {
        let read = |s: &str| serde_json::from_str::<Object<Pair>>(s).map(|o| o.0).ok();
        let pair = || Pair {
            a: 1,
            b: "x".into(),
        };
        assert_eq!(read(r#"{"b": "x", "a": 1, "c": null}"#), Some(pair()));
        assert_eq!(read(r#"{"a": 2, "b": "x", "a": 1}"#), Some(pair()));
        // A derived struct alone takes this.
        assert!(serde_json::from_str::<Pair>(r#"[1, "x"]"#).is_ok());
        assert_eq!(read(r#"[1, "x"]"#), None);
        let loose = |s: &str| serde_json::from_str::<Loose<u64>>(s).map(Loose::fits);
        assert_eq!(loose("1").unwrap(), Some(1));
        assert_eq!(loose("1.0").unwrap(), None);
        assert_eq!(loose("[1e400]").ok(), None);
    }
}
