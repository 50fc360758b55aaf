//! The check's report, in Markdown for people and JSON for scripts: each source's status, then,
//! for every source that drifted, what changed on its page (the live page's words are quoted
//! here, in the report only), the guide's pages, languages and blocks that cite it, and what to
//! do.

use crate::args::CheckOptions;
use crate::check::{Checked, Status};
use crate::citations::{self, Citation, Part};
use crate::error::Fatal;
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::Path;
use veiviser::date::Date;

pub struct Report {
    pub checked: Vec<Checked>,
    pub without_address: Vec<&'static str>,
    pub citations: Vec<Citation>,
    pub saved: bool,
    pub day: Date,
}

/// The system clock's day (UTC).
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::ymd(1970, 1, 1).add_days((secs / 86_400) as i64)
}

impl Report {
    pub fn drifted(&self) -> bool {
        self.checked.iter().any(|c| c.status.drifted())
    }

    fn count(&self, name: &str) -> usize {
        self.checked
            .iter()
            .filter(|c| c.status.name() == name)
            .count()
    }

    fn summary(&self) -> String {
        let counts: Vec<String> = Status::NAMES
            .iter()
            .map(|n| (n, self.count(n)))
            .filter(|(_, k)| *k > 0)
            .map(|(n, k)| format!("{k} {n}"))
            .collect();
        let mut line = format!("{} sources checked", self.checked.len());
        if !counts.is_empty() {
            line.push_str(&format!(": {}", counts.join(", ")));
        }
        if !self.without_address.is_empty() {
            line.push_str(&format!(
                "; {} without an address not checked",
                self.without_address.len()
            ));
        }
        line.push('.');
        line
    }

    /// The places citing drifted sources, grouped by page and language in journey order.
    fn affected(&self) -> Vec<(&Citation, Vec<&Checked>)> {
        self.citations
            .iter()
            .filter_map(|c| {
                let drifted: Vec<&Checked> = self
                    .checked
                    .iter()
                    .filter(|k| k.status.drifted() && c.sources.contains(&k.target.id))
                    .collect();
                (!drifted.is_empty()).then_some((c, drifted))
            })
            .collect()
    }
}

/// Prints and writes the report as the options ask.
pub fn write(report: &Report, opts: &CheckOptions) -> Result<(), Fatal> {
    let md = markdown(report);
    let js = serde_json::to_string_pretty(&json(report)).unwrap_or_default() + "\n";
    if let Some(path) = &opts.out_md {
        write_file(path, &md)?;
    }
    if let Some(path) = &opts.out_json {
        write_file(path, &js)?;
    }
    if opts.json {
        print!("{js}");
    } else if opts.out_md.is_some() || opts.out_json.is_some() {
        println!("{}", report.summary());
    } else {
        print!("{md}");
    }
    Ok(())
}

fn write_file(path: &Path, text: &str) -> Result<(), Fatal> {
    let result = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, text));
    result.map_err(|error| Fatal::Write {
        path: path.to_path_buf(),
        error,
    })
}

/// One line of a table cell: no pipes or line breaks from a page.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn detail(c: &Checked) -> String {
    match &c.status {
        Status::Unchanged => {
            let n = c.target.quotes.len();
            match (n, c.baselined) {
                (0, _) => "as accepted".to_string(),
                (n, true) => format!("as accepted; {n} of {n} quotes found"),
                (n, false) => format!("{n} of {n} quotes found; no baseline yet"),
            }
        }
        Status::Changed(ch) => format!(
            "since {}: {} changed, {} added, {} removed paragraphs",
            ch.accepted, ch.changed, ch.added, ch.removed
        ),
        Status::QuoteMissing(m) => {
            format!("{} of {} quotes missing", m.len(), c.target.quotes.len())
        }
        Status::Moved { code, to } => format!("{code} → {to}"),
        Status::Gone(why) | Status::Unreachable(why) => why.clone(),
        Status::NeedsBaseline => "reachable; not accepted yet".to_string(),
    }
}

pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    let mode = if r.saved { "saved pages" } else { "live pages" };
    let _ = writeln!(s, "# Source check, {} ({mode})\n", r.day);
    let _ = writeln!(s, "{}\n", r.summary());
    let _ = writeln!(s, "| source | status | detail |\n|---|---|---|");
    for c in &r.checked {
        let reused = if c.reused { " (not modified)" } else { "" };
        let _ = writeln!(
            s,
            "| {} | {}{reused} | {} |",
            c.target.id,
            c.status.name(),
            cell(&detail(c))
        );
    }
    let drifted: Vec<&Checked> = r.checked.iter().filter(|c| c.status.drifted()).collect();
    if !drifted.is_empty() {
        let _ = writeln!(s, "\n## Sources that drifted");
        for c in drifted {
            drifted_source(&mut s, r, c);
        }
        let _ = writeln!(s, "\n## Pages to re-read\n");
        let _ = writeln!(s, "| page | language | block | first words | sources |");
        let _ = writeln!(s, "|---|---|---|---|---|");
        for (cit, sources) in r.affected() {
            let ids: Vec<String> = sources
                .iter()
                .map(|k| format!("{} ({})", k.target.id, k.status.name()))
                .collect();
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                cit.page,
                cit.lang.code(),
                cit.part.describe(),
                cell(&cit.words),
                ids.join(", ")
            );
        }
    }
    let unreviewed: Vec<&Checked> = r
        .checked
        .iter()
        .filter(|c| matches!(c.status, Status::NeedsBaseline))
        .collect();
    if !unreviewed.is_empty() {
        let _ = writeln!(
            s,
            "\n## Needs a baseline\n\nNobody has accepted these pages yet, so a change would go \
             unnoticed: read each on the live page, make the guide agree with it, then accept it.\n"
        );
        for c in &unreviewed {
            let _ = writeln!(s, "- {} — <{}>", c.target.id, c.target.address);
        }
    }
    if !r.without_address.is_empty() {
        let _ = writeln!(
            s,
            "\n## Not checked\n\nNo address (seeds that name none): {}.",
            r.without_address.join(", ")
        );
    }
    what_to_do(&mut s, &drifted_ids(r), &unreviewed);
    s
}

/// The sources a maintainer must re-read: every one that drifted.
fn drifted_ids(r: &Report) -> Vec<&Checked> {
    r.checked.iter().filter(|c| c.status.drifted()).collect()
}

/// The report's last section: which pages to re-read, and the command that records each once
/// the guide agrees with it again.
fn what_to_do(s: &mut String, drifted: &[&Checked], unreviewed: &[&Checked]) {
    let to_accept: Vec<&str> = drifted
        .iter()
        .filter(|c| matches!(c.status, Status::Changed(_) | Status::QuoteMissing(_)))
        .chain(unreviewed)
        .map(|c| c.target.id)
        .collect();
    if drifted.is_empty() && unreviewed.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n## What to do\n");
    let mut n = 1;
    if !drifted.is_empty() {
        let _ = writeln!(s, "{n}. Re-read these pages on the live site:");
        for c in drifted {
            let _ = writeln!(
                s,
                "   - {} ({}): <{}>",
                c.target.id,
                c.status.name(),
                c.target.address
            );
        }
        n += 1;
        let _ = writeln!(
            s,
            "{n}. Check each block listed under \"Pages to re-read\", in every language, and \
             change the guide (and the change log) where the page now says something else. A \
             moved page needs its new address in `src/content/sources/`."
        );
        n += 1;
    }
    if !to_accept.is_empty() {
        let _ = writeln!(
            s,
            "{n}. Once the guide agrees with the page, accept it:\n\n   \
             `cargo run --release -p sources -- accept {}`",
            to_accept.join(" ")
        );
    }
}

fn drifted_source(s: &mut String, r: &Report, c: &Checked) {
    let _ = writeln!(s, "\n### {} — {}\n", c.target.id, c.status.name());
    let _ = writeln!(s, "Address: <{}>\n", c.target.address);
    match &c.status {
        Status::QuoteMissing(missing) => {
            for m in missing {
                let _ = writeln!(s, "- Missing: “{}”", m.quote);
                match &m.nearest {
                    Some(n) => {
                        let _ = writeln!(
                            s,
                            "  - Nearest on the page ({} of {} words): “{}”",
                            n.common, n.of, n.text
                        );
                    }
                    None => {
                        let _ = writeln!(s, "  - No word of it is on the page.");
                    }
                }
            }
            let _ = writeln!(s);
        }
        Status::Moved { code, to } => {
            let _ = writeln!(s, "Moved ({code}) to: <{to}>\n");
        }
        Status::Gone(why) | Status::Unreachable(why) => {
            let _ = writeln!(s, "Reason: {why}\n");
        }
        Status::Changed(ch) => {
            let _ = writeln!(
                s,
                "Since it was accepted on {}: {} paragraphs changed, {} added, {} removed.\n",
                ch.accepted, ch.changed, ch.added, ch.removed
            );
            for p in &ch.new {
                let _ = writeln!(s, "- Now on the page: “{p}”");
            }
            for p in &ch.gone {
                let _ = writeln!(s, "- No longer on the page: “{p}”");
            }
            if ch.gone_unknown > 0 {
                let _ = writeln!(
                    s,
                    "- {} paragraphs are gone that this machine did not accept, so it cannot show \
                     them.",
                    ch.gone_unknown
                );
            }
            let _ = writeln!(s);
        }
        Status::Unchanged | Status::NeedsBaseline => {}
    }
    let cited = citations::of(&r.citations, c.target.id);
    if cited.is_empty() {
        let _ = writeln!(s, "Cited nowhere in the guide.");
        return;
    }
    // One line per page and set of blocks: the languages cite the same blocks (tests/content.rs),
    // so this is usually one line a page; the table below has each language's first words.
    let mut lines: Vec<(&str, String, Vec<&str>)> = Vec::new();
    for page in citations::pages_of(&r.citations, c.target.id) {
        for lang in veiviser::lang::Lang::ALL {
            let parts: Vec<String> = cited
                .iter()
                .filter(|cit| cit.page == page && cit.lang == lang)
                .map(|cit| cit.part.describe())
                .collect();
            if parts.is_empty() {
                continue;
            }
            let parts = parts.join(", ");
            match lines
                .iter_mut()
                .find(|(p, ps, _)| *p == page && *ps == parts)
            {
                Some(line) => line.2.push(lang.code()),
                None => lines.push((page, parts, vec![lang.code()])),
            }
        }
    }
    let _ = writeln!(s, "Cited in:");
    for (page, parts, langs) in lines {
        let _ = writeln!(s, "- {page} ({}): {parts}", langs.join(", "));
    }
}

fn citation_json(c: &Citation) -> Value {
    let (part, block) = match c.part {
        Part::Summary => ("summary", None),
        Part::Block(n) => ("body", Some(n)),
    };
    json!({
        "page": c.page,
        "lang": c.lang.code(),
        "part": part,
        "block": block,
        "words": c.words,
    })
}

pub fn json(r: &Report) -> Value {
    let sources: Vec<Value> = r
        .checked
        .iter()
        .map(|c| {
            let mut v = json!({
                "id": c.target.id,
                "address": c.target.address,
                "status": c.status.name(),
                "drifted": c.status.drifted(),
                "not_modified": c.reused,
                "quotes": c.target.quotes,
                "baseline": c.baselined,
                "detail": detail(c),
                "cited_by": citations::of(&r.citations, c.target.id)
                    .into_iter()
                    .map(citation_json)
                    .collect::<Vec<_>>(),
            });
            match &c.status {
                Status::QuoteMissing(missing) => {
                    v["missing"] = missing
                        .iter()
                        .map(|m| {
                            json!({
                                "quote": m.quote,
                                "nearest": m.nearest.as_ref().map(|n| n.text.clone()),
                                "common_words": m.nearest.as_ref().map_or(0, |n| n.common),
                                "quote_words": m.nearest.as_ref().map(|n| n.of),
                            })
                        })
                        .collect();
                }
                Status::Moved { code, to } => {
                    v["http_status"] = json!(code);
                    v["moved_to"] = json!(to);
                }
                Status::Gone(why) | Status::Unreachable(why) => v["reason"] = json!(why),
                Status::Changed(ch) => {
                    v["accepted"] = json!(ch.accepted.to_string());
                    v["paragraphs"] = json!({
                        "changed": ch.changed,
                        "added": ch.added,
                        "removed": ch.removed,
                    });
                    v["now_on_page"] = json!(ch.new);
                    v["no_longer_on_page"] = json!(ch.gone);
                }
                Status::Unchanged | Status::NeedsBaseline => {}
            }
            v
        })
        .collect();
    let pages: Vec<Value> = r
        .affected()
        .into_iter()
        .map(|(cit, drifted)| {
            let mut v = citation_json(cit);
            v["sources"] = drifted
                .iter()
                .map(|k| json!({ "id": k.target.id, "status": k.status.name() }))
                .collect();
            v
        })
        .collect();
    let counts: serde_json::Map<String, Value> = Status::NAMES
        .iter()
        .map(|n| (n.to_string(), json!(r.count(n))))
        .collect();
    json!({
        "checked_on": r.day.to_string(),
        "mode": if r.saved { "saved" } else { "network" },
        "drifted": r.drifted(),
        "counts": counts,
        "sources": sources,
        "not_checked": r.without_address,
        "pages": pages,
    })
}
