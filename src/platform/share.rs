//! Sharing a link: the system share sheet where there is one (Web Share API), else the
//! clipboard.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What sharing did, when it did not open the share sheet.
#[derive(Clone, PartialEq)]
pub enum Shared {
    Copied,
    /// Neither worked: the person can copy the address shown.
    Failed(String),
}

/// Shares `url` with the Web Share API, else copies it. None: the share sheet was used.
pub async fn share_or_copy(url: String, title: String) -> Option<Shared> {
    let nav: JsValue = web_sys::window()?.navigator().into();
    let call = |target: &JsValue, name: &str, arg: &JsValue| -> Option<js_sys::Promise> {
        let f: js_sys::Function = js_sys::Reflect::get(target, &name.into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call1(target, arg).ok()?.dyn_into().ok()
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    if let Some(p) = call(&nav, "share", &data) {
        // A cancelled share sheet is not an error worth showing.
        let _ = JsFuture::from(p).await;
        return None;
    }
    let clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).ok();
    let copied = match clipboard.and_then(|c| call(&c, "writeText", &url.clone().into())) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    };
    Some(if copied {
        Shared::Copied
    } else {
        Shared::Failed(url)
    })
}
