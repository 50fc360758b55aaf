//! The router and the providers. Every page lives under a language prefix: `/{lang}/...`;
//! `route.rs` says which page a path shows.

use crate::components::{Later, Shell};
use crate::i18n::{self, use_lang};
use crate::lang::{self, Lang, PathLang};
use crate::pages::{
    About, Accessibility, ArticlePage, Changes, Home, Letters, NotFound, Phrases, Poster, Progress,
    Questions, Search, Settings, Share, ShareSheet,
};
use crate::platform::checklist::ReactiveChecklist;
use crate::platform::guide_seen::GuideSeen;
use crate::platform::location::{self, use_location};
use crate::platform::{self, app_state};
use crate::route::Route;
use crate::state::Views;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    location::provide();
    let location = use_location();
    let resolved =
        Memo::new(move |_| lang::resolve_path(&location.path.get(), platform::detected_lang()));
    // The language is the path's; on the way to a redirect it stays as it was.
    i18n::provide_lang(Memo::new(move |shown: Option<&Lang>| {
        resolved.with(|r| match r {
            PathLang::Ok(l) => *l,
            PathLang::Redirect(_) => shown.copied().unwrap_or_else(platform::detected_lang),
        })
    }));
    let lang = use_lang();
    Effect::new(move |_| platform::set_document_lang(lang.get()));
    app_state::provide();
    provide_context(GuideSeen::start());
    let checklist = ReactiveChecklist::start();
    // Ticks made on a pre-rendered page, this one or one the person has left since.
    checklist.apply_early_ticks(&platform::takeover::take_early_ticks());
    provide_context(checklist);
    Views::provide(checklist);

    platform::speech::provide();
    view! {
        <Later>
            <LangGate resolved />
        </Later>
    }
}

/// Shows the page in the URL's language, or redirects to a URL that has a language we publish.
#[component]
fn LangGate(resolved: Memo<PathLang>) -> impl IntoView {
    let location = use_location();
    // Re-render the shell only when the page turns into a redirect, not on every language change.
    let redirect = Memo::new(move |_| match resolved.get() {
        PathLang::Redirect(to) => Some(to),
        PathLang::Ok(_) => None,
    });
    Effect::new(move |_| {
        if let Some(to) = redirect.get() {
            location.navigate(&to, true);
        }
    });
    let route = Memo::new(move |_| Route::of_path(&location.path.get()));
    move || {
        redirect.with(Option::is_none).then(|| {
            view! {
                <Later>
                    <Shell>
                        <PageFor route />
                    </Shell>
                </Later>
            }
        })
    }
}

/// The page for the route; it is rebuilt only when the route changes, not on a query or a hash.
#[component]
fn PageFor(route: Memo<Route>) -> impl IntoView {
    move || match route.get() {
        Route::Home => view! { <Home /> }.into_any(),
        Route::About => view! { <About /> }.into_any(),
        Route::Accessibility => view! { <Accessibility /> }.into_any(),
        Route::Article(kind, id) => view! { <ArticlePage kind id /> }.into_any(),
        Route::Progress => view! { <Progress /> }.into_any(),
        Route::Settings => view! { <Settings /> }.into_any(),
        Route::Questions => view! { <Questions /> }.into_any(),
        Route::Search => view! { <Search /> }.into_any(),
        Route::Phrases => view! { <Phrases /> }.into_any(),
        Route::Share => view! { <Share /> }.into_any(),
        Route::ShareSheet => view! { <ShareSheet /> }.into_any(),
        Route::Poster => view! { <Poster /> }.into_any(),
        Route::Changes => view! { <Changes /> }.into_any(),
        Route::Letters => view! { <Letters /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    }
}
