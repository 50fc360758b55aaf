//! Phrase cards: a sentence in Norwegian with the reader's language under it, grouped by place;
//! one tap shows it full screen in large type, to hand the phone to an official.

use crate::components::{ReadAloud, Title};
use crate::content::phrases::{PLACES, Phrase};
use crate::i18n::use_lang;
use crate::lang::Lang;
use crate::speech::script::phrase_in_norwegian;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

#[component]
pub fn Phrases() -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(None::<Phrase>);
    view! {
        <Title text=tr!(phrases.title) />
        <h1>{tr!(phrases.title)}</h1>
        <p>{tr!(phrases.intro)}</p>
        {PLACES.iter().map(|&(place, phrases)| view! {
            <section class="phrase-place">
                <h2>{move || place.text(lang.get())}</h2>
                <ul class="phrase-cards">
                    {phrases.iter().map(|&p| { let id = p.as_str(); view! {
                        <li class="phrase-card" id=format!("p-{id}")>
                            <p class="phrase-nb" lang="nb" id=format!("nb-{id}")>{p.text(Lang::Nb)}</p>
                            <Show when=move || lang.get() != Lang::Nb>
                                <p class="phrase-own" lang=move || lang.get().code()>{move || p.text(lang.get())}</p>
                            </Show>
                            <div class="phrase-actions">
                                <button type="button" class="secondary" on:click=move |_| open.set(Some(p))
                                    aria-describedby=format!("nb-{id}")>
                                    {tr!(phrases.show)}
                                </button>
                                <ReadAloud owner=id lang=Lang::Nb script=Callback::new(move |_| phrase_in_norwegian(p))
                                    label=|l| td_string!(l, speech.say_nb) describedby=format!("nb-{id}") />
                            </div>
                        </li>
                    }}).collect_view()}
                </ul>
            </section>
        }).collect_view()}
        {move || open.get().map(|p| view! { <FullScreen phrase=p on_close=move || open.set(None) /> })}
    }
}

#[component]
fn FullScreen(phrase: Phrase, #[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let close = NodeRef::<leptos::html::Button>::new();
    // Focus moves into the dialog, and Escape closes it.
    Effect::new(move |_| {
        if let Some(b) = close.get() {
            let _ = b.focus();
        }
    });
    view! {
        <div class="fullscreen" role="dialog" aria-modal="true" aria-label=tr!(phrases.title)
            on:keydown=move |ev| if ev.key() == "Escape" { on_close.run(()) }>
            <p class="fullscreen-nb" lang="nb">{phrase.text(Lang::Nb)}</p>
            <Show when=move || lang.get() != Lang::Nb>
                <p class="fullscreen-own" lang=move || lang.get().code()>{move || phrase.text(lang.get())}</p>
            </Show>
            <div class="phrase-actions">
                <ReadAloud owner=phrase.as_str() lang=Lang::Nb script=Callback::new(move |_| phrase_in_norwegian(phrase))
                    label=|l| td_string!(l, speech.say_nb) />
                <button type="button" node_ref=close on:click=move |_| on_close.run(())>{tr!(phrases.close)}</button>
            </div>
        </div>
    }
}
