//! Renders an article body (see `content::markup`) as headings, paragraphs, lists and notes, each
//! with small numbered references to the page's source list, and phone numbers, links and
//! addresses from the registries. Text only ever becomes text nodes.

use crate::content::markup::{self, Block, Content, Inline};
use crate::content::registry;
use crate::i18n::use_lang;
use crate::{tr, tv};
use leptos::prelude::*;

/// The page's sources in order of first citation: a source's number is its position + 1.
pub type Numbering = std::sync::Arc<Vec<&'static str>>;

/// A text in the body format whose facts carry no sources (the accessibility statement).
#[component]
pub fn Body(text: &'static str) -> impl IntoView {
    let none = Numbering::default();
    markup::parse(text)
        .into_iter()
        .map(|b| block(b, &none, None, None))
        .collect_view()
}

/// A block of an article; `say` marks it for read aloud (`data-say`, see `speech::script`), and
/// `at`, its place in the body, gives a heading the anchor a search result opens
/// (`section_anchor`).
pub fn block(
    b: Block<'static>,
    numbering: &Numbering,
    say: Option<String>,
    at: Option<usize>,
) -> AnyView {
    let refs = refs(&b.sources, numbering);
    match b.content {
        Content::Heading(h) => {
            view! { <h2 id=at.map(section_anchor) data-say=say>{h}</h2> }.into_any()
        }
        Content::Para(runs) => view! { <p data-say=say>{inlines(runs)}{refs}</p> }.into_any(),
        Content::Note(runs) => {
            view! { <p class="note" data-say=say>{inlines(runs)}{refs}</p> }.into_any()
        }
        Content::List(items) => {
            let last = items.len().saturating_sub(1);
            let mut refs = Some(refs);
            view! {
                <ul data-say=say>{items.into_iter().enumerate().map(|(i, runs)| {
                    let refs = if i == last { refs.take() } else { None };
                    view! { <li>{inlines(runs)}{refs}</li> }
                }).collect_view()}</ul>
            }
            .into_any()
        }
    }
}

/// "¹ ³": links to the entries of the source list at the foot of the page.
pub fn refs(ids: &[&'static str], numbering: &Numbering) -> impl IntoView + use<> {
    let numbers: Vec<usize> = ids
        .iter()
        .filter_map(|id| numbering.iter().position(|n| n == id).map(|i| i + 1))
        .collect();
    (!numbers.is_empty()).then(|| {
        view! {
            <span class="refs">{numbers.into_iter().map(|n| view! {
                " "
                <a class="ref" href=format!("#src-{n}") aria-label=tv!(article.source_ref, n = n)>{n}</a>
            }).collect_view()}</span>
        }
    })
}

pub fn inlines(runs: Vec<Inline<'static>>) -> impl IntoView + use<> {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(s) => s.into_any(),
            Inline::Tel(id) => view! { <Phone id /> }.into_any(),
            Inline::Link(id) => view! { <ExternalLink id /> }.into_any(),
            Inline::Addr(id) => registry::address(id)
                .map(|a| view! { <span class="address">{a.text}</span> })
                .into_any(),
            Inline::Mail(id) => registry::email(id)
                .map(|e| view! { <a href=format!("mailto:{}", e.address)>{e.address}</a> })
                .into_any(),
            Inline::Norwegian(words) => view! { <span lang="nb">{words}</span> }.into_any(),
        })
        .collect_view()
}

/// A tappable phone number, with its opening hours where the sources give them.
#[component]
pub fn Phone(id: &'static str) -> impl IntoView {
    let lang = use_lang();
    registry::contact(id).map(|c| {
        let hours = move || c.hours(lang.get()).map(|h| format!(" ({h})"));
        view! {
            <span class="phone">
                <a href=format!("tel:{}", c.tel)>{c.display}</a>
                {hours}
            </span>
        }
    })
}

/// An official website: opens outside the app and says so.
#[component]
pub fn ExternalLink(id: &'static str) -> impl IntoView {
    let lang = use_lang();
    registry::link(id).map(|l| {
        view! {
            <a class="external" href=l.url target="_blank" rel="noopener noreferrer">
                {move || l.label(lang.get())}
                <span class="visually-hidden">" " {tr!(article.external)}</span>
            </a>
        }
    })
}

/// The id of the section heading at block `at` of an article's body: `#s-3`.
pub fn section_anchor(at: usize) -> String {
    format!("s-{at}")
}
