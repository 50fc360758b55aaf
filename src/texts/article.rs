//! The articles' texts, the change log's sentences and the publishers' names, in one language:
//! exhaustive matches over the ids, so a page, entry or publisher without a text fails the build
//! (and `td_string!` fails it for a key missing from a locale).

use crate::content::article_text::ArticleText;
use crate::content::changes::ChangeKey;
use crate::content::journey::{self, Article, ArticleId};
use crate::content::review::{self, Checked};
use crate::content::sources::{self, Publisher};
use crate::date::Date;
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

/// `step.<key>.*`, `topic.<key>.*` or `letter.<key>.*`.
macro_rules! article_text {
    ($l:ident, $($key:ident).+) => {
        ArticleText {
            title: td_string!($l, $($key).+.title),
            summary: td_string!($l, $($key).+.summary),
            body: td_string!($l, $($key).+.body),
        }
    };
}

/// A page's texts in one language.
pub fn article_text(page: &Article, lang: Lang) -> ArticleText {
    use ArticleId::*;
    let l = Locale::from(lang);
    match page.id {
        Registration => article_text!(l, step.registration),
        TbTest => article_text!(l, step.tb_test),
        DNumber => article_text!(l, step.d_number),
        Eid => article_text!(l, step.eid),
        ResidenceCard => article_text!(l, step.residence_card),
        Settlement => article_text!(l, step.settlement),
        Eligibility => article_text!(l, topic.eligibility),
        Waiting => article_text!(l, topic.waiting),
        Rights => article_text!(l, topic.rights),
        IntroductionProgramme => article_text!(l, topic.introduction_programme),
        OnlineUser => article_text!(l, topic.online_user),
        Extension => article_text!(l, topic.extension),
        Travel => article_text!(l, topic.travel),
        ChildBornInNorway => article_text!(l, topic.child_born_in_norway),
        Return => article_text!(l, topic.return_home),
        Rejected => article_text!(l, topic.rejected),
        Help => article_text!(l, topic.help),
        ArrivalCentre => article_text!(l, topic.arrival_centre),
        Money => article_text!(l, topic.money),
        RegistrationAppointment => article_text!(l, letter.registration_appointment),
        AsylumSeekerCard => article_text!(l, letter.asylum_seeker_card),
        TbCall => article_text!(l, letter.tb_call),
        DecisionGranted => article_text!(l, letter.decision_granted),
        PolicePhotoLetter => article_text!(l, letter.police_photo),
        CardByPost => article_text!(l, letter.card_by_post),
        NationalIdNumber => article_text!(l, letter.national_id_number),
        PinCode => article_text!(l, letter.pin_code),
        BuypassCode => article_text!(l, letter.buypass_code),
        MunicipalityOffer => article_text!(l, letter.municipality_offer),
        ExtensionDecision => article_text!(l, letter.extension_decision),
        ExtensionRefused => article_text!(l, letter.extension_refused),
        AdvanceNotice => article_text!(l, letter.advance_notice),
        AsylumRefused => article_text!(l, letter.asylum_refused),
    }
}

impl ArticleId {
    /// Its key in locales/*.json (`step.<key>`, `topic.<key>` or `letter.<key>`), as `article_text` names it: the
    /// id with `_` for `-`, except "return", a Rust keyword.
    pub fn locale_key(self) -> String {
        match self {
            ArticleId::Return => "return_home".into(),
            id => id.as_str().replace('-', "_"),
        }
    }
}

/// The sentence of a change-log entry.
pub fn change_text(key: ChangeKey, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match key {
        ChangeKey::C2026_11_26 => td_string!(l, changes.c2026_11_26),
        ChangeKey::C2026_12_02 => td_string!(l, changes.c2026_12_02),
        ChangeKey::C2026_12_07 => td_string!(l, changes.c2026_12_07),
    }
}

/// The publishers of the sources the pages cite (in English, the reference language), in the
/// registry's order: the About page names these and no others.
pub fn cited_publishers() -> Vec<Publisher> {
    let cited: Vec<&str> = journey::all()
        .flat_map(|p| article_text(p, Lang::En).sources())
        .collect();
    Publisher::ALL
        .into_iter()
        .filter(|p| sources::all().any(|s| s.publisher == *p && cited.contains(&s.id.as_str())))
        .collect()
}

/// A publisher's name in one language.
pub fn publisher_name(p: Publisher, lang: Lang) -> &'static str {
    let l = Locale::from(lang);
    match p {
        Publisher::Udi => td_string!(l, publisher.udi),
        Publisher::Police => td_string!(l, publisher.police),
        Publisher::Imdi => td_string!(l, publisher.imdi),
        Publisher::Norge => td_string!(l, publisher.norge),
        Publisher::Government => td_string!(l, publisher.government),
        Publisher::Storting => td_string!(l, publisher.storting),
        Publisher::Nav => td_string!(l, publisher.nav),
        Publisher::Skatteetaten => td_string!(l, publisher.skatteetaten),
        Publisher::Helsenorge => td_string!(l, publisher.helsenorge),
        Publisher::Fhi => td_string!(l, publisher.fhi),
        Publisher::Unhcr => td_string!(l, publisher.unhcr),
        Publisher::PublicAgencies => td_string!(l, publisher.public_agencies),
        // An outlet's own name; the source list labels it as news (`article.news`).
        Publisher::News(outlet) => outlet,
    }
}

fn verified(id: &str) -> Option<Date> {
    sources::find(id).and_then(|s| s.id.verified())
}

/// The sources a page cites (the same in every language, tests/it/content.rs).
fn cited(page: &Article) -> Vec<&'static str> {
    article_text(page, Lang::En).sources()
}

impl Article {
    pub fn checked(&self) -> Checked {
        review::checked(&cited(self), self.reviewed, verified)
    }

    /// The day the page's age is counted from.
    pub fn stale_basis(&self) -> Date {
        review::stale_basis(&cited(self), self.reviewed, verified)
    }

    /// Whether, on `today`, the page is so long past its sources' check that it must say so.
    pub fn is_stale(&self, today: Date) -> bool {
        self.stale_basis().days_until(today) > journey::STALE_AFTER_DAYS
    }
}
