//! Everything shown about the checklist is derived here from the stored state: effective status,
//! what is hidden and why, what blocks a task, progress, "next up" and reminders.

use super::state::{Profile, Status, TaskState};
use super::tasks::{
    ALTERNATIVES, Advice, HiddenBecause, NEEDS_ANY, Record, TASKS, TaskDef, TaskId,
};
use crate::content::journey::ArticleId;
use crate::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effective {
    Open,
    Done,
    NotApplicable,
    /// Another route to the same goal is done (e.g. BankID instead of Buypass).
    NotNeeded,
    /// Done before, by where the person is on the way (a permit already, or settled): counts
    /// as done, and is not ticked here.
    Behind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskView {
    pub def: &'static TaskDef,
    pub state: TaskState,
    pub effective: Effective,
    pub hidden: Option<HiddenBecause>,
    /// A note for this person, shown with the task.
    pub advice: Option<Advice>,
    /// Open tasks that must be done first. For a "needs any" task, all its alternatives.
    pub blocked_by: Vec<TaskId>,
    /// Comes before the journey's order for this person (a permit holder's dates and travel).
    pub first: bool,
}

impl TaskView {
    /// Whether it counts towards progress.
    pub fn counts(&self) -> bool {
        self.hidden.is_none()
            && matches!(
                self.effective,
                Effective::Open | Effective::Done | Effective::Behind
            )
    }

    /// Done, by a tick or by where the person is on the way.
    pub fn is_done(&self) -> bool {
        matches!(self.effective, Effective::Done | Effective::Behind)
    }

    pub fn is_actionable(&self) -> bool {
        self.counts() && self.effective == Effective::Open && self.blocked_by.is_empty()
    }
}

pub fn tasks(profile: &Profile) -> Vec<TaskView> {
    let status = |id: TaskId| profile.task(id.as_str()).status;
    let behind = |id: TaskId| status(id) == Status::NotStarted && id.def().behind(&profile.answers);
    let done = |id: TaskId| status(id) == Status::Done || behind(id);
    let hidden = |def: &TaskDef| def.hidden_for(profile.person, &profile.answers);
    let not_needed = |id: TaskId| {
        ALTERNATIVES.iter().any(|routes| {
            let mine = routes.iter().find(|r| r.contains(&id));
            let other_done = routes
                .iter()
                .filter(|r| Some(*r) != mine)
                .any(|r| r.last().is_some_and(|last| done(*last)));
            mine.is_some() && other_done
        })
    };
    TASKS
        .iter()
        .map(|def| {
            let state = profile.task(def.id.as_str());
            let effective = match state.status {
                Status::Done => Effective::Done,
                Status::NotApplicable => Effective::NotApplicable,
                Status::NotStarted if def.behind(&profile.answers) => Effective::Behind,
                Status::NotStarted if not_needed(def.id) => Effective::NotNeeded,
                Status::NotStarted => Effective::Open,
            };
            // A prerequisite blocks only while it is open and applies to this person.
            let open = |id: TaskId| {
                hidden(id.def()).is_none()
                    && status(id) == Status::NotStarted
                    && !not_needed(id)
                    && !behind(id)
            };
            let mut blocked_by: Vec<TaskId> =
                def.needs.iter().copied().filter(|n| open(*n)).collect();
            if let Some((_, any)) = NEEDS_ANY.iter().find(|(id, _)| *id == def.id)
                && !any.iter().any(|a| done(*a))
            {
                let applies = |a: &TaskId| hidden(a.def()).is_none();
                blocked_by.extend(any.iter().copied().filter(applies));
            }
            TaskView {
                def,
                state,
                effective,
                hidden: hidden(def),
                advice: def.advice.filter(|a| a.applies(&profile.answers)),
                blocked_by,
                first: def.first_for(&profile.answers),
            }
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn percent(self) -> u8 {
        (self.done * 100)
            .checked_div(self.total)
            .map_or(100, |p| p as u8)
    }
}

fn progress<'a>(views: impl Iterator<Item = &'a TaskView>) -> Progress {
    let counted: Vec<_> = views.filter(|v| v.counts()).collect();
    let done = counted.iter().filter(|v| v.is_done()).count();
    Progress {
        done,
        total: counted.len(),
    }
}

pub fn step_progress(views: &[TaskView], step: ArticleId) -> Progress {
    progress(views.iter().filter(|v| v.def.step == step))
}

pub fn overall_progress(views: &[TaskView]) -> Progress {
    progress(views.iter())
}

/// The first task that applies, is open and is not blocked: among the tasks that come first for
/// this person if any, else in journey order.
pub fn next_up(views: &[TaskView]) -> Option<&TaskView> {
    let first = views.iter().find(|v| v.first && v.is_actionable());
    first.or_else(|| views.iter().find(|v| v.is_actionable()))
}

/// UDI's 2023 guidance (seed 003): contact the police if the card has not come 20 days after
/// the order. No current page repeats it, so the reminder's text says where it comes from.
pub const CARD_DAYS: i64 = 20;
/// UDI handles most extensions three weeks before the permit expires; the letter comes then to
/// a digital mailbox, later by post (the reminder's text says so).
pub const EXTENSION_LEAD_DAYS: i64 = 21;

/// A person living privately must ask IMDi for settlement within six months of the day the
/// police told them the decision, or lose settlement with public help (current-rules.md 13.4).
pub const IMDI_MONTHS: u32 = 6;
/// The longest time on collective protection, if the five-year maximum applies (13.10).
pub const MAX_YEARS: u32 = 5;
/// Every refugee and asylum seeker has a TB examination within 14 days of arriving in Norway
/// (FHI; Helsenorge: within two days, at the latest 14; current-rules.md 3 and 13.8).
pub const TB_DAYS: i64 = 14;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// Ask the police if the new residence card has not arrived by this date (2023 guidance).
    CardDeadline(Date),
    /// Expect the extension letter around this date.
    ExtensionLetter(Date),
    /// The reception-centre place ends on this date.
    CentrePlaceEnds(Date),
    /// The last day to ask IMDi for settlement with public help, for a person living privately.
    ImdiDeadline(Date),
    /// Five years after the first permit: the expected limit, if the five-year maximum applies.
    FiveYears(Date),
    /// The last day for the TB test, 14 days after arrival, until it is taken.
    TbDeadline(Date),
    /// The permit expires: if no letter about the extension has come, contact UDI.
    PermitExpires(Date),
    /// An appointment that is not done yet.
    Appointment { task: TaskId, date: Date },
}

impl Reminder {
    pub fn date(&self) -> Date {
        match self {
            Reminder::CardDeadline(d)
            | Reminder::ExtensionLetter(d)
            | Reminder::CentrePlaceEnds(d)
            | Reminder::ImdiDeadline(d)
            | Reminder::FiveYears(d)
            | Reminder::TbDeadline(d)
            | Reminder::PermitExpires(d)
            | Reminder::Appointment { date: d, .. } => *d,
        }
    }

    /// The task whose date this reminder comes from (and whose note may go with it).
    pub fn task(&self) -> TaskId {
        match self {
            Reminder::CardDeadline(_) => TaskId::NewCardOrdered,
            Reminder::ExtensionLetter(_) | Reminder::PermitExpires(_) => TaskId::PermitExpiry,
            Reminder::CentrePlaceEnds(_) => TaskId::SettlementDate,
            Reminder::ImdiDeadline(_) => TaskId::DecisionTold,
            Reminder::FiveYears(_) => TaskId::FirstPermit,
            Reminder::TbDeadline(_) => TaskId::Arrived,
            Reminder::Appointment { task, .. } => *task,
        }
    }
}

/// Reminders from the dates the person entered, soonest first.
pub fn reminders(views: &[TaskView]) -> Vec<Reminder> {
    let find = |id: TaskId| views.iter().find(|v| v.def.id == id);
    let date_of = |id: TaskId| {
        find(id)
            .filter(|v| v.hidden.is_none())
            .and_then(|v| v.state.date)
    };
    let mut out = Vec::new();
    // The 20-day rule is for a new card after an extension (seed 003).
    let received = find(TaskId::NewCardReceived).is_some_and(TaskView::is_done);
    if let (Some(ordered), false) = (date_of(TaskId::NewCardOrdered), received) {
        out.push(Reminder::CardDeadline(ordered.add_days(CARD_DAYS)));
    }
    if let Some(expiry) = date_of(TaskId::PermitExpiry) {
        out.push(Reminder::ExtensionLetter(
            expiry.add_days(-EXTENSION_LEAD_DAYS),
        ));
        out.push(Reminder::PermitExpires(expiry));
    }
    let tested = find(TaskId::TbTest).is_some_and(TaskView::is_done);
    if let (Some(arrived), false) = (date_of(TaskId::Arrived), tested) {
        out.push(Reminder::TbDeadline(arrived.add_days(TB_DAYS)));
    }
    if let Some(d) = date_of(TaskId::SettlementDate) {
        out.push(Reminder::CentrePlaceEnds(d));
    }
    // Hidden unless the person lives privately (or has not said), and gone once they applied.
    let applied = find(TaskId::ImdiApply).is_some_and(TaskView::is_done);
    if let (Some(told), false) = (date_of(TaskId::DecisionTold), applied) {
        out.push(Reminder::ImdiDeadline(told.add_months(IMDI_MONTHS)));
    }
    if let Some(first) = date_of(TaskId::FirstPermit) {
        out.push(Reminder::FiveYears(first.add_years(MAX_YEARS)));
    }
    for v in views
        .iter()
        .filter(|v| v.def.record == Record::Appointment && v.effective == Effective::Open)
    {
        if let (Some(date), None) = (v.state.date, v.hidden) {
            out.push(Reminder::Appointment {
                task: v.def.id,
                date,
            });
        }
    }
    out.sort_by_key(Reminder::date);
    out
}
