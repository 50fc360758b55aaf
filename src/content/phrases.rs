//! Short sentences to show an official, grouped by place. The Norwegian is the `nb` locale's
//! text; the person's own language goes under it. Texts: `phrase.<id>`, `place.<id>`.

use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

/// Places, in the order a person meets them, with their phrases.
pub const PLACES: &[(&str, &[&str])] = &[
    (
        "police",
        &[
            "rade",
            "register",
            "appointment",
            "need_place",
            "interpreter_uk",
            "interpreter_ru",
            "moved",
            "card_not_arrived",
            "photo",
            "child_fingerprint",
            "birth",
        ],
    ),
    ("health", &["tb_test", "doctor"]),
    ("post", &["activation_code"]),
    ("centre", &["birth_centre"]),
    ("nav", &["leaving"]),
    ("bank", &["bankid"]),
    ("municipality", &["self_settlement", "school", "intro"]),
];

pub fn all() -> impl Iterator<Item = &'static str> {
    PLACES.iter().flat_map(|(_, ids)| ids.iter().copied())
}

macro_rules! phrase_texts {
    ($($id:ident),* $(,)?) => {
        pub fn phrase(id: &str, lang: Lang) -> Option<&'static str> {
            let l = Locale::from(lang);
            $(if id == stringify!($id) { return Some(td_string!(l, phrase.$id)); })*
            None
        }
    };
}

phrase_texts! {
    rade, register, appointment, need_place, interpreter_uk, interpreter_ru, moved, card_not_arrived,
    photo, child_fingerprint, birth, tb_test, doctor, activation_code, birth_centre, leaving,
    bankid, self_settlement, school, intro,
}

pub fn place(id: &str, lang: Lang) -> Option<&'static str> {
    let l = Locale::from(lang);
    Some(match id {
        "police" => td_string!(l, place.police),
        "health" => td_string!(l, place.health),
        "post" => td_string!(l, place.post),
        "centre" => td_string!(l, place.centre),
        "nav" => td_string!(l, place.nav),
        "bank" => td_string!(l, place.bank),
        "municipality" => td_string!(l, place.municipality),
        _ => return None,
    })
}
