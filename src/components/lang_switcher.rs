//! Four links, each language named in itself. Plain links keep it keyboard- and
//! screen-reader-friendly; the click also remembers the choice.

use crate::base;
use crate::i18n::use_lang;
use crate::lang::{Lang, with_lang};
use crate::platform;
use crate::platform::location::use_location;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn LangSwitcher() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let items = Lang::ALL.map(|l| {
        // The same page in `l`: its query (a search) and fragment (a task) too.
        let href = move || {
            let path = with_lang(&location.path.get(), l);
            base::link(&format!(
                "{path}{}{}",
                location.search.get(),
                location.hash.get()
            ))
        };
        let is_current = move || current.get() == l;
        view! {
            <li>
                <a
                    href=href
                    hreflang=l.code()
                    lang=l.code()
                    aria-current=move || is_current().then_some("true")
                    on:click=move |_| {
                        // A failed save is not fatal: the URL still carries the language.
                        let _ = platform::remember_lang(l);
                    }
                >
                    {l.endonym()}
                </a>
            </li>
        }
    });
    view! {
        <nav class="lang-switcher" aria-label=tr!(nav.language)>
            <ul>{items}</ul>
        </nav>
    }
}
