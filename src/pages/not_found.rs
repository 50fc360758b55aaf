//! A page that does not exist: say so, and offer the way home.

use crate::components::Title;
use crate::i18n::href;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=tr!(not_found.title) />
        <h1>{tr!(not_found.title)}</h1>
        <p>{tr!(not_found.body)}</p>
        <p>
            <a href=href("")>{tr!(not_found.home)}</a>
        </p>
    }
}
