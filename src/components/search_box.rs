//! The search box (home and the search page) and the shared, lazily built index.

use crate::i18n::use_lang;
use crate::platform::location::use_location;
use crate::search::{self, Index};
use crate::tr;
use leptos::prelude::*;
use std::cell::OnceCell;

thread_local! {
    // Built on the first search, not at start-up: most visits never search.
    static INDEX: OnceCell<Index> = const { OnceCell::new() };
}

pub fn with_index<R>(f: impl FnOnce(&Index) -> R) -> R {
    INDEX.with(|cell| f(cell.get_or_init(search::build)))
}

/// A form that opens the search page with the query; the page searches as you type.
#[component]
pub fn SearchBox(
    #[prop(optional, into)] initial: Option<Signal<String>>,
    #[prop(optional)] live: Option<WriteSignal<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let value = RwSignal::new(initial.map(|s| s.get_untracked()).unwrap_or_default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = crate::platform::page::encode_query(&value.get_untracked());
        location.navigate(
            &format!("/{}/search?q={q}", lang.get_untracked().code()),
            false,
        );
    };
    view! {
        <form class="search-box" role="search" on:submit=submit>
            <label for="search-input">{tr!(search.label)}</label>
            <div class="search-row">
                <input
                    type="search"
                    id="search-input"
                    autocomplete="off"
                    prop:value=value
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        value.set(v.clone());
                        if let Some(live) = live { live.set(v); }
                    }
                />
                <button type="submit">{tr!(search.button)}</button>
            </div>
        </form>
    }
}
