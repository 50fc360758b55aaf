//! Which page a path shows. A plain function of the path, tested natively: the app matches its
//! routes here instead of in leptos_router's route tree, which cost more wasm (docs/performance.md,
//! "Written by hand instead of a library").

use crate::content::Kind;

/// A page of the app, from the part of its path after the language prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    About,
    Accessibility,
    /// A step or a topic; an unknown id is the article page's own concern.
    Article(Kind, String),
    Progress,
    Settings,
    Questions,
    Search,
    Phrases,
    Share,
    /// Every step and topic's QR code, to print for letters.
    ShareSheet,
    /// One large QR code of the app, to print for a wall.
    Poster,
    /// The guide's change log: every update, newest first, with the pages it changed.
    Changes,
    /// The letters of the journey, and "Which letter is this?".
    Letters,
    NotFound,
}

impl Route {
    /// `/uk/step/tb-test` is `Article(Step, "tb-test")`; a trailing slash changes nothing.
    pub fn of_path(path: &str) -> Route {
        let trimmed = path.trim_matches('/');
        let rest = trimmed.split_once('/').map_or("", |(_, rest)| rest);
        Route::parse(rest)
    }

    fn parse(rest: &str) -> Route {
        match rest.split_once('/') {
            None => match rest {
                "" => Route::Home,
                "about" => Route::About,
                "accessibility" => Route::Accessibility,
                "progress" => Route::Progress,
                "settings" => Route::Settings,
                "questions" => Route::Questions,
                "search" => Route::Search,
                "phrases" => Route::Phrases,
                "share" => Route::Share,
                "changes" => Route::Changes,
                "letters" => Route::Letters,
                _ => Route::NotFound,
            },
            Some((kind, id)) if !id.is_empty() && !id.contains('/') => match (kind, id) {
                ("step", _) => Route::Article(Kind::Step, id.to_string()),
                ("topic", _) => Route::Article(Kind::Topic, id.to_string()),
                ("letter", _) => Route::Article(Kind::Letter, id.to_string()),
                ("share", "sheet") => Route::ShareSheet,
                ("share", "poster") => Route::Poster,
                _ => Route::NotFound,
            },
            Some(_) => Route::NotFound,
        }
    }
}

/// The four places of the bottom tab bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Journey,
    Checklist,
    Phrases,
    Search,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Journey, Tab::Checklist, Tab::Phrases, Tab::Search];

    /// Its path after the language prefix.
    pub fn path(self) -> &'static str {
        match self {
            Tab::Journey => "",
            Tab::Checklist => "progress",
            Tab::Phrases => "phrases",
            Tab::Search => "search",
        }
    }
}

impl Route {
    /// The tab a page belongs to: a step or topic is part of the journey, the questionnaire of
    /// the checklist; the footer's pages belong to none.
    pub fn tab(&self) -> Option<Tab> {
        match self {
            Route::Home | Route::Article(..) | Route::Letters => Some(Tab::Journey),
            Route::Progress | Route::Questions => Some(Tab::Checklist),
            Route::Phrases => Some(Tab::Phrases),
            Route::Search => Some(Tab::Search),
            Route::About
            | Route::Accessibility
            | Route::Settings
            | Route::Share
            | Route::ShareSheet
            | Route::Poster
            | Route::Changes
            | Route::NotFound => None,
        }
    }
}
