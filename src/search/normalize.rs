//! Text to a common Latin skeleton, so that "Буйпас", "buypass" and "BUYPASS" meet: lower case,
//! diacritics folded, Cyrillic transliterated. Applied to the index and to queries alike.

use crate::chars::{is_word_char, lower};

/// One character of Ukrainian, Russian or Norwegian to its Latin skeleton.
fn fold(c: char, out: &mut String) {
    let s = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'є' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sh",
        'ь' | 'ъ' | '\'' | '’' | 'ʼ' => "",
        'ю' => "ju",
        'я' => "ja",
        'æ' => "ae",
        'ø' | 'ö' | 'ó' | 'ò' => "o",
        'å' | 'á' | 'à' | 'ä' => "a",
        'é' | 'è' | 'ê' => "e",
        'ü' => "u",
        c if is_word_char(c) => {
            out.push(c);
            return;
        }
        _ => " ",
    };
    out.push_str(s);
}

/// Latin spellings people type for Cyrillic letters, mapped onto the skeleton above.
fn latin_variants(word: &str) -> String {
    word.replace("shch", "sh")
        .replace("kh", "h")
        .replace("yu", "ju")
        .replace("ya", "ja")
        .replace("yi", "i")
        .replace("ye", "e")
        .replace("y", "i")
        .replace("w", "v")
        .replace('j', "i")
}

/// The words of `text`, normalised.
pub fn words(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold(lower(c), &mut folded);
    }
    folded
        .split_whitespace()
        .map(latin_variants)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Levenshtein distance, stopping early once it exceeds `max`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > max) {
            return None;
        }
        prev = cur;
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_scripts() {
        assert_eq!(
            words("Bosetting i kommunen"),
            ["bosetting", "i", "kommunen"]
        );
        assert_eq!(
            words("Søknad på Råde, ÆRE"),
            ["soknad", "pa", "rade", "aere"]
        );
        assert_eq!(words("ґанок Є Їжак ё"), ["ganok", "e", "izhak", "e"]);
        assert_eq!(words("Поліція"), ["politsiia"]);
        assert_eq!(words("politsiya"), ["politsiia"]);
        assert_eq!(words("Д-номер: 12"), ["d", "nomer", "12"]);
    }

    #[test]
    fn latin_typing_meets_cyrillic_text() {
        assert_eq!(words("Житло"), words("zhytlo"));
        assert_eq!(words("Юрист"), words("yurist"));
        assert_eq!(words("Хочу"), words("khochu"));
    }

    #[test]
    fn distance_is_bounded() {
        assert_eq!(distance("buypass", "buypas", 2), Some(1));
        assert_eq!(distance("kitten", "sitting", 3), Some(3));
        assert_eq!(distance("kitten", "sitting", 2), None);
        assert_eq!(distance("a", "abcdef", 2), None);
    }
}
