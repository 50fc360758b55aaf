//! Home: where the person stands in the journey (the stepper), reminders, search, the topics.

use crate::components::{
    ProfileSwitcher, QuestionsPrompt, Reminders, SearchBox, ShareTools, Stepper,
};
use crate::components::{Title, UpdatedMark};
use crate::content::journey::{Article, TOPICS};
use crate::i18n::{article_href, use_lang};
use crate::texts::article::article_text;
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
        <ul class="topics">{TOPICS.iter().map(|p| view! { <ArticleCard page=p /> }).collect_view()}</ul>
        <ShareTools />
    }
}

/// A linked title with its one-line summary.
#[component]
pub fn ArticleCard(page: &'static Article) -> impl IntoView {
    let lang = use_lang();
    let text = move || article_text(page, lang.get());
    view! {
        <li>
            <a href=article_href(page)>{move || text().title}</a>
            " " <UpdatedMark page=page.id />
            <span class="summary">{move || text().lead().0}</span>
        </li>
    }
}
