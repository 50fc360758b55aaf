//! "Install the app": the browser's own prompt where it has one, a how-to on iOS Safari, and
//! nothing once the app already runs installed.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallOffer {
    None,
    /// The browser fired `beforeinstallprompt`; we can show its dialog.
    Prompt,
    /// iOS Safari has no prompt: explain Share → Add to Home Screen.
    IosHowTo,
}

thread_local! {
    static DEFERRED: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

pub fn listen(offer: RwSignal<InstallOffer>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if is_standalone(&window) {
        return;
    }
    if is_ios(&window) {
        offer.set(InstallOffer::IosHowTo);
        return;
    }
    // Not in leptos's typed events: the names as the browser fires them. Removed with the app.
    let on_prompt = window_event_listener_untyped("beforeinstallprompt", move |e| {
        e.prevent_default();
        DEFERRED.with(|d| *d.borrow_mut() = Some(e));
        offer.set(InstallOffer::Prompt);
    });
    let on_installed =
        window_event_listener_untyped("appinstalled", move |_| offer.set(InstallOffer::None));
    on_cleanup(move || {
        on_prompt.remove();
        on_installed.remove();
    });
}

/// Shows the browser's install dialog; the event can be used once.
pub fn prompt(offer: RwSignal<InstallOffer>) {
    if let Some(event) = DEFERRED.with(|d| d.borrow_mut().take()) {
        let prompt = js_sys::Reflect::get(&event, &JsValue::from_str("prompt"));
        if let Ok(f) = prompt.and_then(|p| p.dyn_into::<js_sys::Function>()) {
            let _ = f.call0(&event);
        }
    }
    offer.set(InstallOffer::None);
}

fn is_standalone(window: &web_sys::Window) -> bool {
    let media = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let ios_flag = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios_flag
}

fn is_ios(window: &web_sys::Window) -> bool {
    let nav = window.navigator();
    let ua = nav.user_agent().unwrap_or_default();
    // iPadOS presents itself as a Mac, but with touch.
    ua.contains("iPhone")
        || ua.contains("iPad")
        || ua.contains("iPod")
        || (ua.contains("Macintosh") && nav.max_touch_points() > 1)
}
