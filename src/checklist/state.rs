//! What the person has recorded: profiles, each with its answers, task states and the letters
//! they chose to keep. This is the only checklist data that is stored; everything else is
//! derived. The serde attributes below are the stored format (storage::envelope): unknown
//! fields are refused, a missing field takes its default, `null` is allowed only where a value is
//! optional, and enums are kebab-case names.

use super::answers::{Answers, Person};
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    NotStarted,
    Done,
    NotApplicable,
}

/// Longest note, place or time we keep: enough for an address, never a dump.
pub const MAX_TEXT: usize = 500;

/// Longest profile name, in characters: a name or "Mum", not a note.
pub const MAX_NAME: usize = 60;

/// Most people on one phone.
pub const MAX_PROFILES: usize = 20;

/// Longest letter text kept, in characters: a long letter, not a book.
pub const MAX_LETTER: usize = 10_000;

/// Most letters kept for one person.
pub const MAX_LETTERS: usize = 10;

/// Most characters of kept letters on the phone, all people together: with every character
/// escaped, the stored data stays under the reader's limit (`storage::envelope::MAX_BYTES`).
pub const ALL_LETTERS: usize = 100_000;

/// A letter's text the person chose to keep on the phone, and the day they kept it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptLetter {
    pub saved: Date,
    pub text: String,
}

impl KeptLetter {
    /// Whether the reader accepts it: some text, within the limit.
    pub fn fits(&self) -> bool {
        !self.text.trim().is_empty() && self.text.chars().count() <= MAX_LETTER
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TaskState {
    pub status: Status,
    pub date: Option<Date>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
}

impl TaskState {
    pub fn is_empty(&self) -> bool {
        *self == TaskState::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: u32,
    /// An optional label that stays on the phone ("Me", "Mum", a child's name).
    #[serde(default)]
    pub name: Option<String>,
    /// An adult, or a child in an age band: a child sees the child's tasks only. Written only
    /// for a child, so an adult's profile is stored as before version 3.
    #[serde(default, skip_serializing_if = "Person::is_adult")]
    pub person: Person,
    #[serde(default)]
    pub answers: Answers,
    /// Whether the questionnaire was answered or skipped, so it is offered only once.
    #[serde(default)]
    pub asked: bool,
    #[serde(default)]
    pub tasks: BTreeMap<String, TaskState>,
    /// Oldest first. Written only when a letter is kept, so a profile without one is stored as
    /// before version 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub letters: Vec<KeptLetter>,
}

impl Profile {
    pub fn new(id: u32, name: Option<String>) -> Profile {
        Profile {
            id,
            name,
            person: Person::Adult,
            answers: Answers::default(),
            asked: false,
            tasks: BTreeMap::new(),
            letters: Vec::new(),
        }
    }

    pub fn task(&self, id: &str) -> TaskState {
        self.tasks.get(id).cloned().unwrap_or_default()
    }

    /// Replaces a task's state; empty states are not kept.
    pub fn set_task(&mut self, id: &str, state: TaskState) {
        if state.is_empty() {
            self.tasks.remove(id);
        } else {
            self.tasks.insert(id.to_string(), state);
        }
    }

    pub fn set_status(&mut self, id: &str, status: Status) {
        let mut s = self.task(id);
        s.status = status;
        self.set_task(id, s);
    }

    pub fn done_count(&self) -> usize {
        self.tasks
            .values()
            .filter(|t| t.status == Status::Done)
            .count()
    }
}

/// Everything the checklist stores: the profiles on this phone and which one is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppData {
    pub profiles: Vec<Profile>,
    pub active: u32,
}

impl Default for AppData {
    fn default() -> Self {
        AppData {
            profiles: vec![Profile::new(1, None)],
            active: 1,
        }
    }
}

impl AppData {
    pub fn active(&self) -> &Profile {
        self.profiles
            .iter()
            .find(|p| p.id == self.active)
            .unwrap_or(&self.profiles[0])
    }

    pub fn active_mut(&mut self) -> &mut Profile {
        let id = self.active().id;
        self.profiles
            .iter_mut()
            .find(|p| p.id == id)
            .expect("active profile exists")
    }

    /// Mends what breaks a rule but can be mended losing nothing, as stored data may (the
    /// build of 2026-12-02 let a 21st person be added, and its reader then rejected the data):
    /// more than `MAX_PROFILES` people are all kept (only adding is refused), a shown person who
    /// does not exist becomes the first. Returns whether anything changed.
    pub fn repair(&mut self) -> bool {
        if !self.profiles.is_empty() && !self.profiles.iter().any(|p| p.id == self.active) {
            self.active = self.profiles[0].id;
            return true;
        }
        false
    }

    /// The characters of every kept letter, all people together.
    pub fn letter_chars(&self) -> usize {
        let letters = self.profiles.iter().flat_map(|p| &p.letters);
        letters.map(|l| l.text.chars().count()).sum()
    }

    /// Rules a field-by-field reader cannot express. An imported or stored value must pass them
    /// (after `repair`), and no `Change` can break them.
    pub fn check(&self) -> Result<(), String> {
        if self.profiles.is_empty() {
            return Err("no profiles".into());
        }
        let ids: Vec<_> = self.profiles.iter().map(|p| p.id).collect();
        if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
            return Err("two profiles share an id".into());
        }
        if !ids.contains(&self.active) {
            return Err("the active profile does not exist".into());
        }
        for p in &self.profiles {
            if p.name
                .as_ref()
                .is_some_and(|n| n.chars().count() > MAX_NAME)
            {
                return Err("a profile name is too long".into());
            }
            if p.letters.len() > MAX_LETTERS || !p.letters.iter().all(KeptLetter::fits) {
                return Err("a kept letter is empty, too long, or one too many".into());
            }
            for (id, t) in &p.tasks {
                if super::tasks::find(id).is_none() {
                    return Err(format!("unknown task '{id}'"));
                }
                let texts = [&t.time, &t.place, &t.note];
                if texts
                    .iter()
                    .any(|s| s.as_ref().is_some_and(|s| s.chars().count() > MAX_TEXT))
                {
                    return Err(format!("task '{id}' has a text that is too long"));
                }
            }
        }
        if self.letter_chars() > ALL_LETTERS {
            return Err("the kept letters are too long together".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_independent_and_one_always_remains() {
        use crate::checklist::change::{Change, Refusal};
        let mut d = AppData::default();
        d.active_mut().set_status("tb-test", Status::Done);
        d.apply(Change::AddProfile(crate::checklist::answers::Person::Adult))
            .unwrap();
        let second = d.active;
        assert_eq!(second, 2);
        assert_eq!(d.active().task("tb-test").status, Status::NotStarted);
        d.apply(Change::Select(1)).unwrap();
        assert_eq!(d.active().task("tb-test").status, Status::Done);
        d.apply(Change::Remove(1)).unwrap();
        assert_eq!(d.active, second);
        assert_eq!(d.apply(Change::Remove(second)), Err(Refusal::LastProfile));
    }

    #[test]
    fn repair_shows_the_first_person_when_the_shown_one_is_gone() {
        let mut d = AppData {
            active: 9,
            ..AppData::default()
        };
        assert!(d.check().is_err());
        assert!(d.repair());
        assert_eq!(d.active, 1);
        assert_eq!(d.check(), Ok(()));
        assert!(!d.repair(), "nothing left to mend");
    }

    #[test]
    fn an_untouched_task_is_not_stored() {
        let mut p = Profile::new(1, None);
        p.set_status("tb-test", Status::Done);
        p.set_status("tb-test", Status::NotStarted);
        assert!(p.tasks.is_empty());
    }

    #[test]
    fn check_rejects_what_the_reader_lets_through() {
        let mut d = AppData::default();
        assert_eq!(d.check(), Ok(()));
        d.active = 9;
        assert!(d.check().is_err());
        let mut d = AppData::default();
        d.active_mut().set_status("no-such-task", Status::Done);
        assert!(d.check().is_err());
        let mut d = AppData::default();
        d.profiles.push(Profile::new(1, None));
        assert!(d.check().is_err());
    }
}
