//! Every locale has exactly the same keys, none empty. leptos_i18n only warns about a missing key
//! and falls back to Ukrainian; here it fails.

use serde_json::Value;
use std::collections::BTreeSet;
use veiviser::lang::Lang;

fn flatten(prefix: &str, v: &Value, out: &mut BTreeSet<String>, empty: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, child, out, empty);
            }
        }
        Value::String(s) => {
            if s.trim().is_empty() {
                empty.push(prefix.to_string());
            }
            out.insert(prefix.to_string());
        }
        _ => {
            out.insert(prefix.to_string());
        }
    }
}

fn keys(lang: Lang) -> (BTreeSet<String>, Vec<String>) {
    let path = format!(
        "{}/locales/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut set, mut empty) = (BTreeSet::new(), Vec::new());
    flatten("", &json, &mut set, &mut empty);
    (set, empty)
}

#[test]
fn every_locale_has_every_key() {
    let (reference, _) = keys(Lang::FALLBACK);
    assert!(!reference.is_empty());
    for lang in Lang::ALL {
        let (set, empty) = keys(lang);
        let missing: Vec<_> = reference.difference(&set).collect();
        let extra: Vec<_> = set.difference(&reference).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}: keys no other locale has {extra:?}",
            lang.code()
        );
        assert!(empty.is_empty(), "{}: empty texts {empty:?}", lang.code());
    }
}

#[test]
fn official_terms_are_used() {
    let text = |l: Lang| {
        std::fs::read_to_string(format!(
            "{}/locales/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            l.code()
        ))
        .unwrap()
    };
    assert!(text(Lang::Nb).contains("midlertidig kollektiv beskyttelse"));
    assert!(text(Lang::Uk).contains("тимчасовий колективний захист"));
    assert!(text(Lang::Ru).contains("временную коллективную защиту"));
    assert!(text(Lang::Nb).contains("D-nummer") && text(Lang::Nb).contains("Oppholdskort"));
}
