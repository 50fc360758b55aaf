//! The change log cannot miss a page. Each entry has a fingerprint of every page's text in every
//! language as it shipped with that entry (`tests/data/fingerprints/<key>.tsv`). A page whose text
//! differs from the newest fingerprint, or that changed between two entries without the newer one
//! naming it, fails here: phones would get no "Updated" mark on it.
//!
//! After changing pages: add the entry (src/content/changes.rs, `changes.<key>` in the locales)
//! naming them, then record its fingerprints:
//!     VEIVISER_WRITE_FINGERPRINTS=<key> cargo test --test changelog
//! (`VEIVISER_LOCALES_DIR` points it at other locale files, e.g. an old commit's.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use veiviser::content::changes::{self, Change, ChangeKey};
use veiviser::content::journey::{self, ArticleId};
use veiviser::lang::Lang;

/// (page id, language) → fingerprint.
type Prints = BTreeMap<(String, String), String>;

/// FNV-1a, 64 bits: stable across Rust versions and platforms, unlike std's hasher.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The fingerprints of the pages in the locale files of `dir`.
fn fingerprint(dir: &Path) -> Prints {
    let mut out = Prints::new();
    for l in Lang::ALL {
        let file = dir.join(format!("{}.json", l.code()));
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())),
        )
        .expect("locale JSON");
        for p in journey::all() {
            let texts = &json[p.kind.segment()][p.id.locale_key()];
            let field = |f: &str| texts[f].as_str().unwrap_or_else(|| panic!("{} {f}", p.id));
            let all = [field("title"), field("summary"), field("body")].join("\u{1f}");
            out.insert(
                (p.id.to_string(), l.code().to_string()),
                format!("{:016x}", fnv1a(&all)),
            );
        }
    }
    out
}

fn prints_file(key: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/fingerprints/{key}.tsv"))
}

fn read(key: &str) -> Option<Prints> {
    let text = std::fs::read_to_string(prints_file(key)).ok()?;
    let rows = text.lines().filter(|l| !l.is_empty()).map(|l| {
        let mut f = l.split('\t');
        let (page, lang, print) = (f.next()?, f.next()?, f.next()?);
        Some(((page.to_string(), lang.to_string()), print.to_string()))
    });
    rows.collect()
}

fn write(key: &str, prints: &Prints) {
    let rows: String = prints
        .iter()
        .map(|((page, lang), print)| format!("{page}\t{lang}\t{print}\n"))
        .collect();
    std::fs::write(prints_file(key), rows).expect("write fingerprints");
}

fn locales_dir() -> PathBuf {
    std::env::var_os("VEIVISER_LOCALES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
}

/// Pages whose text in some language differs between two sets of fingerprints.
fn changed(old: &Prints, new: &Prints) -> Vec<String> {
    let mut pages: Vec<String> = new
        .iter()
        .filter(|(k, v)| old.get(*k) != Some(*v))
        .map(|((page, _), _)| page.clone())
        .collect();
    pages.dedup();
    pages
}

fn unnamed<'a>(pages: &'a [String], entry: &Change) -> Vec<&'a String> {
    pages
        .iter()
        .filter(|p| !entry.pages.iter().any(|id| id.as_str() == p.as_str()))
        .collect()
}

#[test]
fn the_texts_are_those_of_the_newest_entry() {
    if let Ok(key) = std::env::var("VEIVISER_WRITE_FINGERPRINTS") {
        write(&key, &fingerprint(&locales_dir()));
    }
    let newest = changes::log().last().expect("a change log");
    let recorded = read(newest.key.as_str()).unwrap_or_else(|| {
        panic!(
            "{} has no fingerprints: VEIVISER_WRITE_FINGERPRINTS={} cargo test --test changelog",
            newest.key, newest.key
        )
    });
    let now = fingerprint(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"));
    let pages = changed(&recorded, &now);
    assert!(
        pages.is_empty(),
        "changed since the change log's newest entry ({}): {pages:?}. Add an entry naming them, then \
         record its fingerprints (see this file's header).",
        newest.key
    );
}

#[test]
fn every_entry_names_every_page_it_changed() {
    let log = changes::log();
    for pair in log.windows(2) {
        let (old, new) = (&pair[0], &pair[1]);
        let (Some(a), Some(b)) = (read(old.key.as_str()), read(new.key.as_str())) else {
            panic!("{} or {} has no fingerprints", old.key, new.key);
        };
        let pages = changed(&a, &b);
        assert!(
            unnamed(&pages, new).is_empty(),
            "{} changed {:?} without naming them",
            new.key,
            unnamed(&pages, new)
        );
    }
    // Each entry records every page of its day in every language; a page added later (the
    // letters, 2026-12-07) is new in the entry that adds it, so that entry must name it.
    for c in log {
        let prints = read(c.key.as_str()).unwrap_or_default();
        assert_eq!(
            prints.len() % Lang::ALL.len(),
            0,
            "{}: every language",
            c.key
        );
    }
    let newest = log.last().expect("a change log");
    assert_eq!(
        read(newest.key.as_str()).unwrap_or_default().len(),
        journey::all().count() * Lang::ALL.len(),
        "{}: every page in every language",
        newest.key
    );
}

#[test]
fn a_page_changed_without_an_entry_is_caught() {
    let now = fingerprint(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"));
    let mut edited = now.clone();
    let key = ("waiting".to_string(), "nb".to_string());
    edited.insert(key, "0".repeat(16));
    assert_eq!(changed(&now, &edited), ["waiting"]);
    let entry = Change {
        key: ChangeKey::C2026_12_02,
        date: veiviser::date::Date::ymd(2026, 12, 3),
        pages: &[ArticleId::Help],
    };
    assert_eq!(
        unnamed(&changed(&now, &edited), &entry),
        [&"waiting".to_string()]
    );
    assert_ne!(fnv1a("a"), fnv1a("b"));
}
