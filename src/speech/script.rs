//! What is read aloud, line by line: an article's title, summary and sections in order (never
//! the navigation, the tasks or the footer), the Norwegian column of "Show in Norwegian", or a
//! phrase card. Phone numbers, links and addresses are said as the page shows them.

use super::Line;
use super::spoken::{dates, phone, with_pause};
use crate::content::journey::Article;
use crate::content::markup::{Block, Content, Inline};
use crate::content::phrases::Phrase;
use crate::content::registry;
use crate::i18n::Locale;
use crate::lang::Lang;
use crate::texts::article::article_text;
use leptos_i18n::td_string;

/// The index (`Line::at`) of the title, the summary and the first body block; the page marks
/// its blocks with the same numbers to show which one is being read.
pub const TITLE: usize = 0;
pub const SUMMARY: usize = 1;
pub const FIRST_BLOCK: usize = 2;

/// How the page's language says numbers and dates.
struct Wording {
    lang: Lang,
    plus: &'static str,
    months: Vec<&'static str>,
}

impl Wording {
    fn of(lang: Lang) -> Wording {
        let l = Locale::from(lang);
        Wording {
            lang,
            plus: td_string!(l, speech.plus),
            months: td_string!(l, checklist.months).split('|').collect(),
        }
    }

    fn line(&self, at: usize, text: &str) -> Option<Line> {
        let text = with_pause(&dates(text, self.lang, &self.months));
        (!text.is_empty()).then_some(Line { at, text })
    }

    fn inlines(&self, runs: &[Inline<'_>]) -> String {
        runs.iter()
            .map(|run| match *run {
                Inline::Text(s) => s.to_string(),
                Inline::Tel(id) => registry::contact(id).map_or(String::new(), |c| {
                    let number = phone(c.display, self.plus);
                    match c.hours_spoken(self.lang) {
                        Some(hours) => format!("{number} ({hours})"),
                        None => number,
                    }
                }),
                Inline::Link(id) => registry::link(id)
                    .map_or("", |l| l.label(self.lang))
                    .to_string(),
                Inline::Addr(id) => registry::address(id).map_or("", |a| a.text).to_string(),
                Inline::Mail(id) => registry::email(id).map_or("", |e| e.address).to_string(),
                Inline::Norwegian(words) => words.to_string(),
            })
            .collect()
    }

    /// A block's lines: one for a heading, paragraph or note, one per item of a list.
    fn block(&self, at: usize, b: &Block<'_>) -> Vec<Line> {
        match &b.content {
            Content::Heading(h) => self.line(at, h).into_iter().collect(),
            Content::Para(runs) | Content::Note(runs) => {
                self.line(at, &self.inlines(runs)).into_iter().collect()
            }
            Content::List(items) => items
                .iter()
                .filter_map(|runs| self.line(at, &self.inlines(runs)))
                .collect(),
        }
    }
}

/// An article in `lang`: title, summary, then every section in order.
pub fn article(page: &Article, lang: Lang) -> Vec<Line> {
    page_lines(page, lang, true)
}

/// The Norwegian column of "Show in Norwegian": the title and the sections, which it shows.
pub fn norwegian_column(page: &Article) -> Vec<Line> {
    page_lines(page, Lang::Nb, false)
}

fn page_lines(page: &Article, lang: Lang, with_summary: bool) -> Vec<Line> {
    let t = article_text(page, lang);
    let wording = Wording::of(lang);
    let mut lines: Vec<Line> = wording.line(TITLE, t.title).into_iter().collect();
    if with_summary {
        lines.extend(wording.line(SUMMARY, t.lead().0));
    }
    for (i, b) in t.blocks().iter().enumerate() {
        lines.extend(wording.block(FIRST_BLOCK + i, b));
    }
    lines
}

/// A phrase card's Norwegian sentence.
pub fn phrase_in_norwegian(phrase: Phrase) -> Vec<Line> {
    Wording::of(Lang::Nb)
        .line(TITLE, phrase.text(Lang::Nb))
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::journey::{Kind, find};

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn an_article_is_read_title_summary_then_sections_in_order() {
        let page = find(Kind::Step, "registration").unwrap();
        let t = article_text(page, Lang::En);
        let lines = article(page, Lang::En);
        assert_eq!(lines[0].at, TITLE);
        assert_eq!(lines[0].text, with_pause(t.title));
        assert_eq!(lines[1].at, SUMMARY);
        assert!(lines[2].at >= FIRST_BLOCK);
        // Blocks come in order, and every block of the body is read.
        let ats: Vec<usize> = lines.iter().map(|l| l.at).collect();
        assert!(ats.windows(2).all(|w| w[0] <= w[1]), "{ats:?}");
        let blocks = t.blocks().len();
        assert_eq!(ats.last(), Some(&(FIRST_BLOCK + blocks - 1)));
        // No markup and no source marks reach the engine.
        for l in &lines {
            assert!(
                !l.text.contains("[src:") && !l.text.contains("[tel:"),
                "{}",
                l.text
            );
        }
    }

    #[test]
    fn list_items_are_lines_of_their_own_with_a_pause() {
        let page = find(Kind::Step, "registration").unwrap();
        let t = article_text(page, Lang::Uk);
        let lines = article(page, Lang::Uk);
        let (i, items) = t
            .blocks()
            .iter()
            .enumerate()
            .find_map(|(i, b)| match &b.content {
                Content::List(items) => Some((i, items.len())),
                _ => None,
            })
            .unwrap();
        let of_list: Vec<&Line> = lines.iter().filter(|l| l.at == FIRST_BLOCK + i).collect();
        assert_eq!(of_list.len(), items);
        assert!(
            of_list
                .iter()
                .all(|l| l.text.ends_with(['.', '!', '?', ':', ';', '…']))
        );
    }

    #[test]
    fn numbers_and_dates_are_prepared_in_the_page_language() {
        let page = find(Kind::Step, "registration").unwrap();
        let uk = article(page, Lang::Uk);
        let all = texts(&uk).join(" ");
        assert!(
            all.contains("З першого січня дві тисячі двадцять четвертого року"),
            "{all}"
        );
        assert!(!all.contains("1 січня"));
        let nb = texts(&article(page, Lang::Nb)).join(" ");
        assert!(nb.contains("Fra første januar 2024"), "{nb}");
    }

    #[test]
    fn phone_numbers_are_read_in_groups() {
        // The emergency page lists 113 and the police's number.
        let all: String = crate::content::journey::all()
            .flat_map(|p| article(p, Lang::En))
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all.contains("1 1 3"), "113 is said digit by digit");
        assert!(!all.contains("+47"), "the plus sign is a word");
        assert!(
            all.contains("Monday to Friday, 8 a.m. to 3 p.m."),
            "hours as said"
        );
    }

    #[test]
    fn the_norwegian_column_and_phrases_are_in_norwegian() {
        let page = find(Kind::Step, "registration").unwrap();
        let nb = norwegian_column(page);
        let t = article_text(page, Lang::Nb);
        assert_eq!(nb[0].text, with_pause(t.title));
        assert!(nb.iter().all(|l| l.at != SUMMARY));
        let p = phrase_in_norwegian(Phrase::Register);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].text, with_pause(Phrase::Register.text(Lang::Nb)));
    }
}
