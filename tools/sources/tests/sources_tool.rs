//! The source watcher (`tools/sources`), run as a program against a fixture HTTP server in this
//! test and against saved pages: every status, the guide's pages named for a drifted source,
//! the exit codes, conditional GET, reviewed baselines (`accept`, then `check`), and
//! `review --json`. The real addresses are never fetched:
//! `--addresses` points each source at the fixture, and `--quotes` gives the passages to look for.

use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;
use veiviser::content::journey;
use veiviser::content::markup::parse;
use veiviser::content::sources::{self, AsOf};
use veiviser::lang::Lang;
use veiviser::texts::article::article_text;

// ---------------------------------------------------------------------------------------------
// The fixture server: one page per case.

const EID_QUOTE: &str = "Select “Buypass ID” and then “Buypass ID on mobile”.";
const CARD_QUOTE: &str = "Your residence card will be sent to you by post.";
const DECISION_QUOTE: &str = "You will receive the decision in your digital mailbox.";

/// The quote with other spaces, quotation marks and case, in a `main` after a menu.
const UNCHANGED_HTML: &str = "<!DOCTYPE html><html><head><title>eID</title>\
    <style>p { color: red }</style></head><body><nav>Select MinID</nav>\
    <main><h1>Electronic ID</h1><p>SELECT «Buypass&nbsp;ID»\n   and\u{202f}then \
    \"Buypass ID on mobile\".</p></main><footer>Contact</footer></body></html>";

/// The quote reworded; the old wording survives only in a script, which does not count.
const REWORDED_HTML: &str = "<html><body><main><p>Welcome to the site.</p>\
    <p>The residence card is now sent to you by mail.</p><p>Other news about other things.</p>\
    <script>var old = \"Your residence card will be sent to you by post.\";</script>\
    </main></body></html>";

const PLAIN_TEXT: &str = "Decisions\n\nyou will receive the DECISION\nin your digital mailbox.\n";

/// A rule page as a maintainer accepted it, in a page's frame: a menu, a header, a date line,
/// a feedback widget and a footer around three paragraphs of rules.
const RULE_HTML: &str = "<html><body><nav>Meny</nav><header>UDI</header><main>\
    <h1>Collective protection for people from Ukraine</h1>\
    <p>You must apply for settlement within six months of the decision.</p>\
    <p>Children under eighteen are registered together with their parents.</p>\
    <p>You cannot appeal a refusal to extend collective protection after the first of July.</p>\
    <p>Sist oppdatert: 12.03.2026</p>\
    <div class=\"feedback\">Fant du det du lette etter? Ja Nei</div>\
    </main><footer>Kontakt oss</footer></body></html>";

/// `RULE_HTML`'s words in a new frame: another menu, a cookie banner, a new date line, other
/// spaces and line breaks. The same rules.
const RULE_NEW_FRAME: &str = "<html><body><nav>Meny Ny side Søk</nav><main>\
    <div id=\"cookie-consent\"><p>Vi bruker informasjonskapsler for å forbedre siden.</p></div>\
    <h1>Collective   protection for people\n from Ukraine</h1>\
    <p>You must apply for settlement\n    within six months of the decision.</p>\
    <p>Children under eighteen are registered together with their parents.</p>\
    <p>You cannot appeal a refusal to extend collective protection after the first of July.</p>\
    <p>Sist oppdatert: 01.12.2026</p><p>Del siden</p>\
    </main><footer>Kontakt oss, personvern</footer></body></html>";

/// One rule changed: six months became three.
fn rule_changed() -> String {
    RULE_HTML.replace("within six months", "within three months")
}

/// A paragraph added after the first rule.
fn rule_added() -> String {
    RULE_HTML.replace(
        "decision.</p>",
        "decision.</p><p>People over sixty-seven may keep their place in reception longer.</p>",
    )
}

/// The paragraph about children removed.
fn rule_removed() -> String {
    RULE_HTML.replace(
        "<p>Children under eighteen are registered together with their parents.</p>",
        "",
    )
}

/// Seconds the slow page waits, past the two-second `--timeout` of the tests.
const SLOW_SECS: u64 = 5;

#[derive(Clone, Debug)]
struct Seen {
    path: String,
    if_none_match: Option<String>,
    user_agent: Option<String>,
}

struct Fixture {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Fixture {
    fn start() -> Fixture {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                // One thread a connection: the slow page must not hold up the others.
                thread::spawn(move || serve(stream, &log));
            }
        });
        Fixture { base, seen }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve(mut stream: TcpStream, log: &Mutex<Vec<Seen>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65_536 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let mut lines = head.lines();
    let path = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/")
        .to_string();
    let header = |name: &str| {
        head.lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
    };
    let seen = Seen {
        path: path.clone(),
        if_none_match: header("if-none-match"),
        user_agent: header("user-agent"),
    };
    log.lock().unwrap().push(seen.clone());

    let html = "text/html; charset=utf-8";
    let (status, extra, body): (&str, Vec<String>, String) = match path.as_str() {
        "/unchanged" => ("200 OK", vec![ctype(html)], UNCHANGED_HTML.into()),
        "/reworded" => ("200 OK", vec![ctype(html)], REWORDED_HTML.into()),
        "/plain" => (
            "200 OK",
            vec![ctype("text/plain; charset=utf-8")],
            PLAIN_TEXT.into(),
        ),
        "/moved" => (
            "301 Moved Permanently",
            vec!["Location: /new-home/".into()],
            String::new(),
        ),
        "/gone" => (
            "404 Not Found",
            vec![ctype(html)],
            "<p>No such page</p>".into(),
        ),
        "/broken" => ("500 Internal Server Error", vec![], "oops".into()),
        "/rule" => ("200 OK", vec![ctype(html)], RULE_HTML.into()),
        "/rule-new-frame" => ("200 OK", vec![ctype(html)], RULE_NEW_FRAME.into()),
        "/rule-changed" => ("200 OK", vec![ctype(html)], rule_changed()),
        "/rule-added" => ("200 OK", vec![ctype(html)], rule_added()),
        "/rule-removed" => ("200 OK", vec![ctype(html)], rule_removed()),
        "/slow" => {
            thread::sleep(Duration::from_secs(SLOW_SECS));
            ("200 OK", vec![ctype(html)], UNCHANGED_HTML.into())
        }
        "/etag" if seen.if_none_match.as_deref() == Some("\"v1\"") => (
            "304 Not Modified",
            vec!["ETag: \"v1\"".into()],
            String::new(),
        ),
        "/etag" => (
            "200 OK",
            vec![ctype(html), "ETag: \"v1\"".into()],
            UNCHANGED_HTML.into(),
        ),
        _ => ("404 Not Found", vec![], String::new()),
    };
    let mut response = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for h in extra {
        response.push_str(&h);
        response.push_str("\r\n");
    }
    if !status.starts_with("304") {
        response.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    response.push_str("\r\n");
    response.push_str(&body);
    let _ = stream.write_all(response.as_bytes());
}

fn ctype(t: &str) -> String {
    format!("Content-Type: {t}")
}

// ---------------------------------------------------------------------------------------------
// Running the tool.

/// A fresh directory of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("sources_tool")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sources(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sources"));
    cmd.args(args).current_dir(dir);
    for proxy in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
        cmd.env_remove(proxy).env_remove(proxy.to_lowercase());
    }
    cmd.output().expect("run the sources tool")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited, not killed")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn write_json(dir: &Path, name: &str, v: &Value) -> String {
    let path = dir.join(name);
    std::fs::write(&path, v.to_string()).unwrap();
    path.to_string_lossy().to_string()
}

/// Each test source's address and quotes, written as the two override files; returns the
/// check arguments that use them.
fn overrides(dir: &Path, cases: &[(&str, &str, &[&str])]) -> Vec<String> {
    let addresses: serde_json::Map<String, Value> = cases
        .iter()
        .map(|(id, address, _)| (id.to_string(), json!(address)))
        .collect();
    let quotes: serde_json::Map<String, Value> = cases
        .iter()
        .map(|(id, _, q)| (id.to_string(), json!(q)))
        .collect();
    let only: Vec<&str> = cases.iter().map(|(id, _, _)| *id).collect();
    vec![
        "check".into(),
        // This test's own baselines, never the repository's.
        "--baselines".into(),
        dir.join("baselines.json").to_string_lossy().to_string(),
        "--addresses".into(),
        write_json(dir, "addresses.json", &Value::Object(addresses)),
        "--quotes".into(),
        write_json(dir, "quotes.json", &Value::Object(quotes)),
        "--only".into(),
        only.join(","),
    ]
}

fn run_check(dir: &Path, cases: &[(&str, &str, &[&str])], more: &[&str]) -> Output {
    let mut args = overrides(dir, cases);
    args.extend(more.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sources(dir, &args)
}

fn source<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in the report"))
}

/// The pages citing `id`, from the library, each once.
fn citing_pages(id: &str) -> BTreeSet<String> {
    journey::all()
        .filter(|p| {
            Lang::ALL
                .into_iter()
                .map(|l| article_text(p, l))
                .any(|t| t.sources().contains(&id))
        })
        .map(|p| p.id.as_str().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The cases.

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

/// `accept` for these sources, each pointed at `path` on the fixture (or a saved copy).
fn accept(dir: &Path, ids: &[&str], address: &str, more: &[&str]) -> Output {
    let addresses: serde_json::Map<String, Value> = ids
        .iter()
        .map(|id| (id.to_string(), json!(address)))
        .collect();
    let addresses = write_json(dir, "accept-addresses.json", &Value::Object(addresses));
    let baselines = dir.join("baselines.json");
    let mut args = vec!["accept"];
    args.extend(ids);
    args.extend([
        "--addresses",
        &addresses,
        "--baselines",
        baselines.to_str().unwrap(),
        "--cache",
        "cache.json",
    ]);
    args.extend(more);
    sources(dir, &args)
}

/// `check --json` of one source, with no quotes (its baseline alone decides).
fn check_one(dir: &Path, id: &str, address: &str, more: &[&str]) -> (i32, Value) {
    let cases: &[(&str, &str, &[&str])] = &[(id, address, &[])];
    let mut args = vec!["--timeout", "2", "--cache", "cache.json", "--json"];
    args.extend(more);
    let out = run_check(dir, cases, &args);
    let report: Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    (code(&out), report)
}

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
