//! The one place phone numbers, web addresses, street addresses and e-mail addresses live. Texts
//! refer to them as `[tel:ID]`, `[link:ID]`, `[addr:ID]` and `[mail:ID]`; each entry names the
//! source it comes from (an id of `content::sources`). Phones and links are declared once below,
//! with their texts in locales (`contact_hours.<id>`, `link.<id>`): a missing text fails the build.

use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub id: ContactId,
    /// For the `tel:` link, no spaces.
    pub tel: &'static str,
    /// As printed in the source, less the country code of a short number.
    pub display: &'static str,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: LinkId,
    /// The full URL where a seed gives one, else the site's home page; never a guessed path.
    pub url: &'static str,
    /// How the source page names it, so a reviewer (and a test) can find it there.
    pub named: &'static str,
    pub source: &'static str,
}

/// `contact_hours.<key>` for a contact that has it, else None.
macro_rules! hours_text {
    ($l:ident) => {
        None
    };
    ($l:ident, $key:ident) => {
        Some(td_string!($l, contact_hours.$key))
    };
}

macro_rules! contacts {
    ($($Id:ident $key:ident: $tel:literal, $display:literal, $source:literal
        $(, hours $hours:ident spoken $spoken:ident)?;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ContactId { $($Id),* }

        impl ContactId {
            /// The id texts use in `[tel:ID]`.
            pub fn as_str(self) -> &'static str {
                match self { $(ContactId::$Id => stringify!($key)),* }
            }
        }

        pub const CONTACTS: &[Contact] = &[$(Contact {
            id: ContactId::$Id,
            tel: $tel,
            display: $display,
            source: $source,
        }),*];

        impl Contact {
            /// Opening hours, where the sources give them.
            pub fn hours(&self, lang: Lang) -> Option<&'static str> {
                let _l = Locale::from(lang);
                match self.id { $(ContactId::$Id => hours_text!(_l $(, $hours)?)),* }
            }

            /// The same hours as a reader says them aloud: engines read "8:00–15:00" badly.
            pub fn hours_spoken(&self, lang: Lang) -> Option<&'static str> {
                let _l = Locale::from(lang);
                match self.id { $(ContactId::$Id => hours_text!(_l $(, $spoken)?)),* }
            }
        }
    };
}

macro_rules! links {
    ($($Id:ident $key:ident: $url:literal, $named:literal, $source:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum LinkId { $($Id),* }

        impl LinkId {
            /// The id texts use in `[link:ID]`.
            pub fn as_str(self) -> &'static str {
                match self { $(LinkId::$Id => stringify!($key)),* }
            }
        }

        pub const LINKS: &[Link] = &[$(Link { id: LinkId::$Id, url: $url, named: $named, source: $source }),*];

        impl Link {
            /// The visible label, in the language shown.
            pub fn label(&self, lang: Lang) -> &'static str {
                let l = Locale::from(lang);
                match self.id { $(LinkId::$Id => td_string!(l, link.$key)),* }
            }
        }
    };
}

contacts! {
    Emergency emergency: "112", "112", "seed-unhcr";
    Police police: "02800", "02800", "seed-unhcr";
    // A short number: with a country code it may not connect. The seed prints "+47 116 117".
    Medical medical: "116117", "116 117", "seed-unhcr";
    MedicalEmergency medical_emergency: "113", "113", "helsenorge-113";
    Udi udi: "+4723351500", "+47 23 35 15 00", "seed-unhcr", hours udi spoken udi_spoken;
    EidHelp eid_help: "+4780030300", "+47 800 30 300", "seed-norge-eid";
}

links! {
    Udi udi: "https://www.udi.no/",
        "Directorate of Immigration", "seed-unhcr";
    Imdi imdi: "https://www.imdi.no/",
        "IMDi", "seed-udi";
    Police police: "https://www.politiet.no/",
        "police district", "seed-unhcr";
    Norge norge: "https://www.norge.no/en",
        "www.norge.no/en", "seed-norge-eid";
    Mailbox mailbox: "https://www.norge.no/en/choose-digital-mailbox",
        "https://www.norge.no/en/choose-digital-mailbox", "seed-norge-eid";
    Helsenorge helsenorge: "https://www.helsenorge.no/",
        "Helsenorge.no", "seed-norge-eid";
    Nav nav: "https://www.nav.no/",
        "Nav.no", "seed-norge-eid";
    Skatteetaten skatteetaten: "https://www.skatteetaten.no/",
        "Skatteetaten.no", "seed-norge-eid";
    Buypass buypass: "https://www.buypass.no/",
        "leverandøren Buypass", "seed-norge-eid-nn";
    PradoPassport prado_passport: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html",
        "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/A/O/docs-per-type.html", "seed-norge-eid-nn";
    PradoTravel prado_travel: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html",
        "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/T/O/docs-per-type.html", "seed-norge-eid-nn";
    PradoIdCard prado_id_card: "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html",
        "https://www.consilium.europa.eu/prado/en/prado-documents/UKR/B/O/docs-per-type.html", "seed-norge-eid-nn";
}

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
    CONTACTS.iter().find(|c| c.id.as_str() == id)
}

pub fn link(id: &str) -> Option<&'static Link> {
    LINKS.iter().find(|l| l.id.as_str() == id)
}
