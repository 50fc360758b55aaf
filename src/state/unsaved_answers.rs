//! Answers chosen in the questionnaire and not yet saved, where people can be switched
//! (Settings). Showing another person rebuilds the questionnaire from that person's answers; the
//! person controls change it through `keeping_answers`, so what was chosen is saved for the
//! person it was chosen for.

use crate::checklist::Change;
use crate::checklist::answers::Answers;
use crate::platform::checklist::{ReactiveChecklist, use_checklist};
use leptos::prelude::*;

/// The person the questionnaire shows, and its answers as chosen (None once it is gone).
type Draft = (u32, Signal<Option<Answers>>);

#[derive(Clone, Copy)]
pub struct UnsavedAnswers {
    draft: StoredValue<Option<Draft>>,
    checklist: ReactiveChecklist,
}

impl UnsavedAnswers {
    pub fn provide() {
        provide_context(UnsavedAnswers {
            draft: StoredValue::new(None),
            checklist: use_checklist(),
        });
    }

    /// Called by the questionnaire it shows, for the person it shows.
    pub fn track(self, person: u32, answers: Signal<Option<Answers>>) {
        self.draft.set_value(Some((person, answers)));
    }

    fn chosen(self) -> Option<(u32, Answers)> {
        let (person, answers) = self.draft.try_get_value().flatten()?;
        Some((person, answers.try_get_untracked().flatten()?))
    }
}

/// `change`, preceded by saving the unsaved answers, if this page has any, for their person.
pub fn keeping_answers(unsaved: Option<UnsavedAnswers>, change: Change) -> Vec<Change> {
    let keep = unsaved
        .and_then(|u| Some((u.chosen()?, u.checklist)))
        .filter(|((id, answers), checklist)| unsaved_differs(*checklist, *id, answers))
        .map(|((profile, answers), _)| Change::Answers {
            profile,
            answers: Some(answers),
        });
    keep.into_iter().chain([change]).collect()
}

/// Whether the answers differ from those stored for that person (who may be gone): only then
/// are they saved, and marked as asked.
fn unsaved_differs(checklist: ReactiveChecklist, id: u32, answers: &Answers) -> bool {
    checklist.data().with_untracked(|d| {
        d.profiles
            .iter()
            .find(|p| p.id == id)
            .is_some_and(|p| p.answers != *answers)
    })
}
