//! Home: where the person stands in the journey (the stepper), reminders, search, the topics.

use crate::checklist::answers::Stage;
use crate::components::{
    ProfileSwitcher, QuestionsPrompt, Reminders, SearchBox, ShareTools, Stepper,
};
use crate::components::{Title, UpdatedMark};
use crate::content::changes::NEWEST_RULE;
use crate::content::journey::{Article, ArticleId, TOPICS};
use crate::i18n::{article_href, href, use_lang};
use crate::platform::checklist::use_checklist;
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
        <NotInNorwayYet />
        <Stepper />
        <QuestionsPrompt />
        <Reminders />
        <p class="lead">{tr!(tagline)}</p>
        <p>{tr!(home.intro)}</p>
        <RulesDate />
        <SearchBox />
        <p class="letters-link"><a href=href("letters")>{tr!(letters.home_link)}</a></p>
        <h2>{tr!(article.topics_heading)}</h2>
        <ul class="topics">{TOPICS.iter().map(|p| view! { <ArticleCard page=p /> }).collect_view()}</ul>
        <ForStaff />
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

/// For someone who said they are not in Norway yet: what decides whether to travel, first.
#[component]
fn NotInNorwayYet() -> impl IntoView {
    let c = use_checklist();
    let abroad = move || {
        c.data()
            .with(|d| d.active().answers.stage == Some(Stage::NotInNorway))
    };
    let lang = use_lang();
    let link = |id: ArticleId, text: fn(crate::i18n::Locale) -> &'static str| {
        view! { <li><a href=article_href(id.article())>{crate::i18n::tr(text)}</a></li> }
    };
    let arrival_centre = ArticleId::ArrivalCentre.article();
    view! {
        <Show when=abroad>
            <section class="before-travel" aria-labelledby="before-travel" data-testid="not-in-norway">
                <h2 id="before-travel">{tr!(home.before_title)}</h2>
                <ul>
                    {link(ArticleId::Eligibility, |l| leptos_i18n::td_string!(l, home.before_who))}
                    {link(ArticleId::Registration, |l| leptos_i18n::td_string!(l, home.before_register))}
                    // Where the centre is and how to get there: the topic's own title.
                    <li><a href=article_href(arrival_centre)>{move || article_text(arrival_centre, lang.get()).title}</a></li>
                    {link(ArticleId::Waiting, |l| leptos_i18n::td_string!(l, home.before_wait))}
                </ul>
            </section>
        </Show>
    }
}

/// For staff and volunteers beside the person: the QR codes to print and the poster, in every
/// language, one tap from home.
#[component]
fn ForStaff() -> impl IntoView {
    view! {
        <section class="for-staff" aria-labelledby="for-staff" data-testid="for-staff">
            <h2 id="for-staff">{tr!(home.staff_title)}</h2>
            <ul>
                <li><a href=href("share/sheet")>{tr!(share.sheet_link)}</a></li>
                <li><a href=href("share/poster")>{tr!(share.poster_link)}</a></li>
                <li><a href=href("share")>{tr!(share.title)}</a></li>
            </ul>
        </section>
    }
}
