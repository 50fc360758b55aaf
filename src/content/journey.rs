//! The journey's structure, defined once and language-neutral: the ordered steps, the topics,
//! what each depends on, what it links to, and which source pages it comes from. The texts hang
//! off these ids in locales/*.json (`step.<key>.*`, `topic.<key>.*`, `letter.<key>.*`).

use crate::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Step,
    Topic,
    /// A letter or document the journey brings (`content::letters` adds its sender).
    Letter,
}

impl Kind {
    /// The URL segment: /{lang}/step/{id}, /{lang}/topic/{id} or /{lang}/letter/{id}.
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Step => "step",
            Kind::Topic => "topic",
            Kind::Letter => "letter",
        }
    }
}

/// A step of the journey, a reference topic or a letter. Its sources are the ones its texts cite, block
/// by block (`content::article_text::ArticleText::sources`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    /// Part of the public URL scheme (QR codes point at it): never change one.
    pub id: ArticleId,
    pub kind: Kind,
    /// Steps that come before this one.
    pub after: &'static [ArticleId],
    /// Topics to read alongside.
    pub related: &'static [ArticleId],
    /// For a topic or a letter: the step it belongs to, if one (its page says so). None for a
    /// step, and for a topic that applies all the way (help, money, return).
    pub part_of: Option<ArticleId>,
    /// When its text was last checked against the sources (not the build date).
    pub reviewed: Date,
    /// Whether the page opens with the warning that the rules keep changing: where an old rule
    /// would do most harm.
    pub rules_warning: bool,
}

/// The day the guide's texts were last checked against ../shared/sources/current-rules.md.
pub const REVIEWED: Date = Date::ymd(2026, 12, 7);

/// How long after its sources were checked a page says that the rules may have changed
/// (`review::stale_basis`).
pub const STALE_AFTER_DAYS: i64 = 180;

impl Article {
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

/// A step, topic or letter. Variants in the order of `STEPS`, then `TOPICS`, then `LETTERS`
/// (checked when the crate compiles).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum ArticleId {
    Registration,
    TbTest,
    DNumber,
    Eid,
    ResidenceCard,
    Settlement,
    Eligibility,
    Waiting,
    Rights,
    IntroductionProgramme,
    OnlineUser,
    Extension,
    Travel,
    ChildBornInNorway,
    Return,
    Rejected,
    Help,
    ArrivalCentre,
    Money,
    RegistrationAppointment,
    AsylumSeekerCard,
    TbCall,
    DecisionGranted,
    PolicePhotoLetter,
    CardByPost,
    NationalIdNumber,
    PinCode,
    BuypassCode,
    MunicipalityOffer,
    ExtensionDecision,
    ExtensionRefused,
    AdvanceNotice,
    AsylumRefused,
}

impl ArticleId {
    /// The frozen public id: part of the URL scheme (QR codes point at it). Never change one.
    pub fn as_str(self) -> &'static str {
        match self {
            Registration => "registration",
            TbTest => "tb-test",
            DNumber => "d-number",
            Eid => "eid",
            ResidenceCard => "residence-card",
            Settlement => "settlement",
            Eligibility => "eligibility",
            Waiting => "waiting",
            Rights => "rights",
            IntroductionProgramme => "introduction-programme",
            OnlineUser => "online-user",
            Extension => "extension",
            Travel => "travel",
            ChildBornInNorway => "child-born-in-norway",
            Return => "return",
            Rejected => "rejected",
            Help => "help",
            ArrivalCentre => "arrival-centre",
            Money => "money",
            RegistrationAppointment => "registration-appointment",
            AsylumSeekerCard => "asylum-seeker-card",
            TbCall => "tb-call",
            DecisionGranted => "decision-granted",
            PolicePhotoLetter => "police-photo",
            CardByPost => "card-by-post",
            NationalIdNumber => "national-id-number",
            PinCode => "pin-code",
            BuypassCode => "buypass-code",
            MunicipalityOffer => "municipality-offer",
            ExtensionDecision => "extension-decision",
            ExtensionRefused => "extension-refused",
            AdvanceNotice => "advance-notice",
            AsylumRefused => "asylum-refused",
        }
    }

    pub fn article(self) -> &'static Article {
        let i = self as usize;
        let topics = STEPS.len() + TOPICS.len();
        if i < STEPS.len() {
            &STEPS[i]
        } else if i < topics {
            &TOPICS[i - STEPS.len()]
        } else {
            &LETTERS[i - topics]
        }
    }
}

crate::public_id!(ArticleId);

use ArticleId::*;

/// The six headline steps, in order. A page's texts are `step.<key>.*` / `topic.<key>.*` in
/// locales (`texts::article`), its `after` the steps before it, its `related` the topics to read
/// alongside; `rules_warning` where an old rule would do most harm.
pub const STEPS: &[Article] = &[
    Article {
        id: Registration,
        kind: Kind::Step,
        after: &[],
        related: &[ArrivalCentre, Eligibility, Waiting, Help],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: TbTest,
        kind: Kind::Step,
        after: &[Registration],
        related: &[ArrivalCentre, Waiting],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: DNumber,
        kind: Kind::Step,
        after: &[Registration],
        related: &[OnlineUser],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Eid,
        kind: Kind::Step,
        after: &[DNumber],
        related: &[OnlineUser, Help],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: ResidenceCard,
        kind: Kind::Step,
        after: &[Registration],
        related: &[Rights, Extension, Travel, Rejected],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Settlement,
        kind: Kind::Step,
        after: &[ResidenceCard],
        related: &[IntroductionProgramme, Money, Rights],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
];

/// Reference topics, linked from the steps.
pub const TOPICS: &[Article] = &[
    Article {
        id: Eligibility,
        kind: Kind::Topic,
        after: &[],
        related: &[Rejected],
        part_of: Some(Registration),
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: Waiting,
        kind: Kind::Topic,
        after: &[],
        related: &[Help, Money],
        part_of: Some(Registration),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Rights,
        kind: Kind::Topic,
        after: &[],
        related: &[IntroductionProgramme, Travel, ChildBornInNorway, Money],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: IntroductionProgramme,
        kind: Kind::Topic,
        after: &[],
        related: &[Rights, Money],
        part_of: Some(Settlement),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: OnlineUser,
        kind: Kind::Topic,
        after: &[],
        related: &[],
        part_of: Some(Eid),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Extension,
        kind: Kind::Topic,
        after: &[],
        related: &[Travel],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: Travel,
        kind: Kind::Topic,
        after: &[],
        related: &[Extension, Return],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: ChildBornInNorway,
        kind: Kind::Topic,
        after: &[],
        related: &[],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Return,
        kind: Kind::Topic,
        after: &[],
        related: &[Travel],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Rejected,
        kind: Kind::Topic,
        after: &[],
        related: &[Eligibility],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Help,
        kind: Kind::Topic,
        after: &[],
        related: &[],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: ArrivalCentre,
        kind: Kind::Topic,
        after: &[],
        related: &[Waiting, Help],
        part_of: Some(Registration),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: Money,
        kind: Kind::Topic,
        after: &[],
        related: &[Rights, IntroductionProgramme],
        part_of: None,
        reviewed: REVIEWED,
        rules_warning: false,
    },
];

/// The letters and documents the journey brings, each under the step it belongs to; their
/// senders are in `content::letters`.
pub const LETTERS: &[Article] = &[
    Article {
        id: RegistrationAppointment,
        kind: Kind::Letter,
        after: &[],
        related: &[ArrivalCentre],
        part_of: Some(Registration),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: AsylumSeekerCard,
        kind: Kind::Letter,
        after: &[],
        related: &[],
        part_of: Some(DNumber),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: TbCall,
        kind: Kind::Letter,
        after: &[],
        related: &[],
        part_of: Some(TbTest),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: DecisionGranted,
        kind: Kind::Letter,
        after: &[],
        related: &[Rights],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: PolicePhotoLetter,
        kind: Kind::Letter,
        after: &[],
        related: &[],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: CardByPost,
        kind: Kind::Letter,
        after: &[],
        related: &[Travel],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: NationalIdNumber,
        kind: Kind::Letter,
        after: &[],
        related: &[OnlineUser],
        part_of: Some(DNumber),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: PinCode,
        kind: Kind::Letter,
        after: &[],
        related: &[OnlineUser],
        part_of: Some(Eid),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: BuypassCode,
        kind: Kind::Letter,
        after: &[],
        related: &[],
        part_of: Some(Eid),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: MunicipalityOffer,
        kind: Kind::Letter,
        after: &[],
        related: &[IntroductionProgramme, Money],
        part_of: Some(Settlement),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: ExtensionDecision,
        kind: Kind::Letter,
        after: &[],
        related: &[Extension],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
    Article {
        id: ExtensionRefused,
        kind: Kind::Letter,
        after: &[],
        related: &[Extension, Rejected],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: AdvanceNotice,
        kind: Kind::Letter,
        after: &[],
        related: &[Travel, Rejected],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: true,
    },
    Article {
        id: AsylumRefused,
        kind: Kind::Letter,
        after: &[],
        related: &[Rejected],
        part_of: Some(ResidenceCard),
        reviewed: REVIEWED,
        rules_warning: false,
    },
];

// Every `ArticleId` has one row, in order, of the right kind, or the crate does not compile.
const _: () = {
    let mut i = 0;
    let topics = STEPS.len() + TOPICS.len();
    while i < topics + LETTERS.len() {
        let (page, kind_ok) = if i < STEPS.len() {
            (&STEPS[i], matches!(STEPS[i].kind, Kind::Step))
        } else if i < topics {
            let p = &TOPICS[i - STEPS.len()];
            (p, matches!(p.kind, Kind::Topic))
        } else {
            let p = &LETTERS[i - topics];
            (p, matches!(p.kind, Kind::Letter))
        };
        assert!(page.id as usize == i, "pages must follow ArticleId's order");
        assert!(kind_ok, "steps first, then topics, then letters");
        i += 1;
    }
    assert!(
        i == <ArticleId as strum::EnumCount>::COUNT,
        "every ArticleId needs a page"
    );
};

pub fn find(kind: Kind, id: &str) -> Option<&'static Article> {
    let list = match kind {
        Kind::Step => STEPS,
        Kind::Topic => TOPICS,
        Kind::Letter => LETTERS,
    };
    list.iter().find(|p| p.id.as_str() == id)
}

/// Every page, steps first, then topics, then letters.
pub fn all() -> impl Iterator<Item = &'static Article> {
    STEPS.iter().chain(TOPICS).chain(LETTERS)
}

/// The steps before and after a step.
pub fn neighbours(page: &Article) -> (Option<&'static Article>, Option<&'static Article>) {
    match page.step_number() {
        Some(n) => (n.checked_sub(2).and_then(|i| STEPS.get(i)), STEPS.get(n)),
        None => (None, None),
    }
}
