//! "Share this app": the QR code of the app's root, large, for volunteers at arrival centres.

use crate::components::QrSvg;
use crate::components::Title;
use crate::i18n::use_locale;
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
        <figure class="qr-figure qr-large">
            <QrSvg text=url.clone() label />
            <figcaption class="url">{url}</figcaption>
        </figure>
        <button type="button" class="no-print" on:click=move |_| page::print()>{tr!(share.print)}</button>
    }
}
