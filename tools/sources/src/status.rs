//! What `check` found for each source: its status, judged from the page it retrieved, the
//! baseline a maintainer accepted and the quotes the guide relies on.

use crate::baseline::Baseline;
use crate::matching::{self, Nearest};
use crate::paragraphs;
use crate::retrieved::Retrieved;
use crate::targets::Target;

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
    let live = paragraphs::paragraphs(&text);
    let prints: Vec<String> = live.iter().map(|p| paragraphs::fingerprint(p)).collect();
    let d = paragraphs::diff(&baseline.paragraphs, &prints);
    if d.is_empty() {
        return (Status::Unchanged, reused);
    }
    // What was removed, if this machine still has the accepted text.
    let old: Vec<&str> = accepted_text
        .map(paragraphs::paragraphs)
        .unwrap_or_default();
    let gone: Vec<String> = d
        .gone
        .iter()
        .filter_map(|h| old.iter().find(|p| paragraphs::fingerprint(p) == *h))
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
