//! current-rules.md section 13 (2026-12-07): the rules that decide rights in 2026–27, and the
//! news reports the guide may cite beside an official page for a `[reported]` change.

use super::Publisher::*;
use super::{AsOf, Origin, Quotes, Source, SourceId::*};
use crate::date::Date;

pub(super) const RIGHTS: &[Source] = &[
    Source {
        id: GovMen1860,
        publisher: Government,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.regjeringen.no/en/whats-new/the-government-proposes-restrictions-for-ukrainian-men/id3150326",
        ),
        date: AsOf::Day(Date::ymd(2026, 2, 26)),
        title: "The Government proposes restrictions for Ukrainian men",
        quotes: Quotes::None,
    },
    Source {
        id: UdiLeaveNorway,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-leave-norway",
        ),
        date: AsOf::Undated,
        title: "I want to leave Norway",
        quotes: Quotes::None,
    },
    Source {
        id: UdiWithdraw,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.udi.no/uk/information-ukraine-and-russia/ukraine/i-want-to-leave-norway/can-i-withdraw-my-application/",
        ),
        date: AsOf::Undated,
        title: "Can I withdraw my application?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiFaqArrivalStay,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/frequently-asked-questions-and-answers/how-long-will-i-stay-at-the-national-arrival-centre-when-i-apply-for-protection/",
        ),
        date: AsOf::Undated,
        title: "How long will I stay at the National Arrival Centre when I apply for protection?",
        quotes: Quotes::None,
    },
    Source {
        id: ImdiPrivate,
        publisher: Imdi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.imdi.no/planlegging-og-bosetting/slik-bosettes-flyktninger/privatboende/",
        ),
        date: AsOf::Day(Date::ymd(2024, 4, 11)),
        title: "Privatboende",
        quotes: Quotes::None,
    },
    Source {
        id: ImdiFamilies,
        publisher: Imdi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.imdi.no/planlegging-og-bosetting/slik-bosettes-flyktninger/familier-og-enslige-voksne/",
        ),
        date: AsOf::Day(Date::ymd(2021, 8, 30)),
        title: "Familier og enslige voksne",
        quotes: Quotes::None,
    },
    Source {
        id: UdiLoseProtection,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/i-have-received-an-answer-to-my-application/my-application-for-collective-protection-has-been-granted/what-happens-if-i-lose-my-collective-protection-status-in-norway",
        ),
        date: AsOf::Undated,
        title: "What happens if I lose my collective protection status in Norway?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiRefusedIndividual,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/waiting-for-a-decision/individual-protection/what-happens-if-my-application-is-rejected-do-i-have-to-return-to-ukraine",
        ),
        date: AsOf::Undated,
        title: "What happens if my application is rejected? Do I have to return to Ukraine?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiChildBorn,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/apply-for-protection/residence-for-children-born-in-norway",
        ),
        date: AsOf::Undated,
        title: "Residence for children born in Norway",
        quotes: Quotes::None,
    },
    Source {
        id: HelsenorgeRefugees,
        publisher: Helsenorge,
        origin: Origin::Rules(13),
        url: Some("https://www.helsenorge.no/utlendinger-i-norge/flyktninger-og-asylsokere/"),
        date: AsOf::Undated,
        title: "Flyktninger og asylsøkere",
        quotes: Quotes::None,
    },
    Source {
        id: UdiMyPage,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some("https://udi.no/uk/my-page/logging-in"),
        date: AsOf::Undated,
        title: "Logging in",
        quotes: Quotes::None,
    },
    Source {
        id: UdiOlderAppeal,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/i-have-not-moved-abroad-and-have-not-had-my-residence-permit-extended.-what-happens-next-with-my-case/",
        ),
        date: AsOf::Undated,
        title: "I have not moved abroad and have not had my residence permit extended. What happens next with my case?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiNotFulfil,
        publisher: Udi,
        origin: Origin::Rules(13),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-have-received-an-answer-to-my-application/my-application-has-been-rejected/you-do-not-fulfil-the-requirements-for-a-permit/",
        ),
        date: AsOf::Undated,
        title: "You do not fulfil the requirements for a permit",
        quotes: Quotes::None,
    },
    Source {
        id: ImdiLegalGuide6a,
        publisher: Imdi,
        origin: Origin::Rules(13),
        url: Some(
            "https://imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringslovens-midlertidige-kapittel-6a",
        ),
        date: AsOf::Day(Date::ymd(2024, 12, 10)),
        title: "Juridisk veileder til integreringslovens midlertidige kapittel 6A",
        quotes: Quotes::None,
    },
    // News: only for the `[reported]` facts of 13.1 and 13.2, always beside an official page
    // (tests/it/content.rs). Titles as the outlets' addresses give them.
    Source {
        id: NewsUnnSafeAreas,
        publisher: News("UNN"),
        origin: Origin::Rules(13),
        url: Some(
            "https://unn.ua/en/news/norway-will-not-grant-asylum-to-ukrainians-from-14-safe-regions-which-ones",
        ),
        date: AsOf::Day(Date::ymd(2025, 1, 14)),
        title: "Norway will not grant asylum to Ukrainians from 14 safe regions: which ones",
        quotes: Quotes::None,
    },
    Source {
        id: NewsCensorSafeAreas,
        publisher: News("Censor.net"),
        origin: Origin::Rules(13),
        url: Some(
            "https://censor.net/ru/news/3530255/v-spisok-bezopasnyh-oblasteyi-ukrainy-norvegiya-vnesla-esche-neskolko",
        ),
        date: AsOf::Day(Date::ymd(2025, 1, 14)),
        title: "В список безопасных областей Украины Норвегия внесла еще несколько",
        quotes: Quotes::None,
    },
    Source {
        id: NewsGrannar14,
        publisher: News("Grannar"),
        origin: Origin::Rules(13),
        url: Some(
            "https://grannar.no/2025/10/400-ukrainarar-nekta-opphald-i-noreg-etter-innstrammingar/",
        ),
        date: AsOf::Day(Date::ymd(2025, 10, 30)),
        title: "400 ukrainarar nekta opphald i Noreg etter innstrammingar",
        quotes: Quotes::None,
    },
    Source {
        id: NewsUnnMen,
        publisher: News("UNN"),
        origin: Origin::Rules(13),
        url: Some(
            "https://unn.ua/en/news/norway-tightens-rules-for-ukrainian-male-refugees-what-will-change",
        ),
        date: AsOf::Day(Date::ymd(2026, 2, 26)),
        title: "Norway tightens rules for Ukrainian male refugees: what will change",
        quotes: Quotes::None,
    },
    Source {
        id: NewsLbMen,
        publisher: News("LB.ua"),
        origin: Origin::Rules(13),
        url: Some("https://lb.ua/society/2026/02/27/724592_norvegiya_nadavatime_timchasoviy.html"),
        date: AsOf::Day(Date::ymd(2026, 2, 27)),
        // The address gives only the first words of the title.
        title: "Норвегія надаватиме тимчасовий …",
        quotes: Quotes::None,
    },
];
