//! Non-blocking notices at the top of every page.

use crate::app::AppState;
use crate::i18n::{t, use_i18n};
use crate::platform::sw;
use leptos::prelude::*;

/// Shown when a new build has been downloaded and waits; the button switches to it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.update_ready.get()>
            <div class="banner banner-update" role="status">
                <p>{t!(i18n, update.available)}</p>
                <button type="button" on:click=move |_| sw::apply_update()>
                    {t!(i18n, update.reload)}
                </button>
            </div>
        </Show>
    }
}

/// Shown when the browser refuses storage and the app only remembers things until it closes.
#[component]
pub fn StorageWarning() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    (!state.persistent).then(|| {
        view! {
            <div class="banner banner-warning" role="alert">
                <p>{t!(i18n, storage.unavailable)}</p>
            </div>
        }
    })
}
