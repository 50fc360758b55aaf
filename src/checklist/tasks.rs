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
            LivesInEmergencyOrPrivate => a.housing.map(|h| h != Housing::ReceptionCentre),
            HasCentrePlace => a.housing.map(|h| h != Housing::Private),
            ChildUnder6 => child(|c| c.under_6),
            Child6To15 => child(|c| c.age_6_to_15),
            Child16To17 => child(|c| c.age_16_to_17),
            BabyBornInNorway => child(|c| c.born_in_norway),
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
            HasBank => HiddenBecause::NoBank,
            RouteImdiOutsideCentre | RouteSelfOutsideCentre => HiddenBecause::Route,
            Always => unreachable!("Always never hides"),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskDef {
    pub id: TaskId,
    /// The step it belongs to (and is ticked on): a step id of `content::journey`.
    pub step: &'static str,
    /// Tasks that must be done first.
    pub needs: &'static [TaskId],
    pub condition: Condition,
    pub record: Record,
    /// The topic with its guidance, when it is not the step itself.
    pub guide: Option<&'static str>,
    pub advice: Option<Advice>,
}

const fn task(id: TaskId, step: &'static str, needs: &'static [TaskId]) -> TaskDef {
    TaskDef {
        id,
        step,
        needs,
        condition: Condition::Always,
        record: Record::Nothing,
        guide: None,
        advice: None,
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
    const fn advises(mut self, a: Advice) -> Self {
        self.advice = Some(a);
        self
    }
}

/// The tasks, declared once, in journey order: "next up" is the first open, unblocked,
/// applicable one. A row: the variant, the text key (`task.<key>` in locales), the public id,
/// the step, what it needs, and its conditions. `task_table!(m)` hands the rows to macro `m`:
/// here it builds `TaskId` and `TASKS`, in `content::task_texts` the titles, so a missing title
/// fails the build. Ids are stored in people's data: a rename or a removal needs a new storage
/// version whose reader maps the old ids (`storage::envelope`).
#[macro_export]
macro_rules! task_table {
    ($then:path) => {
        $then! {
            // Shown whatever the housing: the official pages disagree on whether people in
            // private housing may register anywhere but Råde (registration page).
            RadeTrip rade_trip "rade-trip" in "registration" needs [];
            RegistrationPlace registration_place "registration-place" in "registration" needs []
                .when(LivesPrivately) .records(Record::Appointment);
            Registered registered "registered" in "registration" needs [];
            AsylumCard asylum_card "asylum-card" in "registration" needs [Registered];
            TbContactHealth tb_contact_health "tb-contact-health" in "tb-test" needs [Registered]
                .when(LivesPrivately);
            TbTest tb_test "tb-test" in "tb-test" needs [Registered];
            DNumber d_number "d-number" in "d-number" needs [AsylumCard];
            PostalAddress postal_address "postal-address" in "eid" needs [];
            BuypassOrder buypass_order "buypass-order" in "eid" needs [DNumber, PostalAddress];
            BuypassCode buypass_code "buypass-code" in "eid" needs [BuypassOrder];
            BuypassActive buypass_active "buypass-active" in "eid" needs [BuypassCode];
            Minid minid "minid" in "eid" needs [DNumber];
            Bankid bankid "bankid" in "eid" needs [DNumber] .when(HasBank);
            DigitalMailbox digital_mailbox "digital-mailbox" in "eid" needs [];
            WatchVideo watch_video "watch-video" in "residence-card" needs [Registered];
            AddressToPolice address_to_police "address-to-police" in "residence-card"
                needs [Registered] .when(LivesInEmergencyOrPrivate);
            NameOnMailbox name_on_mailbox "name-on-mailbox" in "residence-card" needs []
                .when(LivesPrivately);
            PolicePhoto police_photo "police-photo" in "residence-card" needs [Registered]
                .records(Record::Appointment);
            CardReceived card_received "card-received" in "residence-card" needs [Registered];
            IdNumberLetter id_number_letter "id-number-letter" in "residence-card"
                needs [CardReceived];
            PermitExpiry permit_expiry "permit-expiry" in "residence-card" needs [CardReceived]
                .records(Record::Date) .guide("extension");
            NewCardOrdered new_card_ordered "new-card-ordered" in "residence-card"
                needs [PermitExpiry] .records(Record::Date) .guide("extension");
            NewCardReceived new_card_received "new-card-received" in "residence-card"
                needs [NewCardOrdered] .guide("extension");
            TravelCheck travel_check "travel-check" in "residence-card" needs [CardReceived]
                .guide("travel");
            BabyPermit baby_permit "baby-permit" in "residence-card" needs []
                .when(BabyBornInNorway) .guide("child-born-in-norway");
            ImdiApply imdi_apply "imdi-apply" in "settlement" needs [CardReceived]
                .when(RouteImdiOutsideCentre);
            SelfSettlement self_settlement "self-settlement" in "settlement" needs [CardReceived]
                .when(RouteSelfOutsideCentre);
            SettlementDate settlement_date "settlement-date" in "settlement" needs []
                .when(HasCentrePlace) .records(Record::Date);
            IntroProgramme intro_programme "intro-programme" in "settlement" needs [CardReceived]
                .advises(Advice::NotAged18To55) .guide("introduction-programme");
            Kindergarten kindergarten "kindergarten" in "settlement" needs []
                .when(ChildUnder6) .guide("rights");
            School school "school" in "settlement" needs [] .when(Child6To15) .guide("waiting");
            // Its guidance is on the settlement step itself (seed-udi, udi-settlement).
            UpperSecondary upper_secondary "upper-secondary" in "settlement" needs []
                .when(Child16To17);
        }
    };
}

macro_rules! define_tasks {
    ($($Id:ident $key:ident $id:literal in $step:literal needs [$($need:ident),*]
        $(.$m:ident($arg:expr))*;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum TaskId { $($Id),* }

        impl TaskId {
            /// The frozen public id: stored in people's data, and in page anchors.
            pub fn as_str(self) -> &'static str {
                match self { $(TaskId::$Id => $id),* }
            }
        }

        pub const TASKS: &[TaskDef] = &[
            $(task(TaskId::$Id, $step, &[$(TaskId::$need),*])$(.$m($arg))*),*
        ];
    };
}

use Condition::*;
task_table!(define_tasks);

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
    &[&[ImdiApply], &[SelfSettlement]],
];

/// Tasks that need any one of several. A digital mailbox needs an electronic ID above MinID's
/// level (norge.no).
pub const NEEDS_ANY: &[(TaskId, &[TaskId])] = &[
    (DigitalMailbox, &[BuypassActive, Bankid]),
    (Registered, &[RadeTrip, RegistrationPlace]),
];

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

pub fn for_step(step: &str) -> impl Iterator<Item = &'static TaskDef> {
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
