//! The reading state, apart from the engine so it is tested natively: what is read, which line,
//! whether it is paused, and what the engine must do next. Lines are spoken one at a time, so
//! there is a pause between them and the page can show which one is being read.

use super::Line;

/// What the engine must do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Stop anything it is saying and say `text`; report the end with `ticket`.
    Speak { ticket: u32, text: String },
    /// Stop talking.
    Cancel,
}

/// Where a reading is: the block being read (`Line::at`) and whether it is paused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub at: usize,
    pub paused: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Player {
    /// Numbers each `Speak`: the end of a line that was cancelled must not start the next one.
    ticket: u32,
    reading: Option<Reading>,
}

#[derive(Clone, Debug)]
struct Reading {
    owner: String,
    lines: Vec<Line>,
    index: usize,
    paused: bool,
}

impl Player {
    /// Where `owner`'s reading is, if it is the one being read.
    pub fn now(&self, owner: &str) -> Option<Now> {
        let r = self.reading.as_ref().filter(|r| r.owner == owner)?;
        Some(Now {
            at: r.lines[r.index].at,
            paused: r.paused,
        })
    }

    /// Whose reading it is and the block being read, while anything is read or paused.
    pub fn current(&self) -> Option<(&str, usize)> {
        let r = self.reading.as_ref()?;
        Some((r.owner.as_str(), r.lines[r.index].at))
    }

    /// Reads `lines` for `owner` from the start, instead of anything read before.
    pub fn start(&mut self, owner: &str, lines: Vec<Line>) -> Option<Command> {
        if lines.is_empty() {
            return self.stop();
        }
        self.reading = Some(Reading {
            owner: owner.to_string(),
            lines,
            index: 0,
            paused: false,
        });
        self.speak()
    }

    fn speak(&mut self) -> Option<Command> {
        let r = self.reading.as_ref()?;
        self.ticket = self.ticket.wrapping_add(1);
        Some(Command::Speak {
            ticket: self.ticket,
            text: r.lines[r.index].text.clone(),
        })
    }

    /// The engine finished the line it got with `ticket`: on to the next, or done.
    pub fn finished(&mut self, ticket: u32) -> Option<Command> {
        let r = self.reading.as_mut().filter(|r| !r.paused)?;
        if ticket != self.ticket {
            return None;
        }
        r.index += 1;
        if r.index == r.lines.len() {
            self.reading = None;
            return None;
        }
        self.speak()
    }

    /// The engine could not say the line it got with `ticket`: stop rather than skip on.
    pub fn failed(&mut self, ticket: u32) {
        if ticket == self.ticket && self.reading.as_ref().is_some_and(|r| !r.paused) {
            self.reading = None;
        }
    }

    /// Pauses at the current line. Engines differ on `pause()` (Chrome on Android ignores it),
    /// so the engine is stopped, and `resume` says the current line again from its start.
    pub fn pause(&mut self) -> Option<Command> {
        let r = self.reading.as_mut().filter(|r| !r.paused)?;
        r.paused = true;
        self.ticket = self.ticket.wrapping_add(1);
        Some(Command::Cancel)
    }

    pub fn resume(&mut self) -> Option<Command> {
        let r = self.reading.as_mut().filter(|r| r.paused)?;
        r.paused = false;
        self.speak()
    }

    pub fn stop(&mut self) -> Option<Command> {
        self.reading.take()?;
        self.ticket = self.ticket.wrapping_add(1);
        Some(Command::Cancel)
    }

    /// Stops `owner`'s reading, e.g. when the page that started it goes away.
    pub fn stop_if(&mut self, owner: &str) -> Option<Command> {
        if self.reading.as_ref()?.owner == owner {
            return self.stop();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line {
                at: i * 10,
                text: t.to_string(),
            })
            .collect()
    }

    fn ticket(c: Option<Command>) -> u32 {
        match c {
            Some(Command::Speak { ticket, .. }) => ticket,
            other => panic!("expected Speak, got {other:?}"),
        }
    }

    #[test]
    fn reads_every_line_in_order_then_stops() {
        let mut p = Player::default();
        let mut said = Vec::new();
        let mut next = p.start("a", lines(&["one", "two", "three"]));
        while let Some(Command::Speak { ticket, text }) = next {
            assert_eq!(p.now("a").map(|n| n.at), Some(said.len() * 10));
            said.push(text);
            next = p.finished(ticket);
        }
        assert_eq!(said, ["one", "two", "three"]);
        assert_eq!(p.now("a"), None);
        assert_eq!(p.current(), None);
    }

    #[test]
    fn the_end_of_a_cancelled_line_starts_nothing() {
        let mut p = Player::default();
        let first = ticket(p.start("a", lines(&["one", "two"])));
        assert_eq!(p.pause(), Some(Command::Cancel));
        // The engine reports the cancelled line as ended: still paused on it.
        assert_eq!(p.finished(first), None);
        assert_eq!(
            p.now("a"),
            Some(Now {
                at: 0,
                paused: true
            })
        );
        let again = p.resume();
        assert!(matches!(&again, Some(Command::Speak { text, .. }) if text == "one"));
        assert_eq!(p.finished(first), None);
        assert!(
            matches!(p.finished(ticket(again)), Some(Command::Speak { text, .. }) if text == "two")
        );
    }

    #[test]
    fn a_new_reading_replaces_the_old_one() {
        let mut p = Player::default();
        let old = ticket(p.start("article", lines(&["one", "two"])));
        ticket(p.start("phrase", lines(&["hei"])));
        assert_eq!(p.now("article"), None);
        assert_eq!(p.finished(old), None);
        assert_eq!(p.now("phrase").map(|n| n.at), Some(0));
        assert_eq!(p.current(), Some(("phrase", 0)));
    }

    #[test]
    fn stop_if_only_stops_its_owner() {
        let mut p = Player::default();
        let t = ticket(p.start("article", lines(&["one"])));
        assert_eq!(p.stop_if("phrase"), None);
        assert!(p.now("article").is_some());
        assert_eq!(p.stop_if("article"), Some(Command::Cancel));
        assert_eq!(p.finished(t), None);
        assert_eq!(p.stop(), None);
    }

    #[test]
    fn a_failed_line_ends_the_reading() {
        let mut p = Player::default();
        let t = ticket(p.start("a", lines(&["one", "two"])));
        p.failed(t + 1);
        assert!(p.now("a").is_some());
        p.failed(t);
        assert_eq!(p.now("a"), None);
        assert_eq!(p.start("a", Vec::new()), None);
    }
}
