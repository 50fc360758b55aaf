//! The address bar as signals, and in-app links that change it without a reload. This is all the
//! app used of leptos_router (its route matching is `route.rs`); the router cost more wasm than
//! this file (docs/performance.md, "Written by hand instead of a library").

use crate::base;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// Where the app is. Set by links, `navigate`, and the back and forward buttons. Paths here are
/// inside the base (`crate::base`): `/uk/step/tb-test` whether the app is at `/` or `/veiviser/`.
#[derive(Clone, Copy)]
pub struct Location {
    /// `/uk/step/tb-test`
    pub path: RwSignal<String>,
    /// `?q=tb`, or empty.
    pub search: RwSignal<String>,
    /// `#t-registered`, or empty.
    pub hash: RwSignal<String>,
    /// Counts the moves (links, `navigate`, back and forward), even to the same address: what
    /// belongs to one visit of a page, such as text typed but not yet searched for, is keyed on it.
    pub moves: RwSignal<u32>,
}

impl Location {
    /// Opens `to` (an app path with optional query and hash) in the app. `replace` keeps the
    /// history entry, as a redirect should.
    pub fn navigate(self, to: &str, replace: bool) {
        let Ok(history) = window().history() else {
            return;
        };
        let to = &base::link(to);
        let null = wasm_bindgen::JsValue::NULL;
        let pushed = if replace {
            history.replace_state_with_url(&null, "", Some(to))
        } else {
            history.push_state_with_url(&null, "", Some(to))
        };
        if pushed.is_err() {
            // Not a same-origin URL after all: let the browser go there.
            let _ = window().location().set_href(to);
            return;
        }
        self.sync();
        // Once the new page is rendered: to the linked element, or to the top.
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            let id = js_sys::decode_uri_component(hash.trim_start_matches('#'))
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            match (!id.is_empty()).then(|| document().get_element_by_id(&id)) {
                Some(Some(target)) => target.scroll_into_view(),
                _ => window().scroll_to_with_x_and_y(0.0, 0.0),
            }
        });
    }

    /// Copies the address into the signals (unchanged values notify nobody), and counts the move.
    fn sync(self) {
        let address = window().location();
        let doc_path = address.pathname().unwrap_or_default();
        // Outside the base only if a server sent another site's address here: the app's home
        // then takes over.
        let path = base::app_path(&doc_path).unwrap_or("/").to_string();
        let search = address.search().unwrap_or_default();
        let hash = address.hash().unwrap_or_default();
        for (signal, value) in [(self.path, path), (self.search, search), (self.hash, hash)] {
            if signal.get_untracked() != value {
                signal.set(value);
            }
        }
        self.moves.update(|n| *n = n.wrapping_add(1));
    }

    /// A query parameter's value, decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        web_sys::UrlSearchParams::new_with_str(&self.search.get())
            .ok()?
            .get(name)
    }
}

/// Starts following the address; call once, before anything reads it.
pub fn provide() {
    let location = Location {
        path: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
        moves: RwSignal::new(0),
    };
    location.sync();
    provide_context(location);
    // Live as long as the app: the address and its links work on every page.
    let _ = window_event_listener(leptos::ev::popstate, move |_| location.sync());
    let _ = window_event_listener(leptos::ev::click, move |ev| follow_link(&ev, location));
}

pub fn use_location() -> Location {
    use_context::<Location>().expect("provided by App")
}

/// A click on a link to one of the app's own pages opens it in place. Anything else (another
/// site, a new tab, a download, a modified click, a handled event) is left to the browser.
fn follow_link(ev: &MouseEvent, location: Location) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    let Some(link) = link else { return };
    let external = link
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
    if !link.target().is_empty() || link.has_attribute("download") || external {
        return;
    }
    let Ok(url) = web_sys::Url::new(&link.href()) else {
        return;
    };
    if url.origin() != window().location().origin().unwrap_or_default() {
        return;
    }
    // Another page of the same site, outside the app: the browser's business.
    let Some(path) = base::app_path(&url.pathname()).map(str::to_string) else {
        return;
    };
    ev.prevent_default();
    let to = format!("{path}{}{}", url.search(), url.hash());
    // A link to the page already shown adds no history entry to step back through.
    let here = window().location().href().unwrap_or_default() == url.href();
    location.navigate(&to, here);
}
