//! `review`: every source, in the order a maintainer should read them.

use crate::run::*;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use veiviser::content::sources::{self, AsOf};

#[test]
fn review_json_lists_every_source_with_the_pages_that_cite_it() {
    let dir = scratch("review");
    let baselines = dir.join("none.json");
    let baselines = baselines.to_str().unwrap();
    let out = sources(
        &dir,
        &[
            "review",
            "--json",
            "--today",
            "2026-12-05",
            "--baselines",
            baselines,
        ],
    );
    assert_eq!(code(&out), 0, "{out:?}");
    let review: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(review["today"], "2026-12-05");
    let listed = review["sources"].as_array().unwrap();
    assert_eq!(listed.len(), sources::all().count());
    let mut last: Option<String> = None;
    for s in sources::all() {
        let id = s.id.as_str();
        let entry = source(&review, id);
        for field in ["id", "address", "stated", "verified", "quotes", "pages"] {
            assert!(entry.get(field).is_some(), "{id}: no {field}");
        }
        assert_eq!(entry["address"], json!(s.url));
        let stated = match s.date {
            AsOf::Undated => Value::Null,
            AsOf::Year(y) => json!(y.to_string()),
            AsOf::Day(d) => json!(d.to_string()),
        };
        assert_eq!(entry["stated"], stated, "{id}");
        assert_eq!(
            entry["verified"],
            json!(s.id.verified().map(|d| d.to_string()))
        );
        assert_eq!(entry["quotes"], json!(s.quotes.passages()), "{id}");
        let pages: BTreeSet<String> = entry["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        assert_eq!(pages, citing_pages(id), "{id}");
        if s.id.verified().is_none() {
            assert_eq!(entry["overdue"], true, "{id}");
        }
    }
    // Without a baseline first; then, in each group, undated first, then oldest first.
    let first_reviewed = listed
        .iter()
        .position(|e| e["needs_baseline"] == false)
        .unwrap_or(listed.len());
    assert!(
        listed[first_reviewed..]
            .iter()
            .all(|e| e["needs_baseline"] == false)
    );
    for entry in &listed[..first_reviewed] {
        assert!(
            entry["address"].is_string() && entry["baseline"].is_null(),
            "{entry}"
        );
    }
    for entry in &listed[..first_reviewed] {
        let stated = entry["stated"].as_str().map(|s| s.to_string());
        if let (Some(prev), Some(now)) = (&last, &stated) {
            assert!(prev[..4] <= now[..4], "{prev} before {now}");
        }
        if last.is_some() {
            assert!(stated.is_some(), "an undated source after a dated one");
        }
        last = stated.or(last);
    }
    let md = stdout(&sources(
        &dir,
        &["review", "--today", "2026-12-05", "--baselines", baselines],
    ));
    assert!(
        md.contains("| udi-register | needs one | undated |"),
        "{md}"
    );
}
