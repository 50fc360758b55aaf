//! Home: what Veiviser is and the journey's steps in order.

use crate::i18n::{t, t_string, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, home.title) />
        <h1>{t!(i18n, home.title)}</h1>
        <p class="lead">{t!(i18n, tagline)}</p>
        <p>{t!(i18n, home.intro)}</p>
        <h2>{t!(i18n, home.steps_heading)}</h2>
        <ol class="journey">
            <li>{t!(i18n, home.step_registration)}</li>
            <li>{t!(i18n, home.step_tb_test)}</li>
            <li>{t!(i18n, home.step_d_number)}</li>
            <li>{t!(i18n, home.step_eid)}</li>
            <li>{t!(i18n, home.step_residence_card)}</li>
            <li>{t!(i18n, home.step_settlement)}</li>
        </ol>
    }
}
