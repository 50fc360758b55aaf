//! The small text format of article bodies, parsed into typed blocks: no HTML ever comes from a
//! translation. Blocks are separated by a blank line:
//! - a block whose lines start with "- " is a list, one item a line;
//! - a block starting with "! " is a note that must not be missed;
//! - anything else is a paragraph.
//!
//! Inside any of them, `[tel:ID]` and `[link:ID]` stand for an entry of the contact or link
//! registry, so numbers and addresses live in one place only.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Tel(&'a str),
    Link(&'a str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block<'a> {
    Para(Vec<Inline<'a>>),
    Note(Vec<Inline<'a>>),
    List(Vec<Vec<Inline<'a>>>),
}

impl<'a> Block<'a> {
    /// The block's shape, e.g. "list(3)": every language must have the same shapes, so the
    /// Norwegian text can stand beside the person's own, block for block.
    pub fn shape(&self) -> String {
        match self {
            Block::Para(_) => "para".into(),
            Block::Note(_) => "note".into(),
            Block::List(items) => format!("list({})", items.len()),
        }
    }

    /// Every inline run of the block, in order.
    pub fn inlines(&self) -> Vec<&Inline<'a>> {
        match self {
            Block::Para(i) | Block::Note(i) => i.iter().collect(),
            Block::List(items) => items.iter().flatten().collect(),
        }
    }
}

pub fn parse(text: &str) -> Vec<Block<'_>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| {
            if b.starts_with("- ") {
                let items = b
                    .lines()
                    .map(|l| inlines(l.trim().trim_start_matches("- ").trim()));
                Block::List(items.collect())
            } else if let Some(rest) = b.strip_prefix("! ") {
                Block::Note(inlines(rest.trim()))
            } else {
                Block::Para(inlines(b))
            }
        })
        .collect()
}

fn inlines(mut s: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    while let Some(start) = s.find('[') {
        let rest = &s[start..];
        let Some(end) = rest.find(']') else { break };
        let token = &rest[1..end];
        let reference = token
            .strip_prefix("tel:")
            .map(Inline::Tel)
            .or_else(|| token.strip_prefix("link:").map(Inline::Link));
        match reference {
            Some(r) => {
                if start > 0 {
                    out.push(Inline::Text(&s[..start]));
                }
                out.push(r);
                s = &rest[end + 1..];
            }
            None => {
                // An ordinary bracket: keep it as text.
                out.push(Inline::Text(&s[..start + end + 1]));
                s = &rest[end + 1..];
            }
        }
    }
    if !s.is_empty() {
        out.push(Inline::Text(s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Inline::*;

    #[test]
    fn paragraphs_lists_and_notes() {
        let blocks = parse("First.\n\n- one\n- two [tel:udi]\n\n! Careful.");
        assert_eq!(
            blocks,
            vec![
                Block::Para(vec![Text("First.")]),
                Block::List(vec![vec![Text("one")], vec![Text("two "), Tel("udi")]]),
                Block::Note(vec![Text("Careful.")]),
            ]
        );
        let shapes: Vec<_> = blocks.iter().map(Block::shape).collect();
        assert_eq!(shapes, ["para", "list(2)", "note"]);
    }

    #[test]
    fn references_inside_text() {
        assert_eq!(
            parse("Call [tel:udi] or see [link:udi]."),
            vec![Block::Para(vec![
                Text("Call "),
                Tel("udi"),
                Text(" or see "),
                Link("udi"),
                Text(".")
            ])]
        );
    }

    #[test]
    fn plain_brackets_and_stray_ones_stay_text() {
        assert_eq!(
            parse("a [b] c"),
            vec![Block::Para(vec![Text("a [b]"), Text(" c")])]
        );
        assert_eq!(parse("a [tel:x"), vec![Block::Para(vec![Text("a [tel:x")])]);
    }

    #[test]
    fn extra_blank_lines_make_no_empty_blocks() {
        assert_eq!(parse("\n\nA\n\n\n\nB\n").len(), 2);
    }
}
