//! Home: where the person stands in the journey (the stepper), reminders, search, the topics.

use crate::components::{
    ProfileSwitcher, QuestionsPrompt, Reminders, SearchBox, ShareTools, Stepper,
};
use crate::components::{Title, UpdatedMark};
use crate::content::changes::NEWEST_RULE;
use crate::content::journey::{Article, TOPICS};
use crate::i18n::{article_href, href, use_lang};
use crate::texts::article::article_text;
use crate::texts::checklist::format_date;
use crate::{tr, tv};
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
        <RulesDate />
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

/// How current the guide is, in one line: the day its newest rule took effect, and the change log.
#[component]
fn RulesDate() -> impl IntoView {
    let lang = use_lang();
    let (date, _) = NEWEST_RULE;
    view! {
        <p class="rules-date" data-testid="rules-date">
            {tv!(home.rules_date, date = format_date(date, lang.get()))} " "
            <a href=href("changes")>{tr!(home.changes_link)}</a>
        </p>
    }
}
