//! The accessibility statement, as Norwegian public services publish one.

use crate::components::Body;
use crate::i18n::{t, t_string, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, accessibility.title) />
        <h1>{t!(i18n, accessibility.title)}</h1>
        <p>{t!(i18n, accessibility.goal)}</p>
        <h2>{t!(i18n, accessibility.works_heading)}</h2>
        {move || view! { <Body text=t_string!(i18n, accessibility.works) /> }}
        <h2>{t!(i18n, accessibility.testing_heading)}</h2>
        <p>{t!(i18n, accessibility.testing)}</p>
        <h2>{t!(i18n, accessibility.limits_heading)}</h2>
        {move || view! { <Body text=t_string!(i18n, accessibility.limits) /> }}
    }
}
