//! The facts the browser tests check against, taken from the Rust tables and written to
//! tests/data/facts.json, which tests/e2e/fixtures.mjs reads: the language codes, every page's
//! public id, kind and locale key, the task ids, and the guide's review date with its text in
//! every language. When the
//! tables change, this test rewrites the file and fails once: commit the new file.

use serde_json::{Value, json};
use std::path::Path;
use veiviser::checklist::tasks::TASKS;
use veiviser::content::changes::{self, NEWEST_RULE};
use veiviser::content::journey::{self, REVIEWED};
use veiviser::date::Date;
use veiviser::lang::Lang;
use veiviser::texts::checklist::format_date;

const FILE: &str = "tests/data/facts.json";

/// A date in every language, as the app writes it.
fn in_every_language(d: Date) -> Value {
    let texts = Lang::ALL.map(|l| (l.code().to_string(), Value::from(format_date(d, l))));
    Value::Object(texts.into_iter().collect())
}

/// The change log's newest entry: what an update from the update-test build brings.
fn newest_change() -> Value {
    let c = changes::log().last().expect("a change log");
    json!({
        "key": c.key.as_str(),
        "date": c.date.to_string(),
        "pages": c.pages.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
    })
}

fn facts() -> Value {
    let pages: Vec<Value> = journey::all()
        .map(|p| json!({ "kind": p.kind.segment(), "id": p.id.as_str(), "key": p.id.locale_key() }))
        .collect();
    let tasks: Vec<Value> = TASKS
        .iter()
        .map(|t| json!({ "id": t.id.as_str(), "step": t.step.as_str() }))
        .collect();
    // The review date, the newest rule's, and the deadlines the e2e tests expect from the dates
    // they enter (a decision told on 31 August 2026; a first permit of 11 March 2022; an
    // arrival on 28 December 2026; a permit since 15 March 2022).
    let dates = [
        REVIEWED,
        NEWEST_RULE.0,
        Date::ymd(2027, 2, 28),
        Date::ymd(2027, 3, 11),
        Date::ymd(2027, 1, 11),
        Date::ymd(2027, 3, 15),
    ];
    json!({
        "about": "Written by tests/facts.rs from the Rust tables, read by tests/e2e/fixtures.mjs. \
                  Do not edit: `cargo test --test facts` rewrites it.",
        "langs": Lang::ALL.map(Lang::code),
        "pages": pages,
        "tasks": tasks,
        "reviewed": [REVIEWED.year, REVIEWED.month, REVIEWED.day],
        "newest_rule": NEWEST_RULE.0.to_string(),
        "newest_change": newest_change(),
        "dates": Value::Object(dates.into_iter().map(|d| (d.to_string(), in_every_language(d))).collect()),
    })
}

#[test]
fn the_facts_file_matches_the_rust_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let want = serde_json::to_string_pretty(&facts()).unwrap() + "\n";
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{FILE}: {e}"));
        panic!(
            "{FILE} did not match the Rust tables and has been rewritten: review it (git diff) \
             and commit it. The e2e tests read it."
        );
    }
}

#[test]
fn locale_keys_name_texts_of_every_page() {
    // The key derived above must find the page's texts, or the e2e tests would read nothing.
    for l in Lang::ALL {
        let path = format!("{}/locales/{}.json", env!("CARGO_MANIFEST_DIR"), l.code());
        let locale: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for p in journey::all() {
            let title = &locale[p.kind.segment()][p.id.locale_key()]["title"];
            assert!(
                title.is_string(),
                "{}: no {}.{}.title",
                l.code(),
                p.kind.segment(),
                p.id.locale_key()
            );
        }
    }
}
