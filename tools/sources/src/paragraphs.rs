//! A page's paragraphs as the baselines see them: the significant ones (content, not the page's
//! frame), each fingerprinted, and what changed between two lists of fingerprints.

use crate::matching::normalise;

/// FNV-1a, 64 bits: stable across Rust versions and platforms.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A paragraph's fingerprint: its normalised text (as the quote matcher folds it), hashed.
pub fn fingerprint(paragraph: &str) -> String {
    format!("{:016x}", fnv1a(&normalise(paragraph)))
}

/// Words that only a page's frame uses: a paragraph of fewer than `MIN_WORDS` words once these
/// and every number are left out is a menu item, a button, a date line or a rating widget.
const FRAME_WORDS: &[&str] = &[
    "sist",
    "oppdatert",
    "endret",
    "publisert",
    "last",
    "updated",
    "modified",
    "published",
    "dato",
    "date",
    "side",
    "page",
    "del",
    "share",
    "skriv",
    "ut",
    "print",
    "til",
    "toppen",
    "top",
    "back",
    "tilbake",
];
const MIN_WORDS: usize = 4;

/// Questions a page's feedback widget asks: never content.
const WIDGETS: &[&str] = &[
    "fant du det du lette etter",
    "did you find what you were looking for",
    "var denne siden nyttig",
    "was this page helpful",
    "informasjonskapsler",
    "cookies",
];

/// Whether a paragraph is the page's content rather than its frame.
pub fn significant(paragraph: &str) -> bool {
    let text = normalise(paragraph);
    if WIDGETS.iter().any(|w| text.contains(w)) {
        return false;
    }
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !FRAME_WORDS.contains(w))
        .count();
    words >= MIN_WORDS
}

/// The significant paragraphs of a main text (`extract::main_text`: one paragraph a line).
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.lines().filter(|p| significant(p)).collect()
}

/// What changed between the accepted page and the live one, paragraph by paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Paragraphs in a run of removed ones matched by a run of new ones, pair by pair.
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    /// The live page's new paragraphs (added and changed), as indices into its paragraphs.
    pub new_at: Vec<usize>,
    /// The fingerprints of the accepted page's paragraphs that are gone (removed and changed).
    pub gone: Vec<String>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.new_at.is_empty() && self.gone.is_empty()
    }
}

/// The longest common subsequence of the two lists of fingerprints, and what lies between.
pub fn diff(accepted: &[String], live: &[String]) -> Diff {
    let (n, m) = (accepted.len(), live.len());
    // lcs[i][j]: length of the LCS of accepted[i..] and live[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if accepted[i] == live[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut d = Diff::default();
    let (mut i, mut j) = (0, 0);
    let (mut gap_removed, mut gap_added) = (0, 0);
    let close_gap = |d: &mut Diff, r: &mut usize, a: &mut usize| {
        let changed = (*r).min(*a);
        d.changed += changed;
        d.removed += *r - changed;
        d.added += *a - changed;
        *r = 0;
        *a = 0;
    };
    while i < n || j < m {
        if i < n && j < m && accepted[i] == live[j] {
            close_gap(&mut d, &mut gap_removed, &mut gap_added);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            d.new_at.push(j);
            gap_added += 1;
            j += 1;
        } else {
            d.gone.push(accepted[i].clone());
            gap_removed += 1;
            i += 1;
        }
    }
    close_gap(&mut d, &mut gap_removed, &mut gap_added);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prints(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| fingerprint(p)).collect()
    }

    #[test]
    fn frame_lines_are_not_paragraphs() {
        for frame in [
            "Sist oppdatert: 12.03.2025",
            "Last updated 4 June 2026",
            "Del siden",
            "Fant du det du lette etter? Ja Nei",
            "Skriv ut",
        ] {
            assert!(!significant(frame), "{frame}");
        }
        assert!(significant("Du må søke innen seks måneder."));
    }

    #[test]
    fn changed_added_and_removed_are_told_apart() {
        let a = prints(&[
            "one two three four",
            "five six seven eight",
            "nine ten eleven twelve",
        ]);
        assert!(diff(&a, &a).is_empty());
        let b = prints(&[
            "one two three four",
            "five  six SEVEN eight",
            "nine ten eleven twelve",
        ]);
        let d = diff(
            &a,
            &prints(&[
                "one two three four",
                "five six seven nine",
                "nine ten eleven twelve",
            ]),
        );
        assert_eq!((d.changed, d.added, d.removed), (1, 0, 0));
        assert_eq!(d.new_at, [1]);
        // Case and spaces are folded: the same paragraph.
        assert!(diff(&a, &b).is_empty());
        let d = diff(
            &a,
            &prints(&[
                "zero zero zero zero",
                "one two three four",
                "five six seven eight",
                "nine ten eleven twelve",
            ]),
        );
        assert_eq!((d.changed, d.added, d.removed), (0, 1, 0));
        let d = diff(
            &a,
            &prints(&["one two three four", "nine ten eleven twelve"]),
        );
        assert_eq!((d.changed, d.added, d.removed), (0, 0, 1));
        assert_eq!(d.gone, [a[1].clone()]);
    }
}
