//! "Show in Norwegian": the article in the reader's language with the same text in Norwegian
//! beside it, block for block (every language has the same block structure, tested), in large
//! type, so the phone can be handed to an official.

use super::blocks::{Numbering, block};
use crate::content::Page;
use crate::content::text::page_text;
use crate::lang::Lang;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn StaffView(page: &'static Page, lang: Lang, numbering: Numbering) -> impl IntoView {
    let (Some(own), Some(nb)) = (page_text(page, lang), page_text(page, Lang::Nb)) else {
        return None;
    };
    let rows = own.blocks().into_iter().zip(nb.blocks());
    Some(view! {
        <div class="staff-view">
            <p class="staff-note">{tr!(staff.note)}</p>
            <div class="pair pair-title">
                <h2 lang=lang.code()>{own.title}</h2>
                <h2 lang="nb">{nb.title}</h2>
            </div>
            {rows.map(|(a, b)| view! {
                <div class="pair">
                    <div lang=lang.code()>{block(a, &numbering)}</div>
                    <div lang="nb">{block(b, &numbering)}</div>
                </div>
            }).collect_view()}
        </div>
    })
}
