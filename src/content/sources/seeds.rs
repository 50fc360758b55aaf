//! The five seed pages (2022–23, ../shared/seeds), quoted verbatim.

use super::Publisher::*;
use super::{AsOf, Origin, Quotes, Source, SourceId::*};
use crate::date::Date;

pub(super) const SEEDS: &[Source] = &[
    Source {
        id: SeedNorgeEid,
        publisher: Norge,
        origin: Origin::Seed("000_7a762048edda1686.txt"),
        url: Some("https://www.norge.no/en"),
        date: AsOf::Day(Date::ymd(2022, 4, 12)),
        title: "Access to digital services from the public sector",
        quotes: Quotes::Seen(&[
            "You can also call our helpline on phone no. +47\u{202f}800 30\u{202f}300.",
            "Select “Buypass ID” and then “Buypass ID on mobile”.",
            "You must then enter your Norwegian ID number, which is stated on the asylum seeker certificate you received from the police upon registration in Norway.",
            "You log on in the same way for all of these services, and you only need one electronic ID.",
        ]),
    },
    Source {
        id: SeedNorgeEidNn,
        publisher: Norge,
        origin: Origin::Seed("001_2e561fc491ce3aa7.txt"),
        // The seed names no address: the site's home page (seeds README).
        url: Some("https://www.norge.no/"),
        date: AsOf::Undated,
        title: "Tilgang til digitale tenester frå det offentlege",
        quotes: Quotes::Seen(&[
            "Du må sjølv bestille og betale din elektroniske ID på nettsidene til leverandøren Buypass.",
            "Du må ha eit gyldig norsk ID-nummer som er registert i Folkeregisteret.",
            "Du må ha ei norsk postadresse der du kan motta aktiveringskoden for Buypass ID (du må vise passet ditt når du hentar koden på postkontoret)",
            "Du kan også ringe til ID-porten brukarstøtte på nummer +47\u{202f}800 30\u{202f}300.",
        ]),
    },
    Source {
        id: SeedUnhcr,
        publisher: Unhcr,
        origin: Origin::Seed("002_d4248d5b0b525977.txt"),
        url: None,
        date: AsOf::Undated,
        title: "Information for people fleeing Ukraine seeking protection in Norway",
        quotes: Quotes::Seen(&[
            "Children have the right to go to school in Norway while you wait for an answer to your application. This applies to children from the age of 6 – 16 years.",
            "In case of an emergency, call the police at 📞 112. If there is no urgency, you can call 📞 02800.",
            "In case of a medical emergency, you can also call 📞 +47 116 117 to contact the nearest emergency room.",
            "The D number will appear in the bottom right corner of the asylum seeker card.",
        ]),
    },
    Source {
        id: SeedUdi,
        publisher: Udi,
        origin: Origin::Seed("003_7de6c47ab3434293.txt"),
        url: Some("https://www.udi.no/"),
        date: AsOf::Year(2023),
        title: "Collective protection: decision, residence card, settlement, extension, travel, return",
        quotes: Quotes::Seen(&[
            "Your residence card will be sent to you by post.",
            "It is important that your name is visible on the mailbox for you to receive the letters we send to you.",
            "You only get one offer from a municipality, and it can be anywhere in Norway.",
            "Please note that by declining IMDi’s offer, you lose the right to the introductory program and introductory benefit and will have to manage on your own financially.",
        ]),
    },
    Source {
        id: SeedOnlineUser,
        publisher: PublicAgencies,
        origin: Origin::Seed("004_364c4b5274dcf3d5.txt"),
        url: None,
        date: AsOf::Undated,
        title: "Become an online user and get access to public services online",
        quotes: Quotes::Seen(&[
            "First, you need to order a PIN code letter.",
            "It will take a couple of days before you receive it by post at the address you've registered with the National Population Register.",
            "You need a Norwegian identification number (Norwegian national identity number or D number) to become an online user.",
            "If you're from a country outside the EU/EEA, you'll get an identification number when you've applied for a residence permit and you've had an appointment with the police.",
        ]),
    },
];
