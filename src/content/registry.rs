//! The one place phone numbers, web addresses, street addresses and e-mail addresses live. Texts
//! refer to them as `[tel:ID]`, `[link:ID]`, `[addr:ID]` and `[mail:ID]`; each entry names the
//! source it comes from (an id of `content::sources`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub id: &'static str,
    /// For the `tel:` link, no spaces.
    pub tel: &'static str,
    /// As printed in the source.
    pub display: &'static str,
    /// Whether `contact.<id>.hours` gives opening hours.
    pub has_hours: bool,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: &'static str,
    /// The full URL where a seed gives one, else the site's home page; never a guessed path.
    pub url: &'static str,
    /// How the source page names it, so a reviewer (and a test) can find it there.
    pub named: &'static str,
    pub source: &'static str,
}

pub const CONTACTS: &[Contact] = &[
    Contact {
        id: "emergency",
        tel: "112",
        display: "112",
        has_hours: false,
        source: "seed-unhcr",
    },
    Contact {
        id: "police",
        tel: "02800",
        display: "02800",
        has_hours: false,
        source: "seed-unhcr",
    },
    Contact {
        id: "medical",
        tel: "+47116117",
        display: "+47 116 117",
        has_hours: false,
        source: "seed-unhcr",
    },
    Contact {
        id: "medical_emergency",
        tel: "113",
        display: "113",
        has_hours: false,
        source: "helsenorge-113",
    },
    Contact {
        id: "udi",
        tel: "+4723351500",
        display: "+47 23 35 15 00",
        has_hours: true,
        source: "seed-unhcr",
    },
    Contact {
        id: "eid_help",
        tel: "+4780030300",
        display: "+47 800 30 300",
        has_hours: false,
        source: "seed-norge-eid",
    },
];

pub const LINKS: &[Link] = &[
    Link {
        id: "udi",
        url: "https://www.udi.no/",
        named: "Directorate of Immigration",
        source: "seed-unhcr",
    },
    Link {
        id: "imdi",
        url: "https://www.imdi.no/",
        named: "IMDi",
        source: "seed-udi",
    },
    Link {
        id: "police",
        url: "https://www.politiet.no/",
        named: "police district",
        source: "seed-unhcr",
    },
    Link {
        id: "norge",
        url: "https://www.norge.no/en",
        named: "www.norge.no/en",
        source: "seed-norge-eid",
    },
    Link {
        id: "mailbox",
        url: "https://www.norge.no/en/choose-digital-mailbox",
        named: "https://www.norge.no/en/choose-digital-mailbox",
        source: "seed-norge-eid",
    },
    Link {
        id: "helsenorge",
        url: "https://www.helsenorge.no/",
        named: "Helsenorge.no",
        source: "seed-norge-eid",
    },
    Link {
        id: "nav",
        url: "https://www.nav.no/",
        named: "Nav.no",
        source: "seed-norge-eid",
    },
    Link {
        id: "skatteetaten",
        url: "https://www.skatteetaten.no/",
        named: "Skatteetaten.no",
        source: "seed-norge-eid",
    },
    Link {
        id: "buypass",
        url: "https://www.buypass.no/",
        named: "leverandøren Buypass",
        source: "seed-norge-eid-nn",
    },
    Link {
        id: "prado_passport",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        source: "seed-norge-eid-nn",
    },
    Link {
        id: "prado_travel",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        source: "seed-norge-eid-nn",
    },
    Link {
        id: "prado_id_card",
        url: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        named: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        source: "seed-norge-eid-nn",
    },
];

/// A street address, as the source writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    pub id: &'static str,
    pub text: &'static str,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Email {
    pub id: &'static str,
    pub address: &'static str,
    pub source: &'static str,
}

pub const ADDRESSES: &[Address] = &[Address {
    id: "rade",
    text: "Mosseveien 58, 1640 Råde",
    source: "police-apply",
}];

pub const EMAILS: &[Email] = &[Email {
    id: "pu",
    address: "pu@politiet.no",
    source: "police-qa",
}];

pub fn address(id: &str) -> Option<&'static Address> {
    ADDRESSES.iter().find(|a| a.id == id)
}

pub fn email(id: &str) -> Option<&'static Email> {
    EMAILS.iter().find(|e| e.id == id)
}

pub fn contact(id: &str) -> Option<&'static Contact> {
    CONTACTS.iter().find(|c| c.id == id)
}

pub fn link(id: &str) -> Option<&'static Link> {
    LINKS.iter().find(|l| l.id == id)
}
