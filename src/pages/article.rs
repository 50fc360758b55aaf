//! A step or a topic: what it is, what to do, what happens next, numbers and links, the source and
//! its date. An unknown id gets a page that lists the steps, never a blank one.

use super::home::PageCard;
use crate::components::{Body, ExternalLink, Phone, ShareTools, StaffView, StepTasks};
use crate::components::{Later, Title};
use crate::content::journey::{self, Kind, Page, STEPS};
use crate::content::text::{page_text, source_text};
use crate::i18n::{use_lang, use_locale};
use crate::lang::Lang;
use crate::tr;
use crate::tv;
use leptos::prelude::*;
use leptos_i18n::td_string;

/// A step or a topic by its id; an unknown id lists the steps instead.
#[component]
pub fn ArticlePage(kind: Kind, id: String) -> impl IntoView {
    match journey::find(kind, &id) {
        Some(page) => view! { <Article page /> }.into_any(),
        None => view! { <UnknownPage /> }.into_any(),
    }
}

#[component]
fn Article(page: &'static Page) -> impl IntoView {
    let locale = use_locale();
    let lang = use_lang();
    let text = Memo::new(move |_| page_text(page, lang.get()));
    let title = move || text.get().map(|t| t.title).unwrap_or_default();
    let body = move |pick: fn(&crate::content::text::PageText) -> &'static str| {
        move || text.get().map(|t| view! { <Body text=pick(&t) /> })
    };
    let refs = Memo::new(move |_| text.get().map(|t| t.references()).unwrap_or_default());
    let (previous, next) = journey::neighbours(page);
    let staff = RwSignal::new(false);
    let staff_toggle = move || {
        (lang.get() != Lang::Nb).then(|| view! {
            <button type="button" class="secondary staff-toggle" aria-pressed=move || staff.get().to_string()
                on:click=move |_| staff.update(|s| *s = !*s)>
                {move || if staff.get() { td_string!(locale(), staff.hide) } else { td_string!(locale(), staff.show) }}
            </button>
        })
    };
    let step_of = page
        .step_number()
        .map(|n| view! { <p class="eyebrow">{tv!(article.step_of, n = n)}</p> });

    view! {
        <Title text=title />
        <article class="article">
            {step_of}
            <h1>{title}</h1>
            <p class="lead">{move || text.get().map(|t| t.summary)}</p>
            {staff_toggle}
            <Show when=move || staff.get()>
                {move || view! { <StaffView page lang=lang.get() /> }}
            </Show>
            <div class:staff-hidden=move || staff.get()>
            <section>
                <h2>{tr!(article.what)}</h2>
                {body(|t| t.what)}
            </section>
            <section>
                <h2>{tr!(article.todo)}</h2>
                {body(|t| t.todo)}
            </section>
            <section>
                <h2>{tr!(article.next)}</h2>
                {body(|t| t.next)}
            </section>
            </div>
            <Later>
            {(page.kind == Kind::Step).then(|| view! { <StepTasks step=page.id /> })}
            </Later>
            <Later>
            <Show when=move || refs.with(|r| !r.tels.is_empty() || !r.links.is_empty())>
                <section class="contacts">
                    <h2>{tr!(article.contacts)}</h2>
                    <ul>
                        {move || refs.get().tels.into_iter().map(|id| view! { <li><Phone id /></li> }).collect_view()}
                        {move || refs.get().links.into_iter().map(|id| view! { <li><ExternalLink id /></li> }).collect_view()}
                    </ul>
                </section>
            </Show>
            {(!page.related.is_empty()).then(|| view! {
                <section>
                    <h2>{tr!(article.related)}</h2>
                    <ul class="topics">
                        {page.related.iter().filter_map(|id| journey::find(Kind::Topic, id)).map(|p| view! { <PageCard page=p /> }).collect_view()}
                    </ul>
                </section>
            })}
            <nav class="step-nav">
                {previous.map(|p| view! { <StepLink page=p rel="prev" /> })}
                {next.map(|p| view! { <StepLink page=p rel="next" /> })}
            </nav>
            <ShareTools />
            <footer class="sources">
                <h2>{tr!(article.sources)}</h2>
                <ul>
                    {page.sources.iter().map(|&seed| view! {
                        <li>
                            {move || source_text(seed, lang.get()).0}
                            ", " {tr!(article.as_of)} " "
                            <span class="as-of">{move || source_text(seed, lang.get()).1}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </footer>
            </Later>
        </article>
    }
}

#[component]
fn StepLink(page: &'static Page, rel: &'static str) -> impl IntoView {
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
        <a class=format!("step-link {rel}") rel=rel href=move || page.path(lang.get().code())>
            <span class="step-link-label">{label}</span>
            <span>{move || page_text(page, lang.get()).map(|t| t.title)}</span>
        </a>
    }
}

/// An id that is not (or no longer) in the journey, e.g. from an old QR code.
#[component]
fn UnknownPage() -> impl IntoView {
    view! {
        <Title text=tr!(not_found.title) />
        <h1>{tr!(not_found.title)}</h1>
        <p>{tr!(not_found.body)}</p>
        <h2>{tr!(home.steps_heading)}</h2>
        <ol class="journey">{STEPS.iter().map(|p| view! { <PageCard page=p /> }).collect_view()}</ol>
    }
}
