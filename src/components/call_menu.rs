//! The call button in the top bar: it opens the emergency numbers and help lines, as the help
//! page words them (with their sources), one tap from any page. A disclosure: Escape closes it
//! and gives the focus back to the button.

use super::blocks::inlines;
use super::icons::phone_icon;
use super::menu::Dismiss;
use crate::content::journey::ArticleId;
use crate::content::markup::phone_items;
use crate::content::sources;
use crate::i18n::{href, use_lang};
use crate::texts::article::{article_text, publisher_name};
use crate::tr;
use leptos::prelude::*;

/// The help page's numbers in the language shown, and who publishes their sources.
#[component]
fn Numbers(close: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let blocks = article_text(ArticleId::Help.article(), l).blocks();
        let items = phone_items(&blocks);
        let mut publishers: Vec<&'static str> = Vec::new();
        for id in items.iter().flat_map(|i| i.sources.iter()) {
            if let Some(name) = sources::find(id).map(|s| publisher_name(s.publisher, l))
                && !publishers.contains(&name)
            {
                publishers.push(name);
            }
        }
        view! {
            <ul>{items.into_iter().map(|i| view! { <li>{inlines(i.runs)}</li> }).collect_view()}</ul>
            <p class="call-sources">{tr!(article.sources)} ": " {publishers.join(", ")}</p>
            <a href=href("topic/help") on:click=move |_| close.run(())>{tr!(article.help_link)}</a>
        }
    }
}

#[component]
pub fn CallMenu() -> impl IntoView {
    let menu = Dismiss::new();
    let open = menu.open;
    let close = Callback::new(move |()| open.set(false));
    view! {
        <div class="call-menu" node_ref=menu.container on:keydown=move |ev| { menu.on_escape(&ev); }>
            <button type="button" class="icon-button call-button" node_ref=menu.button
                aria-expanded=move || open.get().to_string() aria-controls="call-panel"
                on:click=move |_| open.update(|o| *o = !*o)>
                {phone_icon()}
                <span class="visually-hidden">{tr!(call.open)}</span>
            </button>
            <div id="call-panel" class="menu-panel call-panel" hidden=move || !open.get()>
                <h2>{tr!(call.title)}</h2>
                <Show when=move || open.get()>
                    <Numbers close />
                </Show>
            </div>
        </div>
    }
}
