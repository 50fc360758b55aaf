//! The app's languages, how the first one is chosen, and how URL prefixes are checked.
//! Pure logic: no browser calls, so it is tested natively.

/// A language the app is written in. The order is the switcher's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Uk,
    Ru,
    En,
    Nb,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Uk, Lang::Ru, Lang::En, Lang::Nb];
    /// Used when nothing else tells us what the person reads.
    pub const FALLBACK: Lang = Lang::Uk;

    /// The URL prefix and the BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language named in itself, as the switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::En => "English",
            Lang::Nb => "Norsk bokmål",
        }
    }

    /// Exactly one of our URL prefixes.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// A browser language tag such as `uk-UA`, `nn-NO` or `en`. Norwegian in any written form
    /// maps to Bokmål, the only Norwegian we publish.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "uk" => Some(Lang::Uk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            "nb" | "nn" | "no" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// Which of a text's plural forms a whole number `n` takes: the position in a `|`-separated
    /// list, in CLDR's order for the language's cardinal categories of integers. Ukrainian and
    /// Russian: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111–114); English and
    /// Norwegian: one (1), other. Written out rather than taken from ICU: leptos_i18n's plurals
    /// need its ICU data, which this app leaves out (Cargo.toml).
    pub fn plural_form(self, n: u64) -> usize {
        match self {
            Lang::Uk | Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => 0,
                (2..=4, r) if !(12..=14).contains(&r) => 1,
                _ => 2,
            },
            Lang::En | Lang::Nb => usize::from(n != 1),
        }
    }
}

/// The first language to show: a stored choice, then the browser's languages in order, else
/// Ukrainian.
pub fn detect<S: AsRef<str>>(stored: Option<&str>, navigator: &[S]) -> Lang {
    stored
        .and_then(Lang::from_code)
        .or_else(|| navigator.iter().find_map(|t| Lang::from_tag(t.as_ref())))
        .unwrap_or(Lang::FALLBACK)
}

/// What to do with a path the router was asked to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathLang {
    /// The path starts with one of our languages.
    Ok(Lang),
    /// Go here instead (the rest of the path is kept).
    Redirect(String),
}

/// Checks a path's language prefix. `/de/about` and `/en-US/about` keep `/about` under a known
/// language; `/step/x`, which has no prefix at all, gets one.
pub fn resolve_path(path: &str, detected: Lang) -> PathLang {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = match trimmed.split_once('/') {
        Some((first, rest)) => (first, Some(rest)),
        None => (trimmed, None),
    };
    if let Some(lang) = Lang::from_code(first) {
        return PathLang::Ok(lang);
    }
    let target = if looks_like_lang_tag(first) {
        let lang = Lang::from_tag(first).unwrap_or(detected);
        format!("/{}/{}", lang.code(), rest.unwrap_or(""))
    } else {
        format!("/{}/{}", detected.code(), trimmed)
    };
    PathLang::Redirect(target)
}

/// `de`, `ukr`, `en-US`, `nb_NO`: two or three letters, optionally with a region. Our own route
/// names are all longer, so they are never mistaken for one.
fn looks_like_lang_tag(segment: &str) -> bool {
    let mut parts = segment.splitn(2, ['-', '_']);
    let primary = parts.next().unwrap_or("");
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let region_ok = parts
        .next()
        .is_none_or(|r| (2..=8).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric()));
    primary_ok && region_ok
}

/// Swaps the language prefix of an in-app path, keeping the rest (used by the switcher).
pub fn with_lang(path: &str, lang: Lang) -> String {
    let trimmed = path.trim_start_matches('/');
    let rest = match trimmed.split_once('/') {
        Some((first, rest)) if Lang::from_code(first).is_some() => rest,
        None if Lang::from_code(trimmed).is_some() => "",
        _ => trimmed,
    };
    format!("/{}/{}", lang.code(), rest)
}
