//! The one place phone numbers and web addresses live. Texts refer to them as `[tel:ID]` and
//! `[link:ID]`; each entry names the seed it comes from.

use super::sources::Seed;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub id: &'static str,
    /// For the `tel:` link, no spaces.
    pub tel: &'static str,
    /// As printed in the source.
    pub display: &'static str,
    /// Whether `contact.<id>.hours` gives opening hours.
    pub has_hours: bool,
    pub source: Seed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: &'static str,
    /// The full URL where a seed gives one, else the site's home page; never a guessed path.
    pub url: &'static str,
    /// How the source page names it, so a reviewer (and a test) can find it there.
    pub named: &'static str,
    pub source: Seed,
}

pub const CONTACTS: &[Contact] = &[
    Contact {
        id: "emergency",
        tel: "112",
        display: "112",
        has_hours: false,
        source: Seed::UnhcrNorway,
    },
    Contact {
        id: "police",
        tel: "02800",
        display: "02800",
        has_hours: false,
        source: Seed::UnhcrNorway,
    },
    Contact {
        id: "medical",
        tel: "+47116117",
        display: "+47 116 117",
        has_hours: false,
        source: Seed::UnhcrNorway,
    },
    Contact {
        id: "udi",
        tel: "+4723351500",
        display: "+47 23 35 15 00",
        has_hours: true,
        source: Seed::UnhcrNorway,
    },
    Contact {
        id: "eid_help",
        tel: "+4780030300",
        display: "+47 800 30 300",
        has_hours: false,
        source: Seed::NorgeEid,
    },
];

pub const LINKS: &[Link] = &[
    Link {
        id: "udi",
        url: "https://www.udi.no/",
        named: "Directorate of Immigration",
        source: Seed::UnhcrNorway,
    },
    Link {
        id: "imdi",
        url: "https://www.imdi.no/",
        named: "IMDi",
        source: Seed::Udi,
    },
    Link {
        id: "police",
        url: "https://www.politiet.no/",
        named: "police district",
        source: Seed::UnhcrNorway,
    },
    Link {
        id: "norge",
        url: "https://www.norge.no/en",
        named: "www.norge.no/en",
        source: Seed::NorgeEid,
    },
    Link {
        id: "mailbox",
        url: "https://www.norge.no/en/choose-digital-mailbox",
        named: "https://www.norge.no/en/choose-digital-mailbox",
        source: Seed::NorgeEid,
    },
    Link {
        id: "helsenorge",
        url: "https://www.helsenorge.no/",
        named: "Helsenorge.no",
        source: Seed::NorgeEid,
    },
    Link {
        id: "nav",
        url: "https://www.nav.no/",
        named: "Nav.no",
        source: Seed::NorgeEid,
    },
    Link {
        id: "skatteetaten",
        url: "https://www.skatteetaten.no/",
        named: "Skatteetaten.no",
        source: Seed::NorgeEid,
    },
    Link {
        id: "buypass",
        url: "https://www.buypass.no/",
        named: "leverandøren Buypass",
        source: Seed::NorgeEidNynorsk,
    },
    Link {
        id: "prado_passport",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        source: Seed::NorgeEidNynorsk,
    },
    Link {
        id: "prado_travel",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        source: Seed::NorgeEidNynorsk,
    },
    Link {
        id: "prado_id_card",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        source: Seed::NorgeEidNynorsk,
    },
];

pub fn contact(id: &str) -> Option<&'static Contact> {
    CONTACTS.iter().find(|c| c.id == id)
}

pub fn link(id: &str) -> Option<&'static Link> {
    LINKS.iter().find(|l| l.id == id)
}
