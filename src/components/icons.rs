//! Small line icons, drawn inline (no icon font, no request). Always beside a text or a label,
//! so they are hidden from screen readers.

use crate::route::Tab;
use leptos::prelude::*;

fn icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

pub fn tab_icon(tab: Tab) -> impl IntoView {
    icon(match tab {
        // A signpost.
        Tab::Journey => "M12 3v18M5 5h11l3 3-3 3H5z",
        // A ticked box.
        Tab::Checklist => "M4 4h16v16H4zM8 12l3 3 5-6",
        // A speech bubble.
        Tab::Phrases => "M4 5h16v11H10l-5 4v-4H4z",
        // A magnifier.
        Tab::Search => "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5 21 21",
    })
}

pub fn phone_icon() -> impl IntoView {
    icon(
        "M6.5 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A17 17 0 0 1 4.5 5a2 2 0 0 1 2-2z",
    )
}

pub fn globe_icon() -> impl IntoView {
    icon(
        "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18",
    )
}
