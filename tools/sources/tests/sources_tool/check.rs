//! `check` over HTTP: every status, the guide's pages named for a drifted source, exit codes
//! and conditional GET.

use crate::fixture::*;
use crate::run::*;
use serde_json::Value;
use std::collections::BTreeSet;
use veiviser::content::journey;
use veiviser::content::markup::parse;
use veiviser::lang::Lang;
use veiviser::texts::article::article_text;

#[test]
fn every_status_over_http_with_the_pages_that_cite_a_drifted_source() {
    let server = Fixture::start();
    let dir = scratch("http");
    let (unchanged, reworded, moved) = (
        server.url("/unchanged"),
        server.url("/reworded"),
        server.url("/moved"),
    );
    let (gone, broken, slow, plain) = (
        server.url("/gone"),
        server.url("/broken"),
        server.url("/slow"),
        server.url("/plain"),
    );
    let cases: &[(&str, &str, &[&str])] = &[
        ("seed-norge-eid", &unchanged, &[EID_QUOTE]),
        ("seed-udi", &reworded, &[CARD_QUOTE]),
        ("seed-norge-eid-nn", &moved, &[EID_QUOTE]),
        ("udi-register", &gone, &[EID_QUOTE]),
        ("police-apply", &broken, &[EID_QUOTE]),
        ("udi-register-en", &slow, &[EID_QUOTE]),
        ("udi-decision", &plain, &[DECISION_QUOTE]),
        ("udi-arrival-centre", &unchanged, &[]),
    ];
    let md_path = dir.join("report.md");
    let json_path = dir.join("report.json");
    let out = run_check(
        &dir,
        cases,
        &[
            "--timeout",
            "2",
            "--cache",
            "cache.json",
            "--out-md",
            md_path.to_str().unwrap(),
            "--out-json",
            json_path.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 1, "drift exits 1: {out:?}");
    assert!(
        stdout(&out).contains("8 sources checked"),
        "{}",
        stdout(&out)
    );

    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let status = |id: &str| source(&report, id)["status"].as_str().unwrap().to_string();
    assert_eq!(status("seed-norge-eid"), "unchanged");
    assert_eq!(status("seed-udi"), "quote-missing");
    assert_eq!(status("seed-norge-eid-nn"), "moved");
    assert_eq!(status("udi-register"), "gone");
    assert_eq!(status("police-apply"), "unreachable");
    assert_eq!(status("udi-register-en"), "unreachable");
    assert_eq!(status("udi-decision"), "unchanged");
    assert_eq!(status("udi-arrival-centre"), "needs-baseline");
    assert_eq!(report["drifted"], true);
    assert_eq!(report["counts"]["unreachable"], 2);

    // The nearest passage for the reworded quote is the new wording, not the script.
    let missing = &source(&report, "seed-udi")["missing"][0];
    assert_eq!(missing["quote"], CARD_QUOTE);
    let nearest = missing["nearest"].as_str().unwrap();
    assert!(nearest.contains("is now sent to you by mail"), "{nearest}");
    assert_eq!(missing["common_words"], 6);
    assert_eq!(
        source(&report, "seed-norge-eid-nn")["moved_to"],
        server.url("/new-home/")
    );
    assert!(
        source(&report, "udi-register")["reason"]
            .as_str()
            .unwrap()
            .contains("404")
    );
    assert!(
        source(&report, "police-apply")["reason"]
            .as_str()
            .unwrap()
            .contains("500")
    );
    let slow_reason = source(&report, "udi-register-en")["reason"]
        .as_str()
        .unwrap();
    assert!(slow_reason.contains("timeout"), "{slow_reason}");

    // Redirects are reported, never followed; every request names the project.
    let seen = server.seen();
    assert!(!seen.iter().any(|s| s.path == "/new-home/"), "{seen:?}");
    for s in &seen {
        let ua = s.user_agent.as_deref().unwrap_or("");
        assert!(ua.starts_with("Veiviser-source-watcher/"), "{ua}");
    }

    // The drifted source's citations: every page citing it, in every language, each block
    // pointing at a block that cites it.
    let cited = source(&report, "seed-udi")["cited_by"].as_array().unwrap();
    let pages: BTreeSet<String> = cited
        .iter()
        .map(|c| c["page"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(pages, citing_pages("seed-udi"));
    for c in cited {
        let page = journey::all().find(|p| p.id == c["page"].as_str().unwrap());
        let lang = Lang::from_code(c["lang"].as_str().unwrap()).unwrap();
        let text = article_text(page.unwrap(), lang);
        let ids = match c["part"].as_str().unwrap() {
            "summary" => text.lead().1,
            _ => {
                let n = c["block"].as_u64().unwrap() as usize;
                parse(text.body)[n - 1].sources.clone()
            }
        };
        assert!(ids.contains(&"seed-udi"), "{c}");
    }
    for lang in Lang::ALL {
        assert!(
            cited.iter().any(|c| c["lang"] == lang.code()),
            "{lang:?} missing"
        );
    }
    // The per-page list names the drifted sources only.
    let affected = report["pages"].as_array().unwrap();
    assert!(!affected.is_empty());
    for p in affected {
        for s in p["sources"].as_array().unwrap() {
            assert!(
                !["unchanged", "needs-baseline"].contains(&s["status"].as_str().unwrap()),
                "{p}"
            );
        }
    }

    // The Markdown says the same for people.
    let md = std::fs::read_to_string(&md_path).unwrap();
    for line in [
        "| seed-norge-eid | unchanged |",
        "| seed-udi | quote-missing |",
        "| seed-norge-eid-nn | moved |",
        "| udi-register | gone |",
        "| police-apply | unreachable |",
        "| udi-register-en | unreachable |",
        "| udi-arrival-centre | needs-baseline |",
        "### seed-udi — quote-missing",
        "is now sent to you by mail",
        "## Pages to re-read",
    ] {
        assert!(md.contains(line), "{line:?} not in:\n{md}");
    }
    for page in citing_pages("seed-udi") {
        for lang in Lang::ALL {
            let row = format!("| {page} | {} |", lang.code());
            assert!(md.contains(&row), "{row} not in:\n{md}");
        }
    }
}

#[test]
fn nothing_drifted_exits_0_with_the_markdown_on_stdout() {
    let server = Fixture::start();
    let dir = scratch("calm");
    let (unchanged, plain) = (server.url("/unchanged"), server.url("/plain"));
    let cases: &[(&str, &str, &[&str])] = &[
        ("seed-norge-eid", &unchanged, &[EID_QUOTE]),
        ("udi-decision", &plain, &[DECISION_QUOTE]),
        ("udi-arrival-centre", &unchanged, &[]),
    ];
    let out = run_check(&dir, cases, &["--timeout", "2", "--cache", "cache.json"]);
    assert_eq!(code(&out), 0, "{out:?}");
    let md = stdout(&out);
    assert!(md.contains("| seed-norge-eid | unchanged |"), "{md}");
    assert!(md.contains("| udi-decision | unchanged |"), "{md}");
    assert!(md.contains("## Needs a baseline"), "{md}");
    assert!(!md.contains("## Pages to re-read"), "{md}");
}

#[test]
fn a_304_reuses_the_cached_text() {
    let server = Fixture::start();
    let dir = scratch("etag");
    let etag = server.url("/etag");
    let cases: &[(&str, &str, &[&str])] = &[("seed-norge-eid", &etag, &[EID_QUOTE])];
    let args = ["--timeout", "2", "--cache", "cache.json", "--json"];

    let first = run_check(&dir, cases, &args);
    assert_eq!(code(&first), 0, "{first:?}");
    let report: Value = serde_json::from_str(&stdout(&first)).unwrap();
    assert_eq!(source(&report, "seed-norge-eid")["not_modified"], false);
    assert!(dir.join("cache.json").exists());

    let second = run_check(&dir, cases, &args);
    assert_eq!(code(&second), 0, "{second:?}");
    let report: Value = serde_json::from_str(&stdout(&second)).unwrap();
    let entry = source(&report, "seed-norge-eid");
    assert_eq!(entry["status"], "unchanged");
    assert_eq!(entry["not_modified"], true);

    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].if_none_match, None);
    assert_eq!(seen[1].if_none_match.as_deref(), Some("\"v1\""));
}
