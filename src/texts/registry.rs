//! The registry's texts: a contact's opening hours and a link's label, in one language.

use crate::content::registry::{Contact, ContactId, Link, LinkId};
use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;

impl Contact {
    /// Opening hours, where the sources give them.
    pub fn hours(&self, lang: Lang) -> Option<&'static str> {
        let l = Locale::from(lang);
        match self.id {
            ContactId::Udi => Some(td_string!(l, contact_hours.udi)),
            ContactId::Emergency
            | ContactId::Police
            | ContactId::Medical
            | ContactId::MedicalEmergency
            | ContactId::EidHelp
            | ContactId::Imdi => None,
        }
    }

    /// The same hours as a reader says them aloud: engines read "8:00–15:00" badly.
    pub fn hours_spoken(&self, lang: Lang) -> Option<&'static str> {
        let l = Locale::from(lang);
        match self.id {
            ContactId::Udi => Some(td_string!(l, contact_hours.udi_spoken)),
            ContactId::Emergency
            | ContactId::Police
            | ContactId::Medical
            | ContactId::MedicalEmergency
            | ContactId::EidHelp
            | ContactId::Imdi => None,
        }
    }
}

impl Link {
    /// The visible label.
    pub fn label(&self, lang: Lang) -> &'static str {
        let l = Locale::from(lang);
        match self.id {
            LinkId::Udi => td_string!(l, link.udi),
            LinkId::Imdi => td_string!(l, link.imdi),
            LinkId::Police => td_string!(l, link.police),
            LinkId::Norge => td_string!(l, link.norge),
            LinkId::Mailbox => td_string!(l, link.mailbox),
            LinkId::Helsenorge => td_string!(l, link.helsenorge),
            LinkId::Nav => td_string!(l, link.nav),
            LinkId::Skatteetaten => td_string!(l, link.skatteetaten),
            LinkId::Buypass => td_string!(l, link.buypass),
            LinkId::PradoPassport => td_string!(l, link.prado_passport),
            LinkId::PradoTravel => td_string!(l, link.prado_travel),
            LinkId::PradoIdCard => td_string!(l, link.prado_id_card),
        }
    }
}
