//! Running the tool: a scratch directory per test, the override files that point each source
//! at the fixture, and what came back.

use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use veiviser::content::journey;
use veiviser::lang::Lang;
use veiviser::texts::article::article_text;

/// A fresh directory of its own for each test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("sources_tool")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn sources(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sources"));
    cmd.args(args).current_dir(dir);
    for proxy in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
        cmd.env_remove(proxy).env_remove(proxy.to_lowercase());
    }
    cmd.output().expect("run the sources tool")
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exited, not killed")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string()
}

pub fn write_json(dir: &Path, name: &str, v: &Value) -> String {
    let path = dir.join(name);
    std::fs::write(&path, v.to_string()).unwrap();
    path.to_string_lossy().to_string()
}

/// Each test source's address and quotes, written as the two override files; returns the
/// check arguments that use them.
pub fn overrides(dir: &Path, cases: &[(&str, &str, &[&str])]) -> Vec<String> {
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

pub fn run_check(dir: &Path, cases: &[(&str, &str, &[&str])], more: &[&str]) -> Output {
    let mut args = overrides(dir, cases);
    args.extend(more.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sources(dir, &args)
}

pub fn source<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in the report"))
}

/// The pages citing `id`, from the library, each once.
pub fn citing_pages(id: &str) -> BTreeSet<String> {
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

/// `accept` for these sources, each pointed at `path` on the fixture (or a saved copy).
pub fn accept(dir: &Path, ids: &[&str], address: &str, more: &[&str]) -> Output {
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
pub fn check_one(dir: &Path, id: &str, address: &str, more: &[&str]) -> (i32, Value) {
    let cases: &[(&str, &str, &[&str])] = &[(id, address, &[])];
    let mut args = vec!["--timeout", "2", "--cache", "cache.json", "--json"];
    args.extend(more);
    let out = run_check(dir, cases, &args);
    let report: Value =
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    (code(&out), report)
}
