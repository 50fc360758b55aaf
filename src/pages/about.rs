//! About: what the app is, where its guidance comes from, privacy, version and build date.

use crate::build_info::{BUILD_DATE, VERSION};
use crate::i18n::{t, t_string, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn About() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, about.title) />
        <h1>{t!(i18n, about.title)}</h1>
        <p>{t!(i18n, about.what)}</p>
        <h2>{t!(i18n, about.sources_heading)}</h2>
        <p>{t!(i18n, about.sources)}</p>
        <h2>{t!(i18n, about.privacy_heading)}</h2>
        <p>{t!(i18n, about.privacy)}</p>
        <dl class="build-info">
            <dt>{t!(i18n, about.version)}</dt>
            <dd data-testid="version">{VERSION}</dd>
            <dt>{t!(i18n, about.build_date)}</dt>
            <dd>{BUILD_DATE}</dd>
        </dl>
    }
}
