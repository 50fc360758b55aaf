//! The journey as concrete tasks, language-neutral. Each belongs to a step, may need other tasks
//! first, may apply only to some people, and may hold a date. Texts: `task.<key>` in locales.

use super::answers::{Answers, Housing, SettlementRoute};

/// What a task records besides its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    Nothing,
    Date,
    /// Date, time, place and a note: an appointment card.
    Appointment,
}

/// Who a task is for; evaluated against the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    LivesPrivately,
    LivesInEmergencyOrPrivate,
    /// Emergency accommodation or an asylum reception centre.
    HasCentrePlace,
    ChildUnder6,
    Child6To15,
    Child16To17,
    BabyBornInNorway,
    Aged18To55,
    HasBank,
    /// Settlement through IMDi's application: chosen IMDi (or undecided), and not living at a
    /// reception centre, whose residents are settled without applying (seed 003).
    RouteImdiOutsideCentre,
    /// Agreed self-settlement: not chosen IMDi, and not living at a reception centre.
    RouteSelfOutsideCentre,
}

/// Why a task is hidden, for the sentence that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HiddenBecause {
    Housing,
    NoChildInBand,
    NoBaby,
    Age,
    NoBank,
    Route,
}

impl Condition {
    /// None: the task applies (or we do not know yet). Some: hidden, and why.
    pub fn hides(self, a: &Answers) -> Option<HiddenBecause> {
        use Condition::*;
        let child = |f: fn(&super::answers::Children) -> bool| a.children.map(|c| f(&c));
        let applies = match self {
            Always => None,
            LivesPrivately => a.housing.map(|h| h == Housing::Private),
            LivesInEmergencyOrPrivate => a.housing.map(|h| h != Housing::ReceptionCentre),
            HasCentrePlace => a.housing.map(|h| h != Housing::Private),
            ChildUnder6 => child(|c| c.under_6),
            Child6To15 => child(|c| c.age_6_to_15),
            Child16To17 => child(|c| c.age_16_to_17),
            BabyBornInNorway => child(|c| c.born_in_norway),
            Aged18To55 => a.aged_18_to_55,
            HasBank => a.has_norwegian_bank,
            RouteImdiOutsideCentre => {
                if a.housing == Some(Housing::ReceptionCentre) {
                    return Some(HiddenBecause::Housing);
                }
                a.route.map(|r| r != SettlementRoute::SelfSettlement)
            }
            RouteSelfOutsideCentre => {
                if a.housing == Some(Housing::ReceptionCentre) {
                    return Some(HiddenBecause::Housing);
                }
                a.route.map(|r| r != SettlementRoute::Imdi)
            }
        };
        if applies != Some(false) {
            return None;
        }
        Some(match self {
            LivesPrivately | LivesInEmergencyOrPrivate | HasCentrePlace => HiddenBecause::Housing,
            ChildUnder6 | Child6To15 | Child16To17 => HiddenBecause::NoChildInBand,
            BabyBornInNorway => HiddenBecause::NoBaby,
            Aged18To55 => HiddenBecause::Age,
            HasBank => HiddenBecause::NoBank,
            RouteImdiOutsideCentre | RouteSelfOutsideCentre => HiddenBecause::Route,
            Always => unreachable!("Always never hides"),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskDef {
    /// Stored in people's data: never rename one.
    pub id: &'static str,
    /// The step it belongs to (and is ticked on).
    pub step: &'static str,
    /// Tasks that must be done first.
    pub needs: &'static [&'static str],
    pub condition: Condition,
    pub record: Record,
    /// The page with its guidance, when it is not the step itself: ("topic", id).
    pub guide: Option<&'static str>,
}

const fn task(id: &'static str, step: &'static str, needs: &'static [&'static str]) -> TaskDef {
    TaskDef {
        id,
        step,
        needs,
        condition: Condition::Always,
        record: Record::Nothing,
        guide: None,
    }
}

impl TaskDef {
    const fn when(mut self, c: Condition) -> Self {
        self.condition = c;
        self
    }
    const fn records(mut self, r: Record) -> Self {
        self.record = r;
        self
    }
    const fn guide(mut self, topic: &'static str) -> Self {
        self.guide = Some(topic);
        self
    }

    /// The key of its texts in locales (`task.<key>`).
    pub fn key(&self) -> String {
        self.id.replace('-', "_")
    }
}

use Condition::*;

/// In journey order: "next up" is the first open, unblocked, applicable task of this list.
/// Ids are stored in people's data: a rename or a removal needs a new storage version whose
/// reader maps the old ids (`storage::envelope`).
pub const TASKS: &[TaskDef] = &[
    task("rade-trip", "registration", &[]).when(HasCentrePlace),
    task("registration-place", "registration", &[])
        .when(LivesPrivately)
        .records(Record::Appointment),
    task("registered", "registration", &[]),
    task("asylum-card", "registration", &["registered"]),
    task("tb-contact-health", "tb-test", &["registered"]).when(LivesPrivately),
    task("tb-test", "tb-test", &["registered"]),
    task("d-number", "d-number", &["asylum-card"]),
    task("postal-address", "eid", &[]),
    task("buypass-order", "eid", &["d-number", "postal-address"]),
    task("buypass-code", "eid", &["buypass-order"]),
    task("buypass-active", "eid", &["buypass-code"]),
    task("minid", "eid", &["d-number"]),
    task("bankid", "eid", &["d-number"]).when(HasBank),
    task("digital-mailbox", "eid", &[]),
    task("watch-video", "residence-card", &["registered"]),
    task("address-to-police", "residence-card", &["registered"]).when(LivesInEmergencyOrPrivate),
    task("name-on-mailbox", "residence-card", &[]).when(LivesPrivately),
    task("police-photo", "residence-card", &["registered"]).records(Record::Appointment),
    task("card-received", "residence-card", &["registered"]),
    task("id-number-letter", "residence-card", &["card-received"]),
    task("permit-expiry", "residence-card", &["card-received"])
        .records(Record::Date)
        .guide("extension"),
    task("new-card-ordered", "residence-card", &["permit-expiry"])
        .records(Record::Date)
        .guide("extension"),
    task("new-card-received", "residence-card", &["new-card-ordered"]).guide("extension"),
    task("travel-check", "residence-card", &["card-received"]).guide("travel"),
    task("baby-permit", "residence-card", &[])
        .when(BabyBornInNorway)
        .guide("child-born-in-norway"),
    task("imdi-apply", "settlement", &["card-received"]).when(RouteImdiOutsideCentre),
    task("self-settlement", "settlement", &["card-received"]).when(RouteSelfOutsideCentre),
    task("settlement-date", "settlement", &[])
        .when(HasCentrePlace)
        .records(Record::Date),
    task("intro-programme", "settlement", &["card-received"])
        .when(Aged18To55)
        .guide("introduction-programme"),
    task("kindergarten", "settlement", &[])
        .when(ChildUnder6)
        .guide("rights"),
    task("school", "settlement", &[])
        .when(Child6To15)
        .guide("waiting"),
    task("upper-secondary", "settlement", &[])
        .when(Child16To17)
        .guide("introduction-programme"),
];

/// Ways to reach the same goal: once the last task of one route is done, the other routes'
/// open tasks are no longer needed (derived, never stored).
pub const ALTERNATIVES: &[&[&[&str]]] = &[
    // Råde for people who need a place to live; a registration place for those who do not.
    &[&["rade-trip"], &["registration-place"]],
    &[
        &[
            "postal-address",
            "buypass-order",
            "buypass-code",
            "buypass-active",
        ],
        &["minid"],
        &["bankid"],
    ],
    &[&["imdi-apply"], &["self-settlement"]],
];

/// Tasks that need any one of several. A digital mailbox needs an electronic ID above MinID's
/// level (norge.no).
pub const NEEDS_ANY: &[(&str, &[&str])] = &[
    ("digital-mailbox", &["buypass-active", "bankid"]),
    ("registered", &["rade-trip", "registration-place"]),
];

pub fn find(id: &str) -> Option<&'static TaskDef> {
    TASKS.iter().find(|t| t.id == id)
}

pub fn for_step(step: &str) -> impl Iterator<Item = &'static TaskDef> {
    TASKS.iter().filter(move |t| t.step == step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_references_resolve() {
        for (i, t) in TASKS.iter().enumerate() {
            assert!(
                TASKS[..i].iter().all(|o| o.id != t.id),
                "duplicate {}",
                t.id
            );
            for n in t.needs {
                let pos = TASKS
                    .iter()
                    .position(|o| o.id == *n)
                    .unwrap_or_else(|| panic!("{}: {n}", t.id));
                assert!(pos < i, "{} needs {n}, which comes later", t.id);
            }
        }
        for routes in ALTERNATIVES {
            for id in routes.iter().flat_map(|r| r.iter()) {
                assert!(find(id).is_some(), "{id}");
            }
        }
        for (id, any) in NEEDS_ANY {
            assert!(find(id).is_some() && any.iter().all(|a| find(a).is_some()));
        }
    }

    #[test]
    fn unknown_answers_hide_nothing() {
        let a = Answers::default();
        assert!(TASKS.iter().all(|t| t.condition.hides(&a).is_none()));
    }
}
