//! Letters, digits and case for the scripts the guide is written in (Latin and Cyrillic), in
//! one place for search, read aloud and the letter reader. std's Unicode tables for
//! `is_alphanumeric` and `to_lowercase` would cost more wasm than this (docs/performance.md).

/// A letter or digit of the scripts the guide is written in: Latin (with the Latin-1 and
/// Extended-A/B letters) and Cyrillic. Other scripts count as spaces, which is all its users need.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
