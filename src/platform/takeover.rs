//! Mounting the app, and taking over a page pre-rendered at build time (tools/prerender.mjs) in
//! short tasks. The app renders into a root outside the document while the pre-rendered page
//! stays on screen; parts wrapped in `Later` render in the tasks after, so a slow phone is never
//! frozen for the whole first render (most of which is V8 compiling wasm functions on their first
//! call). When the last part is in, one swap in one task puts the app in the page's place: no
//! frame shows both or neither, and no element or id is in the document twice.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Marks pre-rendered nodes, so the app can remove them.
const PRERENDERED: &str = "[data-prerendered]";

thread_local! {
    static STAGING: Cell<bool> = const { Cell::new(false) };
    static LATER: RefCell<VecDeque<Box<dyn FnOnce()>>> = RefCell::new(VecDeque::new());
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    static AFTER: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the app into `<div class="app">` at the end of the body.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Ok(root)) = (doc.body(), doc.create_element("div")) else {
        return;
    };
    root.set_class_name("app");
    let staging = matches!(doc.query_selector(PRERENDERED), Ok(Some(_)));
    if !staging {
        let _ = body.append_child(&root);
        leptos::mount::mount_to(root.unchecked_into(), app).forget();
        return;
    }
    STAGING.set(true);
    ROOT.set(Some(root.clone()));
    // Not in the task that instantiated the wasm, which is long enough already.
    later(move || leptos::mount::mount_to(root.unchecked_into(), app).forget());
    next_task();
}

/// True while the app takes over a pre-rendered page.
pub fn staging() -> bool {
    STAGING.get()
}

/// Runs `part` in a task of its own after the ones queued before it.
pub fn later(part: impl FnOnce() + 'static) {
    LATER.with_borrow_mut(|queue| queue.push_back(Box::new(part)));
}

/// Runs `work` that the first render does not need: while the app takes over a pre-rendered
/// page, in a task after the swap; at any other time, at once.
pub fn after(work: impl FnOnce() + 'static) {
    if staging() {
        AFTER.with_borrow_mut(|after| after.push(Box::new(work)));
    } else {
        work();
    }
}

fn next_task() {
    // Each part's reactive updates run as microtasks of its own task, before the next timer.
    set_timeout(run_next, Duration::ZERO);
}

fn run_next() {
    match LATER.with_borrow_mut(VecDeque::pop_front) {
        Some(part) => {
            part();
            next_task();
        }
        None => swap(),
    }
}

fn swap() {
    STAGING.set(false);
    set_timeout(
        || AFTER.take().into_iter().for_each(|work| work()),
        Duration::ZERO,
    );
    let (Some(doc), Some(root)) = (web_sys::window().and_then(|w| w.document()), ROOT.take())
    else {
        return;
    };
    // Someone who tabbed to a link keeps it: the app's tree has the pre-rendered page's shape.
    let focused = doc.active_element().and_then(|el| path_in_prerendered(&el));
    let ticks = early_ticks(&doc);
    while let Ok(Some(node)) = doc.query_selector(PRERENDERED) {
        node.remove();
    }
    if let Some(body) = doc.body() {
        let _ = body.append_child(&root);
    }
    replay(&doc, ticks);
    let target =
        focused.and_then(|path| path.iter().try_fold(root, |el, &i| el.children().item(i)));
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The element's place in its pre-rendered tree: the child index at each level, top first.
fn path_in_prerendered(el: &web_sys::Element) -> Option<Vec<u32>> {
    let top = el.closest(PRERENDERED).ok()??;
    let mut path = Vec::new();
    let mut el = el.clone();
    while el != top {
        let parent = el.parent_element()?;
        let siblings = parent.children();
        path.push((0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&el))?);
        el = parent;
    }
    path.reverse();
    Some(path)
}

/// A task's box works before the app runs (tools/prerender.mjs leaves it enabled): the boxes
/// someone ticked or unticked there, by id, with the state they chose.
fn early_ticks(doc: &web_sys::Document) -> Vec<(String, bool)> {
    let Ok(boxes) = doc.query_selector_all("[data-prerendered] .task-row > input[type=checkbox]")
    else {
        return Vec::new();
    };
    (0..boxes.length())
        .filter_map(|i| boxes.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|b| b.checked() != b.default_checked())
        .map(|b| (b.id(), b.checked()))
        .collect()
}

/// Where the loader (tools/postbuild.mjs) keeps ticks made before the app ran, for this tab:
/// `{"tb-test": true}`. It survives a link followed before the app took over.
const EARLY_TICKS_KEY: &str = "veiviser.early-ticks";

/// Takes the ticks the loader kept (and forgets them, so they are carried over once).
pub fn take_early_ticks() -> Vec<(String, bool)> {
    use gloo_storage::{SessionStorage, Storage};
    // gloo throws when storage is blocked or off; ask the way it does first.
    let available = web_sys::window().is_some_and(|w| matches!(w.session_storage(), Ok(Some(_))));
    if !available {
        return Vec::new();
    }
    // The loader writes only true and false; anything else is not ours and is dropped.
    let ticks = SessionStorage::get::<std::collections::BTreeMap<String, bool>>(EARLY_TICKS_KEY);
    SessionStorage::delete(EARLY_TICKS_KEY);
    ticks.unwrap_or_default().into_iter().collect()
}

/// Clicks the app's own box where it shows another state than the one chosen, so the tick goes
/// through the app's handler and is saved. A box the app disables (not for this person) is left.
fn replay(doc: &web_sys::Document, ticks: Vec<(String, bool)>) {
    for (id, checked) in ticks {
        let el = doc.get_element_by_id(&id);
        if let Some(b) = el.and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            && !b.disabled()
            && b.checked() != checked
        {
            b.click();
        }
    }
}
