//! Which of the device's voices reads a language. Only voices that run on the device itself
//! (`localService`): a remote voice would send the text to a third party.

use crate::lang::Lang;

/// What the browser says about one of its voices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// The browser's id for the voice (`voiceURI`), to find it again when speaking.
    pub uri: String,
    /// A BCP 47 tag such as "nb-NO"; some Android versions write "nb_NO".
    pub lang: String,
    pub local: bool,
    pub default: bool,
}

/// The tag to prefer for a language, then the language prefixes that will do, best first.
/// Norwegian accepts Bokmål, the older macro-language tag "no", and Nynorsk.
pub fn tags(lang: Lang) -> (&'static str, &'static [&'static str]) {
    match lang {
        Lang::Uk => ("uk-UA", &["uk"]),
        Lang::Ru => ("ru-RU", &["ru"]),
        Lang::En => ("en-GB", &["en"]),
        Lang::Nb => ("nb-NO", &["nb", "no", "nn"]),
    }
}

/// How well a voice fits: 0 is the exact tag, then one per prefix; `None` does not fit.
fn fit(voice: &Voice, lang: Lang) -> Option<usize> {
    let tag = voice.lang.replace('_', "-").to_ascii_lowercase();
    let (exact, prefixes) = tags(lang);
    if tag == exact.to_ascii_lowercase() {
        return Some(0);
    }
    prefixes
        .iter()
        .position(|p| tag == *p || tag.starts_with(&format!("{p}-")))
        .map(|i| i + 1)
}

/// The local voice for `lang`: the exact tag first, then a prefix; among equals, the device's
/// default voice, then the first listed.
pub fn choose(voices: &[Voice], lang: Lang) -> Option<&Voice> {
    voices
        .iter()
        .filter(|v| v.local)
        .filter_map(|v| fit(v, lang).map(|f| (f, !v.default, v)))
        .min_by_key(|(f, not_default, _)| (*f, *not_default))
        .map(|(_, _, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(uri: &str, lang: &str, local: bool) -> Voice {
        Voice {
            uri: uri.into(),
            lang: lang.into(),
            local,
            default: false,
        }
    }

    fn chosen(voices: &[Voice], lang: Lang) -> Option<&str> {
        choose(voices, lang).map(|v| v.uri.as_str())
    }

    #[test]
    fn only_local_voices_are_used() {
        let voices = [
            voice("google-uk", "uk-UA", false),
            voice("ru", "ru-RU", true),
        ];
        assert_eq!(chosen(&voices, Lang::Uk), None);
        assert_eq!(chosen(&voices, Lang::Ru), Some("ru"));
    }

    #[test]
    fn the_exact_tag_beats_a_prefix_and_bokmal_beats_nynorsk() {
        let voices = [
            voice("en-us", "en-US", true),
            voice("en-gb", "en-GB", true),
            voice("nn", "nn-NO", true),
            voice("no", "no", true),
        ];
        assert_eq!(chosen(&voices, Lang::En), Some("en-gb"));
        assert_eq!(chosen(&voices, Lang::Nb), Some("no"));
        assert_eq!(chosen(&voices[2..3], Lang::Nb), Some("nn"));
        assert_eq!(chosen(&voices[..1], Lang::En), Some("en-us"));
    }

    #[test]
    fn android_underscores_and_case_are_understood() {
        let voices = [voice("a", "NB_no", true)];
        assert_eq!(chosen(&voices, Lang::Nb), Some("a"));
        // "ukr" or "nbx" are other languages, not prefixes of ours.
        assert_eq!(chosen(&[voice("x", "nbx", true)], Lang::Nb), None);
    }

    #[test]
    fn among_equals_the_default_voice_wins() {
        let mut second = voice("second", "ru-RU", true);
        second.default = true;
        let voices = [voice("first", "ru-RU", true), second];
        assert_eq!(chosen(&voices, Lang::Ru), Some("second"));
    }
}
