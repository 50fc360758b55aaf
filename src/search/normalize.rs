//! Text to a common Latin skeleton, so that "Буйпас", "buypass" and "BUYPASS" meet: lower case,
//! diacritics folded, Cyrillic transliterated. Applied to the index and to queries alike.

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

/// A letter or digit of the scripts the guide is written in: Latin (with the Latin-1 and
/// Extended-A/B letters) and Cyrillic. Other scripts count as spaces, which is all search needs;
/// std's Unicode tables for `is_alphanumeric` and `to_lowercase` cost about 5 KB brotli of wasm.
pub fn is_word_char(c: char) -> bool {
    let u = u32::from(c);
    c.is_ascii_alphanumeric()
        || (matches!(u, 0xC0..=0x24F) && u != 0xD7 && u != 0xF7)
        || matches!(u, 0x400..=0x481 | 0x48A..=0x52F)
}

/// Lower case for the same letters; anything else is returned as it is.
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    let even = u % 2 == 0;
    let lowered = match u {
        0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        // Pairs: capital on the even code point (Ґ U+0490 → ґ U+0491) ...
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => {
            u + 1
        }
        // ... or on the odd one.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !even => u + 1,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
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
    fn lower_and_word_chars_agree_with_std_on_the_scripts_we_publish() {
        // ASCII and Latin up to Extended-B, then Cyrillic and its Supplement; except the few
        // Latin-1 signs std calls alphanumeric (ª ² ³ µ ¹ º ¼ ½ ¾), which no text of ours uses.
        let skip = ['ª', '²', '³', 'µ', '¹', 'º', '¼', '½', '¾'];
        let latin = '\0'..='\u{24F}';
        let cyrillic = '\u{400}'..='\u{52F}';
        for c in latin.chain(cyrillic).filter(|c| !skip.contains(c)) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
            let mut std_lower = c.to_lowercase();
            if let (Some(l), None) = (std_lower.next(), std_lower.next())
                && is_word_char(c)
                && !matches!(c, '\u{180}'..='\u{24F}')
            {
                assert_eq!(lower(c), l, "{c:?} U+{:04X}", c as u32);
            }
        }
        assert_eq!(lower('Ґ'), 'ґ');
        assert_eq!(lower('Ø'), 'ø');
        assert_eq!(lower('ß'), 'ß');
        assert_eq!(lower('Ω'), 'Ω', "other scripts stay as they are");
    }

    #[test]
    fn distance_is_bounded() {
        assert_eq!(distance("buypass", "buypas", 2), Some(1));
        assert_eq!(distance("kitten", "sitting", 3), Some(3));
        assert_eq!(distance("kitten", "sitting", 2), None);
        assert_eq!(distance("a", "abcdef", 2), None);
    }
}
