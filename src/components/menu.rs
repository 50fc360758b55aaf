//! What the top bar's menus share: a click outside or a move to another page closes them, and
//! Escape closes them and gives the focus back to their button.

use crate::platform::location::use_location;
use crate::platform::page::inside;
use leptos::html::{Button, Div};
use leptos::prelude::*;

/// A menu's open state, closed by the ways every menu closes.
#[derive(Clone, Copy)]
pub struct Dismiss {
    pub open: RwSignal<bool>,
    pub container: NodeRef<Div>,
    pub button: NodeRef<Button>,
}

impl Dismiss {
    pub fn new() -> Dismiss {
        let d = Dismiss {
            open: RwSignal::new(false),
            container: NodeRef::new(),
            button: NodeRef::new(),
        };
        let handle = window_event_listener(leptos::ev::click, move |ev| {
            let outside = d
                .container
                .get_untracked()
                .is_some_and(|c| !inside(&c, &ev));
            if outside && d.open.get_untracked() {
                d.open.set(false);
            }
        });
        on_cleanup(move || handle.remove());
        let path = use_location().path;
        Effect::new(move |_| {
            path.track();
            d.open.set(false);
        });
        d
    }

    /// Closes the menu and puts the focus back on its button.
    pub fn close_to_button(self) {
        self.open.set(false);
        if let Some(b) = self.button.get_untracked() {
            let _ = b.focus();
        }
    }

    /// Escape: handled here, wherever the focus is inside the menu.
    pub fn on_escape(self, ev: &leptos::ev::KeyboardEvent) -> bool {
        let escape = ev.key() == "Escape" && self.open.get_untracked();
        if escape {
            ev.prevent_default();
            self.close_to_button();
        }
        escape
    }
}
