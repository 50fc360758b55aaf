//! RFC 5545 text rules: escaping TEXT values (3.3.11) and folding long lines (3.1).

/// Escapes a TEXT value. Line breaks of any kind become `\n`; other control characters, which
/// TEXT may not hold, become spaces.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Longest line in octets, without its CRLF.
pub(super) const MAX_OCTETS: usize = 75;

/// Folds one content line into lines of at most 75 octets, each ended by CRLF. Continuation
/// lines start with a space (which counts), and no UTF-8 sequence is split.
pub(super) fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_four_specials_and_line_breaks() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape("1\n2\r\n3\r4"), r"1\n2\n3\n4");
        assert_eq!(escape("tab\there\u{7}bell"), "tab\there bell");
        assert_eq!(escape("Осло: вул. 1"), "Осло: вул. 1");
    }

    #[test]
    fn a_short_line_is_left_whole() {
        let mut out = String::new();
        fold(&"x".repeat(75), &mut out);
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    }

    #[test]
    fn folds_at_75_octets_and_unfolds_to_the_original() {
        for line in [
            "x".repeat(200),
            "ж".repeat(100),
            format!("a{}", "ж".repeat(80)),
        ] {
            let mut out = String::new();
            fold(&line, &mut out);
            let lines: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
            assert!(lines.len() > 1);
            assert!(lines.iter().all(|l| l.len() <= MAX_OCTETS), "{lines:?}");
            assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
            // Full lines: a split char would have left room for another.
            assert!(
                lines[..lines.len() - 1]
                    .iter()
                    .all(|l| l.len() >= MAX_OCTETS - 3)
            );
            assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
        }
    }
}
