//! The letters of one step: each letter's title, linked to its page, and its sender as printed.

use crate::content::journey::ArticleId;
use crate::content::letters;
use crate::i18n::{article_href, use_lang};
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn LetterList(step: ArticleId) -> impl IntoView {
    let lang = use_lang();
    let items = letters::of_step(step).map(|page| {
        let sender = letters::sender(page.id).map(|s| {
            view! { <span class="hint">" · " {tr!(letters.sender)} ": " <span lang="nb">{s.name()}</span></span> }
        });
        view! {
            <li>
                <a href=article_href(page)>{move || article_text(page, lang.get()).title}</a>
                {sender}
            </li>
        }
    });
    view! { <ul class="letter-list">{items.collect_view()}</ul> }
}
