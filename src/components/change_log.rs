//! One entry of the guide's change log: its date, its sentence and links to the pages it
//! changed. "What's new" shows the entries a person has not seen; the change-log page all of them.

use crate::content::changes::Change;
use crate::i18n::{article_href, use_lang};
use crate::texts::article::{article_text, change_text};
use crate::texts::checklist::format_date;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn ChangeEntry(change: &'static Change) -> impl IntoView {
    let lang = use_lang();
    let links = change
        .pages
        .iter()
        .map(|id| id.article())
        .map(|p| {
            view! {
                <li><a href=article_href(p)>{move || article_text(p, lang.get()).title}</a></li>
            }
        })
        .collect_view();
    view! {
        <li>
            <p><strong>{move || format_date(change.date, lang.get())}</strong> ": "
            {move || change_text(change.key, lang.get())}</p>
            <p>{tr!(whats_new.pages)}</p>
            <ul class="changed-pages">{links}</ul>
        </li>
    }
}
