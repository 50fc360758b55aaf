//! "Read aloud" and "Say it in Norwegian": a button that reads a script with the device's own
//! voice for the language. While an article is read it becomes Pause / Continue with Stop beside
//! it; while a phrase is said, Stop. It is hidden when the device has no local voice for the
//! language: a button that says nothing would only confuse.
//!
//! One view of fixed shape with reactive attributes and texts: each extra `Show` or view shape
//! costs wasm, and this control is on every article and phrase card.

use crate::i18n::{Locale, tr};
use crate::lang::Lang;
use crate::platform::speech::use_speech;
use crate::speech::Line;
use crate::tr;
use leptos::html::Button;
use leptos::prelude::*;

/// Reads the lines `script` makes for `lang` when the reading starts. `owner` names the reading;
/// the page marks the blocks it reads with `data-say="{owner}-{at}"`. A `pausable` reading (an
/// article) has Pause / Continue and Stop; a phrase has Stop. `describedby` names what is read
/// where the page has many such buttons.
#[component]
pub fn ReadAloud(
    owner: &'static str,
    #[prop(into)] lang: Signal<Lang>,
    script: Callback<Lang, Vec<Line>>,
    label: fn(Locale) -> &'static str,
    #[prop(optional)] pausable: bool,
    #[prop(optional)] describedby: Option<String>,
) -> impl IntoView {
    let speech = use_speech();
    let now = Memo::new(move |_| speech.now(owner));
    let primary = NodeRef::<Button>::new();
    let stop_focused = RwSignal::new(false);
    on_cleanup(move || speech.stop_if(owner));
    // A reading in one language ends when the page changes to another.
    Effect::new(move |before: Option<Lang>| {
        let l = lang.get();
        if before.is_some_and(|b| b != l) {
            speech.stop_if(owner);
        }
        l
    });
    let focus_primary = move || {
        if let Some(b) = primary.get_untracked() {
            let _ = b.focus();
        }
    };
    // Stop is hidden when the reading ends: keep the keyboard focus in the control. (Its blur
    // on hiding has no related target; moving elsewhere has one.)
    Effect::new(move |_| {
        if now.get().is_none() && stop_focused.get_untracked() {
            stop_focused.set(false);
            focus_primary();
        }
    });
    let click = move |_| match now.get_untracked() {
        None => {
            let l = lang.get_untracked();
            speech.start(owner, l, script.run(l));
        }
        Some(_) if !pausable => speech.stop(),
        Some(n) if n.paused => speech.resume(),
        Some(_) => speech.pause(),
    };
    let (start, pause, resume, stop) = (
        tr(label),
        tr!(speech.pause),
        tr!(speech.resume),
        tr!(speech.stop),
    );
    let stop_saying = tr!(speech.stop_saying);
    // The text and the icon (a CSS class) of the first button.
    let state = move || match now.get() {
        None => ("say-start", start()),
        Some(_) if !pausable => ("say-stop", stop_saying()),
        Some(n) if n.paused => ("say-resume", resume()),
        Some(_) => ("say-pause", pause()),
    };
    view! {
        <div class="read-aloud no-print"
            hidden=move || !speech.can_speak(lang.get()) && now.with(Option::is_none)>
            <button type="button" node_ref=primary class=move || format!("secondary {}", state().0)
                aria-describedby=describedby on:click=click>
                // A speaker for people who read little (the other states' signs are in CSS).
                <svg class="speaker" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                    <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z" />
                </svg>
                {move || state().1}
            </button>
            <button type="button" class="secondary say-stop"
                hidden=move || !pausable || now.with(Option::is_none)
                on:focus=move |_| stop_focused.set(true)
                on:blur=move |ev| if ev.related_target().is_some() { stop_focused.set(false) }
                on:click=move |_| {
                    focus_primary();
                    speech.stop();
                }>
                {stop}
            </button>
        </div>
    }
}
