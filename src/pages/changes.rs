//! The guide's change log: every update, newest first, each with the pages it changed.

use crate::components::{ChangeEntry, Title};
use crate::content::changes;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Changes() -> impl IntoView {
    let entries = changes::log()
        .iter()
        .rev()
        .map(|c| view! { <ChangeEntry change=c /> })
        .collect_view();
    view! {
        <Title text=tr!(changelog.title) />
        <h1>{tr!(changelog.title)}</h1>
        <p>{tr!(changelog.intro)}</p>
        <ol class="change-log" data-testid="change-log">{entries}</ol>
    }
}
