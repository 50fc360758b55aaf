//! The document as a whole: focus, printing, the page's title and address.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves the focus to the element `id` and scrolls it into view (the skip link).
pub fn focus_and_show(id: &str) {
    let el = document().and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// Whether `ev` happened inside `el`: a click outside an open menu closes it.
pub fn inside(el: &web_sys::Element, ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|n| el.contains(Some(&n)))
}

/// The browser's print dialog for the page.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Prints `el` alone: the print stylesheet shows `.to-print` only.
pub fn print_only(el: &web_sys::Element) {
    let _ = el.class_list().add_1("to-print");
    print();
    let _ = el.class_list().remove_1("to-print");
}

/// The absolute address of an app path on this origin, under the base: what a QR code or a
/// shared link carries, so it opens this deployment.
pub fn absolute(app_path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", crate::base::link(app_path))
}

/// The document's title as the browser shows it.
pub fn title() -> String {
    document().map(|d| d.title()).unwrap_or_default()
}

/// `text` made safe for a URL's query string.
pub fn encode_query(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// Sets the checkbox an event came from: after a failed save it shows what is stored, not the
/// click.
pub fn set_target_checked(ev: &web_sys::Event, checked: bool) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_checked(checked);
    }
}
