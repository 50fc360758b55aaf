//! Renders an article body (see `content::markup`) as paragraphs, lists and notes, with phone
//! numbers and official links from the registries. Text only ever becomes text nodes.

use crate::content::markup::{self, Block, Inline};
use crate::content::registry;
use crate::content::text;
use crate::i18n::use_lang;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Body(text: &'static str) -> impl IntoView {
    markup::parse(text).into_iter().map(block).collect_view()
}

pub fn block(b: Block<'static>) -> AnyView {
    match b {
        Block::Para(runs) => view! { <p>{inlines(runs)}</p> }.into_any(),
        Block::Note(runs) => view! { <p class="note">{inlines(runs)}</p> }.into_any(),
        Block::List(items) => view! {
            <ul>{items.into_iter().map(|runs| view! { <li>{inlines(runs)}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}

fn inlines(runs: Vec<Inline<'static>>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(s) => s.into_any(),
            Inline::Tel(id) => view! { <Phone id /> }.into_any(),
            Inline::Link(id) => view! { <ExternalLink id /> }.into_any(),
        })
        .collect_view()
}

/// A tappable phone number, with its opening hours where the sources give them.
#[component]
pub fn Phone(id: &'static str) -> impl IntoView {
    let lang = use_lang();
    registry::contact(id).map(|c| {
        let hours = move || text::contact_hours(c.id, lang.get()).map(|h| format!(" ({h})"));
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
                {move || text::link_label(l.id, lang.get()).unwrap_or(l.url)}
                <span class="visually-hidden">" " {tr!(article.external)}</span>
            </a>
        }
    })
}
