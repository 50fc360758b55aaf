//! Letter text as words a matcher can compare: lower case, Norwegian letters folded to the
//! ASCII a phone keyboard without them gives (ø → o, å → a, æ → ae), hyphens joined, and
//! everything else a word break. Letters and case come from `crate::chars`, not std's Unicode
//! tables.

use crate::chars::{is_word_char, lower};

/// One word of the text and where it starts (a byte offset into the original).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub at: usize,
}

/// Folds one character onto `out`; false for a character that ends a word.
pub fn fold_char(c: char, out: &mut String) -> bool {
    match lower(c) {
        'ø' | 'ö' => out.push('o'),
        'å' | 'ä' | 'á' | 'à' => out.push('a'),
        'æ' => out.push_str("ae"),
        'é' | 'è' | 'ê' => out.push('e'),
        c if is_word_char(c) => out.push(c),
        _ => return false,
    }
    true
}

/// A cue or a word, folded the same way as `words` folds a text (spaces kept).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '-' {
            continue;
        }
        if !fold_char(c, &mut out) && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// The folded words of a text. A hyphen inside a word joins its parts ("PIN-kode" → "pinkode").
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins =
            c == '-' && !current.is_empty() && chars.peek().is_some_and(|(_, n)| is_word_char(*n));
        if joins {
            continue;
        }
        if current.is_empty() {
            start = i;
        }
        if !fold_char(c, &mut current) && !current.is_empty() {
            out.push(Word {
                text: std::mem::take(&mut current),
                at: start,
            });
        }
    }
    if !current.is_empty() {
        out.push(Word {
            text: current,
            at: start,
        });
    }
    out
}

/// Whether `a` and `b` differ by at most `k` single-character edits (insert, delete, replace,
/// or two neighbours swapped), without computing the full distance.
pub fn within(a: &str, b: &str, k: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    // Optimal string alignment distance, rows of the DP table.
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            row[j] = v;
            best = best.min(v);
        }
        if best > k {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()] <= k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_norwegian_letters_case_and_hyphens() {
        let w: Vec<String> = words("Forhåndsvarsel om TILBAKEKALL – PIN-kode, D-nummer: 12.03")
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            w,
            [
                "forhandsvarsel",
                "om",
                "tilbakekall",
                "pinkode",
                "dnummer",
                "12",
                "03"
            ]
        );
        assert_eq!(fold("Søknad om  beskyttelse"), "soknad om beskyttelse");
    }

    #[test]
    fn edit_distance_bound() {
        assert!(within("forhandsvarsel", "forhandsvarsle", 1), "a swap");
        assert!(within("oppholdskort", "opholdskort", 1));
        assert!(!within("vedtak", "vedlegg", 1));
        assert!(within("abc", "abc", 0));
    }
}
