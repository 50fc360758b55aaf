//! The accessibility statement, as Norwegian public services publish one.

use crate::components::Body;
use crate::i18n::{t_string, use_i18n};
use crate::tr;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=tr!(accessibility.title) />
        <h1>{tr!(accessibility.title)}</h1>
        <p>{tr!(accessibility.goal)}</p>
        <h2>{tr!(accessibility.works_heading)}</h2>
        {move || view! { <Body text=t_string!(i18n, accessibility.works) /> }}
        <h2>{tr!(accessibility.testing_heading)}</h2>
        <p>{tr!(accessibility.testing)}</p>
        <h2>{tr!(accessibility.limits_heading)}</h2>
        {move || view! { <Body text=t_string!(i18n, accessibility.limits) /> }}
    }
}
