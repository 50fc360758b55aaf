//! Every change a person makes to the checklist, as a value, and the one function that applies
//! it: `AppData::apply`. It refuses what the stored format's reader would reject, so no sequence
//! of changes can leave data the next start cannot read (tests/it/checklist_props.rs).

use super::answers::{Answers, Person};
use super::state::{
    ALL_LETTERS, AppData, KeptLetter, MAX_LETTERS, MAX_NAME, MAX_PROFILES, MAX_TEXT, Profile,
    Status, TaskState,
};
use super::tasks::TaskId;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A task's status, for the person shown.
    Status(TaskId, Status),
    /// A task's whole record (status, date, time, place, note), for the person shown.
    Task(TaskId, TaskState),
    /// The questionnaire for a person: the answers saved, or (None) only marked as asked.
    Answers {
        profile: u32,
        answers: Option<Answers>,
    },
    /// The name of the person shown; None or blank removes it.
    Rename(Option<String>),
    /// A new person, an adult or a child, who is then shown.
    AddProfile(Person),
    /// Shows another person.
    Select(u32),
    /// Removes a person (never the last one).
    Remove(u32),
    /// Puts a removed person back where they were (undo), and shows them.
    Restore { profile: Profile, at: usize },
    /// Everything at once (an import); must pass the reader's checks.
    Replace(AppData),
    /// Keeps a letter's text for the person shown.
    KeepLetter(KeptLetter),
    /// Removes a kept letter of the person shown, by its place in the list.
    ForgetLetter(usize),
}

/// Why a change was refused. Shown to the person; the data stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `MAX_PROFILES` people are on this phone already.
    ProfileLimit,
    NoSuchProfile(u32),
    /// There is always one person to show.
    LastProfile,
    /// A name or a text over its limit.
    TooLong,
    /// A restored person's id is taken.
    IdTaken(u32),
    /// Data the reader would reject (an import that skipped validation).
    Invalid(String),
    /// `MAX_LETTERS` letters are kept for this person already, or `ALL_LETTERS` characters on
    /// the phone.
    LetterLimit,
    /// No kept letter at that place.
    NoSuchLetter(usize),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::ProfileLimit => write!(f, "at most {MAX_PROFILES} people"),
            Refusal::NoSuchProfile(id) => write!(f, "no person {id}"),
            Refusal::LastProfile => f.write_str("the last person stays"),
            Refusal::TooLong => f.write_str("a text is too long"),
            Refusal::IdTaken(id) => write!(f, "person {id} exists"),
            Refusal::Invalid(why) => write!(f, "invalid: {why}"),
            Refusal::LetterLimit => f.write_str("no room for another letter"),
            Refusal::NoSuchLetter(i) => write!(f, "no kept letter {i}"),
        }
    }
}

fn fits(text: &Option<String>, max: usize) -> bool {
    text.as_ref().is_none_or(|s| s.chars().count() <= max)
}

impl AppData {
    /// Applies one change, or refuses it and changes nothing.
    pub fn apply(&mut self, change: Change) -> Result<(), Refusal> {
        match change {
            Change::Status(task, status) => {
                self.active_mut().set_status(task.as_str(), status);
            }
            Change::Task(task, state) => {
                if ![&state.time, &state.place, &state.note]
                    .iter()
                    .all(|t| fits(t, MAX_TEXT))
                {
                    return Err(Refusal::TooLong);
                }
                let mut state = state;
                // "Write down the date" is done once it is written down.
                if state.date.is_some()
                    && state.status == Status::NotStarted
                    && task.def().done_when_dated()
                {
                    state.status = Status::Done;
                }
                self.active_mut().set_task(task.as_str(), state);
            }
            Change::Answers { profile, answers } => {
                let p = self
                    .profiles
                    .iter_mut()
                    .find(|p| p.id == profile)
                    .ok_or(Refusal::NoSuchProfile(profile))?;
                if let Some(a) = answers {
                    p.answers = a;
                }
                p.asked = true;
            }
            Change::Rename(name) => {
                let name = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
                if !fits(&name, MAX_NAME) {
                    return Err(Refusal::TooLong);
                }
                self.active_mut().name = name;
            }
            Change::AddProfile(person) => {
                let id = self.next_id().ok_or(Refusal::ProfileLimit)?;
                let mut p = Profile::new(id, None);
                p.person = person;
                self.profiles.push(p);
                self.active = id;
            }
            Change::Select(id) => {
                if !self.profiles.iter().any(|p| p.id == id) {
                    return Err(Refusal::NoSuchProfile(id));
                }
                self.active = id;
            }
            Change::Remove(id) => {
                if !self.profiles.iter().any(|p| p.id == id) {
                    return Err(Refusal::NoSuchProfile(id));
                }
                if self.profiles.len() <= 1 {
                    return Err(Refusal::LastProfile);
                }
                self.profiles.retain(|p| p.id != id);
                if self.active == id {
                    self.active = self.profiles[0].id;
                }
            }
            Change::Restore { profile, at } => {
                if self.profiles.iter().any(|p| p.id == profile.id) {
                    return Err(Refusal::IdTaken(profile.id));
                }
                // A person added since the removal may have taken the last place.
                if self.profiles.len() >= MAX_PROFILES {
                    return Err(Refusal::ProfileLimit);
                }
                let mut next = self.clone();
                next.active = profile.id;
                next.profiles.insert(at.min(next.profiles.len()), profile);
                next.check().map_err(Refusal::Invalid)?;
                *self = next;
            }
            Change::Replace(data) => {
                data.check().map_err(Refusal::Invalid)?;
                *self = data;
            }
            Change::KeepLetter(letter) => {
                if !letter.fits() {
                    return Err(Refusal::TooLong);
                }
                let all = self.letter_chars() + letter.text.chars().count();
                let letters = &mut self.active_mut().letters;
                if letters.len() >= MAX_LETTERS || all > ALL_LETTERS {
                    return Err(Refusal::LetterLimit);
                }
                letters.push(letter);
            }
            Change::ForgetLetter(i) => {
                let letters = &mut self.active_mut().letters;
                if i >= letters.len() {
                    return Err(Refusal::NoSuchLetter(i));
                }
                letters.remove(i);
            }
        }
        Ok(())
    }

    /// Whether another person can be added.
    pub fn can_add_profile(&self) -> bool {
        self.next_id().is_some()
    }

    /// The id a new person gets: one more than the largest, or where that would overflow the
    /// smallest free one; None at the limit.
    fn next_id(&self) -> Option<u32> {
        if self.profiles.len() >= MAX_PROFILES {
            return None;
        }
        let taken = |id: &u32| self.profiles.iter().any(|p| p.id == *id);
        let max = self.profiles.iter().map(|p| p.id).max().unwrap_or(0);
        max.checked_add(1).or_else(|| (1..).find(|id| !taken(id)))
    }
}

/// The changes that carry over boxes ticked (true) or unticked (false) on a pre-rendered page
/// before the app ran: for tasks that exist and apply to the person shown, where the box shows
/// another state, as the app's own box would have allowed (a task that does not apply is left).
pub fn early_ticks(data: &AppData, ticks: &[(String, bool)]) -> Vec<Change> {
    use super::derive::{self, Effective};
    let views = derive::tasks(data.active());
    ticks
        .iter()
        .filter_map(|(id, checked)| {
            let v = views.iter().find(|v| v.def.id.as_str() == id)?;
            let usable =
                v.hidden.is_none() && matches!(v.effective, Effective::Open | Effective::Done);
            let shown = v.effective == Effective::Done;
            (usable && shown != *checked).then(|| {
                let status = if *checked {
                    Status::Done
                } else {
                    Status::NotStarted
                };
                Change::Status(v.def.id, status)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::answers::Housing;

    #[test]
    fn early_ticks_carry_over_only_where_the_box_would_have_worked() {
        let mut d = AppData::default();
        d.active_mut().set_status("registered", Status::Done);
        d.active_mut().answers.housing = Some(Housing::ReceptionCentre);
        let ticks = [
            ("tb-test".to_string(), true),
            ("registered".to_string(), true),
            ("registered".to_string(), false),
            ("tb-contact-health".to_string(), true),
            ("no-such-task".to_string(), true),
        ];
        assert_eq!(
            early_ticks(&d, &ticks),
            [
                Change::Status(TaskId::TbTest, Status::Done),
                Change::Status(TaskId::Registered, Status::NotStarted),
            ],
            "a box already in that state, a hidden task and an unknown id change nothing"
        );
    }
}
