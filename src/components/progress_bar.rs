//! A labelled progress bar: the native element gives screen readers its name and value.

use crate::checklist::derive::Progress;
use crate::tv;
use leptos::prelude::*;

#[component]
pub fn ProgressBar(progress: Signal<Progress>, label: Signal<&'static str>) -> impl IntoView {
    let done = move || progress.get().done;
    let total = move || progress.get().total;
    view! {
        <div class="progress">
            <progress max=total value=done aria-label=label></progress>
            <span>{tv!(checklist.progress, done = done(), total = total())}</span>
        </div>
    }
}
