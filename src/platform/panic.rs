//! A Rust panic must never leave a blank page: replace the page with a readable error screen
//! built from plain DOM calls, since the app's own rendering may be what broke.

use crate::i18n::Locale;
use crate::lang::Lang;
use leptos_i18n::td_string;
use wasm_bindgen::{JsCast, closure::Closure};

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_error_screen();
    }));
}

fn show_error_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or(Lang::FALLBACK);
    let locale = Locale::from(lang);
    let Some(body) = doc.body() else { return };
    body.set_text_content(None);

    let build = || -> Option<()> {
        let main = doc.create_element("main").ok()?;
        main.set_class_name("error-screen");
        main.set_attribute("role", "alert").ok()?;
        let h1 = doc.create_element("h1").ok()?;
        h1.set_text_content(Some(td_string!(locale, error.title)));
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(td_string!(locale, error.body)));
        let button = doc.create_element("button").ok()?;
        button.set_text_content(Some(td_string!(locale, error.reload)));
        let on_click = Closure::<dyn FnMut()>::new(super::reload);
        button
            .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
            .ok()?;
        // The error screen is the page's last state: its handlers live as long as it does.
        on_click.forget();
        // The stored checklist is untouched by a crash; offer it anyway, in case the app keeps
        // failing on this phone.
        let export = doc.create_element("button").ok()?;
        export.set_text_content(Some(td_string!(locale, error.export)));
        let on_export = Closure::<dyn FnMut()>::new(|| {
            let key = crate::storage::persist::data_key();
            let raw = web_sys::window()
                .and_then(|w| w.local_storage().ok().flatten())
                .and_then(|s| s.get_item(&key).ok().flatten());
            if let Some(raw) = raw {
                let _ = super::files::download("veiviser-data.json", super::files::JSON, &raw);
            }
        });
        export
            .add_event_listener_with_callback("click", on_export.as_ref().unchecked_ref())
            .ok()?;
        on_export.forget();
        main.append_child(&h1).ok()?;
        main.append_child(&p).ok()?;
        main.append_child(&button).ok()?;
        main.append_child(&export).ok()?;
        body.append_child(&main).ok()?;
        Some(())
    };
    let _ = build();
}
