//! `check --saved`: pages read from files, never fetched; and exit code 2 when the tool cannot
//! run at all.

use crate::fixture::*;
use crate::run::*;
use serde_json::Value;
use std::collections::BTreeSet;

#[test]
fn saved_pages_are_read_from_files_and_never_fetched() {
    let dir = scratch("saved");
    let pages = dir.join("pages");
    std::fs::create_dir_all(pages.join("sub")).unwrap();
    std::fs::write(pages.join("sub/eid.html"), UNCHANGED_HTML).unwrap();
    std::fs::write(pages.join("decision.txt"), PLAIN_TEXT).unwrap();
    // A saved page without an extension, HTML by its content.
    std::fs::write(pages.join("card"), REWORDED_HTML).unwrap();
    // Port 9 (discard) on this machine: were anything fetched, it would be unreachable.
    let at = |p: &str| format!("http://127.0.0.1:9/{p}");
    std::fs::write(
        pages.join("index.tsv"),
        format!(
            "# address\tfile\n{}\tsub/eid.html\n{}\tdecision.txt\n\n{}\tcard\n{}\tnot-there.html\n",
            at("eid"),
            at("decision"),
            at("card"),
            at("lost")
        ),
    )
    .unwrap();
    let (eid, decision, card, lost, nowhere) = (
        at("eid"),
        at("decision"),
        at("card"),
        at("lost"),
        at("nowhere"),
    );
    let saved = pages.to_str().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        ("seed-norge-eid", &eid, &[EID_QUOTE]),
        ("udi-decision", &decision, &[DECISION_QUOTE]),
        ("seed-udi", &card, &[CARD_QUOTE]),
        ("police-apply", &lost, &[EID_QUOTE]),
        ("udi-register", &nowhere, &[EID_QUOTE]),
        ("udi-arrival-centre", &eid, &[]),
    ];
    let out = run_check(&dir, cases, &["--saved", saved, "--json"]);
    assert_eq!(code(&out), 1, "{out:?}");
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["mode"], "saved");
    let status = |id: &str| source(&report, id)["status"].as_str().unwrap().to_string();
    assert_eq!(status("seed-norge-eid"), "unchanged");
    assert_eq!(status("udi-decision"), "unchanged");
    assert_eq!(status("seed-udi"), "quote-missing");
    assert_eq!(status("police-apply"), "unreachable");
    assert_eq!(status("udi-register"), "gone");
    assert_eq!(status("udi-arrival-centre"), "needs-baseline");
    let nearest = source(&report, "seed-udi")["missing"][0]["nearest"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(nearest.contains("is now sent to you by mail"), "{nearest}");
    let cited = source(&report, "udi-register")["cited_by"]
        .as_array()
        .unwrap();
    let pages_cited: BTreeSet<String> = cited
        .iter()
        .map(|c| c["page"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(pages_cited, citing_pages("udi-register"));

    // The same saved pages, only the ones that hold: exit 0, Markdown.
    let calm = &cases[..2];
    let out = run_check(&dir, calm, &["--saved", saved]);
    assert_eq!(code(&out), 0, "{out:?}");
    assert!(stdout(&out).contains("(saved pages)"));
}

#[test]
fn exit_2_when_it_cannot_run() {
    let dir = scratch("fatal");
    let eid = "http://127.0.0.1:9/eid";
    let cases: &[(&str, &str, &[&str])] = &[("seed-norge-eid", eid, &[EID_QUOTE])];
    // No such directory.
    let out = run_check(&dir, cases, &["--saved", "no-such-dir"]);
    assert_eq!(code(&out), 2, "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("index.tsv"));
    // A directory without an index.
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    assert_eq!(code(&run_check(&dir, cases, &["--saved", "empty"])), 2);
    // An index line without a tab.
    std::fs::create_dir_all(dir.join("bad")).unwrap();
    std::fs::write(dir.join("bad/index.tsv"), "http://x/ page.html\n").unwrap();
    assert_eq!(code(&run_check(&dir, cases, &["--saved", "bad"])), 2);
    // Bad arguments and unknown ids.
    assert_eq!(code(&sources(&dir, &[])), 2);
    assert_eq!(code(&sources(&dir, &["check", "--timeout", "0"])), 2);
    assert_eq!(code(&sources(&dir, &["check", "--frobnicate"])), 2);
    assert_eq!(
        code(&sources(&dir, &["check", "--only", "no-such-source"])),
        2
    );
    assert_eq!(
        code(&sources(&dir, &["review", "--today", "2026-13-01"])),
        2
    );
    std::fs::write(dir.join("q.json"), "[1, 2]").unwrap();
    assert_eq!(code(&sources(&dir, &["check", "--quotes", "q.json"])), 2);
    assert_eq!(code(&sources(&dir, &["help"])), 0);
}
