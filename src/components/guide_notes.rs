//! What an article says about itself: when it was checked against the official pages, its
//! numbered source list, the warning that rules change, the notice that the guide is old, the
//! "Updated" mark, and "What's new in the guide" after an update.

use super::blocks::Numbering;
use super::change_log::ChangeEntry;
use super::{ExternalLink, Phone};
use crate::content::changes;
use crate::content::journey::{Article, ArticleId};
use crate::content::review::Checked;
use crate::content::sources::{self, AsOf, SourceNote};
use crate::i18n::{use_lang, use_locale};
use crate::platform::{self, guide_seen::use_guide_seen};
use crate::texts::article::publisher_name;
use crate::texts::checklist::format_date;
use crate::{tr, tv};
use leptos::prelude::*;
use leptos_i18n::td_string;

/// How the page was checked, and when: never more than was done.
#[component]
pub fn Reviewed(page: &'static Article) -> impl IntoView {
    let lang = use_lang();
    let text = match page.checked() {
        Checked::Copies(date) => tv!(
            article.reviewed_copies,
            date = format_date(date, lang.get())
        ),
        Checked::Live(date) => tv!(article.reviewed, date = format_date(date, lang.get())),
    };
    view! { <p class="reviewed" data-testid="reviewed">{text}</p> }
}

/// Where an old rule would do most harm: rules keep changing, check with UDI.
#[component]
pub fn RulesNotice() -> impl IntoView {
    view! {
        <p class="note rules-notice">{tr!(article.rules_change)} " " <ExternalLink id="udi" /></p>
    }
}

/// By the phone's own clock, so it works offline: more than `STALE_AFTER_DAYS` after the page's
/// sources were checked (`review::stale_basis`).
#[component]
pub fn StaleNotice(page: &'static Article) -> impl IntoView {
    let lang = use_lang();
    page.is_stale(platform::today()).then(|| {
        view! {
            <div class="banner banner-warning stale" role="note" data-testid="stale">
                <p>
                    {tv!(article.stale, date = format_date(page.stale_basis(), lang.get()))} " "
                    <ExternalLink id="udi" /> " " <Phone id="udi" />
                </p>
            </div>
        }
    })
}

#[component]
pub fn UpdatedMark(page: ArticleId) -> impl IntoView {
    let seen = use_guide_seen().get();
    move || {
        seen.with(|s| s.is_updated(page, changes::log()))
            .then(|| view! { <span class="updated-mark">{tr!(article.updated)}</span> })
    }
}

/// The numbered sources at the foot of an article: publisher, the page's title as a link, and
/// the date the page states.
#[component]
pub fn SourceList(numbering: Numbering) -> impl IntoView {
    let lang = use_lang();
    let locale = use_locale();
    let items = numbering
        .iter()
        .enumerate()
        .filter_map(|(i, id)| sources::find(id).map(|s| (i + 1, s)))
        .map(|(n, s)| {
            let title = match s.url {
                Some(url) => view! {
                    <a class="external" href=url target="_blank" rel="noopener noreferrer">
                        {s.title}
                        <span class="visually-hidden">" " {tr!(article.external)}</span>
                    </a>
                }
                .into_any(),
                None => view! { <cite>{s.title}</cite> }.into_any(),
            };
            let date = move || match s.date {
                AsOf::Day(d) => {
                    let d = format_date(d, lang.get());
                    td_string!(locale(), article.page_date, date = d)
                }
                AsOf::Year(y) => td_string!(locale(), article.page_date, date = y),
                AsOf::Undated => td_string!(locale(), article.undated).to_string(),
            };
            let note = s.id.note().map(|note| {
                let text = move || match note {
                    SourceNote::OtherAddress => td_string!(locale(), source_note.other_address),
                    SourceNote::Preview => td_string!(locale(), source_note.preview),
                };
                view! { " " <span class="source-note">{text}</span> }
            });
            // A news report is labelled as such, never shown as if it were official.
            let news = s
                .publisher
                .is_news()
                .then(|| view! { " (" <span class="news-label">{tr!(article.news)}</span> ")" });
            view! {
                <li id=format!("src-{n}") class:news=s.publisher.is_news()>
                    <span class="publisher">{move || publisher_name(s.publisher, lang.get())}</span>
                    {news} ": " {title} " (" <span class="as-of">{date}</span> ")" {note}
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="sources">
            <h2>{tr!(article.sources)}</h2>
            <ol>{items}</ol>
        </footer>
    }
}

/// Shown once after an update brought new entries of the change log.
#[component]
pub fn WhatsNew() -> impl IntoView {
    let guide = use_guide_seen();
    let news = guide.get().with_untracked(|s| s.news(changes::log()));
    if news.is_empty() {
        return None;
    }
    // Once: recorded after this render (never during one); the panel stays until closed or
    // the next load.
    Effect::new(move |_| guide.mark_shown());
    let open = RwSignal::new(true);
    let entries = news
        .into_iter()
        .map(|c| view! { <ChangeEntry change=c /> })
        .collect_view();
    Some(view! {
        <section class="banner whats-new" aria-labelledby="whats-new-title" data-testid="whats-new"
            hidden=move || !open.get()>
            <h2 id="whats-new-title">{tr!(whats_new.title)}</h2>
            <ul>{entries}</ul>
            <button type="button" on:click=move |_| open.set(false)>{tr!(whats_new.close)}</button>
        </section>
    })
}
