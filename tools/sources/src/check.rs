//! `sources check`: each source's page, fetched or read from a saved copy, compared with its
//! reviewed baseline paragraph by paragraph and searched for its quotes; then the report.
//! Returns whether anything drifted (exit code 1).

use crate::args::CheckOptions;
use crate::baseline::{self, Baseline, Baselines};
use crate::cache::Cache;
use crate::citations;
use crate::error::Fatal;
use crate::fetch::Fetcher;
use crate::matching::{self, Nearest};
use crate::report::{self, Report};
use crate::saved::Saved;
use crate::targets::{self, Target};
use std::io::IsTerminal;

/// What came back for an address.
#[derive(Clone, Debug)]
pub enum Retrieved {
    /// The page's main text; `reused` when a 304 said the cached one still holds.
    Text {
        text: String,
        reused: bool,
    },
    Moved {
        code: u16,
        to: String,
    },
    Gone(String),
    Unreachable(String),
}

/// A quote not found, and what the page says instead.
#[derive(Clone, Debug)]
pub struct Missing {
    pub quote: String,
    pub nearest: Option<Nearest>,
}

/// What changed since the page was accepted, in paragraphs.
#[derive(Clone, Debug)]
pub struct Changes {
    pub accepted: veiviser::date::Date,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    /// The live page's new paragraphs (added or changed), quoted in the report only.
    pub new: Vec<String>,
    /// The accepted page's paragraphs that are gone, when this machine's cache holds them.
    pub gone: Vec<String>,
    /// How many gone paragraphs the cache could not show.
    pub gone_unknown: usize,
}

#[derive(Clone, Debug)]
pub enum Status {
    /// The text is as accepted (or, with no baseline yet, every quote is on the page).
    Unchanged,
    /// Paragraphs changed, were added or removed since the page was accepted.
    Changed(Changes),
    QuoteMissing(Vec<Missing>),
    Moved {
        code: u16,
        to: String,
    },
    Gone(String),
    Unreachable(String),
    /// Reachable, but nobody has accepted the page yet and it has no quote to compare.
    NeedsBaseline,
}

impl Status {
    /// The name in the report.
    pub fn name(&self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Changed(_) => "changed",
            Status::QuoteMissing(_) => "quote-missing",
            Status::Moved { .. } => "moved",
            Status::Gone(_) => "gone",
            Status::Unreachable(_) => "unreachable",
            Status::NeedsBaseline => "needs-baseline",
        }
    }

    /// Whether a maintainer must act on it: the guide may no longer say what the page says.
    pub fn drifted(&self) -> bool {
        !matches!(self, Status::Unchanged | Status::NeedsBaseline)
    }

    /// Every status, in the order the report counts them.
    pub const NAMES: [&'static str; 7] = [
        "unchanged",
        "changed",
        "quote-missing",
        "moved",
        "gone",
        "unreachable",
        "needs-baseline",
    ];
}

/// One source's outcome.
#[derive(Clone, Debug)]
pub struct Checked {
    pub target: Target,
    pub status: Status,
    /// The text came from the cache after a 304.
    pub reused: bool,
    /// The page has a reviewed baseline.
    pub baselined: bool,
}

/// A page's status: its quotes first (a missing one is the clearest news), then its paragraphs
/// against the baseline. `accepted_text` is the page as accepted, when the cache holds it.
pub fn judge(
    target: &Target,
    retrieved: Retrieved,
    baseline: Option<&Baseline>,
    accepted_text: Option<&str>,
) -> (Status, bool) {
    let (text, reused) = match retrieved {
        Retrieved::Moved { code, to } => return (Status::Moved { code, to }, false),
        Retrieved::Gone(why) => return (Status::Gone(why), false),
        Retrieved::Unreachable(why) => return (Status::Unreachable(why), false),
        Retrieved::Text { text, reused } => (text, reused),
    };
    let page = matching::normalise(&text);
    let missing: Vec<Missing> = target
        .quotes
        .iter()
        .filter(|q| !matching::contains(&page, q))
        .map(|q| Missing {
            quote: q.clone(),
            nearest: matching::nearest(&text, q),
        })
        .collect();
    if !missing.is_empty() {
        return (Status::QuoteMissing(missing), reused);
    }
    let Some(baseline) = baseline else {
        let status = if target.quotes.is_empty() {
            Status::NeedsBaseline
        } else {
            Status::Unchanged
        };
        return (status, reused);
    };
    let live = baseline::paragraphs(&text);
    let prints: Vec<String> = live.iter().map(|p| baseline::fingerprint(p)).collect();
    let d = baseline::diff(&baseline.paragraphs, &prints);
    if d.is_empty() {
        return (Status::Unchanged, reused);
    }
    // What was removed, if this machine still has the accepted text.
    let old: Vec<&str> = accepted_text.map(baseline::paragraphs).unwrap_or_default();
    let gone: Vec<String> = d
        .gone
        .iter()
        .filter_map(|h| old.iter().find(|p| baseline::fingerprint(p) == *h))
        .map(|p| p.to_string())
        .collect();
    let changes = Changes {
        accepted: baseline.accepted,
        changed: d.changed,
        added: d.added,
        removed: d.removed,
        new: d.new_at.iter().map(|&i| live[i].to_string()).collect(),
        gone_unknown: d.gone.len() - gone.len(),
        gone,
    };
    (Status::Changed(changes), reused)
}

/// Where pages come from: the network, or saved copies; with the cache either way (saved
/// copies use it only for the accepted texts).
pub enum Reader {
    Network(Fetcher),
    Saved(Saved, Cache),
}

impl Reader {
    pub fn open(opts: &CheckOptions) -> Result<Reader, Fatal> {
        let cache = Cache::load(&opts.cache);
        Ok(match &opts.saved {
            Some(dir) => Reader::Saved(Saved::open(dir)?, cache),
            None => Reader::Network(Fetcher::new(opts.timeout, cache)),
        })
    }

    pub fn get(&mut self, address: &str) -> Retrieved {
        match self {
            Reader::Network(f) => f.get(address),
            Reader::Saved(s, _) => s.get(address),
        }
    }

    pub fn cache(&self) -> &Cache {
        match self {
            Reader::Network(f) => f.cache(),
            Reader::Saved(_, c) => c,
        }
    }

    pub fn cache_mut(&mut self) -> &mut Cache {
        match self {
            Reader::Network(f) => f.cache_mut(),
            Reader::Saved(_, c) => c,
        }
    }
}

pub fn run(opts: &CheckOptions) -> Result<bool, Fatal> {
    let plan = targets::plan(opts)?;
    let baselines = Baselines::load(&opts.baselines)?;
    let mut reader = Reader::open(opts)?;
    let progress = std::io::stderr().is_terminal();
    let total = plan.targets.len();
    let mut checked = Vec::with_capacity(total);
    for (i, target) in plan.targets.into_iter().enumerate() {
        if progress {
            eprintln!("[{}/{total}] {} {}", i + 1, target.id, target.address);
        }
        // The page as accepted, to show what a change removed.
        let accepted = reader.cache().accepted(target.id).map(str::to_string);
        let retrieved = reader.get(&target.address);
        let baseline = baselines.get(target.id);
        let (status, reused) = judge(&target, retrieved, baseline, accepted.as_deref());
        checked.push(Checked {
            target,
            status,
            reused,
            baselined: baseline.is_some(),
        });
    }
    // Saved copies change nothing the cache holds.
    if let Reader::Network(_) = &reader {
        reader.cache().save();
    }
    let report = Report {
        checked,
        without_address: plan.without_address,
        citations: citations::all(),
        saved: opts.saved.is_some(),
        day: report::today(),
    };
    report::write(&report, opts)?;
    Ok(report.drifted())
}
