//! About: what the app is, where its guidance comes from, privacy, version and build date.

use crate::build_info::{BUILD_DATE, VERSION};
use crate::components::Title;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <Title text=tr!(about.title) />
        <h1>{tr!(about.title)}</h1>
        <p>{tr!(about.what)}</p>
        <h2>{tr!(about.sources_heading)}</h2>
        <p>{tr!(about.sources)}</p>
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
