//! Home: where the person stands in the journey (the stepper), reminders, search, the topics.

use crate::components::{
    ProfileSwitcher, QuestionsPrompt, Reminders, SearchBox, ShareTools, Stepper,
};
use crate::components::{Title, UpdatedMark};
use crate::content::journey::{Page, TOPICS};
use crate::i18n::{page_href, use_lang};
use crate::texts::article::page_text;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Title text=tr!(home.title) />
        <h1>{tr!(home.title)}</h1>
        // Where the person stands comes first: within one phone screen.
        <ProfileSwitcher />
        <Stepper />
        <QuestionsPrompt />
        <Reminders />
        <p class="lead">{tr!(tagline)}</p>
        <p>{tr!(home.intro)}</p>
        <SearchBox />
        <h2>{tr!(article.topics_heading)}</h2>
        <ul class="topics">{TOPICS.iter().map(|p| view! { <PageCard page=p /> }).collect_view()}</ul>
        <ShareTools />
    }
}

/// A linked title with its one-line summary.
#[component]
pub fn PageCard(page: &'static Page) -> impl IntoView {
    let lang = use_lang();
    let text = move || page_text(page, lang.get());
    view! {
        <li>
            <a href=page_href(page)>{move || text().title}</a>
            " " <UpdatedMark page=page.id />
            <span class="summary">{move || text().lead().0}</span>
        </li>
    }
}
