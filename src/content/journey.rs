//! The journey's structure, defined once and language-neutral: the ordered steps, the topics,
//! what each depends on, what it links to, and which source pages it comes from. The texts hang
//! off these ids in locales/*.json (`step.<key>.*`, `topic.<key>.*`).

use super::sources::Seed;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Step,
    Topic,
}

impl Kind {
    /// The URL segment: /{lang}/step/{id} or /{lang}/topic/{id}.
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Step => "step",
            Kind::Topic => "topic",
        }
    }
}

/// A step of the journey or a reference topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Part of the public URL scheme (QR codes point at it): never change one.
    pub id: &'static str,
    pub kind: Kind,
    pub sources: &'static [Seed],
    /// Steps that come before this one.
    pub after: &'static [&'static str],
    /// Topics to read alongside.
    pub related: &'static [&'static str],
}

impl Page {
    /// The key of its texts in the locale files: ids use '-', keys use '_', and a key must not
    /// be a Rust keyword.
    pub fn key(&self) -> String {
        match self.id {
            "return" => "return_home".into(),
            id => id.replace('-', "_"),
        }
    }

    /// The in-app path, for a language code.
    pub fn path(&self, lang: &str) -> String {
        format!("/{lang}/{}/{}", self.kind.segment(), self.id)
    }

    /// 1-based position among the steps.
    pub fn step_number(&self) -> Option<usize> {
        STEPS
            .iter()
            .position(|s| s.id == self.id && self.kind == Kind::Step)
            .map(|i| i + 1)
    }
}

const fn step(
    id: &'static str,
    sources: &'static [Seed],
    after: &'static [&'static str],
    related: &'static [&'static str],
) -> Page {
    Page {
        id,
        kind: Kind::Step,
        sources,
        after,
        related,
    }
}

const fn topic(
    id: &'static str,
    sources: &'static [Seed],
    related: &'static [&'static str],
) -> Page {
    Page {
        id,
        kind: Kind::Topic,
        sources,
        after: &[],
        related,
    }
}

use Seed::*;

/// The six headline steps, in order.
pub const STEPS: &[Page] = &[
    step(
        "registration",
        &[UnhcrNorway],
        &[],
        &["eligibility", "waiting", "help"],
    ),
    step("tb-test", &[UnhcrNorway], &["registration"], &["waiting"]),
    step(
        "d-number",
        &[UnhcrNorway, OnlineUser],
        &["registration"],
        &["online-user"],
    ),
    step(
        "eid",
        &[NorgeEid, NorgeEidNynorsk, OnlineUser],
        &["d-number"],
        &["online-user", "help"],
    ),
    step(
        "residence-card",
        &[UnhcrNorway, Udi],
        &["registration"],
        &["rights", "extension", "travel", "rejected"],
    ),
    step(
        "settlement",
        &[Udi],
        &["residence-card"],
        &["introduction-programme", "rights"],
    ),
];

pub const TOPICS: &[Page] = &[
    topic("eligibility", &[UnhcrNorway], &["rejected"]),
    topic("waiting", &[UnhcrNorway], &["help"]),
    topic(
        "rights",
        &[UnhcrNorway],
        &["introduction-programme", "travel", "child-born-in-norway"],
    ),
    topic("introduction-programme", &[UnhcrNorway, Udi], &["rights"]),
    topic("online-user", &[OnlineUser], &[]),
    topic("extension", &[Udi], &["travel"]),
    topic("travel", &[Udi, UnhcrNorway], &["extension", "return"]),
    topic("child-born-in-norway", &[Udi], &[]),
    topic("return", &[Udi], &["travel"]),
    topic("rejected", &[UnhcrNorway], &["eligibility"]),
    topic("help", &[UnhcrNorway, NorgeEid], &[]),
];

pub fn find(kind: Kind, id: &str) -> Option<&'static Page> {
    let list = match kind {
        Kind::Step => STEPS,
        Kind::Topic => TOPICS,
    };
    list.iter().find(|p| p.id == id)
}

/// Every page, steps first.
pub fn all() -> impl Iterator<Item = &'static Page> {
    STEPS.iter().chain(TOPICS.iter())
}

/// The steps before and after a step.
pub fn neighbours(page: &Page) -> (Option<&'static Page>, Option<&'static Page>) {
    match page.step_number() {
        Some(n) => (n.checked_sub(2).and_then(|i| STEPS.get(i)), STEPS.get(n)),
        None => (None, None),
    }
}
