//! "Read aloud" and "Say it in Norwegian": a button that reads a script with the device's own
//! voice for the language, and becomes Pause/Continue with a Stop beside it while reading. It is
//! not there at all when the device has no local voice for the language: a button that says
//! nothing would only confuse.

use crate::i18n::{Locale, tr};
use crate::lang::Lang;
use crate::platform::speech::use_speech;
use crate::speech::Line;
use crate::tr;
use leptos::html::Button;
use leptos::prelude::*;

/// Reads the lines `script` makes for `lang` when the reading starts: Read aloud → Pause /
/// Continue, and Stop. `owner` names the reading; the page marks the blocks it reads with
/// `data-say="{owner}-{at}"`.
#[component]
pub fn ReadAloud(
    owner: &'static str,
    #[prop(into)] lang: Signal<Lang>,
    script: Callback<Lang, Vec<Line>>,
    label: fn(Locale) -> &'static str,
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
    // Stop disappears when the reading ends: keep the keyboard focus in the control. (Its blur
    // on removal has no related target; moving elsewhere has one.)
    Effect::new(move |_| {
        if now.get().is_none() && stop_focused.get_untracked() {
            stop_focused.set(false);
            if let Some(b) = primary.get_untracked() {
                let _ = b.focus();
            }
        }
    });
    let click = move |_| match now.get_untracked() {
        None => {
            let l = lang.get_untracked();
            speech.start(owner, l, script.run(l));
        }
        Some(n) if n.paused => speech.resume(),
        Some(_) => speech.pause(),
    };
    let start = tr(label);
    let (pause, resume) = (tr!(speech.pause), tr!(speech.resume));
    let label = move || match now.get() {
        None => (Icon::Speaker, start()),
        Some(n) if n.paused => (Icon::Play, resume()),
        Some(_) => (Icon::Pause, pause()),
    };
    view! {
        <Show when=move || speech.can_speak(lang.get()) || now.with(Option::is_some)>
            <div class="read-aloud no-print">
                <button type="button" class="secondary" node_ref=primary on:click=click>
                    {move || { let (icon, text) = label(); view! { {icon.svg()} " " {text} } }}
                </button>
                <Show when=move || now.with(Option::is_some)>
                    <button type="button" class="secondary"
                        on:focus=move |_| stop_focused.set(true)
                        on:blur=move |ev| if ev.related_target().is_some() { stop_focused.set(false) }
                        on:click=move |_| {
                            if let Some(b) = primary.get_untracked() {
                                let _ = b.focus();
                            }
                            speech.stop();
                        }>
                        {Icon::Stop.svg()} " " {tr!(speech.stop)}
                    </button>
                </Show>
            </div>
        </Show>
    }
}

/// "Say it in Norwegian": says a phrase card's sentence; while it is said, Stop. `describedby`
/// is the id of the sentence, so each of the page's buttons says which one it is.
#[component]
pub fn SayInNorwegian(
    phrase: &'static str,
    #[prop(optional)] describedby: Option<String>,
) -> impl IntoView {
    let speech = use_speech();
    let owner = phrase;
    let now = Memo::new(move |_| speech.now(owner));
    on_cleanup(move || speech.stop_if(owner));
    let click = move |_| match now.get_untracked() {
        None => speech.start(
            owner,
            Lang::Nb,
            crate::speech::script::phrase_in_norwegian(phrase),
        ),
        Some(_) => speech.stop(),
    };
    let (say, stop) = (tr!(speech.say_nb), tr!(speech.stop_saying));
    view! {
        <Show when=move || speech.can_speak(Lang::Nb) || now.with(Option::is_some)>
            <button type="button" class="secondary say-nb" on:click=click
                aria-describedby=describedby.clone()>
                {move || match now.get() {
                    None => view! { {Icon::Speaker.svg()} " " {say()} }.into_any(),
                    Some(_) => view! { {Icon::Stop.svg()} " " {stop()} }.into_any(),
                }}
            </button>
        </Show>
    }
}

#[derive(Clone, Copy)]
enum Icon {
    Speaker,
    Pause,
    Play,
    Stop,
}

impl Icon {
    /// A picture for people who read little; the button's text is its name.
    fn svg(self) -> impl IntoView {
        let d = match self {
            Icon::Speaker => {
                "M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z"
            }
            Icon::Pause => "M6 5h4v14H6zm8 0h4v14h-4z",
            Icon::Play => "M7 5v14l11-7z",
            Icon::Stop => "M6 6h12v12H6z",
        };
        view! {
            <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path fill="currentColor" d=d />
            </svg>
        }
    }
}
