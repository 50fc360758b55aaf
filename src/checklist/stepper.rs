//! The journey at a glance: where the person stands in each step, derived from the task views.
//! The steps' order comes from the caller (content's journey).

use super::derive::{Effective, Progress, TaskView, next_up};
use super::tasks::TaskId;
use crate::content::journey::ArticleId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Every task that applies is done.
    Done,
    /// Some are done: "n of m".
    InProgress(Progress),
    /// The step of the next task, not started yet.
    Next,
    /// Nothing in it applies to this person.
    NotNeeded,
    /// Its open tasks all wait for a task of this other step.
    Waiting(ArticleId),
    /// Not started, and nothing keeps it from starting.
    NotStarted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepStatus {
    pub step: ArticleId,
    pub state: StepState,
    /// For the step of "next up": that task.
    pub next_task: Option<TaskId>,
}

impl StepStatus {
    /// The step the person is in now: the one with the next task.
    pub fn is_current(&self) -> bool {
        self.next_task.is_some()
    }
}

pub fn step_states(views: &[TaskView], steps: &[ArticleId]) -> Vec<StepStatus> {
    let next = next_up(views);
    steps
        .iter()
        .map(|&step| {
            let own: Vec<&TaskView> = views.iter().filter(|v| v.def.step == step).collect();
            let counted: Vec<&&TaskView> = own.iter().filter(|v| v.counts()).collect();
            let done = counted.iter().filter(|v| v.is_done()).count();
            let progress = Progress {
                done,
                total: counted.len(),
            };
            let next_task = next.filter(|n| n.def.step == step).map(|n| n.def.id);
            let state = if counted.is_empty() {
                StepState::NotNeeded
            } else if done == counted.len() {
                StepState::Done
            } else if done > 0 {
                StepState::InProgress(progress)
            } else if next_task.is_some() {
                StepState::Next
            } else {
                waiting_on(views, &counted, step).map_or(StepState::NotStarted, StepState::Waiting)
            };
            StepStatus {
                step,
                state,
                next_task: next_task.filter(|_| state != StepState::Done),
            }
        })
        .collect()
}

/// The other step that every open task of this one waits for, if they all wait.
fn waiting_on(views: &[TaskView], counted: &[&&TaskView], step: ArticleId) -> Option<ArticleId> {
    let open: Vec<_> = counted
        .iter()
        .filter(|v| v.effective == Effective::Open)
        .collect();
    if open.iter().any(|v| v.blocked_by.is_empty()) {
        return None;
    }
    // Follow blockers inside the step to the first one that belongs to another step.
    let mut seen = Vec::new();
    let mut frontier: Vec<TaskId> = open.iter().flat_map(|v| v.blocked_by.clone()).collect();
    while let Some(id) = frontier.first().copied() {
        frontier.remove(0);
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let v = views.iter().find(|v| v.def.id == id)?;
        if v.def.step != step {
            return Some(v.def.step);
        }
        frontier.extend(v.blocked_by.iter().copied());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::answers::Housing;
    use crate::checklist::{Profile, Status, derive};

    use crate::content::journey::ArticleId::*;

    const STEPS: &[ArticleId] = &[
        Registration,
        TbTest,
        DNumber,
        Eid,
        ResidenceCard,
        Settlement,
    ];

    fn states(p: &Profile) -> Vec<StepState> {
        step_states(&derive::tasks(p), STEPS)
            .into_iter()
            .map(|s| s.state)
            .collect()
    }

    #[test]
    fn a_fresh_profile_starts_at_registration_and_the_rest_waits() {
        let p = Profile::new(1, None);
        let all = step_states(&derive::tasks(&p), STEPS);
        assert_eq!(all[0].state, StepState::Next);
        assert_eq!(all[0].next_task, Some(TaskId::Arrived));
        assert!(all[0].is_current() && !all[1].is_current());
        assert_eq!(all[1].state, StepState::Waiting(Registration));
        assert_eq!(all[2].state, StepState::Waiting(Registration));
        // The eID step can start with a postal address, the card's with a name on the mailbox.
        assert_eq!(all[3].state, StepState::NotStarted);
        assert_eq!(all[4].state, StepState::NotStarted);
    }

    #[test]
    fn ticking_the_last_task_of_a_step_marks_it_done_and_moves_next() {
        let mut p = Profile::new(1, None);
        for id in ["arrived", "rade-trip", "registered"] {
            p.set_status(id, Status::Done);
        }
        let s = states(&p);
        assert_eq!(s[0], StepState::InProgress(Progress { done: 3, total: 4 }));
        p.set_status("asylum-card", Status::Done);
        let all = step_states(&derive::tasks(&p), STEPS);
        assert_eq!(all[0].state, StepState::Done);
        assert_eq!(all[0].next_task, None);
        assert_eq!(all[1].state, StepState::Next, "the TB test is next");
        assert_eq!(all[1].next_task, Some(TaskId::TbContactHealth));
    }

    #[test]
    fn a_step_with_nothing_that_applies_is_not_needed() {
        let mut p = Profile::new(1, None);
        p.answers.housing = Some(Housing::Private);
        for id in ["tb-contact-health", "tb-test"] {
            p.set_status(id, Status::NotApplicable);
        }
        assert_eq!(states(&p)[1], StepState::NotNeeded);
    }
}
