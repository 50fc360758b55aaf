//! Reviewed baselines: `accept`, then `check` tells a changed rule from a new frame.

use crate::fixture::*;
use crate::run::*;
use serde_json::json;
use std::collections::BTreeSet;

#[test]
fn a_reviewed_baseline_catches_a_changed_rule_but_not_a_new_frame() {
    let server = Fixture::start();
    let dir = scratch("baseline");
    let id = "udi-rules-2026";

    // Before anyone accepted the page: needs a baseline, which is not drift.
    let (exit, report) = check_one(&dir, id, &server.url("/rule"), &[]);
    assert_eq!(
        (exit, source(&report, id)["status"].as_str()),
        (0, Some("needs-baseline"))
    );

    let out = accept(&dir, &[id, "imdi-private"], &server.url("/rule"), &[]);
    assert_eq!(code(&out), 0, "{out:?}");
    assert!(
        stdout(&out).contains(&format!("accepted {id} (4 paragraphs)")),
        "{out:?}"
    );

    // The baseline holds fingerprints only, never a sentence of the page.
    let stored = std::fs::read_to_string(dir.join("baselines.json")).unwrap();
    for words in [
        "within six months",
        "Children under eighteen",
        "appeal a refusal",
        "Collective protection",
    ] {
        assert!(!stored.contains(words), "{words:?} in {stored}");
    }
    assert!(
        stored.contains(id) && stored.contains("imdi-private"),
        "{stored}"
    );

    // A new menu, cookie banner, date line and spacing: unchanged.
    let (exit, report) = check_one(&dir, id, &server.url("/rule-new-frame"), &[]);
    assert_eq!(source(&report, id)["status"], "unchanged", "{report}");
    assert_eq!(exit, 0);

    // One rule reworded: changed, with the new and the old words and the guide's blocks.
    let (exit, report) = check_one(&dir, id, &server.url("/rule-changed"), &[]);
    let entry = source(&report, id);
    assert_eq!(
        (exit, entry["status"].as_str()),
        (1, Some("changed")),
        "{report}"
    );
    assert_eq!(
        entry["paragraphs"],
        json!({ "changed": 1, "added": 0, "removed": 0 })
    );
    assert_eq!(
        entry["now_on_page"][0],
        "You must apply for settlement within three months of the decision."
    );
    assert_eq!(
        entry["no_longer_on_page"][0],
        "You must apply for settlement within six months of the decision."
    );
    let pages: BTreeSet<String> = entry["cited_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["page"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(pages, citing_pages(id));
    assert!(!pages.is_empty());

    // Added and removed paragraphs.
    let (_, report) = check_one(&dir, id, &server.url("/rule-added"), &[]);
    assert_eq!(
        source(&report, id)["paragraphs"],
        json!({ "changed": 0, "added": 1, "removed": 0 })
    );
    let (_, report) = check_one(&dir, id, &server.url("/rule-removed"), &[]);
    assert_eq!(
        source(&report, id)["paragraphs"],
        json!({ "changed": 0, "added": 0, "removed": 1 })
    );

    // The Markdown ends with what to do: the pages to re-read and the command to accept them.
    let cases: &[(&str, &str, &[&str])] = &[(id, &server.url("/rule-changed"), &[])];
    let md = stdout(&run_check(
        &dir,
        cases,
        &["--timeout", "2", "--cache", "cache.json"],
    ));
    let todo = md.find("## What to do").unwrap_or_else(|| panic!("{md}"));
    assert!(md.find("## Pages to re-read").unwrap() < todo, "{md}");
    assert!(
        md[todo..].contains(&format!("sources -- accept {id}")),
        "{md}"
    );
    assert!(
        md.contains("“You must apply for settlement within three months of the decision.”"),
        "{md}"
    );

    // Saved copies work the same way, with no network.
    let saved = dir.join("saved");
    std::fs::create_dir_all(&saved).unwrap();
    std::fs::write(saved.join("rule.html"), rule_changed()).unwrap();
    std::fs::write(
        saved.join("index.tsv"),
        "http://127.0.0.1:9/rule\trule.html\n",
    )
    .unwrap();
    let saved_dir = saved.to_str().unwrap();
    let (exit, report) = check_one(&dir, id, "http://127.0.0.1:9/rule", &["--saved", saved_dir]);
    assert_eq!(
        (exit, source(&report, id)["status"].as_str()),
        (1, Some("changed"))
    );

    // Once the guide agrees, accept the new page: unchanged again.
    let out = accept(
        &dir,
        &[id],
        "http://127.0.0.1:9/rule",
        &["--saved", saved_dir],
    );
    assert_eq!(code(&out), 0, "{out:?}");
    let (exit, report) = check_one(&dir, id, "http://127.0.0.1:9/rule", &["--saved", saved_dir]);
    assert_eq!(
        (exit, source(&report, id)["status"].as_str()),
        (0, Some("unchanged"))
    );

    // A page that cannot be read is not accepted, and says so.
    let out = accept(&dir, &[id], &server.url("/gone"), &[]);
    assert_eq!(code(&out), 1, "{out:?}");
    assert!(
        stdout(&out).contains(&format!("not accepted {id}")),
        "{out:?}"
    );
    // Ids or --all, never neither.
    assert_eq!(code(&sources(&dir, &["accept"])), 2);
    assert_eq!(code(&sources(&dir, &["accept", "no-such-source"])), 2);
}
