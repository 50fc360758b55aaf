//! Short sentences to show an official, grouped by place. Declared once below: each place and
//! phrase is an enum variant with its public id (`as_str`, used in page anchors such as
//! `#p-register`) and its text `place.<id>` / `phrase.<id>` in locales, so a missing text fails
//! the build. The Norwegian is the `nb` locale's text; the person's own language goes under it.

use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

macro_rules! phrase_cards {
    ($($Place:ident $place:ident [$($Phrase:ident $phrase:ident),* $(,)?])*) => {
        /// Where a person shows a phrase.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Place { $($Place),* }

        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Phrase { $($($Phrase),*),* }

        /// Places, in the order a person meets them, with their phrases.
        pub const PLACES: &[(Place, &[Phrase])] = &[$((Place::$Place, &[$(Phrase::$Phrase),*])),*];

        impl Place {
            pub fn as_str(self) -> &'static str {
                match self { $(Place::$Place => stringify!($place)),* }
            }

            pub fn text(self, lang: Lang) -> &'static str {
                let l = Locale::from(lang);
                match self { $(Place::$Place => td_string!(l, place.$place)),* }
            }
        }

        impl Phrase {
            /// The frozen public id.
            pub fn as_str(self) -> &'static str {
                match self { $($(Phrase::$Phrase => stringify!($phrase)),*),* }
            }

            pub fn text(self, lang: Lang) -> &'static str {
                let l = Locale::from(lang);
                match self { $($(Phrase::$Phrase => td_string!(l, phrase.$phrase)),*),* }
            }
        }
    };
}

phrase_cards! {
    Police police [
        Rade rade, Register register, Appointment appointment, NeedPlace need_place,
        InterpreterUk interpreter_uk, InterpreterRu interpreter_ru, Moved moved,
        CardNotArrived card_not_arrived, Photo photo, ChildFingerprint child_fingerprint,
        Birth birth,
    ]
    Health health [TbTest tb_test, Doctor doctor]
    Post post [ActivationCode activation_code]
    Centre centre [BirthCentre birth_centre]
    Nav nav [Leaving leaving]
    Bank bank [Bankid bankid]
    Municipality municipality [SelfSettlement self_settlement, School school, Intro intro]
}

/// Every phrase, in the order of `PLACES`.
pub fn all() -> impl Iterator<Item = Phrase> {
    PLACES
        .iter()
        .flat_map(|(_, phrases)| phrases.iter().copied())
}

impl Phrase {
    pub fn from_id(id: &str) -> Option<Phrase> {
        all().find(|p| p.as_str() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        let ids: Vec<&str> = all().map(Phrase::as_str).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{id} twice");
            assert_eq!(Phrase::from_id(id).map(Phrase::as_str), Some(*id));
        }
        assert_eq!(Phrase::from_id("register"), Some(Phrase::Register));
        assert_eq!(Phrase::from_id("nope"), None);
        assert_eq!(Place::Police.as_str(), "police");
    }
}
