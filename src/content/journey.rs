//! The journey's structure, defined once and language-neutral: the ordered steps, the topics,
//! what each depends on, what it links to, and which source pages it comes from. The texts hang
//! off these ids in locales/*.json (`step.<key>.*`, `topic.<key>.*`).

use crate::date::Date;

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

/// A step of the journey or a reference topic. Its sources are the ones its texts cite, block
/// by block (`content::text::PageText::sources`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Part of the public URL scheme (QR codes point at it): never change one.
    pub id: &'static str,
    pub kind: Kind,
    /// Steps that come before this one.
    pub after: &'static [&'static str],
    /// Topics to read alongside.
    pub related: &'static [&'static str],
    /// When its text was last checked against the sources (not the build date).
    pub reviewed: Date,
    /// Whether the page opens with the warning that the rules keep changing: where an old rule
    /// would do most harm.
    pub rules_warning: bool,
}

/// The day the guide's texts were last checked against ../shared/sources/current-rules.md.
pub const REVIEWED: Date = Date::ymd(2026, 11, 26);

/// How long after its review date a page says that the rules may have changed.
pub const STALE_AFTER_DAYS: i64 = 180;

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

    /// Whether, on `today`, the page is so long past its review that it must say so.
    pub fn is_stale(&self, today: Date) -> bool {
        self.reviewed.days_until(today) > STALE_AFTER_DAYS
    }

    const fn warns(mut self) -> Page {
        self.rules_warning = true;
        self
    }
}

const fn step(
    id: &'static str,
    after: &'static [&'static str],
    related: &'static [&'static str],
) -> Page {
    Page {
        id,
        kind: Kind::Step,
        after,
        related,
        reviewed: REVIEWED,
        rules_warning: false,
    }
}

const fn topic(id: &'static str, related: &'static [&'static str]) -> Page {
    Page {
        id,
        kind: Kind::Topic,
        after: &[],
        related,
        reviewed: REVIEWED,
        rules_warning: false,
    }
}

/// The six headline steps, in order.
pub const STEPS: &[Page] = &[
    step(
        "registration",
        &[],
        &["arrival-centre", "eligibility", "waiting", "help"],
    )
    .warns(),
    step("tb-test", &["registration"], &["arrival-centre", "waiting"]),
    step("d-number", &["registration"], &["online-user"]),
    step("eid", &["d-number"], &["online-user", "help"]),
    step(
        "residence-card",
        &["registration"],
        &["rights", "extension", "travel", "rejected"],
    ),
    step(
        "settlement",
        &["residence-card"],
        &["introduction-programme", "money", "rights"],
    ),
];

pub const TOPICS: &[Page] = &[
    topic("eligibility", &["rejected"]).warns(),
    topic("waiting", &["help", "money"]),
    topic(
        "rights",
        &[
            "introduction-programme",
            "travel",
            "child-born-in-norway",
            "money",
        ],
    ),
    topic("introduction-programme", &["rights", "money"]),
    topic("online-user", &[]),
    topic("extension", &["travel"]).warns(),
    topic("travel", &["extension", "return"]).warns(),
    topic("child-born-in-norway", &[]),
    topic("return", &["travel"]),
    topic("rejected", &["eligibility"]),
    topic("help", &[]),
    topic("arrival-centre", &["waiting", "help"]),
    topic("money", &["rights", "introduction-programme"]),
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
