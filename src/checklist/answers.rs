//! The first-run questionnaire's answers. Every answer may be unknown: an unknown answer never
//! hides anything.

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum Housing {
    Emergency,
    ReceptionCentre,
    Private,
    /// Settled in a municipality: settlement is behind the person.
    Settled,
}

/// Where the person is on the way, asked first so that home starts there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum Stage {
    /// Not in Norway yet: who qualifies, the safe areas, Råde, what to bring.
    NotInNorway,
    JustArrived,
    /// Holds a permit already: the arrival steps are behind them.
    HavePermit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum SettlementRoute {
    Imdi,
    SelfSettlement,
    Undecided,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Children {
    pub under_6: bool,
    pub age_6_to_15: bool,
    pub age_16_to_17: bool,
    pub born_in_norway: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub stage: Option<Stage>,
    pub housing: Option<Housing>,
    /// None until the person says whether they have children.
    pub children: Option<Children>,
    pub aged_18_to_55: Option<bool>,
    pub has_norwegian_bank: Option<bool>,
    pub route: Option<SettlementRoute>,
}

/// Who a checklist is for: an adult, or a child in an age band (the school bands of the
/// sources). A child's checklist holds the child's own tasks only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum Person {
    #[default]
    Adult,
    ChildUnder6,
    Child6To15,
    Child16To17,
}

impl Person {
    pub fn is_child(self) -> bool {
        self != Person::Adult
    }
}
