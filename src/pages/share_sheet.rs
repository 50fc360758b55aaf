//! Printable QR codes for NGOs and municipalities: a sheet with every step and topic (for
//! decision letters and notice boards) and a poster with one large code for the whole guide.
//! The codes carry this deployment's own address (origin and base path), and both pages work
//! offline. The print stylesheet lays the sheet out on A4, six codes a page, none split.

use crate::components::{QrSvg, Title};
use crate::content::journey::{self, Article};
use crate::i18n::{Locale, use_lang, use_locale};
use crate::lang::Lang;
use crate::platform::page;
use crate::texts::article::article_text;
use crate::tr;
use leptos::prelude::*;
use leptos_i18n::td_string;

#[component]
pub fn ShareSheet() -> impl IntoView {
    // The sheet's language: the interface's at first; a volunteer working in Norwegian prints
    // a sheet in Ukrainian for the people beside them.
    let sheet = RwSignal::new(use_lang().get_untracked());
    // Steps and topics: a letter's page is one tap from its step and from the letters page.
    let entries = journey::all()
        .filter(|p| p.kind != journey::Kind::Letter)
        .map(|p| view! { <SheetEntry page=p lang=sheet.into() /> })
        .collect_view();
    view! {
        <Title text=tr!(share.sheet_title) />
        <h1 class="no-print">{tr!(share.sheet_title)}</h1>
        <p class="no-print">{tr!(share.sheet_intro)}</p>
        <div class="no-print sheet-language">
            <label for="sheet-lang">{tr!(share.sheet_language)}</label>
            <select id="sheet-lang" on:change=move |ev| {
                if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                    sheet.set(l);
                }
            }>
                {Lang::ALL.map(|l| view! {
                    <option value=l.code() lang=l.code() selected=move || sheet.get() == l>{l.endonym()}</option>
                })}
            </select>
        </div>
        <button type="button" class="no-print" on:click=move |_| page::print()>{tr!(share.print)}</button>
        <ul class="qr-sheet" lang=move || sheet.get().code()>{entries}</ul>
    }
}

/// An address that wraps only after a "/": a line broken at a hyphen ("residence-" / "card")
/// reads as a word split in two, and a person typing it from paper would drop the hyphen.
fn breakable(url: &str) -> impl IntoView + use<> {
    let parts: Vec<String> = url.split_inclusive('/').map(str::to_string).collect();
    parts
        .into_iter()
        .map(|part| view! { <span class="url-part">{part}</span><wbr /> })
        .collect_view()
}

/// One page's code, its title in the sheet's language and in Norwegian, and its address.
#[component]
fn SheetEntry(page: &'static Article, lang: Signal<Lang>) -> impl IntoView {
    let locale = use_locale();
    let url = Signal::derive(move || page::absolute(&page.path(lang.get().code())));
    let title = move || article_text(page, lang.get()).title;
    let nb_title = move || article_text(page, Lang::Nb).title;
    let label = Signal::derive(move || td_string!(locale(), share.qr_label, url = url.get()));
    view! {
        <li class="qr-entry">
            // The origin is known only in the browser: a pre-rendered copy leaves these out.
            <div data-origin>
                <QrSvg text=url label />
            </div>
            <div class="qr-text">
                <h2>{title}</h2>
                {move || (lang.get() != Lang::Nb).then(|| view! { <p class="qr-nb" lang="nb">{nb_title}</p> })}
                <p class="url" data-origin>{move || breakable(&url.get())}</p>
            </div>
        </li>
    }
}

/// One large code for the guide's start, with one line in each of its languages.
#[component]
pub fn Poster() -> impl IntoView {
    let url = page::absolute("/");
    let locale = use_locale();
    let label = {
        let url = url.clone();
        Signal::derive(move || td_string!(locale(), share.qr_label, url = url.clone()))
    };
    let lines = Lang::ALL.map(|l| {
        let text = td_string!(Locale::from(l), share.poster_line);
        view! { <p class="poster-line" lang=l.code()>{text}</p> }
    });
    view! {
        <Title text=tr!(share.poster_title) />
        <h1 class="no-print">{tr!(share.poster_title)}</h1>
        <p class="no-print">{tr!(share.poster_intro)}</p>
        <button type="button" class="no-print" on:click=move |_| page::print()>{tr!(share.print)}</button>
        <div class="poster">
            <p class="poster-name">{tr!(app_name)}</p>
            <div data-origin>
                <QrSvg text=url.clone() label />
            </div>
            {lines}
            <p class="url" data-origin>{url}</p>
        </div>
    }
}
