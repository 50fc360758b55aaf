//! The language button in the top bar: it shows the language in use, named in itself, and opens
//! the four as a menu (the WAI-ARIA menu button: arrow keys, Home and End move, Escape closes and
//! returns the focus, Tab leaves). Each choice is a link to the same page, query and fragment in
//! that language; the click also remembers the choice.

use super::icons::globe_icon;
use super::menu::Dismiss;
use crate::base;
use crate::i18n::use_lang;
use crate::lang::{Lang, with_lang};
use crate::platform;
use crate::platform::location::use_location;
use crate::tr;
use leptos::html::A;
use leptos::prelude::*;

const COUNT: usize = Lang::ALL.len();

#[component]
pub fn LangMenu() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let menu = Dismiss::new();
    let open = menu.open;
    let items: [NodeRef<A>; COUNT] = std::array::from_fn(|_| NodeRef::new());
    let focus_now = move |i: usize| {
        if let Some(a) = items[i % COUNT].get_untracked() {
            let _ = a.focus();
        }
    };
    // The focus moves at once, so that a key pressed right after (Enter) reaches the item. A
    // closed menu is shown first, since a hidden link cannot take the focus: its list is unhidden
    // here as well as by the `hidden` binding, which runs only after this handler.
    let focus = move |i: usize| {
        if !open.get_untracked() {
            open.set(true);
            let list = items[0]
                .get_untracked()
                .and_then(|a| a.closest("ul").ok().flatten());
            if let Some(list) = list {
                let _ = list.remove_attribute("hidden");
            }
        }
        focus_now(i);
    };
    let index_of = |l: Lang| Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
    let on_button_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            focus(index_of(current.get_untracked()));
        }
        "ArrowUp" => {
            ev.prevent_default();
            focus(COUNT - 1);
        }
        _ => {}
    };
    let on_click = move |_| {
        if open.get_untracked() {
            open.set(false);
        } else {
            focus(index_of(current.get_untracked()));
        }
    };
    let links = Lang::ALL.map(|l| {
        let i = index_of(l);
        let on_key = move |ev: leptos::ev::KeyboardEvent| {
            let to = match ev.key().as_str() {
                "ArrowDown" => i + 1,
                "ArrowUp" => i + COUNT - 1,
                "Home" => 0,
                "End" => COUNT - 1,
                "Tab" => {
                    open.set(false);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            focus(to);
        };
        // The same page in `l`: its query (a search) and fragment (a task) too.
        let href = move || {
            let path = with_lang(&location.path.get(), l);
            base::link(&format!("{path}{}{}", location.search.get(), location.hash.get()))
        };
        view! {
            <li role="none">
                <a role="menuitemradio" tabindex="-1" node_ref=items[i] href=href hreflang=l.code() lang=l.code()
                    aria-checked=move || (current.get() == l).to_string()
                    on:keydown=on_key
                    on:click=move |_| {
                        open.set(false);
                        // A failed save is not fatal: the URL still carries the language.
                        let _ = platform::remember_lang(l);
                    }>
                    {l.endonym()}
                </a>
            </li>
        }
    });
    view! {
        <div class="lang-menu" node_ref=menu.container on:keydown=move |ev| { menu.on_escape(&ev); }>
            <button type="button" id="lang-button" class="menu-button" node_ref=menu.button
                aria-haspopup="menu" aria-expanded=move || open.get().to_string() aria-controls="lang-list"
                on:click=on_click on:keydown=on_button_key>
                {globe_icon()}
                <span class="visually-hidden">{tr!(nav.language)} ": "</span>
                <span>{move || current.get().endonym()}</span>
            </button>
            <ul id="lang-list" class="menu-panel" role="menu" aria-labelledby="lang-button" hidden=move || !open.get()>
                {links}
            </ul>
        </div>
    }
}
