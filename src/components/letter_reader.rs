//! "Which letter is this?": the person pastes a letter's text, the phone says which letter it
//! is (or that it is not sure) and what the text states (`letters::read`). Nothing is sent
//! anywhere, and nothing is kept unless the person presses "Keep".

use super::letter_found::FoundView;
use crate::checklist::{Change, KeptLetter};
use crate::content::journey::ArticleId;
use crate::i18n::{article_href, use_lang};
use crate::letters::{self, Reading, Verdict};
use crate::platform::{self, checklist::use_checklist};
use crate::storage::tab_sync::ChangeError;
use crate::texts::article::article_text;
use crate::texts::checklist::format_date;
use crate::tr;
use leptos::prelude::*;

/// A link to a letter's page with its title, in the language shown.
#[component]
fn LetterLink(id: ArticleId) -> impl IntoView {
    let lang = use_lang();
    let page = id.article();
    view! { <a href=article_href(page)>{move || article_text(page, lang.get()).title}</a> }
}

#[component]
pub fn LetterReader() -> impl IntoView {
    let checklist = use_checklist();
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    // The text that was read, with what it is: the answer stays while the box is edited.
    let reading = RwSignal::new(None::<(String, Reading)>);
    let kept = RwSignal::new(None::<Result<(), ChangeError>>);
    let read = move || {
        let t = text.get_untracked();
        kept.set(None);
        reading.set((!t.trim().is_empty()).then(|| {
            let read = letters::read(&t);
            (t, read)
        }));
    };
    let keep = move |_| {
        let Some((t, _)) = reading.get_untracked() else {
            return;
        };
        let text: String = t
            .trim()
            .chars()
            .take(crate::checklist::MAX_LETTER)
            .collect();
        let letter = KeptLetter {
            saved: platform::today(),
            text,
        };
        kept.set(Some(checklist.update([Change::KeepLetter(letter)])));
    };
    let answer = move || {
        reading.get().map(|(t, r)| {
            let verdict = match r.verdict.clone() {
                Verdict::Sure(id) => view! {
                    <p>{tr!(letters.sure)}</p>
                    <p class="letter-match"><LetterLink id /></p>
                    <p class="summary">{move || article_text(id.article(), lang.get()).lead().0}</p>
                }
                .into_any(),
                Verdict::Unsure(ids) => view! {
                    <p>{tr!(letters.unsure)}</p>
                    <ul>{ids.into_iter().map(|id| view! { <li><LetterLink id /></li> }).collect_view()}</ul>
                }
                .into_any(),
                Verdict::Unknown => view! { <p>{tr!(letters.unknown)}</p> }.into_any(),
            };
            let sure = match r.verdict {
                Verdict::Sure(id) => Some(id),
                _ => None,
            };
            let cut = t.chars().count() > letters::MAX_CHARS;
            view! {
                <div class="letter-answer" data-testid="letter-answer">
                    {verdict}
                    {cut.then(|| view! { <p class="hint">{tr!(letters.too_long)}</p> })}
                    <FoundView found=r.found letter=sure />
                    <button type="button" class="secondary" on:click=keep disabled=checklist.read_only()>
                        {tr!(letters.keep)}
                    </button>
                    <p role="status">{move || kept.get().map(|r| match r {
                        Ok(()) => tr!(letters.kept).into_any(),
                        Err(ChangeError::Refused(_)) => tr!(letters.no_room).into_any(),
                        Err(_) => tr!(letters.not_kept).into_any(),
                    })}</p>
                </div>
            }
        })
    };
    let kept_list = move || {
        let letters = checklist.data().with(|d| d.active().letters.clone());
        (!letters.is_empty()).then(|| {
            let items = letters.into_iter().enumerate().map(|(i, l)| {
                let first: String = l.text.lines().find(|s| !s.trim().is_empty()).unwrap_or("").chars().take(80).collect();
                let again = l.text.clone();
                view! {
                    <li>
                        <span class="kept-date">{format_date(l.saved, lang.get_untracked())}</span> " "
                        <span class="kept-first">{first}</span>
                        <div class="actions">
                            <button type="button" class="secondary" on:click=move |_| { text.set(again.clone()); read(); }>
                                {tr!(letters.read_again)}
                            </button>
                            <button type="button" class="secondary" disabled=checklist.read_only()
                                on:click=move |_| { let _ = checklist.update([Change::ForgetLetter(i)]); }>
                                {tr!(letters.forget)}
                            </button>
                        </div>
                    </li>
                }
            });
            view! {
                <h3>{tr!(letters.kept_title)}</h3>
                <ul class="kept-letters">{items.collect_view()}</ul>
            }
        })
    };
    view! {
        <section class="letter-reader" aria-labelledby="reader-title">
            <h2 id="reader-title">{tr!(letters.reader_title)}</h2>
            <p>{tr!(letters.private)}</p>
            <label for="letter-text">{tr!(letters.paste_label)}</label>
            <textarea id="letter-text" rows="8" spellcheck="false" autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <div class="actions">
                <button type="button" on:click=move |_| read()>{tr!(letters.read)}</button>
            </div>
            <div aria-live="polite">{answer}</div>
            {kept_list}
        </section>
    }
}
