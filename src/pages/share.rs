//! "Share this app": the QR code of the app's root, large, for volunteers at arrival centres.

use crate::components::QrSvg;
use crate::components::share_tools::{absolute, print_page};
use crate::i18n::{t_string, use_i18n};
use crate::tr;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Share() -> impl IntoView {
    let i18n = use_i18n();
    let url = absolute("/");
    let label = {
        let url = url.clone();
        Signal::derive(move || t_string!(i18n, share.qr_label, url = url.clone()))
    };
    view! {
        <Title text=tr!(share.title) />
        <h1>{tr!(share.title)}</h1>
        <p>{tr!(share.intro)}</p>
        <figure class="qr-figure qr-large">
            <QrSvg text=url.clone() label />
            <figcaption class="url">{url}</figcaption>
        </figure>
        <button type="button" class="no-print" on:click=move |_| print_page()>{tr!(share.print)}</button>
    }
}
