//! Every official page the guide's facts come from: the five seed pages (2022–23, in
//! ../shared/seeds) and the newer pages of ../shared/sources/current-rules.md. Each block of an
//! article names its sources by id (`[src:id,...]`); tests/content.rs checks that every id
//! exists, every entry is used, and every entry has an address (or is a seed without one) and
//! a date or "undated".

use crate::date::Date;

/// Who published a page. Names: `publisher.<key>` in locales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Publisher {
    Udi,
    Police,
    Imdi,
    Norge,
    Government,
    Storting,
    Nav,
    Skatteetaten,
    Helsenorge,
    Fhi,
    Unhcr,
    PublicAgencies,
}

/// The date a page states for itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    Day(Date),
    Year(u16),
    /// The page gives no date.
    Undated,
}

/// Where a reviewer finds the fact the entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A seed file in ../shared/seeds.
    Seed(&'static str),
    /// A numbered section of ../shared/sources/current-rules.md.
    Rules(u8),
}

/// The passages of a page the guide relies on, verbatim, in the page's own language, as published:
/// what the source watcher (`cargo run --release --bin sources -- check`) looks for on the live
/// page. Never a passage nobody has seen on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quotes {
    /// No passage seen verbatim (current-rules.md gives facts in its own words): the watcher
    /// reports the page as "needs a live check".
    None,
    Seen(&'static [&'static str]),
}

impl Quotes {
    pub fn passages(self) -> &'static [&'static str] {
        match self {
            Quotes::None => &[],
            Quotes::Seen(q) => q,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Cited in the texts as `[src:id]` (`SourceId::as_str`).
    pub id: SourceId,
    pub publisher: Publisher,
    pub origin: Origin,
    /// The page's address as the sources give it; None for a seed that gives none (the seeds
    /// README: never a guessed path).
    pub url: Option<&'static str>,
    pub date: AsOf,
    /// The page's own title, in the page's own language.
    pub title: &'static str,
    pub quotes: Quotes,
}

const fn src(
    id: SourceId,
    publisher: Publisher,
    origin: Origin,
    url: Option<&'static str>,
    date: AsOf,
    title: &'static str,
    quotes: Quotes,
) -> Source {
    Source {
        id,
        publisher,
        origin,
        url,
        date,
        title,
        quotes,
    }
}

/// The table below, declared once: each row is the `SourceId` variant, the id texts cite, and
/// the page's publisher, origin, address, date, title and quotes.
macro_rules! define_sources {
    ($($Id:ident = $id:literal: $publisher:expr, $origin:expr, $url:expr, $date:expr, $title:expr,
        $quotes:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum SourceId { $($Id),* }

        impl SourceId {
            /// The id the texts cite as `[src:id]`.
            pub fn as_str(self) -> &'static str {
                match self { $(SourceId::$Id => $id),* }
            }
        }

        pub const SOURCES: &[Source] =
            &[$(src(SourceId::$Id, $publisher, $origin, $url, $date, $title, $quotes)),*];
    };
}

crate::public_id!(SourceId);

/// What a reader should know about a source's address, where the sources allow no better one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceNote {
    /// The address names another topic than the text it carried when the guide was checked.
    OtherAddress,
    /// The page is on a preview host, not the publisher's public site.
    Preview,
}

impl SourceId {
    /// Texts: `source_note.<key>` in locales.
    pub fn note(self) -> Option<SourceNote> {
        match self {
            // current-rules.md: the stored copy at this address holds the "applying from Norway"
            // text; no other address for it is known.
            SourceId::UdiRegisterEn => Some(SourceNote::OtherAddress),
            // current-rules.md gives only the imdiny-prep.imdi.no address for IMDi's guide.
            SourceId::ImdiGuide6a => Some(SourceNote::Preview),
            _ => None,
        }
    }
}

use Publisher::*;

// Seeds first, then current-rules.md in the order of its sections; only pages the texts cite.
// The imdi-ukraine-training address is written without the tracking parameter (fbclid) the
// stored copy carried.
define_sources! {
    SeedNorgeEid = "seed-norge-eid":
        Norge,
        Origin::Seed("000_7a762048edda1686.txt"),
        Some("https://www.norge.no/en"),
        AsOf::Day(Date::ymd(2022, 4, 12)),
        "Access to digital services from the public sector",
        Quotes::Seen(&[
            "You can also call our helpline on phone no. +47\u{202f}800 30\u{202f}300.",
            "Select “Buypass ID” and then “Buypass ID on mobile”.",
            "You must then enter your Norwegian ID number, which is stated on the asylum seeker certificate you received from the police upon registration in Norway.",
            "You log on in the same way for all of these services, and you only need one electronic ID.",
        ]);
    SeedNorgeEidNn = "seed-norge-eid-nn":
        Norge,
        Origin::Seed("001_2e561fc491ce3aa7.txt"),
        // The seed names no address: the site's home page (seeds README).
        Some("https://www.norge.no/"),
        AsOf::Undated,
        "Tilgang til digitale tenester frå det offentlege",
        Quotes::Seen(&[
            "Du må sjølv bestille og betale din elektroniske ID på nettsidene til leverandøren Buypass.",
            "Du må ha eit gyldig norsk ID-nummer som er registert i Folkeregisteret.",
            "Du må ha ei norsk postadresse der du kan motta aktiveringskoden for Buypass ID (du må vise passet ditt når du hentar koden på postkontoret)",
            "Du kan også ringe til ID-porten brukarstøtte på nummer +47\u{202f}800 30\u{202f}300.",
        ]);
    SeedUnhcr = "seed-unhcr":
        Unhcr,
        Origin::Seed("002_d4248d5b0b525977.txt"),
        None,
        AsOf::Undated,
        "Information for people fleeing Ukraine seeking protection in Norway",
        Quotes::Seen(&[
            "Children have the right to go to school in Norway while you wait for an answer to your application. This applies to children from the age of 6 – 16 years.",
            "In case of an emergency, call the police at 📞 112. If there is no urgency, you can call 📞 02800.",
            "In case of a medical emergency, you can also call 📞 +47 116 117 to contact the nearest emergency room.",
            "The D number will appear in the bottom right corner of the asylum seeker card.",
        ]);
    SeedUdi = "seed-udi":
        Udi,
        Origin::Seed("003_7de6c47ab3434293.txt"),
        Some("https://www.udi.no/"),
        AsOf::Year(2023),
        "Collective protection: decision, residence card, settlement, extension, travel, return",
        Quotes::Seen(&[
            "Your residence card will be sent to you by post.",
            "It is important that your name is visible on the mailbox for you to receive the letters we send to you.",
            "You only get one offer from a municipality, and it can be anywhere in Norway.",
            "Please note that by declining IMDi’s offer, you lose the right to the introductory program and introductory benefit and will have to manage on your own financially.",
        ]);
    SeedOnlineUser = "seed-online-user":
        PublicAgencies,
        Origin::Seed("004_364c4b5274dcf3d5.txt"),
        None,
        AsOf::Undated,
        "Become an online user and get access to public services online",
        Quotes::Seen(&[
            "First, you need to order a PIN code letter.",
            "It will take a couple of days before you receive it by post at the address you've registered with the National Population Register.",
            "You need a Norwegian identification number (Norwegian national identity number or D number) to become an online user.",
            "If you're from a country outside the EU/EEA, you'll get an identification number when you've applied for a residence permit and you've had an appointment with the police.",
        ]);
    UdiRegister = "udi-register":
        Udi,
        Origin::Rules(1),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/ankomst-til-norge/jeg-er-ukrainsk-statsborger-i-norge-og-onsker-a-registrere-meg-som-asylsoker.-hva-gjor-jeg/",
        ),
        AsOf::Undated,
        "Jeg er ukrainsk statsborger i Norge og ønsker å registrere meg som asylsøker. Hva gjør jeg?",
        Quotes::None;
    PoliceApply = "police-apply":
        Police,
        Origin::Rules(1),
        Some(
            "https://www.politiet.no/en/tjenester/opphold-i-norge-og-asyl/ukraina/slik-soker-ukrainske-borgere-kollektiv-beskyttelse-i-norge/",
        ),
        AsOf::Undated,
        "Slik søker ukrainske borgere kollektiv beskyttelse i Norge",
        Quotes::None;
    UdiRegisterEn = "udi-register-en":
        Udi,
        Origin::Rules(1),
        Some(
            "https://udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/other-reason-for-residence/how-can-my-family-come-to-norway",
        ),
        AsOf::Undated,
        "Where can I register my application for protection? (applying from Norway)",
        Quotes::None;
    UdiNewsPrivatePets = "udi-news-private-pets":
        Udi,
        Origin::Rules(1),
        Some("https://udi.no/aktuelt/kutter-stotte-til-a-bo-privat-og-til-kjaledyrhold-pa-mottak/"),
        AsOf::Day(Date::ymd(2024, 1, 29)),
        "Kutter støtte til å bo privat og til kjæledyrhold på mottak",
        Quotes::None;
    UdiArrivalCentre = "udi-arrival-centre":
        Udi,
        Origin::Rules(1),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/ukraine/apply-for-protection/i-am-in-norway-applying-from-norway/what-happens-at-natl-arrival-ctr/",
        ),
        AsOf::Undated,
        "What happens at the National Arrival Centre?",
        Quotes::None;
    UdiGlossaryArrival = "udi-glossary-arrival":
        Udi,
        Origin::Rules(1),
        Some("https://www.udi.no/ord-og-begreper/asylmottak-ulike-typer/nasjonalt-ankomstsenter/"),
        AsOf::Undated,
        "Nasjonalt ankomstsenter (ord og begreper)",
        Quotes::None;
    UdiIdentity = "udi-identity":
        Udi,
        Origin::Rules(1),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/skal-soke-rettigheter-og-plikter/slik-kan-du-dokumentere-identiteten-din/",
        ),
        AsOf::Undated,
        "Slik kan du dokumentere identiteten din",
        Quotes::None;
    PoliceQa = "police-qa":
        Police,
        Origin::Rules(1),
        Some("https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/ukraina/sporsmal-og-svar/"),
        AsOf::Undated,
        "Ukraina: spørsmål og svar",
        Quotes::None;
    PoliceArrivals = "police-arrivals":
        Police,
        Origin::Rules(1),
        Some(
            "https://www.politiet.no/en/om-politiet/organisasjonen/specialist-agencies/politiets-utlendingsenhet/the-arrivals-phase--asylum-seekers-first-meeting-with-the-police/",
        ),
        AsOf::Undated,
        "The arrivals phase: asylum seekers' first meeting with the police",
        Quotes::None;
    UdiLocalPolice = "udi-local-police":
        Udi,
        Origin::Rules(1),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/arrival-in-norway/this-happens-when-you-register-with-the-local-police/",
        ),
        AsOf::Undated,
        "This happens when you register with the local police",
        Quotes::None;
    UdiWhoQualifies = "udi-who-qualifies":
        Udi,
        Origin::Rules(2),
        Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/apply-for-protection/i-am-in-norway-applying-from-norway/hvem-kan-fa-kollektiv-beskyttelse",
        ),
        AsOf::Undated,
        "Who can get collective protection?",
        Quotes::None;
    GovDualCitizens = "gov-dual-citizens":
        Government,
        Origin::Rules(2),
        Some(
            "https://regjeringen.no/en/aktuelt/ukrainians-with-dual-citizenship-will-not-be-granted-temporary-collective-protection-in-norway/id3019700",
        ),
        AsOf::Day(Date::ymd(2023, 12, 20)),
        "Ukrainians with dual citizenship will not be granted temporary collective protection in Norway",
        Quotes::None;
    UdiExtensionEn = "udi-extension-en":
        Udi,
        Origin::Rules(2),
        Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/i-want-to-extend-my-stay-in-norway/i-have-collective-protection-status-but-my-permit-is-expiring-soon.-is-there-anything-i-need-to-do",
        ),
        AsOf::Undated,
        "I have collective protection status, but my permit is expiring soon. Is there anything I need to do?",
        Quotes::None;
    UdiSafeAreas = "udi-safe-areas":
        Udi,
        Origin::Rules(2),
        Some(
            "https://udi.no/en/important-messages/important-changes-to-the-right-to-apply-for-collective-protection",
        ),
        AsOf::Undated,
        "Important changes to the right to apply for collective protection",
        Quotes::None;
    UdiIndividualPractice = "udi-individual-practice":
        Udi,
        Origin::Rules(2),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/orientation-meeting-about-individual-protection/how-will-udi-process-applications-for-individual-protection/",
        ),
        AsOf::Undated,
        "How will UDI process applications for individual protection?",
        Quotes::None;
    UdiNewsIndividual = "udi-news-individual":
        Udi,
        Origin::Rules(2),
        Some("https://udi.no/aktuelt/individuell-behandling-av-asylsoknader-fra-ukraina/"),
        AsOf::Day(Date::ymd(2024, 5, 22)),
        "Individuell behandling av asylsøknader fra Ukraina",
        Quotes::None;
    GovCircularG05 = "gov-circular-g05":
        Government,
        Origin::Rules(2),
        Some(
            "https://www.regjeringen.no/no/dokumenter/g-052024-ikrafttredelse-av-endringer-i-utlendingsforskriften-7-5-a-avgrensning-av-personkretsen-som-omfattes-av-ordningen-med-midlertidig-kollektiv-beskyttelse-for-fordrevne-fra-ukraina/id3041388/",
        ),
        // The circular's number names its year; 31 May 2024 is when the rule was adopted, not a
        // date the page states.
        AsOf::Year(2024),
        "G-05/2024 Ikrafttredelse av endringer i utlendingsforskriften § 7-5 a",
        Quotes::None;
    UdiOtherPermit = "udi-other-permit":
        Udi,
        Origin::Rules(2),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/ukraine/i-have-received-an-answer-to-my-application/my-application-has-been-rejected/you-have-a-different-residence-permit/",
        ),
        AsOf::Undated,
        "You have a different residence permit",
        Quotes::None;
    UdiRules2026 = "udi-rules-2026":
        Udi,
        Origin::Rules(2),
        Some(
            "https://www.udi.no/en/important-messages/new-case-processing-rules-for-collective-protection-and-exemptions-from-the-requirement-for-an-asylum-interview/",
        ),
        AsOf::Undated,
        "New case processing rules for collective protection and exemptions from the requirement for an asylum interview",
        Quotes::None;
    FhiTbScreening = "fhi-tb-screening":
        Fhi,
        Origin::Rules(3),
        Some("https://www.fhi.no/sm/asylsokeres-helse/tuberkulosescreening-av-asylsokere"),
        AsOf::Undated,
        "Tuberkulosescreening av asylsøkere",
        Quotes::None;
    FhiTbGuide = "fhi-tb-guide":
        Fhi,
        Origin::Rules(3),
        Some(
            "https://www.fhi.no/nettpub/tuberkuloseveilederen/forekomst-og-kontroll/4.-grupper-med-plikt-til-tuberkulos/",
        ),
        AsOf::Undated,
        "Tuberkuloseveilederen: grupper med plikt til tuberkuloseundersøkelse",
        Quotes::None;
    UdiTbCosts = "udi-tb-costs":
        Udi,
        Origin::Rules(3),
        Some(
            "https://www.udi.no/en/asylum-reception-centres/jobber-i-mottak/dekning-av-utgifter-til-helse--og-omsorgstjenester-for-beboere-i-asylmottak/tuberkuloseundersokelse/",
        ),
        AsOf::Undated,
        "Tuberkuloseundersøkelse (beboere i asylmottak)",
        Quotes::None;
    SkattUkraine = "skatt-ukraine":
        Skatteetaten,
        Origin::Rules(4),
        Some("https://www.skatteetaten.no/person/utenlandsk/ukraina/"),
        AsOf::Undated,
        "Ukraina (Skatteetaten)",
        Quotes::None;
    UdiDecision = "udi-decision":
        Udi,
        Origin::Rules(4),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/oppfyller-krav-til-kollektiv-beskyttelse/du-far-svar/",
        ),
        AsOf::Undated,
        "Du får svar",
        Quotes::None;
    UdiExtensionNb = "udi-extension-nb":
        Udi,
        Origin::Rules(4),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/jeg-har-kollektiv-beskyttelse-og-tillatelsen-min-gar-snart-ut.-kan-jeg-fornye-tillatelsen/",
        ),
        AsOf::Undated,
        "Jeg har kollektiv beskyttelse og tillatelsen min går snart ut. Kan jeg fornye tillatelsen?",
        Quotes::None;
    GovThirdYear = "gov-third-year":
        Government,
        Origin::Rules(4),
        Some(
            "https://www.regjeringen.no/no/aktuelt/fordrevne-fra-ukraina-far-forlenget-oppholdstillatelsen-i-norge-med-ytterligere-ett-ar/id3025954/",
        ),
        AsOf::Undated,
        "Fordrevne fra Ukraina får forlenget oppholdstillatelsen i Norge med ytterligere ett år",
        Quotes::None;
    UdiExtendedOneYear = "udi-extended-one-year":
        Udi,
        Origin::Rules(4),
        Some(
            "https://udi.no/ru/important-messages/the-collective-protection-scheme-is-extended-by-one-year",
        ),
        AsOf::Undated,
        "The collective protection scheme is extended by one year",
        Quotes::None;
    UdiNoExtension = "udi-no-extension":
        Udi,
        Origin::Rules(4),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/who-does-not-get-an-extension-of-collective-protection/",
        ),
        AsOf::Undated,
        "Who does not get an extension of collective protection?",
        Quotes::None;
    UdiBiometrics = "udi-biometrics":
        Udi,
        Origin::Rules(4),
        Some(
            "https://www.udi.no/nn/ord-og-omgrep/gi-fingeravtrykka-dine-og-ansiktsbilete-ditt-biometri/",
        ),
        AsOf::Undated,
        "Gi fingeravtrykka dine og ansiktsbiletet ditt (biometri)",
        Quotes::None;
    NorgeDigitalAccess = "norge-digital-access":
        Norge,
        Origin::Rules(5),
        Some("https://www.norge.no/nn/tilgang-til-digitale-tenester-fra-det-offentlege"),
        AsOf::Undated,
        "Tilgang til digitale tenester frå det offentlege",
        Quotes::None;
    NorgeMinidNn = "norge-minid-nn":
        Norge,
        Origin::Rules(5),
        Some("https://www.norge.no/nn/minid"),
        AsOf::Undated,
        "MinID",
        Quotes::None;
    NorgeEid = "norge-eid":
        Norge,
        Origin::Rules(5),
        Some("https://www.norge.no/nb/digital-borger/elektronisk-id"),
        AsOf::Undated,
        "Elektronisk ID",
        Quotes::None;
    NorgeMinidEn = "norge-minid-en":
        Norge,
        Origin::Rules(5),
        Some("https://www.norge.no/en/minid"),
        AsOf::Undated,
        "MinID",
        Quotes::None;
    NavEidAbroad = "nav-eid-abroad":
        Nav,
        Origin::Rules(5),
        Some(
            "https://www.nav.no/en/home/shortcuts/are-you-living-abroad-without-electronic-id-for-navs-digital-services",
        ),
        AsOf::Undated,
        "Are you living abroad without electronic ID for NAV's digital services?",
        Quotes::None;
    UdiLogin = "udi-login":
        Udi,
        Origin::Rules(5),
        Some("https://udi.no/en/word-definitions/log-in/"),
        AsOf::Undated,
        "Log in",
        Quotes::None;
    UdiGranted = "udi-granted":
        Udi,
        Origin::Rules(6),
        Some(
            "https://udi.no/en/information-ukraine-and-russia/ukraine/i-have-received-an-answer-to-my-application/my-application-for-collective-protection-has-been-granted",
        ),
        AsOf::Undated,
        "My application for collective protection has been granted",
        Quotes::None;
    GovProp94 = "gov-prop-94":
        Government,
        Origin::Rules(6),
        Some("https://www.regjeringen.no/no/dokumenter/prop.-94-l-20232024/id3034997/"),
        AsOf::Undated,
        "Prop. 94 L (2023–2024)",
        Quotes::None;
    UdiFaqPermanent = "udi-faq-permanent":
        Udi,
        Origin::Rules(6),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/frequently-asked-questions-and-answers/what-does-it-mean-that-collective-protection-does-not-form-the-basis-for-permanent-residence/",
        ),
        AsOf::Undated,
        "What does it mean that collective protection does not form the basis for permanent residence?",
        Quotes::None;
    UdiFaqDifference = "udi-faq-difference":
        Udi,
        Origin::Rules(6),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/frequently-asked-questions-and-answers/what-is-the-difference-between-protection-and-temporary-collective-protection/",
        ),
        AsOf::Undated,
        "What is the difference between protection and temporary collective protection?",
        Quotes::None;
    UdiFaqOtherPermits = "udi-faq-other-permits":
        Udi,
        Origin::Rules(6),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/frequently-asked-questions-and-answers/may-i-apply-for-other-types-of-permits/",
        ),
        AsOf::Undated,
        "May I apply for other types of permits?",
        Quotes::None;
    UdiSettlement = "udi-settlement":
        Udi,
        Origin::Rules(7),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/settlement/",
        ),
        AsOf::Undated,
        "Settlement",
        Quotes::None;
    UdiSelfSettlement = "udi-self-settlement":
        Udi,
        Origin::Rules(7),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/selvbosetting/",
        ),
        AsOf::Undated,
        "Selvbosetting",
        Quotes::None;
    ImdiSelfSettlement = "imdi-self-settlement":
        Imdi,
        Origin::Rules(7),
        Some("https://www.imdi.no/planlegging-og-bosetting/bosettingsprosessen/selvbosetting/"),
        AsOf::Day(Date::ymd(2021, 9, 2)),
        "Selvbosetting",
        Quotes::None;
    ImdiChapter6a = "imdi-chapter-6a":
        Imdi,
        Origin::Rules(8),
        Some(
            "https://www.imdi.no/kvalifisering/regelverk/kapittel-6a-midlertidige-regler-for-fordrevne-fra-ukraina/",
        ),
        AsOf::Day(Date::ymd(2023, 8, 1)),
        "Kapittel 6A: midlertidige regler for fordrevne fra Ukraina",
        Quotes::None;
    ImdiIntroRules = "imdi-intro-rules":
        Imdi,
        Origin::Rules(8),
        Some(
            "https://introduksjonsprogrammet.imdi.no/regler-om-deltakelse-i-introduksjonsprogrammet/",
        ),
        AsOf::Day(Date::ymd(2023, 12, 13)),
        "Regler om deltakelse i introduksjonsprogrammet",
        Quotes::None;
    GovExtends2026 = "gov-extends-2026":
        Government,
        Origin::Rules(8),
        Some(
            "https://www.regjeringen.no/no/aktuelt/regjeringen-vil-fjerne-retten-til-etterbetaling-av-barnetrygd-og-forlenger-midlertidige-endringer-i-to-ar/id3032917/",
        ),
        AsOf::Undated,
        "Regjeringen vil fjerne retten til etterbetaling av barnetrygd og forlenger midlertidige endringer i to år",
        Quotes::None;
    StortingInnst430 = "storting-innst-430":
        Storting,
        Origin::Rules(8),
        Some(
            "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2023-2024/inns-202324-430l/?all=true",
        ),
        AsOf::Undated,
        "Innst. 430 L (2023–2024)",
        Quotes::None;
    ImdiGuide6a = "imdi-guide-6a":
        Imdi,
        Origin::Rules(8),
        Some(
            "https://imdiny-prep.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/8.-midlertidige-regler-for-personer-som-har-fatt-oppholdstillatelse-etter-utlendingsloven--34",
        ),
        AsOf::Undated,
        "Veileder til integreringsloven: 8. Midlertidige regler (utlendingsloven § 34)",
        Quotes::None;
    ImdiIntroUkraine = "imdi-intro-ukraine":
        Imdi,
        Origin::Rules(8),
        Some(
            "https://introduksjonsprogrammet.imdi.no/introduksjonsprogram-for-flyktninger-fra--ukraina/regelverk/",
        ),
        AsOf::Undated,
        "Introduksjonsprogram for flyktninger fra Ukraina: regelverk",
        Quotes::None;
    ImdiUkraineTraining = "imdi-ukraine-training":
        Imdi,
        Origin::Rules(8),
        Some("https://www.imdi.no/ukraina/om-opplaring-og-introduksjonsprogram/"),
        AsOf::Day(Date::ymd(2024, 4, 10)),
        "Om opplæring og introduksjonsprogram",
        Quotes::None;
    UdiReturnPeace = "udi-return-peace":
        Udi,
        Origin::Rules(9),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/can-i-return-home-to-ukraine-when-there-is-peace-even-if-i-received-collective-protection-in-norway/",
        ),
        AsOf::Undated,
        "Can I return home to Ukraine when there is peace, even if I received collective protection in Norway?",
        Quotes::None;
    UdiRightsDuties = "udi-rights-duties":
        Udi,
        Origin::Rules(9),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/want-to-apply-rights-and-obligations/rights-and-obligations-when-you-have-received-collective-protection/",
        ),
        AsOf::Undated,
        "Rights and obligations when you have received collective protection",
        Quotes::None;
    UdiReturnPeaceNb = "udi-return-peace-nb":
        Udi,
        Origin::Rules(9),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/kan-jeg-reise-hjem-til-ukraina-nar-det-blir-fred-selv-om-jeg-har-fatt-kollektiv-beskyttelse-i-norge/",
        ),
        AsOf::Undated,
        "Kan jeg reise hjem til Ukraina når det blir fred, selv om jeg har fått kollektiv beskyttelse i Norge?",
        Quotes::None;
    UdiTravelAbroad = "udi-travel-abroad":
        Udi,
        Origin::Rules(9),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/may-i-travel-abroad-while-i-have-collective-protection-in-norway/",
        ),
        AsOf::Undated,
        "May I travel abroad while I have collective protection in Norway?",
        Quotes::None;
    UdiMoveBackNb = "udi-move-back-nb":
        Udi,
        Origin::Rules(9),
        Some(
            "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/dette-trenger-du-a-vite-hvis-du-har-fatt-innvilget-kollektiv-beskyttelse-men-onsker-a-flytte-tilbake-til-ukraina/",
        ),
        AsOf::Undated,
        "Dette trenger du å vite hvis du har fått innvilget kollektiv beskyttelse, men ønsker å flytte tilbake til Ukraina",
        Quotes::None;
    UdiNewsDec2023 = "udi-news-dec-2023":
        Udi,
        Origin::Rules(10),
        Some("https://udi.no/aktuelt/endringer-i-regelverket-for-fordrevne-ukrainere/"),
        AsOf::Day(Date::ymd(2023, 12, 7)),
        "Endringer i regelverket for fordrevne ukrainere",
        Quotes::None;
    GovProp72 = "gov-prop-72":
        Government,
        Origin::Rules(10),
        Some("https://regjeringen.no/no/dokumenter/prop.-72-l-20232024/id3031838/?ch=11"),
        AsOf::Undated,
        "Prop. 72 L (2023–2024), kapittel 11",
        Quotes::None;
    UdiChildBenefitAdvance = "udi-child-benefit-advance":
        Udi,
        Origin::Rules(10),
        Some(
            "https://www.udi.no/kontakt-oss/offentlig-ansatte/ansatte-i-andre-offentlige-etater/forskottering-av-barnetrygd/",
        ),
        AsOf::Undated,
        "Forskottering av barnetrygd",
        Quotes::None;
    UdiRepatriation = "udi-repatriation":
        Udi,
        Origin::Rules(11),
        Some("https://www.udi.no/en/return/apply-for-repatriation/ukraine/"),
        AsOf::Undated,
        "Apply for repatriation: Ukraine",
        Quotes::None;
    UdiAssistedReturn = "udi-assisted-return":
        Udi,
        Origin::Rules(11),
        Some("https://www.udi.no/en/want-to-apply/assisted-return/assisted-return-to-ukraine"),
        AsOf::Undated,
        "Assisted return to Ukraine",
        Quotes::None;
    UdiMoveBackEn = "udi-move-back-en":
        Udi,
        Origin::Rules(11),
        Some(
            "https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/ny-sidif-you-have-been-granted-collective-protection-but-want-to-move-back-to-ukrainee/",
        ),
        AsOf::Undated,
        "If you have been granted collective protection but want to move back to Ukraine",
        Quotes::None;
    UdiComeBack = "udi-come-back":
        Udi,
        Origin::Rules(11),
        Some(
            "https://udi.no/informasjon-ukraina-russland/ukraina/jeg-vil-reise-ut-av-norge/kan-jeg-komme-tilbake-til-norge-hvis-jeg-angrer-pa-at-jeg-flyttet-tilbake-til-ukraina",
        ),
        AsOf::Undated,
        "Kan jeg komme tilbake til Norge hvis jeg angrer på at jeg flyttet tilbake til Ukraina?",
        Quotes::None;
    Helsenorge113 = "helsenorge-113":
        Helsenorge,
        Origin::Rules(12),
        Some("https://www.helsenorge.no/nn/forstehjelp/ring-113/"),
        AsOf::Undated,
        "Ring 113",
        Quotes::None;
}

/// Sources a person has checked on the live page, with the day: set only after such a check
/// (README, "Keeping the guide true"). None yet: the guide was checked against stored copies.
pub const VERIFIED: &[(SourceId, Date)] = &[];

impl SourceId {
    /// The day a person last checked this source on the live page.
    pub fn verified(self) -> Option<Date> {
        VERIFIED.iter().find(|(id, _)| *id == self).map(|(_, d)| *d)
    }
}

pub fn find(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id.as_str() == id)
}

impl Publisher {
    pub const ALL: [Publisher; 12] = [
        Udi,
        Police,
        Imdi,
        Norge,
        Government,
        Storting,
        Nav,
        Skatteetaten,
        Helsenorge,
        Fhi,
        Unhcr,
        PublicAgencies,
    ];
}
