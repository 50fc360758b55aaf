//! The device's speech engine (Web Speech API): its local voices in a signal, kept up to date as
//! they arrive (`voiceschanged`), and the reading of `speech::player` spoken one line at a time,
//! with the block being read marked on the page and scrolled into view.

use crate::lang::Lang;
use crate::speech::Line;
use crate::speech::player::{Command, Now, Player};
use crate::speech::voices::{self, Voice};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

#[derive(Clone, Copy)]
pub struct Speech {
    voices: RwSignal<Vec<Voice>>,
    player: RwSignal<Player>,
    /// The voice of the reading in progress.
    voice: StoredValue<Option<Voice>>,
}

/// The utterance being spoken and its handlers: kept alive until the next one replaces it,
/// since an engine may drop an utterance nothing refers to before it ends (Chrome does).
struct Current {
    utterance: SpeechSynthesisUtterance,
    _on_end: Closure<dyn FnMut()>,
    _on_error: Closure<dyn FnMut()>,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

/// The engine, where the browser has one (some WebViews do not).
fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    value.is_object().then(|| value.unchecked_into())
}

fn engine_voices(synth: &SpeechSynthesis) -> impl Iterator<Item = SpeechSynthesisVoice> {
    synth.get_voices().into_iter().map(JsValue::unchecked_into)
}

fn read_voices() -> Vec<Voice> {
    let Some(synth) = synth() else {
        return Vec::new();
    };
    engine_voices(&synth)
        .map(|v| Voice {
            uri: v.voice_uri(),
            lang: v.lang(),
            local: v.local_service(),
            default: v.default(),
        })
        .collect()
}

pub fn provide() {
    let speech = Speech {
        voices: RwSignal::new(Vec::new()),
        player: RwSignal::new(Player::default()),
        voice: StoredValue::new(None),
    };
    // Asking for voices can wake the device's speech service: not before the first render,
    // which needs none (the buttons appear when voices do).
    super::takeover::after(move || {
        let Some(synth) = synth() else {
            return;
        };
        speech.voices.set(read_voices());
        // Lives as long as the app: voices arrive late in Chrome, and change when one is installed.
        let on_change = Closure::<dyn FnMut()>::new(move || speech.voices.set(read_voices()));
        synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    });
    let player = speech.player;
    // Touches the page only once something is, or was, being read.
    Effect::new(move |marked: Option<bool>| {
        player.with(|p| {
            let current = p.current();
            if current.is_some() || marked == Some(true) {
                show_reading(current);
            }
            current.is_some()
        })
    });
    provide_context(speech);
}

pub fn use_speech() -> Speech {
    use_context::<Speech>().expect("provided by App")
}

impl Speech {
    /// Whether the device has a local voice for `lang` (tracked: voices can arrive later).
    pub fn can_speak(&self, lang: Lang) -> bool {
        self.voices.with(|v| voices::choose(v, lang).is_some())
    }

    /// Where `owner`'s reading is (tracked).
    pub fn now(&self, owner: &str) -> Option<Now> {
        self.player.with(|p| p.now(owner))
    }

    /// Reads `lines` in `lang` for `owner`, instead of anything read before.
    pub fn start(&self, owner: &str, lang: Lang, lines: Vec<Line>) {
        let voice = self
            .voices
            .with_untracked(|v| voices::choose(v, lang).cloned());
        if voice.is_none() {
            return;
        }
        self.voice.set_value(voice);
        self.run(self.player.try_update(|p| p.start(owner, lines)).flatten());
    }

    pub fn pause(&self) {
        self.run(self.player.try_update(Player::pause).flatten());
    }

    pub fn resume(&self) {
        self.run(self.player.try_update(Player::resume).flatten());
    }

    pub fn stop(&self) {
        self.run(self.player.try_update(Player::stop).flatten());
    }

    /// Stops `owner`'s reading, if it is the one being read (not on a disposed signal).
    pub fn stop_if(&self, owner: &str) {
        let command = self.player.try_update(|p| p.stop_if(owner)).flatten();
        self.run(command);
    }

    fn run(self, command: Option<Command>) {
        match command {
            None => {}
            Some(Command::Cancel) => cancel(),
            Some(Command::Speak { ticket, text }) => {
                let Some(voice) = self.voice.get_value() else {
                    return;
                };
                let spoken = speak(&text, &voice, move |ended| {
                    // After the handler returns: the next line replaces (and drops) this one's.
                    leptos::task::spawn_local(async move {
                        if ended {
                            let next = self.player.try_update(|p| p.finished(ticket)).flatten();
                            self.run(next);
                        } else {
                            self.player.update(|p| p.failed(ticket));
                        }
                    });
                });
                if !spoken {
                    self.player.update(|p| p.failed(ticket));
                }
            }
        }
    }
}

/// Says `text` with `voice`; `done(true)` when it ends, `done(false)` on an error.
fn speak(text: &str, voice: &Voice, done: impl Fn(bool) + Clone + 'static) -> bool {
    let Some(synth) = synth() else {
        return false;
    };
    if synth.speaking() || synth.pending() {
        synth.cancel();
    }
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(&voice.lang);
    if let Some(v) = engine_voices(&synth).find(|v| v.voice_uri() == voice.uri) {
        utterance.set_voice(Some(&v));
    }
    let end = done.clone();
    let on_end = Closure::<dyn FnMut()>::new(move || end(true));
    let on_error = Closure::<dyn FnMut()>::new(move || done(false));
    utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    replace_current(Some(Current {
        utterance: utterance.clone(),
        _on_end: on_end,
        _on_error: on_error,
    }));
    synth.speak(&utterance);
    true
}

fn cancel() {
    replace_current(None);
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Detaches the old utterance's handlers before they are dropped, so a late event from the
/// engine finds no handler rather than a freed one.
fn replace_current(next: Option<Current>) {
    let old = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), next));
    if let Some(old) = old {
        old.utterance.set_onend(None);
        old.utterance.set_onerror(None);
    }
}

/// Marks the block being read (`data-say`, see `speech::mark`) and scrolls it into view.
fn show_reading(current: Option<(&str, usize)>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(marked) = doc.query_selector_all(".reading") {
        for i in 0..marked.length() {
            if let Some(el) = marked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.class_list().remove_1("reading");
            }
        }
    }
    let Some((owner, at)) = current else {
        return;
    };
    if let Ok(Some(el)) = doc.query_selector(&format!(
        "[data-say=\"{}\"]",
        crate::speech::mark(owner, at)
    )) {
        let _ = el.class_list().add_1("reading");
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
