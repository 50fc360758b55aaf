//! The search box (home and the search page).

use crate::i18n::use_lang;
use crate::platform::location::use_location;
use crate::tr;
use leptos::prelude::*;

/// A form that opens the search page with the query. On the search page it shows `query` (the
/// address's, or what is being typed there), and `on_input` hears every keystroke.
#[component]
pub fn SearchBox(
    #[prop(optional, into)] query: Signal<String>,
    #[prop(optional)] on_input: Option<Callback<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    // What is searched for is what the box shows, so it is read from the box itself.
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = input.get_untracked() else {
            return;
        };
        let q = crate::platform::page::encode_query(&input.value());
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
                    node_ref=input
                    prop:value=query
                    on:input=move |ev| {
                        if let Some(f) = on_input { f.run(event_target_value(&ev)); }
                    }
                />
                <button type="submit">{tr!(search.button)}</button>
            </div>
        </form>
    }
}
