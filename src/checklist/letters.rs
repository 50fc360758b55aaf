//! Which checklist task a date in a letter belongs to: the appointment a letter gives is that
//! task's date. Letters whose dates the checklist does not record go to the calendar only.

use super::tasks::TaskId;
use crate::content::journey::ArticleId;

pub fn task_for(letter: ArticleId) -> Option<TaskId> {
    match letter {
        ArticleId::RegistrationAppointment => Some(TaskId::RegistrationPlace),
        ArticleId::PolicePhotoLetter => Some(TaskId::PolicePhoto),
        ArticleId::ExtensionDecision => Some(TaskId::PermitExpiry),
        ArticleId::MunicipalityOffer => Some(TaskId::SettlementDate),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::tasks::Record;
    use crate::content::journey::LETTERS;

    #[test]
    fn a_letters_date_goes_to_a_task_that_records_one() {
        for l in LETTERS {
            if let Some(t) = task_for(l.id) {
                assert_ne!(t.def().record, Record::Nothing, "{}", l.id);
            }
        }
        assert_eq!(task_for(ArticleId::Help), None);
    }
}
