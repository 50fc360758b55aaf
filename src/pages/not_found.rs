//! A page that does not exist (an unknown address, or an old QR code's id): say so, and list
//! the steps, so the way on is one tap. The build also writes it as 404.html for static hosts.

use super::home::ArticleCard;
use crate::components::Title;
use crate::content::journey::STEPS;
use crate::i18n::href;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=tr!(not_found.title) />
        <h1>{tr!(not_found.title)}</h1>
        <p>{tr!(not_found.body)}</p>
        <h2>{tr!(home.steps_heading)}</h2>
        <ol class="journey">{STEPS.iter().map(|p| view! { <ArticleCard page=p /> }).collect_view()}</ol>
        <p>
            <a href=href("")>{tr!(not_found.home)}</a>
        </p>
    }
}
