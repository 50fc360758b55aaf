//! The check's report in JSON, for scripts: the same findings as the Markdown, member by member.
//! Members are in alphabetical order, as the report has always had them; those that belong to
//! one status are left out for the others.

use crate::citations::{self, Citation, Part};
use crate::report::{Report, detail};
use crate::status::{Checked, Status};
use serde::Serialize;
use std::collections::BTreeMap;
use veiviser::date::Date;

#[derive(Serialize)]
struct Document<'a> {
    checked_on: Date,
    /// Every status, even those no source has.
    counts: BTreeMap<&'static str, usize>,
    drifted: bool,
    mode: &'static str,
    not_checked: &'a [&'static str],
    pages: Vec<Place<'a>>,
    sources: Vec<Source<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    accepted: Option<Date>,
    address: &'a str,
    baseline: bool,
    cited_by: Vec<Place<'a>>,
    detail: String,
    drifted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    http_status: Option<u16>,
    id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    missing: Option<Vec<Missing<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    moved_to: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    no_longer_on_page: Option<&'a [String]>,
    not_modified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    now_on_page: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Paragraphs>,
    quotes: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    status: &'static str,
}

#[derive(Serialize)]
struct Missing<'a> {
    /// 0 when no word of the quote is on the page.
    common_words: usize,
    nearest: Option<&'a str>,
    quote: &'a str,
    quote_words: Option<usize>,
}

#[derive(Serialize)]
struct Paragraphs {
    added: usize,
    changed: usize,
    removed: usize,
}

/// A citing place of the guide; under "pages", with the drifted sources it cites.
#[derive(Serialize)]
struct Place<'a> {
    /// The body's block, from 1; none for the summary.
    block: Option<usize>,
    lang: &'static str,
    page: &'static str,
    part: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sources: Option<Vec<Cited>>,
    words: &'a str,
}

#[derive(Serialize)]
struct Cited {
    id: &'static str,
    status: &'static str,
}

impl<'a> Place<'a> {
    fn new(c: &'a Citation) -> Place<'a> {
        let (part, block) = match c.part {
            Part::Summary => ("summary", None),
            Part::Block(n) => ("body", Some(n)),
        };
        Place {
            block,
            lang: c.lang.code(),
            page: c.page,
            part,
            sources: None,
            words: &c.words,
        }
    }
}

impl<'a> Source<'a> {
    fn new(r: &'a Report, c: &'a Checked) -> Source<'a> {
        let mut s = Source {
            accepted: None,
            address: &c.target.address,
            baseline: c.baselined,
            cited_by: citations::of(&r.citations, c.target.id)
                .into_iter()
                .map(Place::new)
                .collect(),
            detail: detail(c),
            drifted: c.status.drifted(),
            http_status: None,
            id: c.target.id,
            missing: None,
            moved_to: None,
            no_longer_on_page: None,
            not_modified: c.reused,
            now_on_page: None,
            paragraphs: None,
            quotes: &c.target.quotes,
            reason: None,
            status: c.status.name(),
        };
        match &c.status {
            Status::QuoteMissing(missing) => {
                let each = missing.iter().map(|m| Missing {
                    common_words: m.nearest.as_ref().map_or(0, |n| n.common),
                    nearest: m.nearest.as_ref().map(|n| n.text.as_str()),
                    quote: &m.quote,
                    quote_words: m.nearest.as_ref().map(|n| n.of),
                });
                s.missing = Some(each.collect());
            }
            Status::Moved { code, to } => {
                s.http_status = Some(*code);
                s.moved_to = Some(to);
            }
            Status::Gone(why) | Status::Unreachable(why) => s.reason = Some(why),
            Status::Changed(ch) => {
                s.accepted = Some(ch.accepted);
                s.paragraphs = Some(Paragraphs {
                    added: ch.added,
                    changed: ch.changed,
                    removed: ch.removed,
                });
                s.now_on_page = Some(&ch.new);
                s.no_longer_on_page = Some(&ch.gone);
            }
            Status::Unchanged | Status::NeedsBaseline => {}
        }
        s
    }
}

fn document(r: &Report) -> Document<'_> {
    let pages = r.affected().into_iter().map(|(cit, drifted)| {
        let cited = drifted.iter().map(|k| Cited {
            id: k.target.id,
            status: k.status.name(),
        });
        Place {
            sources: Some(cited.collect()),
            ..Place::new(cit)
        }
    });
    Document {
        checked_on: r.day,
        counts: Status::NAMES.iter().map(|&n| (n, r.count(n))).collect(),
        drifted: r.drifted(),
        mode: if r.saved { "saved" } else { "network" },
        not_checked: &r.without_address,
        pages: pages.collect(),
        sources: r.checked.iter().map(|c| Source::new(r, c)).collect(),
    }
}

/// Pretty-printed, with a final line break.
pub fn to_string(r: &Report) -> String {
    serde_json::to_string_pretty(&document(r)).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::Nearest;
    use crate::status::{Changes, Missing as Quote};
    use crate::targets::Target;
    use veiviser::lang::Lang;

    fn checked(id: &'static str, status: Status) -> Checked {
        let target = Target {
            id,
            address: format!("https://{id}/"),
            quotes: vec!["q".into(), "r".into()],
        };
        Checked {
            target,
            status,
            reused: false,
            baselined: true,
        }
    }

    /// Member order and which members each status has: the report as it has always been.
    #[test]
    fn members_in_order_and_only_where_they_belong() {
        let changes = Changes {
            accepted: Date::ymd(2026, 1, 5),
            changed: 1,
            added: 0,
            removed: 0,
            new: vec!["new".into()],
            gone: vec![],
            gone_unknown: 1,
        };
        let near = Nearest {
            text: "near".into(),
            common: 1,
            of: 2,
        };
        let missing = |quote: &str, nearest| Quote {
            quote: quote.into(),
            nearest,
        };
        let report = Report {
            checked: vec![
                checked("c", Status::Changed(changes)),
                checked(
                    "q",
                    Status::QuoteMissing(vec![missing("q", Some(near)), missing("r", None)]),
                ),
                checked(
                    "m",
                    Status::Moved {
                        code: 301,
                        to: "https://n/".into(),
                    },
                ),
                checked("g", Status::Gone("HTTP 404".into())),
                checked("u", Status::Unchanged),
            ],
            without_address: vec!["w"],
            citations: vec![Citation {
                page: "p",
                lang: Lang::Nb,
                part: Part::Block(2),
                words: "Ord".into(),
                sources: vec!["g"],
            }],
            saved: true,
            day: Date::ymd(2026, 2, 3),
        };
        let expected = concat!(
            r#"{"checked_on":"2026-02-03","counts":{"changed":1,"gone":1,"moved":1,"#,
            r#""needs-baseline":0,"quote-missing":1,"unchanged":1,"unreachable":0},"#,
            r#""drifted":true,"mode":"saved","not_checked":["w"],"pages":[{"block":2,"#,
            r#""lang":"nb","page":"p","part":"body","sources":[{"id":"g","status":"gone"}],"#,
            r#""words":"Ord"}],"sources":["#,
            // Changed.
            r#"{"accepted":"2026-01-05","address":"https://c/","baseline":true,"cited_by":[],"#,
            r#""detail":"since 2026-01-05: 1 changed, 0 added, 0 removed paragraphs","#,
            r#""drifted":true,"id":"c","no_longer_on_page":[],"not_modified":false,"#,
            r#""now_on_page":["new"],"paragraphs":{"added":0,"changed":1,"removed":0},"#,
            r#""quotes":["q","r"],"status":"changed"},"#,
            // QuoteMissing, one quote with no word on the page.
            r#"{"address":"https://q/","baseline":true,"cited_by":[],"#,
            r#""detail":"2 of 2 quotes missing","drifted":true,"id":"q","#,
            r#""missing":[{"common_words":1,"nearest":"near","quote":"q","quote_words":2},"#,
            r#"{"common_words":0,"nearest":null,"quote":"r","quote_words":null}],"#,
            r#""not_modified":false,"quotes":["q","r"],"status":"quote-missing"},"#,
            // Moved.
            r#"{"address":"https://m/","baseline":true,"cited_by":[],"#,
            r#""detail":"301 → https://n/","drifted":true,"http_status":301,"id":"m","#,
            r#""moved_to":"https://n/","not_modified":false,"quotes":["q","r"],"#,
            r#""status":"moved"},"#,
            // Gone, and cited.
            r#"{"address":"https://g/","baseline":true,"cited_by":[{"block":2,"lang":"nb","#,
            r#""page":"p","part":"body","words":"Ord"}],"detail":"HTTP 404","drifted":true,"#,
            r#""id":"g","not_modified":false,"quotes":["q","r"],"reason":"HTTP 404","#,
            r#""status":"gone"},"#,
            // Unchanged.
            r#"{"address":"https://u/","baseline":true,"cited_by":[],"#,
            r#""detail":"as accepted; 2 of 2 quotes found","drifted":false,"id":"u","#,
            r#""not_modified":false,"quotes":["q","r"],"status":"unchanged"}]}"#,
        );
        assert_eq!(serde_json::to_string(&document(&report)).unwrap(), expected);
    }
}
