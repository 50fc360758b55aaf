//! The first-run questionnaire's answers. Every answer may be unknown: an unknown answer never
//! hides anything. Stored as they are named here (storage::envelope).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Housing {
    Emergency,
    ReceptionCentre,
    Private,
    /// Settled in a municipality: settlement is behind the person.
    Settled,
}

/// Where the person is on the way, asked first so that home starts there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Not in Norway yet: who qualifies, the safe areas, Råde, what to bring.
    NotInNorway,
    JustArrived,
    /// Holds a permit already: the arrival steps are behind them.
    HavePermit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SettlementRoute {
    Imdi,
    SelfSettlement,
    Undecided,
}

/// Stored with every flag; a missing one is false.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Children {
    pub under_6: bool,
    pub age_6_to_15: bool,
    pub age_16_to_17: bool,
    pub born_in_norway: bool,
}

/// A missing answer is unanswered, as is `null`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    /// Written only once answered, so answers without it are stored as before version 3.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Person {
    #[default]
    Adult,
    #[serde(rename = "child-under-6")]
    ChildUnder6,
    #[serde(rename = "child-6-15")]
    Child6To15,
    #[serde(rename = "child-16-17")]
    Child16To17,
}

impl Person {
    pub fn is_child(self) -> bool {
        self != Person::Adult
    }

    /// An adult's profile is stored without "person", as before version 3.
    pub fn is_adult(&self) -> bool {
        !self.is_child()
    }
}
