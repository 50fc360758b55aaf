//! Registers the service worker and offers a waiting new build to the person, who decides when
//! to switch (no unconditional skipWaiting).

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    // Only the tab whose person pressed "Update" reloads when the new build takes over.
    static RELOAD_ON_TAKEOVER: Cell<bool> = const { Cell::new(false) };
}

/// Registers sw.js (at the base, so its scope is the app's) in a secure context; `update_ready` turns true when a new build waits.
pub fn register(update_ready: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let nav = window.navigator();
    let has_sw = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !window.is_secure_context() || !has_sw {
        return;
    }
    let container = nav.service_worker();
    let on_takeover = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ON_TAKEOVER.get() {
            super::reload();
        }
    });
    container.set_oncontrollerchange(Some(on_takeover.as_ref().unchecked_ref()));
    // Lives as long as the app: a takeover can come at any time.
    on_takeover.forget();

    // After the first render: registering and installing must not compete with the first paint.
    set_timeout(
        move || {
            let registering = container.register(&crate::base::link("/sw.js"));
            leptos::task::spawn_local(async move {
                match JsFuture::from(registering).await {
                    // A blocked or stubbed register() (automation tools do that) gives no object.
                    Ok(reg) if reg.is_object() => watch(reg.unchecked_into(), update_ready),
                    Ok(_) => leptos::logging::warn!("service worker not registered"),
                    Err(e) => leptos::logging::warn!("service worker not registered: {e:?}"),
                }
            });
        },
        std::time::Duration::ZERO,
    );
}

fn watch(reg: ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    if let Some(waiting) = reg.waiting() {
        offer(waiting, update_ready);
    }
    // On a slow network the new build may have started installing before the app listened:
    // its "updatefound" is gone, so follow it from here.
    if let Some(installing) = reg.installing() {
        follow(installing, update_ready);
    }
    let found_reg = reg.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = found_reg.installing() {
            follow(installing, update_ready);
        }
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    // Lives as long as the app: an update can be found at any time.
    on_found.forget();
}

/// Offers a worker that is installing once it has installed.
fn follow(installing: ServiceWorker, update_ready: RwSignal<bool>) {
    let worker = installing.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if worker.state() == ServiceWorkerState::Installed {
            offer(worker.clone(), update_ready);
        }
    });
    installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    // Lives as long as that worker, which the browser drops when it is replaced.
    on_state.forget();
    // It may have finished between the two reads.
    if installing.state() == ServiceWorkerState::Installed {
        offer(installing, update_ready);
    }
}

fn offer(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    // The very first install has nothing to update from: it just takes control.
    let controlled = web_sys::window().and_then(|w| w.navigator().service_worker().controller());
    if controlled.is_none() {
        return;
    }
    WAITING.with(|w| *w.borrow_mut() = Some(worker));
    update_ready.set(true);
}

/// Tells the waiting build to take over; the page reloads when it has.
pub fn apply_update() {
    WAITING.with(|w| {
        if let Some(worker) = w.borrow().as_ref() {
            // Another tab may already have switched to it: then only this page is old.
            if worker.state() != ServiceWorkerState::Installed {
                super::reload();
                return;
            }
            RELOAD_ON_TAKEOVER.set(true);
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
            let _ = worker.post_message(&msg);
        }
    });
}
