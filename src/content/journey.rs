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
    pub id: PageId,
    pub kind: Kind,
    /// Steps that come before this one.
    pub after: &'static [PageId],
    /// Topics to read alongside.
    pub related: &'static [PageId],
    /// When its text was last checked against the sources (not the build date).
    pub reviewed: Date,
    /// Whether the page opens with the warning that the rules keep changing: where an old rule
    /// would do most harm.
    pub rules_warning: bool,
}

/// The day the guide's texts were last checked against ../shared/sources/current-rules.md.
pub const REVIEWED: Date = Date::ymd(2026, 12, 2);

/// How long after its sources were checked a page says that the rules may have changed
/// (`review::stale_basis`).
pub const STALE_AFTER_DAYS: i64 = 180;

impl Page {
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

    const fn warns(mut self) -> Page {
        self.rules_warning = true;
        self
    }
}

const fn step(id: PageId, after: &'static [PageId], related: &'static [PageId]) -> Page {
    Page {
        id,
        kind: Kind::Step,
        after,
        related,
        reviewed: REVIEWED,
        rules_warning: false,
    }
}

const fn topic(id: PageId, related: &'static [PageId]) -> Page {
    Page {
        id,
        kind: Kind::Topic,
        after: &[],
        related,
        reviewed: REVIEWED,
        rules_warning: false,
    }
}

/// The journey, declared once: the six headline steps in order, then the topics. A row: the
/// text key (`step.<key>` / `topic.<key>` in locales; not a Rust keyword), the public id (part
/// of the URL scheme: never change one), the steps before it, the related topics, and
/// `.warns()` where the page opens with the rules-change warning. `journey_table!(m)` hands the
/// rows to macro `m`: here it builds `STEPS` and `TOPICS`, in `content::text` the text lookup,
/// so a page without texts fails the build.
#[macro_export]
macro_rules! journey_table {
    ($then:path) => {
        $then! {
            steps {
                Registration registration "registration" after [] related [ArrivalCentre, Eligibility, Waiting, Help] .warns();
                TbTest tb_test "tb-test" after [Registration] related [ArrivalCentre, Waiting];
                DNumber d_number "d-number" after [Registration] related [OnlineUser];
                Eid eid "eid" after [DNumber] related [OnlineUser, Help];
                ResidenceCard residence_card "residence-card" after [Registration] related [Rights, Extension, Travel, Rejected];
                Settlement settlement "settlement" after [ResidenceCard] related [IntroductionProgramme, Money, Rights];
            }
            topics {
                Eligibility eligibility "eligibility" after [] related [Rejected] .warns();
                Waiting waiting "waiting" after [] related [Help, Money];
                Rights rights "rights" after [] related [IntroductionProgramme, Travel, ChildBornInNorway, Money];
                IntroductionProgramme introduction_programme "introduction-programme" after [] related [Rights, Money];
                OnlineUser online_user "online-user" after [] related [];
                Extension extension "extension" after [] related [Travel] .warns();
                Travel travel "travel" after [] related [Extension, Return] .warns();
                ChildBornInNorway child_born_in_norway "child-born-in-norway" after [] related [];
                Return return_home "return" after [] related [Travel];
                Rejected rejected "rejected" after [] related [Eligibility];
                Help help "help" after [] related [];
                ArrivalCentre arrival_centre "arrival-centre" after [] related [Waiting, Help];
                Money money "money" after [] related [Rights, IntroductionProgramme];
            }
        }
    };
}

macro_rules! define_pages {
    (steps { $($S:ident $s:ident $sid:literal after [$($sa:ident),*] related [$($sr:ident),*] $(.$sw:ident())?;)* }
     topics { $($T:ident $t:ident $tid:literal after [] related [$($tr:ident),*] $(.$tw:ident())?;)* }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum PageId { $($S,)* $($T),* }

        impl PageId {
            /// The frozen public id: part of the URL scheme (QR codes point at it).
            pub fn as_str(self) -> &'static str {
                match self { $(PageId::$S => $sid,)* $(PageId::$T => $tid),* }
            }

            /// The page itself.
            pub fn page(self) -> &'static Page {
                match self {
                    $(PageId::$S => &STEPS[PageId::$S as usize],)*
                    $(PageId::$T => &TOPICS[PageId::$T as usize - STEPS.len()]),*
                }
            }
        }

        /// The six headline steps, in order.
        pub const STEPS: &[Page] =
            &[$(step(PageId::$S, &[$(PageId::$sa),*], &[$(PageId::$sr),*])$(.$sw())?),*];
        pub const TOPICS: &[Page] = &[$(topic(PageId::$T, &[$(PageId::$tr),*])$(.$tw())?),*];
    };
}

crate::public_id!(PageId);

journey_table!(define_pages);

pub fn find(kind: Kind, id: &str) -> Option<&'static Page> {
    let list = match kind {
        Kind::Step => STEPS,
        Kind::Topic => TOPICS,
    };
    list.iter().find(|p| p.id.as_str() == id)
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
