//! Who sends each letter of the journey. The letters' pages are articles
//! (`journey::LETTERS`); this adds the sender's name as it is printed on the letter, which
//! the letters page lists, so a person can match the letter in their hand.

use super::journey::{ArticleId, LETTERS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender {
    Police,
    Udi,
    Municipality,
    Buypass,
    Imdi,
}

impl Sender {
    /// The name as it stands on the letter, in Norwegian (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Sender::Police => "Politiet",
            Sender::Udi => "UDI (Utlendingsdirektoratet)",
            Sender::Municipality => "Kommunen",
            Sender::Buypass => "Buypass",
            Sender::Imdi => "IMDi (Integrerings- og mangfoldsdirektoratet)",
        }
    }
}

/// The sender of a letter, where the sources name it; `None` for the PIN code letter, the card
/// by post and the national identity number letter (the sources say how they come, not who
/// sends them) and for pages that are not letters.
pub fn sender(id: ArticleId) -> Option<Sender> {
    use ArticleId::*;
    Some(match id {
        RegistrationAppointment | AsylumSeekerCard | PolicePhotoLetter => Sender::Police,
        DecisionGranted | ExtensionDecision | ExtensionRefused | AdvanceNotice | AsylumRefused => {
            Sender::Udi
        }
        TbCall => Sender::Municipality,
        BuypassCode => Sender::Buypass,
        MunicipalityOffer => Sender::Imdi,
        _ => return None,
    })
}

/// The letters that belong to a step, in the table's order.
pub fn of_step(step: ArticleId) -> impl Iterator<Item = &'static super::Article> {
    LETTERS.iter().filter(move |l| l.part_of == Some(step))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_belongs_to_a_step() {
        for l in LETTERS {
            assert!(
                l.part_of
                    .is_some_and(|s| s.article().step_number().is_some())
            );
        }
        assert_eq!(sender(ArticleId::PinCode), None);
        assert_eq!(sender(ArticleId::Help), None);
        assert!(LETTERS.len() >= 8);
    }
}
