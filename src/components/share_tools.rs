//! On every page: its own address as a QR code (with print), and a share button that uses the
//! system share sheet where there is one and otherwise copies the link, visibly.

use super::QrSvg;
use crate::i18n::use_locale;
use crate::platform::location::use_location;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The absolute address of an in-app path on this origin.
pub fn absolute(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}

pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[derive(Clone, PartialEq)]
enum Shared {
    No,
    Copied,
    Failed(String),
}

/// Shares `url` with the Web Share API, else copies it. None: the share sheet was used.
async fn share_or_copy(url: String, title: String) -> Option<Shared> {
    let nav: JsValue = web_sys::window()?.navigator().into();
    let call = |target: &JsValue, name: &str, arg: &JsValue| -> Option<js_sys::Promise> {
        let f: js_sys::Function = js_sys::Reflect::get(target, &name.into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call1(target, arg).ok()?.dyn_into().ok()
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    if let Some(p) = call(&nav, "share", &data) {
        // A cancelled share sheet is not an error worth showing.
        let _ = JsFuture::from(p).await;
        return None;
    }
    let clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).ok();
    let copied = match clipboard.and_then(|c| call(&c, "writeText", &url.clone().into())) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    };
    Some(if copied {
        Shared::Copied
    } else {
        Shared::Failed(url)
    })
}

#[component]
pub fn ShareTools() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let url = Signal::derive(move || absolute(&location.path.get()));
    let open = RwSignal::new(false);
    let shared = RwSignal::new(Shared::No);
    let share = move |_| {
        let title = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| d.title())
            .unwrap_or_default();
        let url = url.get_untracked();
        leptos::task::spawn_local(async move {
            if let Some(result) = share_or_copy(url, title).await {
                shared.set(result);
            }
        });
    };
    view! {
        <div class="share-tools no-print-chrome">
            <div class="actions">
                <button type="button" class="secondary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {move || if open.get() { td_string!(locale(), share.qr_hide) } else { td_string!(locale(), share.qr_show) }}
                </button>
                <button type="button" class="secondary" on:click=share>{tr!(share.share)}</button>
            </div>
            {move || match shared.get() {
                Shared::No => None,
                Shared::Copied => Some(view! { <p role="status">{tr!(share.copied)}</p> }.into_any()),
                Shared::Failed(u) => Some(view! { <p role="status">{tr!(share.copy_failed)} " " <span class="url">{u}</span></p> }.into_any()),
            }}
            <Show when=move || open.get()>
                <figure class="qr-figure to-print-qr">
                    <QrSvg text=url label=Signal::derive(move || td_string!(locale(), share.qr_label, url = url.get())) />
                    <figcaption class="url">{url}</figcaption>
                    <button type="button" class="no-print" on:click=move |_| print_page()>{tr!(share.print)}</button>
                </figure>
            </Show>
        </div>
    }
}
