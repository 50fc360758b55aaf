//! current-rules.md sections 1–3: registration, who gets collective protection, the TB test.

use super::Publisher::*;
use super::{AsOf, Origin, Quotes, Source, SourceId::*};
use crate::date::Date;

pub(super) const ARRIVAL: &[Source] = &[
    Source {
        id: UdiRegister,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/ankomst-til-norge/jeg-er-ukrainsk-statsborger-i-norge-og-onsker-a-registrere-meg-som-asylsoker.-hva-gjor-jeg/",
        ),
        date: AsOf::Undated,
        title: "Jeg er ukrainsk statsborger i Norge og ønsker å registrere meg som asylsøker. Hva gjør jeg?",
        quotes: Quotes::None,
    },
    Source {
        id: PoliceApply,
        publisher: Police,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.politiet.no/en/tjenester/opphold-i-norge-og-asyl/ukraina/slik-soker-ukrainske-borgere-kollektiv-beskyttelse-i-norge/",
        ),
        date: AsOf::Undated,
        title: "Slik søker ukrainske borgere kollektiv beskyttelse i Norge",
        quotes: Quotes::None,
    },
    Source {
        id: UdiRegisterEn,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/other-reason-for-residence/how-can-my-family-come-to-norway",
        ),
        date: AsOf::Undated,
        title: "Where can I register my application for protection? (applying from Norway)",
        quotes: Quotes::None,
    },
    Source {
        id: UdiNewsPrivatePets,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://udi.no/aktuelt/kutter-stotte-til-a-bo-privat-og-til-kjaledyrhold-pa-mottak/",
        ),
        date: AsOf::Day(Date::ymd(2024, 1, 29)),
        title: "Kutter støtte til å bo privat og til kjæledyrhold på mottak",
        quotes: Quotes::None,
    },
    Source {
        id: UdiArrivalCentre,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/ukraine/apply-for-protection/i-am-in-norway-applying-from-norway/what-happens-at-natl-arrival-ctr/",
        ),
        date: AsOf::Undated,
        title: "What happens at the National Arrival Centre?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiGlossaryArrival,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.udi.no/ord-og-begreper/asylmottak-ulike-typer/nasjonalt-ankomstsenter/",
        ),
        date: AsOf::Undated,
        title: "Nasjonalt ankomstsenter (ord og begreper)",
        quotes: Quotes::None,
    },
    Source {
        id: UdiIdentity,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/skal-soke-rettigheter-og-plikter/slik-kan-du-dokumentere-identiteten-din/",
        ),
        date: AsOf::Undated,
        title: "Slik kan du dokumentere identiteten din",
        quotes: Quotes::None,
    },
    Source {
        id: PoliceQa,
        publisher: Police,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/ukraina/sporsmal-og-svar/",
        ),
        date: AsOf::Undated,
        title: "Ukraina: spørsmål og svar",
        quotes: Quotes::None,
    },
    Source {
        id: PoliceArrivals,
        publisher: Police,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.politiet.no/en/om-politiet/organisasjonen/specialist-agencies/politiets-utlendingsenhet/the-arrivals-phase--asylum-seekers-first-meeting-with-the-police/",
        ),
        date: AsOf::Undated,
        title: "The arrivals phase: asylum seekers' first meeting with the police",
        quotes: Quotes::None,
    },
    Source {
        id: UdiLocalPolice,
        publisher: Udi,
        origin: Origin::Rules(1),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/arrival-in-norway/this-happens-when-you-register-with-the-local-police/",
        ),
        date: AsOf::Undated,
        title: "This happens when you register with the local police",
        quotes: Quotes::None,
    },
    Source {
        id: UdiWhoQualifies,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/apply-for-protection/i-am-in-norway-applying-from-norway/hvem-kan-fa-kollektiv-beskyttelse",
        ),
        date: AsOf::Undated,
        title: "Who can get collective protection?",
        quotes: Quotes::None,
    },
    Source {
        id: GovDualCitizens,
        publisher: Government,
        origin: Origin::Rules(2),
        url: Some(
            "https://regjeringen.no/en/aktuelt/ukrainians-with-dual-citizenship-will-not-be-granted-temporary-collective-protection-in-norway/id3019700",
        ),
        date: AsOf::Day(Date::ymd(2023, 12, 20)),
        title: "Ukrainians with dual citizenship will not be granted temporary collective protection in Norway",
        quotes: Quotes::None,
    },
    Source {
        id: UdiExtensionEn,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do",
        ),
        date: AsOf::Undated,
        title: "I have collective protection status, but my permit is expiring soon. Is there anything I need to do?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiSafeAreas,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://udi.no/en/important-messages/important-changes-to-the-right-to-apply-for-collective-protection",
        ),
        date: AsOf::Undated,
        title: "Important changes to the right to apply for collective protection",
        quotes: Quotes::None,
    },
    Source {
        id: UdiIndividualPractice,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/orientation-meeting-about-individual-protection/how-will-udi-process-applications-for-individual-protection/",
        ),
        date: AsOf::Undated,
        title: "How will UDI process applications for individual protection?",
        quotes: Quotes::None,
    },
    Source {
        id: UdiNewsIndividual,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some("https://udi.no/aktuelt/individuell-behandling-av-asylsoknader-fra-ukraina/"),
        date: AsOf::Day(Date::ymd(2024, 5, 22)),
        title: "Individuell behandling av asylsøknader fra Ukraina",
        quotes: Quotes::None,
    },
    Source {
        id: GovCircularG05,
        publisher: Government,
        origin: Origin::Rules(2),
        url: Some(
            "https://www.regjeringen.no/no/dokumenter/g-052024-ikrafttredelse-av-endringer-i-utlendingsforskriften-7-5-a-avgrensning-av-personkretsen-som-omfattes-av-ordningen-med-midlertidig-kollektiv-beskyttelse-for-fordrevne-fra-ukraina/id3041388/",
        ),
        // The circular's number names its year; 31 May 2024 is when the rule was adopted, not a
        // date the page states.
        date: AsOf::Year(2024),
        title: "G-05/2024 Ikrafttredelse av endringer i utlendingsforskriften § 7-5 a",
        quotes: Quotes::None,
    },
    Source {
        id: UdiOtherPermit,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-have-received-an-answer-to-my-application/my-application-has-been-rejected/you-have-a-different-residence-permit/",
        ),
        date: AsOf::Undated,
        title: "You have a different residence permit",
        quotes: Quotes::None,
    },
    Source {
        id: UdiRules2026,
        publisher: Udi,
        origin: Origin::Rules(2),
        url: Some(
            "https://www.udi.no/en/important-messages/new-case-processing-rules-for-collective-protection-and-exemptions-from-the-requirement-for-an-asylum-interview/",
        ),
        // current-rules.md 13.11: the page states "Published: 30.06.2026".
        date: AsOf::Day(Date::ymd(2026, 6, 30)),
        title: "New case processing rules for collective protection and exemptions from the requirement for an asylum interview",
        quotes: Quotes::None,
    },
    Source {
        id: FhiTbScreening,
        publisher: Fhi,
        origin: Origin::Rules(3),
        url: Some("https://www.fhi.no/sm/asylsokeres-helse/tuberkulosescreening-av-asylsokere"),
        date: AsOf::Undated,
        title: "Tuberkulosescreening av asylsøkere",
        quotes: Quotes::None,
    },
    Source {
        id: FhiTbGuide,
        publisher: Fhi,
        origin: Origin::Rules(3),
        url: Some(
            "https://www.fhi.no/nettpub/tuberkuloseveilederen/forekomst-og-kontroll/4.-grupper-med-plikt-til-tuberkulos/",
        ),
        date: AsOf::Undated,
        title: "Tuberkuloseveilederen: grupper med plikt til tuberkuloseundersøkelse",
        quotes: Quotes::None,
    },
    Source {
        id: UdiTbCosts,
        publisher: Udi,
        origin: Origin::Rules(3),
        url: Some(
            "https://www.udi.no/en/asylum-reception-centres/jobber-i-mottak/dekning-av-utgifter-til-helse--og-omsorgstjenester-for-beboere-i-asylmottak/tuberkuloseundersokelse/",
        ),
        date: AsOf::Undated,
        title: "Tuberkuloseundersøkelse (beboere i asylmottak)",
        quotes: Quotes::None,
    },
];
