//! `sources review`: every source, with its baseline, its live check and the pages that cite
//! it, so a maintainer knows what to read next. Pages nobody has accepted yet come first (a
//! change to them would go unnoticed), then undated sources (nothing says how old they are),
//! then the oldest.

use crate::args::ReviewOptions;
use crate::baseline::Baselines;
use crate::citations;
use crate::clock::today;
use crate::error::Fatal;
use serde::Serialize;
use std::fmt::Write as _;
use veiviser::content::sources::{self, AsOf, Source};
use veiviser::date::Date;

/// A source never checked on the live page, or checked longer ago than this, is overdue.
pub const OVERDUE_AFTER_DAYS: i64 = 180;

struct Row {
    source: &'static Source,
    stated: Option<String>,
    verified: Option<Date>,
    /// The day its baseline was accepted.
    baseline: Option<Date>,
    overdue: bool,
    pages: Vec<&'static str>,
}

/// Undated first, then by the stated day (a bare year counts from its first day); the
/// registry's order among equals.
fn age_key(date: AsOf) -> Option<Date> {
    match date {
        AsOf::Undated => None,
        AsOf::Year(y) => Some(Date::ymd(i32::from(y), 1, 1)),
        AsOf::Day(d) => Some(d),
    }
}

fn stated(date: AsOf) -> Option<String> {
    match date {
        AsOf::Undated => None,
        AsOf::Year(y) => Some(y.to_string()),
        AsOf::Day(d) => Some(d.to_string()),
    }
}

impl Row {
    /// It has an address, but nobody has accepted its page yet.
    fn needs_baseline(&self) -> bool {
        self.source.url.is_some() && self.baseline.is_none()
    }
}

fn rows(day: Date, baselines: &Baselines) -> Vec<Row> {
    let cites = citations::all();
    let mut rows: Vec<Row> = sources::all()
        .map(|source| {
            let verified = source.id.verified();
            Row {
                source,
                stated: stated(source.date),
                verified,
                baseline: baselines.get(source.id.as_str()).map(|b| b.accepted),
                overdue: verified.is_none_or(|v| v.days_until(day) > OVERDUE_AFTER_DAYS),
                pages: citations::pages_of(&cites, source.id.as_str()),
            }
        })
        .collect();
    rows.sort_by_key(|r| (!r.needs_baseline(), age_key(r.source.date)));
    rows
}

pub fn run(opts: &ReviewOptions) -> Result<(), Fatal> {
    let day = opts.today.unwrap_or_else(today);
    let rows = rows(day, &Baselines::load(&opts.baselines)?);
    if opts.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json(day, &rows)).unwrap_or_default()
        );
    } else {
        print!("{}", markdown(day, &rows));
    }
    Ok(())
}

/// `review --json`; members in alphabetical order, as it has always had them.
#[derive(Serialize)]
struct Document<'a> {
    overdue_after_days: i64,
    sources: Vec<Entry<'a>>,
    today: Date,
}

#[derive(Serialize)]
struct Entry<'a> {
    address: Option<&'static str>,
    /// The day its baseline was accepted.
    baseline: Option<Date>,
    id: &'static str,
    needs_baseline: bool,
    overdue: bool,
    pages: &'a [&'static str],
    quotes: &'static [&'static str],
    /// The day or year the registry states for it.
    stated: Option<&'a str>,
    title: &'static str,
    verified: Option<Date>,
}

fn json(day: Date, rows: &[Row]) -> Document<'_> {
    let sources = rows.iter().map(|r| Entry {
        address: r.source.url,
        baseline: r.baseline,
        id: r.source.id.as_str(),
        needs_baseline: r.needs_baseline(),
        overdue: r.overdue,
        pages: &r.pages,
        quotes: r.source.quotes.passages(),
        stated: r.stated.as_deref(),
        title: r.source.title,
        verified: r.verified,
    });
    Document {
        overdue_after_days: OVERDUE_AFTER_DAYS,
        sources: sources.collect(),
        today: day,
    }
}

fn markdown(day: Date, rows: &[Row]) -> String {
    let overdue = rows.iter().filter(|r| r.overdue).count();
    let unreviewed = rows.iter().filter(|r| r.needs_baseline()).count();
    let mut s = String::new();
    let _ = writeln!(s, "# Sources to review, {day}\n");
    let _ = writeln!(
        s,
        "{} sources: the {unreviewed} without a baseline first (`sources accept` records one \
         once you have read the page), then undated, then oldest. {overdue} overdue (never \
         checked on the live page, or more than {OVERDUE_AFTER_DAYS} days ago).\n",
        rows.len()
    );
    let _ = writeln!(
        s,
        "| source | baseline | stated | verified | overdue | quotes | pages |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|");
    for r in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |",
            r.source.id,
            match (r.baseline, r.source.url) {
                (Some(d), _) => d.to_string(),
                (None, Some(_)) => "needs one".to_string(),
                (None, None) => "no address".to_string(),
            },
            r.stated.as_deref().unwrap_or("undated"),
            r.verified.map_or("never".to_string(), |d| d.to_string()),
            if r.overdue { "yes" } else { "no" },
            r.source.quotes.passages().len(),
            if r.pages.is_empty() {
                "—".to_string()
            } else {
                r.pages.join(", ")
            }
        );
    }
    s
}
