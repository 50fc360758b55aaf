//! The derived task views of the shown person, shared by every component that shows a task.

use crate::checklist::derive::{self, TaskView};
use crate::platform::checklist::ReactiveChecklist;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Views(Memo<Vec<TaskView>>);

impl Views {
    /// Derived once for the whole app, again only when the checklist changes.
    pub fn provide(checklist: ReactiveChecklist) {
        provide_context(Views(Memo::new(move |_| {
            checklist.data().with(|d| derive::tasks(d.active()))
        })));
    }
}

pub fn use_views() -> Memo<Vec<TaskView>> {
    use_context::<Views>().expect("provided by App").0
}
