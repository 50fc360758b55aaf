//! The accessibility statement, as Norwegian public services publish one.

use crate::components::Body;
use crate::components::Title;
use crate::i18n::use_locale;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

#[component]
pub fn Accessibility() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=tr!(accessibility.title) />
        <h1>{tr!(accessibility.title)}</h1>
        <p>{tr!(accessibility.goal)}</p>
        <h2>{tr!(accessibility.works_heading)}</h2>
        {move || view! { <Body text=td_string!(locale(), accessibility.works) /> }}
        <h2>{tr!(accessibility.testing_heading)}</h2>
        <p>{tr!(accessibility.testing)}</p>
        <h2>{tr!(accessibility.voices_heading)}</h2>
        {move || view! { <Body text=td_string!(locale(), accessibility.voices) /> }}
        <h2>{tr!(accessibility.limits_heading)}</h2>
        {move || view! { <Body text=td_string!(locale(), accessibility.limits) /> }}
    }
}
