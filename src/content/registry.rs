//! The one place phone numbers, web addresses, street addresses and e-mail addresses live. Texts
//! refer to them as `[tel:ID]`, `[link:ID]`, `[addr:ID]` and `[mail:ID]`; each entry names the
//! source it comes from. Their texts (`contact_hours.<id>`, `link.<id>` in locales) are matched
//! exhaustively in `texts::registry`, so a missing one fails the build.

use super::sources::SourceId::{self, *};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub id: ContactId,
    /// For the `tel:` link, no spaces.
    pub tel: &'static str,
    /// As printed in the source, less the country code of a short number.
    pub display: &'static str,
    pub source: SourceId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: LinkId,
    /// The full URL where a seed gives one, else the site's home page; never a guessed path.
    pub url: &'static str,
    /// How the source page names it, so a reviewer (and a test) can find it there.
    pub named: &'static str,
    pub source: SourceId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactId {
    Emergency,
    Police,
    Medical,
    MedicalEmergency,
    Udi,
    EidHelp,
    Imdi,
}

impl ContactId {
    /// The id texts use in `[tel:ID]`.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactId::Emergency => "emergency",
            ContactId::Police => "police",
            ContactId::Medical => "medical",
            ContactId::MedicalEmergency => "medical_emergency",
            ContactId::Udi => "udi",
            ContactId::EidHelp => "eid_help",
            ContactId::Imdi => "imdi",
        }
    }
}

pub const CONTACTS: &[Contact] = &[
    Contact {
        id: ContactId::Emergency,
        tel: "112",
        display: "112",
        source: SeedUnhcr,
    },
    Contact {
        id: ContactId::Police,
        tel: "02800",
        display: "02800",
        source: SeedUnhcr,
    },
    // A short number: with a country code it may not connect. The seed prints "+47 116 117".
    Contact {
        id: ContactId::Medical,
        tel: "116117",
        display: "116 117",
        source: SeedUnhcr,
    },
    Contact {
        id: ContactId::MedicalEmergency,
        tel: "113",
        display: "113",
        source: Helsenorge113,
    },
    Contact {
        id: ContactId::Udi,
        tel: "+4723351500",
        display: "+47 23 35 15 00",
        source: SeedUnhcr,
    },
    Contact {
        id: ContactId::EidHelp,
        tel: "+4780030300",
        display: "+47 800 30 300",
        source: SeedNorgeEid,
    },
    // IMDi's contact centre, from an IMDi page of 2021 ([check]): the texts say to confirm it.
    Contact {
        id: ContactId::Imdi,
        tel: "+4740001960",
        display: "+47 40 00 19 60",
        source: ImdiFamilies,
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkId {
    Udi,
    Imdi,
    Police,
    Norge,
    Mailbox,
    Helsenorge,
    Nav,
    Skatteetaten,
    Buypass,
    PradoPassport,
    PradoTravel,
    PradoIdCard,
}

impl LinkId {
    /// The id texts use in `[link:ID]`.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkId::Udi => "udi",
            LinkId::Imdi => "imdi",
            LinkId::Police => "police",
            LinkId::Norge => "norge",
            LinkId::Mailbox => "mailbox",
            LinkId::Helsenorge => "helsenorge",
            LinkId::Nav => "nav",
            LinkId::Skatteetaten => "skatteetaten",
            LinkId::Buypass => "buypass",
            LinkId::PradoPassport => "prado_passport",
            LinkId::PradoTravel => "prado_travel",
            LinkId::PradoIdCard => "prado_id_card",
        }
    }
}

pub const LINKS: &[Link] = &[
    Link {
        id: LinkId::Udi,
        url: "https://www.udi.no/",
        named: "Directorate of Immigration",
        source: SeedUnhcr,
    },
    Link {
        id: LinkId::Imdi,
        url: "https://www.imdi.no/",
        named: "IMDi",
        source: SeedUdi,
    },
    Link {
        id: LinkId::Police,
        url: "https://www.politiet.no/",
        named: "police district",
        source: SeedUnhcr,
    },
    Link {
        id: LinkId::Norge,
        url: "https://www.norge.no/en",
        named: "www.norge.no/en",
        source: SeedNorgeEid,
    },
    Link {
        id: LinkId::Mailbox,
        url: "https://www.norge.no/en/choose-digital-mailbox",
        named: "https://www.norge.no/en/choose-digital-mailbox",
        source: SeedNorgeEid,
    },
    Link {
        id: LinkId::Helsenorge,
        url: "https://www.helsenorge.no/",
        named: "Helsenorge.no",
        source: SeedNorgeEid,
    },
    Link {
        id: LinkId::Nav,
        url: "https://www.nav.no/",
        named: "Nav.no",
        source: SeedNorgeEid,
    },
    Link {
        id: LinkId::Skatteetaten,
        url: "https://www.skatteetaten.no/",
        named: "Skatteetaten.no",
        source: SeedNorgeEid,
    },
    Link {
        id: LinkId::Buypass,
        url: "https://www.buypass.no/",
        named: "leverandøren Buypass",
        source: SeedNorgeEidNn,
    },
    Link {
        id: LinkId::PradoPassport,
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        source: SeedNorgeEidNn,
    },
    Link {
        id: LinkId::PradoTravel,
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        source: SeedNorgeEidNn,
    },
    Link {
        id: LinkId::PradoIdCard,
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        source: SeedNorgeEidNn,
    },
];

/// A street address, as the source writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    pub id: &'static str,
    pub text: &'static str,
    pub source: SourceId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Email {
    pub id: &'static str,
    pub address: &'static str,
    pub source: SourceId,
}

pub const ADDRESSES: &[Address] = &[Address {
    id: "rade",
    text: "Mosseveien 58, 1640 Råde",
    source: PoliceApply,
}];

pub const EMAILS: &[Email] = &[Email {
    id: "pu",
    address: "pu@politiet.no",
    source: PoliceQa,
}];

pub fn address(id: &str) -> Option<&'static Address> {
    ADDRESSES.iter().find(|a| a.id == id)
}

pub fn email(id: &str) -> Option<&'static Email> {
    EMAILS.iter().find(|e| e.id == id)
}

pub fn contact(id: &str) -> Option<&'static Contact> {
    CONTACTS.iter().find(|c| c.id.as_str() == id)
}

pub fn link(id: &str) -> Option<&'static Link> {
    LINKS.iter().find(|l| l.id.as_str() == id)
}
