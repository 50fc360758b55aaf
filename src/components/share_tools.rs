//! On every page: its own address as a QR code (with print), and a share button that uses the
//! system share sheet where there is one and otherwise copies the link, visibly. The code can
//! open the page in another language: a volunteer reading Norwegian shows it to a person who
//! reads Ukrainian.

use super::QrSvg;
use crate::i18n::{use_lang, use_locale};
use crate::lang::{Lang, with_lang};
use crate::platform::location::use_location;
use crate::platform::page;
use crate::platform::share::{Shared, share_or_copy};
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

#[component]
pub fn ShareTools() -> impl IntoView {
    let locale = use_locale();
    let lang = use_lang();
    let location = use_location();
    // None follows the interface's language.
    let code_lang = RwSignal::new(None::<Lang>);
    let target = Signal::derive(move || code_lang.get().unwrap_or(lang.get()));
    let url =
        Signal::derive(move || page::absolute(&with_lang(&location.path.get(), target.get())));
    let open = RwSignal::new(false);
    let shared = RwSignal::new(None::<Shared>);
    let share = move |_| {
        let (url, title) = (url.get_untracked(), page::title());
        leptos::task::spawn_local(async move {
            if let Some(result) = share_or_copy(url, title).await {
                shared.set(Some(result));
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
                None => None,
                Some(Shared::Copied) => Some(view! { <p role="status">{tr!(share.copied)}</p> }.into_any()),
                Some(Shared::Failed(u)) => Some(view! { <p role="status">{tr!(share.copy_failed)} " " <span class="url">{u}</span></p> }.into_any()),
            }}
            <Show when=move || open.get()>
                <figure class="qr-figure to-print-qr">
                    <QrSvg text=url label=Signal::derive(move || td_string!(locale(), share.qr_label, url = url.get())) />
                    <figcaption class="url">{url}</figcaption>
                    <div class="no-print qr-language">
                        <label for="qr-lang">{tr!(share.qr_language)}</label>
                        <select id="qr-lang" on:change=move |ev| code_lang.set(Lang::from_code(&event_target_value(&ev)))>
                            {Lang::ALL.map(|l| view! {
                                <option value=l.code() lang=l.code() selected=move || target.get() == l>{l.endonym()}</option>
                            })}
                        </select>
                    </div>
                    <button type="button" class="no-print" on:click=move |_| page::print()>{tr!(share.print)}</button>
                </figure>
            </Show>
        </div>
    }
}
