//! "Show in Norwegian": the article in the reader's language with the same text in Norwegian
//! beside it, block for block (every language has the same block structure, tested), in large
//! type, so the phone can be handed to an official. From a Norwegian page it works the other way
//! round: the volunteer picks the person's language. Its note and toggle are in both languages,
//! since two people read them.

use super::blocks::{Numbering, block};
use super::read_aloud::ReadAloud;
use crate::content::Article;
use crate::i18n::{Locale, use_lang};
use crate::lang::Lang;
use crate::speech::script::{self, FIRST_BLOCK, TITLE};
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

/// The reading of the Norwegian column; its blocks are marked `data-say="nb-{n}"`.
const COLUMN: &str = "nb";

fn say(at: usize) -> String {
    crate::speech::mark(COLUMN, at)
}

/// The toggle (or, on a Norwegian page, a choice of the person's language) and the view it
/// opens. `shown` is the person's language while the view is open; the article hides its own
/// body then.
#[component]
pub fn StaffToggle(
    page: &'static Article,
    numbering: Numbering,
    shown: RwSignal<Option<Lang>>,
) -> impl IntoView {
    let lang = use_lang();
    let toggle = move || {
        let lang = lang.get();
        if lang == Lang::Nb {
            let choices = Lang::ALL.into_iter().filter(|l| *l != Lang::Nb).map(|l| {
                view! {
                    <button type="button" class="secondary" lang=l.code()
                        aria-pressed=move || (shown.get() == Some(l)).to_string()
                        on:click=move |_| shown.set(Some(l))>{l.endonym()}</button>
                }
            });
            view! {
                <div class="staff-toggle" role="group" aria-labelledby="staff-beside">
                    <p id="staff-beside">{tr!(staff.beside)}</p>
                    <div class="actions">
                        {choices.collect_view()}
                        <Show when=move || shown.get().is_some()>
                            <button type="button" class="secondary" on:click=move |_| shown.set(None)>{tr!(staff.hide)}</button>
                        </Show>
                    </div>
                </div>
            }
            .into_any()
        } else {
            // The reader's words first, then the same in Norwegian for the official.
            let label = move |text: fn(Locale) -> &'static str| {
                view! { <span>{text(lang.into())}</span> " · " <span lang="nb">{text(Locale::nb)}</span> }
            };
            view! {
                <button type="button" class="secondary staff-toggle" aria-pressed=move || shown.get().is_some().to_string()
                    on:click=move |_| shown.update(|s| *s = if s.is_some() { None } else { Some(lang) })>
                    {move || if shown.get().is_some() {
                        label(|l| td_string!(l, staff.hide))
                    } else {
                        label(|l| td_string!(l, staff.show))
                    }}
                </button>
            }
            .into_any()
        }
    };
    view! {
        {toggle}
        {move || shown.get().map(|person| view! { <StaffView page lang=person numbering=numbering.clone() /> })}
    }
}

#[component]
pub fn StaffView(page: &'static Article, lang: Lang, numbering: Numbering) -> impl IntoView {
    let (own, nb) = (article_text(page, lang), article_text(page, Lang::Nb));
    let rows = own.blocks().into_iter().zip(nb.blocks());
    Some(view! {
        <div class="staff-view">
            <p class="staff-note" lang=lang.code()>{td_string!(Locale::from(lang), staff.note)}</p>
            <p class="staff-note" lang="nb">{td_string!(Locale::nb, staff.note)}</p>
            <ReadAloud owner=COLUMN lang=Lang::Nb script=Callback::new(move |_| script::norwegian_column(page))
                label=|l| leptos_i18n::td_string!(l, speech.read_nb) pausable=true />
            <div class="pair pair-title">
                <h2 lang=lang.code()>{own.title}</h2>
                <h2 lang="nb" data-say=say(TITLE)>{nb.title}</h2>
            </div>
            {rows.enumerate().map(|(i, (a, b))| view! {
                <div class="pair">
                    <div lang=lang.code()>{block(a, &numbering, None, None)}</div>
                    <div lang="nb" data-say=say(FIRST_BLOCK + i)>{block(b, &numbering, None, None)}</div>
                </div>
            }).collect_view()}
        </div>
    })
}
