//! "Show in Norwegian": the article in the reader's language with the same text in Norwegian
//! beside it, block for block (every language has the same block structure, tested), in large
//! type, so the phone can be handed to an official.

use super::blocks::block;
use crate::content::Page;
use crate::content::markup::parse;
use crate::content::text::page_text;
use crate::lang::Lang;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn StaffView(page: &'static Page, lang: Lang) -> impl IntoView {
    let (Some(own), Some(nb)) = (page_text(page, lang), page_text(page, Lang::Nb)) else {
        return None;
    };
    let rows = own
        .bodies()
        .into_iter()
        .zip(nb.bodies())
        .flat_map(|(a, b)| parse(a).into_iter().zip(parse(b)).collect::<Vec<_>>());
    Some(view! {
        <div class="staff-view">
            <p class="staff-note">{tr!(staff.note)}</p>
            <div class="pair pair-title">
                <h2 lang=lang.code()>{own.title}</h2>
                <h2 lang="nb">{nb.title}</h2>
            </div>
            {rows.map(|(a, b)| view! {
                <div class="pair">
                    <div lang=lang.code()>{block(a)}</div>
                    <div lang="nb">{block(b)}</div>
                </div>
            }).collect_view()}
        </div>
    })
}
