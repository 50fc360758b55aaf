//! "Show in Norwegian": the article in the reader's language with the same text in Norwegian
//! beside it, block for block (every language has the same block structure, tested), in large
//! type, so the phone can be handed to an official.

use super::blocks::{Numbering, block};
use super::read_aloud::ReadAloud;
use crate::content::Article;
use crate::lang::Lang;
use crate::speech::script::{self, FIRST_BLOCK, TITLE};
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;

/// The reading of the Norwegian column; its blocks are marked `data-say="nb-{n}"`.
const COLUMN: &str = "nb";

fn say(at: usize) -> String {
    crate::speech::mark(COLUMN, at)
}

#[component]
pub fn StaffView(page: &'static Article, lang: Lang, numbering: Numbering) -> impl IntoView {
    let (own, nb) = (article_text(page, lang), article_text(page, Lang::Nb));
    let rows = own.blocks().into_iter().zip(nb.blocks());
    Some(view! {
        <div class="staff-view">
            <p class="staff-note">{tr!(staff.note)}</p>
            <ReadAloud owner=COLUMN lang=Lang::Nb script=Callback::new(move |_| script::norwegian_column(page))
                label=|l| leptos_i18n::td_string!(l, speech.read_nb) pausable=true />
            <div class="pair pair-title">
                <h2 lang=lang.code()>{own.title}</h2>
                <h2 lang="nb" data-say=say(TITLE)>{nb.title}</h2>
            </div>
            {rows.enumerate().map(|(i, (a, b))| view! {
                <div class="pair">
                    <div lang=lang.code()>{block(a, &numbering, None, None)}</div>
                    <div lang="nb" data-say=say(FIRST_BLOCK + i)>{block(b, &numbering, None, None)}</div>
                </div>
            }).collect_view()}
        </div>
    })
}
