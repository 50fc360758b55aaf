//! "Share this app": the QR code of the app's root, large, for volunteers at arrival centres.

use crate::components::QrSvg;
use crate::components::Title;
use crate::i18n::{href, use_locale};
use crate::platform::page;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

#[component]
pub fn Share() -> impl IntoView {
    let locale = use_locale();
    let url = page::absolute("/");
    let label = {
        let url = url.clone();
        Signal::derive(move || td_string!(locale(), share.qr_label, url = url.clone()))
    };
    view! {
        <Title text=tr!(share.title) />
        <h1>{tr!(share.title)}</h1>
        <p>{tr!(share.intro)}</p>
        // The origin is known only in the browser: a pre-rendered copy leaves the code out.
        <figure class="qr-figure qr-large" data-origin>
            <QrSvg text=url.clone() label />
            <figcaption class="url">{url}</figcaption>
        </figure>
        <button type="button" class="no-print" on:click=move |_| page::print()>{tr!(share.print)}</button>
        <ul class="no-print">
            <li><a href=href("share/sheet")>{tr!(share.sheet_link)}</a></li>
            <li><a href=href("share/poster")>{tr!(share.poster_link)}</a></li>
        </ul>
    }
}
