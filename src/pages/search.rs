//! Search: results while typing, each with its snippet and the match marked; when nothing is
//! found in the reader's language, clearly labelled results from the others.

use crate::base;
use crate::components::SearchBox;
use crate::components::Title;
use crate::components::section_anchor;
use crate::content::journey::{self, Kind};
use crate::i18n::use_lang;
use crate::lang::Lang;
use crate::platform::location::use_location;
use crate::search::{DocKind, Hit};
use crate::state::with_index;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn Search() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    // Typed but not searched for yet, and the move it was typed in (0: none; moves start at 1):
    // the next move (Enter, Back, a link) drops it, and the box and the results show the
    // address's query again.
    let (draft, typed_at) = (RwSignal::new(String::new()), RwSignal::new(0));
    let query = Signal::derive(move || {
        if typed_at.get() == location.moves.get() {
            draft.get()
        } else {
            location.query("q").unwrap_or_default()
        }
    });
    let typing = Callback::new(move |text| {
        draft.set(text);
        typed_at.set(location.moves.get_untracked());
    });
    let results = Memo::new(move |_| {
        let q = query.get();
        let l = lang.get();
        let here = with_index(|ix| ix.search(&q, l, false, 20));
        let elsewhere = if here.is_empty() {
            with_index(|ix| ix.search(&q, l, true, 10))
        } else {
            Vec::new()
        };
        (q.trim().is_empty(), here, elsewhere)
    });
    view! {
        <Title text=tr!(search.title) />
        <h1>{tr!(search.title)}</h1>
        <SearchBox query on_input=typing />
        <div aria-live="polite">
            {move || {
                let (empty, here, elsewhere) = results.get();
                if empty {
                    None
                } else if !here.is_empty() {
                    Some(view! { <HitList hits=here /> }.into_any())
                } else if !elsewhere.is_empty() {
                    Some(view! {
                        <p class="other-languages">{tr!(search.other_languages)}</p>
                        <HitList hits=elsewhere />
                    }.into_any())
                } else {
                    Some(view! { <p>{tr!(search.none)}</p> }.into_any())
                }
            }}
        </div>
    }
}

fn href(hit: &Hit) -> String {
    let code = hit.lang.code();
    match hit.kind {
        // Opened at the section the match is in.
        DocKind::Step | DocKind::Topic | DocKind::Letter => {
            let kind = match hit.kind {
                DocKind::Step => Kind::Step,
                DocKind::Topic => Kind::Topic,
                _ => Kind::Letter,
            };
            let path = journey::find(kind, hit.id)
                .map(|p| p.path(code))
                .unwrap_or_default();
            match hit.section {
                Some(at) => format!("{path}#{}", section_anchor(at)),
                None => path,
            }
        }
        DocKind::Phrase => format!("/{code}/phrases#p-{}", hit.id),
    }
}

#[component]
fn HitList(hits: Vec<Hit>) -> impl IntoView {
    let current = use_lang();
    view! {
        <ol class="hits">
            {hits.into_iter().map(|hit| {
                let kind = match hit.kind {
                    DocKind::Step => tr!(search.kind_step).into_any(),
                    DocKind::Topic => tr!(search.kind_topic).into_any(),
                    DocKind::Letter => tr!(search.kind_letter).into_any(),
                    DocKind::Phrase => tr!(search.kind_phrase).into_any(),
                };
                let other = (hit.lang != current.get_untracked()).then(|| format!(" · {}", endonym(hit.lang)));
                view! {
                    <li lang=hit.lang.code()>
                        <a href=base::link(&href(&hit))>{hit.title.clone()}</a>
                        <span class="hit-kind">{kind}{other}</span>
                        {hit.snippet.map(|s| view! { <p class="snippet">{s.before}<mark>{s.mark}</mark>{s.after}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

fn endonym(l: Lang) -> &'static str {
    l.endonym()
}
