//! About: what the app is, the publishers its guidance really comes from, privacy, version and build date.

use crate::build_info::{BUILD_DATE, VERSION};
use crate::components::Title;
use crate::i18n::use_lang;
use crate::texts::article::{cited_publishers as publishers, publisher_name};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=tr!(about.title) />
        <h1>{tr!(about.title)}</h1>
        <p>{tr!(about.what)}</p>
        <p data-testid="not-official">{tr!(about.not_official)}</p>
        <h2>{tr!(about.sources_heading)}</h2>
        <p>{tr!(about.sources)}</p>
        <p data-testid="old-pages">{tr!(about.old_pages)}</p>
        <ul class="publishers">
            {publishers().into_iter().map(|p| view! { <li>{move || publisher_name(p, lang.get())}</li> }).collect_view()}
        </ul>
        <h2>{tr!(about.privacy_heading)}</h2>
        <p>{tr!(about.privacy)}</p>
        <dl class="build-info">
            <dt>{tr!(about.version)}</dt>
            <dd data-testid="version">{VERSION}</dd>
            <dt>{tr!(about.build_date)}</dt>
            <dd>{BUILD_DATE}</dd>
        </dl>
    }
}
