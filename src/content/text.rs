//! The translated texts of the journey, looked up by the language-neutral ids. They live in
//! locales/*.json next to the UI strings, so a missing one fails the `locales` test.

use super::journey::{Kind, Page};
use super::sources::Seed;
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

/// A page's texts in one language. The bodies use the format of `content::markup`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What it is and who it applies to.
    pub what: &'static str,
    /// What to bring or do.
    pub todo: &'static str,
    /// What happens next.
    pub next: &'static str,
}

impl PageText {
    /// The three bodies, in reading order.
    pub fn bodies(&self) -> [&'static str; 3] {
        [self.what, self.todo, self.next]
    }
}

macro_rules! page_texts {
    ($($ns:ident [$kind:expr] { $($key:ident),* $(,)? })*) => {
        /// None only if a page has no texts at all (the content tests rule that out).
        pub fn page_text(page: &Page, lang: Lang) -> Option<PageText> {
            let l = Locale::from(lang);
            let key = page.key();
            $($(
                if page.kind == $kind && key == stringify!($key) {
                    return Some(PageText {
                        title: td_string!(l, $ns.$key.title),
                        summary: td_string!(l, $ns.$key.summary),
                        what: td_string!(l, $ns.$key.what),
                        todo: td_string!(l, $ns.$key.todo),
                        next: td_string!(l, $ns.$key.next),
                    });
                }
            )*)*
            None
        }
    };
}

page_texts! {
    step [Kind::Step] { registration, tb_test, d_number, eid, residence_card, settlement }
    topic [Kind::Topic] {
        eligibility, waiting, rights, introduction_programme, online_user, extension, travel,
        child_born_in_norway, return_home, rejected, help,
    }
}

/// The source's name and the date it gives (or that it gives none), in one language.
pub fn source_text(seed: Seed, lang: Lang) -> (&'static str, &'static str) {
    let l = Locale::from(lang);
    match seed {
        Seed::NorgeEid => (
            td_string!(l, source.norge_eid.name),
            td_string!(l, source.norge_eid.date),
        ),
        Seed::NorgeEidNynorsk => (
            td_string!(l, source.norge_eid_nn.name),
            td_string!(l, source.norge_eid_nn.date),
        ),
        Seed::UnhcrNorway => (
            td_string!(l, source.unhcr.name),
            td_string!(l, source.unhcr.date),
        ),
        Seed::Udi => (
            td_string!(l, source.udi.name),
            td_string!(l, source.udi.date),
        ),
        Seed::OnlineUser => (
            td_string!(l, source.online_user.name),
            td_string!(l, source.online_user.date),
        ),
    }
}

/// The visible label of an official link.
pub fn link_label(id: &str, lang: Lang) -> Option<&'static str> {
    let l = Locale::from(lang);
    Some(match id {
        "udi" => td_string!(l, link.udi),
        "imdi" => td_string!(l, link.imdi),
        "police" => td_string!(l, link.police),
        "norge" => td_string!(l, link.norge),
        "mailbox" => td_string!(l, link.mailbox),
        "helsenorge" => td_string!(l, link.helsenorge),
        "nav" => td_string!(l, link.nav),
        "skatteetaten" => td_string!(l, link.skatteetaten),
        "buypass" => td_string!(l, link.buypass),
        "prado_passport" => td_string!(l, link.prado_passport),
        "prado_travel" => td_string!(l, link.prado_travel),
        "prado_id_card" => td_string!(l, link.prado_id_card),
        _ => return None,
    })
}

/// Opening hours of a phone number, where the sources give them.
pub fn contact_hours(id: &str, lang: Lang) -> Option<&'static str> {
    let l = Locale::from(lang);
    match id {
        "udi" => Some(td_string!(l, contact_hours.udi)),
        _ => None,
    }
}

/// The phone numbers and links a page's texts refer to, each once, in order of appearance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct References {
    pub tels: Vec<&'static str>,
    pub links: Vec<&'static str>,
}

impl PageText {
    pub fn references(&self) -> References {
        use super::markup::{Inline, parse};
        let mut refs = References::default();
        for body in self.bodies() {
            for block in parse(body) {
                for run in block.inlines() {
                    let (list, id) = match run {
                        Inline::Tel(id) => (&mut refs.tels, *id),
                        Inline::Link(id) => (&mut refs.links, *id),
                        Inline::Text(_) => continue,
                    };
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
            }
        }
        refs
    }
}
