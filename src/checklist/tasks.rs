//! The journey as concrete tasks, language-neutral. Each belongs to a step, may need other tasks
//! first, may apply only to some people, and may hold a date. The table is in `task_table`.

use super::answers::{Answers, Housing, Person, SettlementRoute};
pub use super::task_table::TASKS;
use crate::content::journey::ArticleId;

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
    HasBank,
    /// Agreed self-settlement: not chosen IMDi, and not living at a reception centre.
    RouteSelfOutsideCentre,
}

/// Why a task is hidden, for the sentence that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HiddenBecause {
    /// A child's checklist holds the child's own tasks only.
    Child,
    Housing,
    NoChildInBand,
    NoBaby,
    NoBank,
    Route,
}

/// A note shown with a task for some people, where hiding the task would withhold a chance
/// the rules still give them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The introduction programme is a right from 18 to 55; over 55 a person may still qualify
    /// and should ask the municipality (udi-granted). An answer of "not 18–55" may mean either
    /// side, so the task stays and says so.
    NotAged18To55,
}

impl Advice {
    pub fn applies(self, a: &Answers) -> bool {
        match self {
            Advice::NotAged18To55 => a.aged_18_to_55 == Some(false),
        }
    }
}

impl Condition {
    /// None: the task applies (or we do not know yet). Some: hidden, and why.
    pub fn hides(self, a: &Answers) -> Option<HiddenBecause> {
        use Condition::*;
        let child = |f: fn(&super::answers::Children) -> bool| a.children.map(|c| f(&c));
        let applies = match self {
            Always => None,
            LivesPrivately => a.housing.map(|h| h == Housing::Private),
            LivesInEmergencyOrPrivate => a
                .housing
                .map(|h| matches!(h, Housing::Emergency | Housing::Private)),
            HasCentrePlace => a
                .housing
                .map(|h| matches!(h, Housing::Emergency | Housing::ReceptionCentre)),
            ChildUnder6 => child(|c| c.under_6),
            Child6To15 => child(|c| c.age_6_to_15),
            Child16To17 => child(|c| c.age_16_to_17),
            BabyBornInNorway => child(|c| c.born_in_norway),
            HasBank => a.has_norwegian_bank,
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
            HasBank => HiddenBecause::NoBank,
            RouteSelfOutsideCentre => HiddenBecause::Route,
            Always => unreachable!("Always never hides"),
        })
    }
}

/// A task. Variants in journey order, the order of `TASKS` (`task_table`). Ids are stored in
/// people's data: a rename or a removal needs a new storage version whose reader maps the old
/// ids (`storage::envelope`). Titles: `task.<key>` in locales (`texts::checklist`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumCount)]
pub enum TaskId {
    Arrived,
    RegistrationPlace,
    RadeTrip,
    Registered,
    AsylumCard,
    TbContactHealth,
    TbTest,
    DNumber,
    PostalAddress,
    BuypassOrder,
    BuypassCode,
    BuypassActive,
    Minid,
    Bankid,
    DigitalMailbox,
    WatchVideo,
    AddressToPolice,
    NameOnMailbox,
    PolicePhoto,
    CardReceived,
    IdNumberLetter,
    PermitExpiry,
    FirstPermit,
    NewCardOrdered,
    NewCardReceived,
    TravelCheck,
    BabyPermit,
    DecisionTold,
    ImdiApply,
    SelfSettlement,
    SettlementDate,
    IntroProgramme,
    Kindergarten,
    School,
    UpperSecondary,
}

impl TaskId {
    /// The frozen public id: stored in people's data, and in page anchors.
    pub fn as_str(self) -> &'static str {
        use TaskId::*;
        match self {
            Arrived => "arrived",
            RadeTrip => "rade-trip",
            RegistrationPlace => "registration-place",
            Registered => "registered",
            AsylumCard => "asylum-card",
            TbContactHealth => "tb-contact-health",
            TbTest => "tb-test",
            DNumber => "d-number",
            PostalAddress => "postal-address",
            BuypassOrder => "buypass-order",
            BuypassCode => "buypass-code",
            BuypassActive => "buypass-active",
            Minid => "minid",
            Bankid => "bankid",
            DigitalMailbox => "digital-mailbox",
            WatchVideo => "watch-video",
            AddressToPolice => "address-to-police",
            NameOnMailbox => "name-on-mailbox",
            PolicePhoto => "police-photo",
            CardReceived => "card-received",
            IdNumberLetter => "id-number-letter",
            PermitExpiry => "permit-expiry",
            FirstPermit => "first-permit",
            NewCardOrdered => "new-card-ordered",
            NewCardReceived => "new-card-received",
            TravelCheck => "travel-check",
            BabyPermit => "baby-permit",
            DecisionTold => "decision-told",
            ImdiApply => "imdi-apply",
            SelfSettlement => "self-settlement",
            SettlementDate => "settlement-date",
            IntroProgramme => "intro-programme",
            Kindergarten => "kindergarten",
            School => "school",
            UpperSecondary => "upper-secondary",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskDef {
    pub id: TaskId,
    /// The step it belongs to (and is ticked on).
    pub step: ArticleId,
    /// Tasks that must be done first.
    pub needs: &'static [TaskId],
    pub condition: Condition,
    pub record: Record,
    /// The topic with its guidance, when it is not the step itself.
    pub guide: Option<ArticleId>,
    pub advice: Option<Advice>,
}

use TaskId::*;

/// Ways to reach the same goal: once the last task of one route is done, the other routes'
/// open tasks are no longer needed (derived, never stored).
pub const ALTERNATIVES: &[&[&[TaskId]]] = &[
    // Råde for people who need a place to live; a registration place for those who do not.
    &[&[RadeTrip], &[RegistrationPlace]],
    &[
        &[PostalAddress, BuypassOrder, BuypassCode, BuypassActive],
        &[Minid],
        &[Bankid],
    ],
    // Not IMDi's application and agreed self-settlement: a person living privately who agrees
    // a home with a municipality applies to IMDi as well (current-rules.md 13.4).
];

/// Tasks that need any one of several. A digital mailbox needs an electronic ID above MinID's
/// level (norge.no).
pub const NEEDS_ANY: &[(TaskId, &[TaskId])] = &[
    (DigitalMailbox, &[BuypassActive, Bankid]),
    (Registered, &[RadeTrip, RegistrationPlace]),
];

/// What a person who already has a permit has done on arrival: the first three steps, and the
/// first decision and card (not the later dates, the renewal or travel).
const FIRST_PERMIT_TASKS: &[TaskId] = &[
    WatchVideo,
    AddressToPolice,
    NameOnMailbox,
    PolicePhoto,
    CardReceived,
    IdNumberLetter,
];

/// What a permit holder needs first: the dates that decide the permit, the renewed card, travel.
const HOLDER_FIRST: &[TaskId] = &[
    PermitExpiry,
    FirstPermit,
    NewCardOrdered,
    NewCardReceived,
    TravelCheck,
];

/// What a person settled in a municipality has done to get there.
const SETTLEMENT_TASKS: &[TaskId] = &[DecisionTold, ImdiApply, SelfSettlement, SettlementDate];

/// A child's own tasks: the day of arrival (the TB test counts from it), the asylum seeker
/// card, the TB test, the residence card and its renewal (school or kindergarten by age band
/// come from `hidden_for`).
const CHILD_TASKS: &[TaskId] = &[Arrived, AsylumCard, TbTest, CardReceived, NewCardReceived];

impl TaskDef {
    /// Whether the answers put this task behind the person: done before, by where they are on
    /// the way (a permit already, or settled), not by a tick.
    pub fn behind(&self, a: &Answers) -> bool {
        let settled = a.housing == Some(Housing::Settled);
        let permit = settled || a.stage == Some(super::answers::Stage::HavePermit);
        let arrival = matches!(
            self.step,
            ArticleId::Registration | ArticleId::TbTest | ArticleId::DNumber
        ) || FIRST_PERMIT_TASKS.contains(&self.id);
        (permit && arrival) || (settled && SETTLEMENT_TASKS.contains(&self.id))
    }

    /// Whether it comes before the journey's order: for a permit holder, the permit's dates
    /// (expiry, the five years), the renewed card and travel.
    pub fn first_for(&self, a: &Answers) -> bool {
        let holder = a.stage == Some(super::answers::Stage::HavePermit)
            || a.housing == Some(Housing::Settled);
        holder && HOLDER_FIRST.contains(&self.id)
    }

    /// Why this task is hidden for `person` with these answers, if it is.
    pub fn hidden_for(&self, person: Person, a: &Answers) -> Option<HiddenBecause> {
        let band = match (person, self.id) {
            (Person::Adult, _) => return self.condition.hides(a),
            (Person::ChildUnder6, Kindergarten)
            | (Person::Child6To15, School)
            | (Person::Child16To17, UpperSecondary) => true,
            _ => CHILD_TASKS.contains(&self.id),
        };
        (!band).then_some(HiddenBecause::Child)
    }

    /// Whether recording a date completes the task: "Write down …" tasks, and choosing where and
    /// when to register (the appointment card is that choice).
    pub fn done_when_dated(&self) -> bool {
        self.record == Record::Date || self.id == RegistrationPlace
    }
}

impl TaskId {
    /// The task with this public id.
    pub fn from_id(id: &str) -> Option<TaskId> {
        find(id).map(|t| t.id)
    }

    pub fn def(self) -> &'static TaskDef {
        // TASKS is in declaration order, so a variant's index is its position.
        &TASKS[self as usize]
    }
}

crate::public_id!(TaskId);

pub fn find(id: &str) -> Option<&'static TaskDef> {
    TASKS.iter().find(|t| t.id.as_str() == id)
}

pub fn for_step(step: ArticleId) -> impl Iterator<Item = &'static TaskDef> {
    TASKS.iter().filter(move |t| t.step == step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_needs_come_first() {
        for (i, t) in TASKS.iter().enumerate() {
            assert_eq!(t.id as usize, i, "{:?} is declared in order", t.id);
            assert_eq!(t.id.def(), t);
            assert_eq!(TaskId::from_id(t.id.as_str()), Some(t.id));
            assert!(
                TASKS[..i].iter().all(|o| o.id.as_str() != t.id.as_str()),
                "duplicate {}",
                t.id.as_str()
            );
            for n in t.needs {
                assert!(
                    (*n as usize) < i,
                    "{:?} needs {n:?}, which comes later",
                    t.id
                );
            }
        }
        assert_eq!(TaskId::from_id("no-such-task"), None);
    }

    #[test]
    fn unknown_answers_hide_nothing() {
        let a = Answers::default();
        assert!(TASKS.iter().all(|t| t.condition.hides(&a).is_none()));
    }
}
