//! App-wide state that components read: whether an update waits, the install offer, and whether
//! the browser stores anything at all.

use super::install::{self, InstallOffer};
use super::{sw, takeover, with_store};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// A new build is installed and waits for the person to accept it.
    pub update_ready: RwSignal<bool>,
    pub install_offer: RwSignal<InstallOffer>,
    /// False when the browser will not store anything and the app runs in memory.
    pub persistent: bool,
}

/// Provides the state; the service worker and the install offer start after the first render,
/// which needs neither.
pub fn provide() {
    let state = AppState {
        update_ready: RwSignal::new(false),
        install_offer: RwSignal::new(InstallOffer::None),
        persistent: with_store(|s| s.is_persistent()),
    };
    let AppState {
        update_ready,
        install_offer,
        ..
    } = state;
    // Run under the app's owner, so the install listeners go when the app does.
    let owner = Owner::current();
    takeover::after(move || {
        let start = move || {
            sw::register(update_ready);
            install::listen(install_offer);
        };
        match owner {
            Some(owner) => owner.with(start),
            None => start(),
        }
    });
    provide_context(state);
}

pub fn use_app_state() -> AppState {
    use_context::<AppState>().expect("provided by App")
}
