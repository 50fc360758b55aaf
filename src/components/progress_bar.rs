//! A labelled progress bar: the native element gives screen readers its name and value.

use crate::checklist::derive::Progress;
use crate::i18n::{t, use_i18n};
use leptos::prelude::*;

#[component]
pub fn ProgressBar(progress: Signal<Progress>, label: Signal<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let done = move || progress.get().done;
    let total = move || progress.get().total;
    view! {
        <div class="progress">
            <progress max=total value=done aria-label=label></progress>
            <span>{t!(i18n, checklist.progress, done = done, total = total)}</span>
        </div>
    }
}
