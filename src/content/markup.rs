//! The small text format of article bodies, parsed into typed blocks: no HTML ever comes from a
//! translation. Blocks are separated by a blank line:
//! - a block starting with "## " is a section heading (the page names its own sections);
//! - a block whose lines start with "- " is a list, one item a line;
//! - a block starting with "! " is a note that must not be missed;
//! - anything else is a paragraph.
//!
//! Every paragraph, list and note ends with the sources of its facts, `[src:id,id]` (ids of
//! `content::sources`). Inside a block, `[tel:ID]`, `[link:ID]`, `[addr:ID]` and `[mail:ID]`
//! stand for an entry of a registry, so numbers and addresses live in one place only.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Tel(&'a str),
    Link(&'a str),
    Addr(&'a str),
    Mail(&'a str),
    /// Norwegian words in another language's text, `[nb:vedtak]`: shown as they are, marked as
    /// Norwegian so a screen reader says them in Norwegian (WCAG 3.1.2).
    Norwegian(&'a str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content<'a> {
    Heading(&'a str),
    Para(Vec<Inline<'a>>),
    Note(Vec<Inline<'a>>),
    List(Vec<Vec<Inline<'a>>>),
}

/// A block and the ids of the sources its facts come from (none for a heading).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block<'a> {
    pub content: Content<'a>,
    pub sources: Vec<&'a str>,
}

impl<'a> Block<'a> {
    /// The block's shape, e.g. "list(3) src=a,b": every language must have the same shapes, so
    /// the Norwegian text can stand beside the person's own, block for block, citing the same.
    pub fn shape(&self) -> String {
        let kind = match &self.content {
            Content::Heading(_) => return "heading".into(),
            Content::Para(_) => "para".to_string(),
            Content::Note(_) => "note".to_string(),
            Content::List(items) => format!("list({})", items.len()),
        };
        format!("{kind} src={}", self.sources.join(","))
    }

    /// Every inline run of the block, in order (a heading has none).
    pub fn inlines(&self) -> Vec<&Inline<'a>> {
        match &self.content {
            Content::Heading(_) => Vec::new(),
            Content::Para(i) | Content::Note(i) => i.iter().collect(),
            Content::List(items) => items.iter().flatten().collect(),
        }
    }

    /// The words of the block without any markup, for search and reading aloud.
    pub fn plain(&self) -> String {
        match &self.content {
            Content::Heading(h) => h.to_string(),
            _ => self
                .inlines()
                .iter()
                .filter_map(|r| match r {
                    Inline::Text(s) | Inline::Norwegian(s) => Some(*s),
                    _ => None,
                })
                .collect(),
        }
    }
}

/// A list item that gives a phone number, with the sources of its list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneItem<'a> {
    pub runs: Vec<Inline<'a>>,
    pub sources: Vec<&'a str>,
}

/// Every list item with a phone number, in order: the help page's numbers, each with the words
/// that say what it is for, for the call menu.
pub fn phone_items<'a>(blocks: &[Block<'a>]) -> Vec<PhoneItem<'a>> {
    let mut out = Vec::new();
    for block in blocks {
        if let Content::List(items) = &block.content {
            for runs in items {
                if runs.iter().any(|r| matches!(r, Inline::Tel(_))) {
                    out.push(PhoneItem {
                        runs: runs.clone(),
                        sources: block.sources.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Splits a trailing `[src:a,b]` off a text: the text before it, and the ids.
pub fn split_sources(text: &str) -> (&str, Vec<&str>) {
    let t = text.trim_end();
    if let Some(start) = t.rfind("[src:")
        && t.ends_with(']')
        && !t[start..].contains('\n')
    {
        let ids = t[start + 5..t.len() - 1]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        return (t[..start].trim_end(), ids);
    }
    (t, Vec::new())
}

pub fn parse(text: &str) -> Vec<Block<'_>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| {
            if let Some(h) = b.strip_prefix("## ") {
                return Block {
                    content: Content::Heading(h.trim()),
                    sources: Vec::new(),
                };
            }
            let (b, sources) = split_sources(b);
            let content = if b.starts_with("- ") {
                let items = b
                    .lines()
                    .map(|l| inlines(l.trim().trim_start_matches("- ").trim()));
                Content::List(items.collect())
            } else if let Some(rest) = b.strip_prefix("! ") {
                Content::Note(inlines(rest.trim()))
            } else {
                Content::Para(inlines(b))
            };
            Block { content, sources }
        })
        .collect()
}

pub fn inlines(mut s: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    while let Some(start) = s.find('[') {
        let rest = &s[start..];
        let Some(end) = rest.find(']') else { break };
        let token = &rest[1..end];
        let reference = token.split_once(':').and_then(|(kind, id)| match kind {
            "tel" => Some(Inline::Tel(id)),
            "link" => Some(Inline::Link(id)),
            "addr" => Some(Inline::Addr(id)),
            "mail" => Some(Inline::Mail(id)),
            "nb" => Some(Inline::Norwegian(id)),
            _ => None,
        });
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

    fn content(text: &str) -> Vec<Content<'_>> {
        parse(text).into_iter().map(|b| b.content).collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_notes_with_their_sources() {
        let blocks = parse(
            "## Go\n\nFirst. [src:a]\n\n- one\n- two [tel:udi] [src:a,b]\n\n! Careful. [src:c]",
        );
        assert_eq!(
            blocks.iter().map(|b| b.content.clone()).collect::<Vec<_>>(),
            vec![
                Content::Heading("Go"),
                Content::Para(vec![Text("First.")]),
                Content::List(vec![vec![Text("one")], vec![Text("two "), Tel("udi")]]),
                Content::Note(vec![Text("Careful.")]),
            ]
        );
        let shapes: Vec<_> = blocks.iter().map(Block::shape).collect();
        assert_eq!(
            shapes,
            ["heading", "para src=a", "list(2) src=a,b", "note src=c"]
        );
    }

    #[test]
    fn a_block_without_sources_has_none() {
        assert_eq!(parse("Plain.")[0].sources, Vec::<&str>::new());
        assert_eq!(split_sources("x [src:a, b] "), ("x", vec!["a", "b"]));
        // Only a trailing marker counts.
        assert_eq!(
            split_sources("[src:a] then text"),
            ("[src:a] then text", vec![])
        );
    }

    #[test]
    fn references_inside_text() {
        assert_eq!(
            content("Call [tel:udi], see [link:udi], go to [addr:rade], write [mail:pu]."),
            vec![Content::Para(vec![
                Text("Call "),
                Tel("udi"),
                Text(", see "),
                Link("udi"),
                Text(", go to "),
                Addr("rade"),
                Text(", write "),
                Mail("pu"),
                Text(".")
            ])]
        );
    }

    #[test]
    fn plain_brackets_and_stray_ones_stay_text() {
        assert_eq!(
            content("a [b] c"),
            vec![Content::Para(vec![Text("a [b]"), Text(" c")])]
        );
        assert_eq!(
            content("a [tel:x"),
            vec![Content::Para(vec![Text("a [tel:x")])]
        );
    }

    #[test]
    fn plain_text_drops_the_markup() {
        assert_eq!(
            parse("Call [tel:udi] now. [src:a]")[0].plain(),
            "Call  now."
        );
    }

    #[test]
    fn extra_blank_lines_make_no_empty_blocks() {
        assert_eq!(parse("\n\nA\n\n\n\nB\n").len(), 2);
    }
}
