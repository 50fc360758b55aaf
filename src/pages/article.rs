//! A step or a topic: its review date, its sections with numbered references, numbers and
//! links, and its sources with their dates. An unknown id gets a page that lists the steps, never a blank one.

use super::home::ArticleCard;
use crate::components::{ExternalLink, Phone, ShareTools, StaffToggle, StepTasks};
use crate::components::{Later, LetterList, ReadAloud, Title};
use crate::components::{Numbering, Reviewed, RulesNotice, SourceList, StaleNotice};
use crate::components::{block, refs};
use crate::content::changes;
use crate::content::journey::{self, Article, ArticleId, Kind};
use crate::content::{letters, registry};
use crate::i18n::{article_href, href, use_lang, use_locale};
use crate::lang::Lang;
use crate::platform::guide_seen::use_guide_seen;
use crate::speech::script::{self, FIRST_BLOCK, SUMMARY, TITLE};
use crate::texts::article::article_text;
use crate::tr;
use crate::tv;
use leptos::prelude::*;
use leptos_i18n::td_string;
use std::sync::Arc;

/// A step or a topic by its id; an unknown id lists the steps instead.
#[component]
pub fn ArticlePage(kind: Kind, id: String) -> impl IntoView {
    match journey::find(kind, &id) {
        Some(page) => view! { <ArticleView page /> }.into_any(),
        None => view! { <UnknownPage /> }.into_any(),
    }
}

/// The reading of the article; its blocks are marked `data-say="a-{n}"` (see `speech::script`).
const ARTICLE: &str = "a";

fn say(at: usize) -> String {
    crate::speech::mark(ARTICLE, at)
}

#[component]
fn ArticleView(page: &'static Article) -> impl IntoView {
    let lang = use_lang();
    let text = Memo::new(move |_| article_text(page, lang.get()));
    let title = move || text.get().title;
    // Every language cites the same sources in the same order (tested), so one numbering.
    let numbering: Numbering = Arc::new(article_text(page, Lang::En).sources());
    let lead = {
        let numbering = numbering.clone();
        move || {
            let (lead, ids) = text.get().lead();
            view! { <p class="lead" data-say=say(SUMMARY)>{lead}{refs(&ids, &numbering)}</p> }
        }
    };
    let body = {
        let numbering = numbering.clone();
        move || {
            text.get()
                .blocks()
                .into_iter()
                .enumerate()
                .map(|(i, b)| block(b, &numbering, Some(say(FIRST_BLOCK + i)), Some(i)))
                .collect_view()
        }
    };
    let refs_used = Memo::new(move |_| text.get().references());
    let (previous, next) = journey::neighbours(page);
    // The person's language while the side-by-side view is open.
    let staff = RwSignal::new(None::<Lang>);
    // Where the page sits in the journey: a step's number, or the step a topic is part of.
    let step_of = match (page.step_number(), page.part_of.map(ArticleId::article)) {
        (Some(n), _) => view! { <p class="eyebrow">{tv!(article.step_of, n = n)}</p> }.into_any(),
        (None, Some(step)) => {
            let n = step.step_number().unwrap_or_default();
            view! {
                <p class="eyebrow"><a href=article_href(step)>
                    {tv!(article.part_of, n = n, step = article_text(step, lang.get()).title)}
                </a></p>
            }
            .into_any()
        }
        (None, None) => view! { <p class="eyebrow">{tr!(article.no_step)}</p> }.into_any(),
    };
    // The mark shows on this visit; reading the page clears it for the next one.
    let guide = use_guide_seen();
    let updated = guide
        .get()
        .with_untracked(|s| s.is_updated(page.id, changes::log()));
    // Recorded after this render, never during one.
    Effect::new(move |_| guide.mark_read(page.id));
    let updated_mark =
        updated.then(|| view! { " " <span class="updated-mark">{tr!(article.updated)}</span> });

    view! {
        <Title text=title />
        <article class="article">
            {step_of}
            <h1><span data-say=say(TITLE)>{title}</span>{updated_mark}</h1>
            {(page.kind == Kind::Letter).then(|| view! {
                <p class="letter-meta">
                    {letters::sender(page.id).map(|s| view! {
                        {tr!(letters.sender)} ": " <span lang="nb">{s.name()}</span> " · "
                    })}
                    <a href=href("letters")>{tr!(letters.title)}</a>
                </p>
            })}
            <Reviewed page />
            <StaleNotice page />
            {page.rules_warning.then(|| view! { <RulesNotice /> })}
            {lead}
            <ReadAloud owner=ARTICLE lang script=Callback::new(move |l| script::article(page, l))
                label=|l| leptos_i18n::td_string!(l, speech.read) pausable=true />
            <StaffToggle page numbering=numbering.clone() shown=staff />
            <div class:staff-hidden=move || staff.get().is_some()>{body}</div>
            <Later>
            {(page.kind == Kind::Step).then(|| view! { <StepTasks step=page.id /> })}
            {(page.kind == Kind::Step && letters::of_step(page.id).next().is_some()).then(|| view! {
                <section class="step-letters">
                    <h2>{tr!(letters.step_letters)}</h2>
                    <LetterList step=page.id />
                    <p><a href=href("letters")>{tr!(letters.reader_title)}</a></p>
                </section>
            })}
            </Later>
            <Later>
            <Show when=move || refs_used.with(|r| !r.is_empty())>
                <section class="contacts">
                    <h2>{tr!(article.contacts)}</h2>
                    <ul>
                        {move || refs_used.get().tels.into_iter().map(|id| view! { <li><Phone id /></li> }).collect_view()}
                        {move || refs_used.get().links.into_iter().map(|id| view! { <li><ExternalLink id /></li> }).collect_view()}
                        {move || refs_used.get().mails.into_iter().filter_map(registry::email).map(|e| view! { <li><a href=format!("mailto:{}", e.address)>{e.address}</a></li> }).collect_view()}
                        {move || refs_used.get().addrs.into_iter().filter_map(registry::address).map(|a| view! { <li class="address">{a.text}</li> }).collect_view()}
                    </ul>
                </section>
            </Show>
            {(!page.related.is_empty()).then(|| view! {
                <section>
                    <h2>{tr!(article.related)}</h2>
                    <ul class="topics">
                        {page.related.iter().map(|id| view! { <ArticleCard page=id.article() /> }).collect_view()}
                    </ul>
                </section>
            })}
            <nav class="step-nav">
                {previous.map(|p| view! { <StepLink page=p rel="prev" /> })}
                {next.map(|p| view! { <StepLink page=p rel="next" /> })}
            </nav>
            <ShareTools />
            <SourceList numbering />
            </Later>
        </article>
    }
}

#[component]
fn StepLink(page: &'static Article, rel: &'static str) -> impl IntoView {
    let locale = use_locale();
    let lang = use_lang();
    let label = move || {
        if rel == "prev" {
            td_string!(locale(), article.previous)
        } else {
            td_string!(locale(), article.next_step)
        }
    };
    view! {
        <a class=format!("step-link {rel}") rel=rel href=article_href(page)>
            <span class="step-link-label">{label}</span>
            <span>{move || article_text(page, lang.get()).title}</span>
        </a>
    }
}

/// An id that is not (or no longer) in the journey, e.g. from an old QR code.
#[component]
fn UnknownPage() -> impl IntoView {
    view! { <super::not_found::NotFound /> }
}
