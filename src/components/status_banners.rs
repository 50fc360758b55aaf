//! Non-blocking notices at the top of every page.

use crate::platform::app_state::use_app_state;
use crate::platform::sw;
use crate::tr;
use leptos::prelude::*;

/// Shown when a new build has been downloaded and waits; the button switches to it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.update_ready.get()>
            <div class="banner banner-update" role="status">
                <p>{tr!(update.available)}</p>
                <button type="button" on:click=move |_| sw::apply_update()>
                    {tr!(update.reload)}
                </button>
            </div>
        </Show>
    }
}

/// Shown when the browser refuses storage and the app only remembers things until it closes.
#[component]
pub fn StorageWarning() -> impl IntoView {
    let state = use_app_state();
    (!state.persistent).then(|| {
        view! {
            <div class="banner banner-warning" role="alert">
                <p>{tr!(storage.unavailable)}</p>
            </div>
        }
    })
}
