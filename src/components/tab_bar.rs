//! The four places a person moves between, fixed at the bottom of the screen where a thumb
//! reaches: the journey, their checklist, phrases and search. The current one is marked.

use super::icons::tab_icon;
use crate::i18n::{Locale, href};
use crate::platform::location::use_location;
use crate::route::{Route, Tab};
use leptos::prelude::*;
use leptos_i18n::td_string;

fn label(tab: Tab) -> fn(Locale) -> &'static str {
    match tab {
        Tab::Journey => |l| td_string!(l, tabs.journey),
        Tab::Checklist => |l| td_string!(l, tabs.checklist),
        Tab::Phrases => |l| td_string!(l, tabs.phrases),
        Tab::Search => |l| td_string!(l, tabs.search),
    }
}

#[component]
pub fn TabBar() -> impl IntoView {
    let location = use_location();
    let current = Memo::new(move |_| Route::of_path(&location.path.get()).tab());
    let tabs = Tab::ALL.map(|tab| {
        view! {
            <li>
                <a href=href(tab.path()) aria-current=move || (current.get() == Some(tab)).then_some("page")>
                    {tab_icon(tab)}
                    <span>{crate::i18n::tr(label(tab))}</span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="tab-bar" aria-label=crate::tr!(tabs.label)>
            <ul>{tabs}</ul>
        </nav>
    }
}
