//! Short sentences to show an official, grouped by place. Each place and phrase has a public id
//! (`as_str`, used in page anchors such as `#p-register`) and a text, `place.<id>` /
//! `phrase.<id>` in locales, matched exhaustively in `texts::phrases`, so a missing text fails the
//! build. The Norwegian is the `nb` locale's text; the person's own language goes under it.

/// Where a person shows a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Police,
    Health,
    Post,
    Centre,
    Nav,
    Bank,
    Municipality,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumCount)]
pub enum Phrase {
    Rade,
    Register,
    Appointment,
    NeedPlace,
    InterpreterUk,
    InterpreterRu,
    Moved,
    CardNotArrived,
    Photo,
    ChildFingerprint,
    Birth,
    TbTest,
    Doctor,
    ActivationCode,
    BirthCentre,
    Leaving,
    Bankid,
    SelfSettlement,
    School,
    Intro,
}

use Phrase::*;

/// Places, in the order a person meets them, with their phrases.
pub const PLACES: &[(Place, &[Phrase])] = &[
    (
        Place::Police,
        &[
            Rade,
            Register,
            Appointment,
            NeedPlace,
            InterpreterUk,
            InterpreterRu,
            Moved,
            CardNotArrived,
            Photo,
            ChildFingerprint,
            Birth,
        ],
    ),
    (Place::Health, &[TbTest, Doctor]),
    (Place::Post, &[ActivationCode]),
    (Place::Centre, &[BirthCentre]),
    (Place::Nav, &[Leaving]),
    (Place::Bank, &[Bankid]),
    (Place::Municipality, &[SelfSettlement, School, Intro]),
];

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Police => "police",
            Place::Health => "health",
            Place::Post => "post",
            Place::Centre => "centre",
            Place::Nav => "nav",
            Place::Bank => "bank",
            Place::Municipality => "municipality",
        }
    }
}

impl Phrase {
    /// The frozen public id.
    pub fn as_str(self) -> &'static str {
        match self {
            Rade => "rade",
            Register => "register",
            Appointment => "appointment",
            NeedPlace => "need_place",
            InterpreterUk => "interpreter_uk",
            InterpreterRu => "interpreter_ru",
            Moved => "moved",
            CardNotArrived => "card_not_arrived",
            Photo => "photo",
            ChildFingerprint => "child_fingerprint",
            Birth => "birth",
            TbTest => "tb_test",
            Doctor => "doctor",
            ActivationCode => "activation_code",
            BirthCentre => "birth_centre",
            Leaving => "leaving",
            Bankid => "bankid",
            SelfSettlement => "self_settlement",
            School => "school",
            Intro => "intro",
        }
    }

    pub fn from_id(id: &str) -> Option<Phrase> {
        all().find(|p| p.as_str() == id)
    }
}

/// Every phrase, in the order of `PLACES`.
pub fn all() -> impl Iterator<Item = Phrase> {
    PLACES
        .iter()
        .flat_map(|(_, phrases)| phrases.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_shown_once_and_its_id_round_trips() {
        let ids: Vec<&str> = all().map(Phrase::as_str).collect();
        assert_eq!(
            ids.len(),
            <Phrase as strum::EnumCount>::COUNT,
            "every phrase has a place"
        );
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{id} twice");
            assert_eq!(Phrase::from_id(id).map(Phrase::as_str), Some(*id));
        }
        assert_eq!(Phrase::from_id("register"), Some(Phrase::Register));
        assert_eq!(Phrase::from_id("nope"), None);
        assert_eq!(Place::Police.as_str(), "police");
    }
}
