//! Whether a quote is still on a page, and if not, the page's passage nearest to it. Pages change
//! their typography more often than their words (no-break spaces, « » for “ ”, – for -, a
//! capital), so both sides are normalised before comparing.

use std::collections::HashMap;

/// Lower case, one kind of space, quotation mark and dash; no soft hyphens or zero-width
/// characters; whitespace collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true; // at the start: drop leading spaces
    for c in text.chars() {
        let mapped = match c {
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => continue,
            c if c.is_whitespace() => ' ',
            '«' | '»' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '"' | '\''
            | '`' | '′' | '″' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '⁃' => '-',
            '…' => {
                out.push_str("...");
                space = false;
                continue;
            }
            c => c,
        };
        if mapped == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        out.extend(mapped.to_lowercase());
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `quote` is in `page`, both normalised.
pub fn contains(page_normalised: &str, quote: &str) -> bool {
    let q = normalise(quote);
    !q.is_empty() && page_normalised.contains(&q)
}

/// The page's passage with the most words in common with a missing quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nearest {
    /// As the page writes it.
    pub text: String,
    /// Words of the quote found in the passage (each counted as often as the quote has it).
    pub common: usize,
    /// Words in the quote.
    pub of: usize,
}

/// A word for comparing: normalised, without the punctuation around it.
fn token(word: &str) -> String {
    normalise(word)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Slides a window of the quote's length over the page's words and keeps the first window with
/// the most words in common; None when no word of the quote is on the page.
pub fn nearest(page: &str, quote: &str) -> Option<Nearest> {
    let wanted: Vec<String> = quote
        .split_whitespace()
        .map(token)
        .filter(|t| !t.is_empty())
        .collect();
    let words: Vec<&str> = page.split_whitespace().collect();
    if wanted.is_empty() || words.is_empty() {
        return None;
    }
    let tokens: Vec<String> = words.iter().map(|w| token(w)).collect();
    let mut need: HashMap<&str, usize> = HashMap::new();
    for t in &wanted {
        *need.entry(t.as_str()).or_default() += 1;
    }
    let n = wanted.len().min(words.len());
    // Counts of the window's words among the wanted ones, updated as the window slides.
    let mut have: HashMap<&str, usize> = HashMap::new();
    let mut common = 0usize;
    let mut best = (0usize, 0usize); // (common, start)
    for (i, t) in tokens.iter().enumerate() {
        if let Some(&limit) = need.get(t.as_str()) {
            let h = have.entry(t.as_str()).or_default();
            if *h < limit {
                common += 1;
            }
            *h += 1;
        }
        if i >= n {
            let out = tokens[i - n].as_str();
            if let Some(&limit) = need.get(out) {
                let h = have.entry(out).or_default();
                *h -= 1;
                if *h < limit {
                    common -= 1;
                }
            }
        }
        if i + 1 >= n && common > best.0 {
            best = (common, i + 1 - n);
        }
    }
    let (common, start) = best;
    if common == 0 {
        return None;
    }
    // Centre the window on its matching words, so the passage shows them with context.
    let hit = |i: &usize| need.contains_key(tokens[*i].as_str());
    let first = (start..start + n).find(hit).unwrap_or(start);
    let last = (start..start + n).rev().find(hit).unwrap_or(start);
    let spare = n - (last + 1 - first);
    let end = (first.saturating_sub(spare / 2) + n).min(words.len());
    let start = end - n;
    Some(Nearest {
        text: words[start..end].join(" "),
        common,
        of: wanted.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_and_case_do_not_count() {
        let page = normalise("SELECT «Buypass\u{a0}ID» and\u{202f}then — “Buypass ID on mobile”…");
        assert!(contains(
            &page,
            "Select “Buypass ID” and then – \"Buypass ID on mobile\"..."
        ));
        assert!(!contains(&page, "Select MinID"));
        assert!(!contains(&page, "  "));
        assert_eq!(normalise("a\u{ad}b  c "), "ab c");
    }

    #[test]
    fn nearest_is_the_window_with_most_words_in_common() {
        let page = "Welcome to the site. The residence card is now sent to you by mail. \
            Other news about many other things.";
        let near = nearest(page, "Your residence card will be sent to you by post.").unwrap();
        assert_eq!(near.of, 10);
        assert!(near.text.contains("sent to you by mail"), "{near:?}");
        assert_eq!(near.common, 6);
        assert_eq!(nearest(page, "Ingenting her"), None);
        assert_eq!(nearest("", "x"), None);
    }

    #[test]
    fn a_page_shorter_than_the_quote() {
        let near = nearest("card sent", "the card is sent by post").unwrap();
        assert_eq!(
            (near.text.as_str(), near.common, near.of),
            ("card sent", 2, 6)
        );
    }
}
