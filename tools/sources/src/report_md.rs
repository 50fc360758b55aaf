//! The check's report in Markdown, for people: each source's status, then, for every source
//! that drifted, what changed on its page (the live page's words are quoted here, in the report
//! only), the guide's pages, languages and blocks that cite it, and what to do.

use crate::citations;
use crate::report::{Report, detail};
use crate::status::{Checked, Status};
use std::fmt::Write as _;

/// One line of a table cell: no pipes or line breaks from a page.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
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
