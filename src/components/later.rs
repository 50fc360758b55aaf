//! A part of a page that may render a task later, so the first render is not one long task.

use crate::platform::takeover;
use leptos::prelude::*;
use std::cell::Cell;

/// While the app takes over a pre-rendered page, renders its children in a task of their own
/// (see `platform::takeover`); at any other time, at once. Nobody sees the difference: the app
/// goes into the page only when every part is in.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !takeover::staging() {
        return children().into_any();
    }
    let ready = RwSignal::new(false);
    // The part may be gone by then (its parent re-rendered); then there is nothing to show.
    takeover::later(move || {
        ready.try_set(true);
    });
    let children = Cell::new(Some(children));
    (move || ready.get().then(|| children.take().map(|c| c()))).into_any()
}
