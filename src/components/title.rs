//! The document title, "Page · Veiviser", that follows the language shown.

use crate::platform;
use leptos::prelude::*;

const APP: &str = "Veiviser";

/// Sets the document title while the page that renders it is shown.
#[component]
pub fn Title(#[prop(into)] text: Signal<&'static str>) -> impl IntoView {
    Effect::new(move |_| {
        let page = text.get();
        platform::set_title(&if page.is_empty() {
            APP.to_string()
        } else {
            format!("{page} · {APP}")
        });
    });
    on_cleanup(|| platform::set_title(APP));
}
