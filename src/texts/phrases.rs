//! The phrase cards' texts in one language: the place headings and the phrases.

use crate::content::phrases::{Phrase, Place};
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

impl Place {
    pub fn text(self, lang: Lang) -> &'static str {
        let l = Locale::from(lang);
        match self {
            Place::Police => td_string!(l, place.police),
            Place::Health => td_string!(l, place.health),
            Place::Post => td_string!(l, place.post),
            Place::Centre => td_string!(l, place.centre),
            Place::Nav => td_string!(l, place.nav),
            Place::Bank => td_string!(l, place.bank),
            Place::Municipality => td_string!(l, place.municipality),
        }
    }
}

impl Phrase {
    pub fn text(self, lang: Lang) -> &'static str {
        use Phrase::*;
        let l = Locale::from(lang);
        match self {
            Rade => td_string!(l, phrase.rade),
            Register => td_string!(l, phrase.register),
            Appointment => td_string!(l, phrase.appointment),
            NeedPlace => td_string!(l, phrase.need_place),
            InterpreterUk => td_string!(l, phrase.interpreter_uk),
            InterpreterRu => td_string!(l, phrase.interpreter_ru),
            Moved => td_string!(l, phrase.moved),
            CardNotArrived => td_string!(l, phrase.card_not_arrived),
            Photo => td_string!(l, phrase.photo),
            ChildFingerprint => td_string!(l, phrase.child_fingerprint),
            Birth => td_string!(l, phrase.birth),
            TbTest => td_string!(l, phrase.tb_test),
            Doctor => td_string!(l, phrase.doctor),
            ActivationCode => td_string!(l, phrase.activation_code),
            BirthCentre => td_string!(l, phrase.birth_centre),
            Leaving => td_string!(l, phrase.leaving),
            Bankid => td_string!(l, phrase.bankid),
            SelfSettlement => td_string!(l, phrase.self_settlement),
            School => td_string!(l, phrase.school),
            Intro => td_string!(l, phrase.intro),
        }
    }
}
