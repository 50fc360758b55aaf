//! The check's report, as `check` found it: each source's status, the places of the guide that
//! cite the sources that drifted, and the lines both renderings (`report_md`, `report_json`)
//! share.

use crate::citations::Citation;
use crate::status::{Checked, Status};
use veiviser::date::Date;

pub struct Report {
    pub checked: Vec<Checked>,
    pub without_address: Vec<&'static str>,
    pub citations: Vec<Citation>,
    pub saved: bool,
    pub day: Date,
}

impl Report {
    pub fn drifted(&self) -> bool {
        self.checked.iter().any(|c| c.status.drifted())
    }

    pub fn count(&self, name: &str) -> usize {
        self.checked
            .iter()
            .filter(|c| c.status.name() == name)
            .count()
    }

    pub fn summary(&self) -> String {
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
    pub fn affected(&self) -> Vec<(&Citation, Vec<&Checked>)> {
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

/// A source's status in a few words.
pub fn detail(c: &Checked) -> String {
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
