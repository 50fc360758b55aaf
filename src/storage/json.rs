//! Just enough JSON for the stored checklist: a reader for any JSON text and a writer.
//!
//! Hand-written instead of serde_json because the checklist holds no fractions, while
//! serde_json always links float parsing and formatting (tables included): serde_json cost
//! 10.2 KB of brotli wasm when last measured (README, "Written by hand instead of a library").
//! Any JSON text still parses; a number that is not a whole i64 is kept as `OtherNumber`, which
//! no field accepts. tests/storage_format.rs checks this module against serde_json.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// A fraction, an exponent or a whole number beyond i64.
    OtherNumber,
    Str(String),
    Array(Vec<Value>),
    /// Members in document order; a repeated name is kept for the reader to reject.
    Object(Vec<(String, Value)>),
}

/// Where and why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub what: &'static str,
}

/// serde_json's limit: deeper nesting is refused rather than risking the stack.
pub const MAX_DEPTH: usize = 127;

pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        text,
        at: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.space();
    match p.peek() {
        None => Ok(value),
        Some(_) => Err(p.error("trailing characters")),
    }
}

impl Value {
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Value::Null | Value::OtherNumber => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => out.push_str(&n.to_string()),
            Value::Str(s) => write_str(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (name, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Escapes as serde_json does, so files written before this module are byte-identical.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, what: &'static str) -> SyntaxError {
        SyntaxError { at: self.at, what }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Consumes `byte` after optional space.
    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.space();
        match self.peek() {
            Some(b'{') => self
                .nested(b'}', |p| {
                    let name = p.string_after_space()?;
                    if !p.eat(b':') {
                        return Err(p.error("expected ':'"));
                    }
                    Ok((name, p.value()?))
                })
                .map(Value::Object),
            Some(b'[') => self.nested(b']', Parser::value).map(Value::Array),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.literal(),
        }
    }

    /// An array or an object: `item`s separated by commas, up to `close`.
    fn nested<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<T, SyntaxError>,
    ) -> Result<Vec<T>, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut items = Vec::new();
        if !self.eat(close) {
            loop {
                items.push(item(self)?);
                if self.eat(close) {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.error("expected ',' or the end of a list"));
                }
            }
        }
        self.depth -= 1;
        Ok(items)
    }

    fn literal(&mut self) -> Result<Value, SyntaxError> {
        let rest = &self.text[self.at..];
        for (word, value) in [
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("null", Value::Null),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.error("expected a value"))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return Err(self.error("expected a digit")),
            n if n > 1 && self.text.as_bytes()[int_start] == b'0' => {
                return Err(SyntaxError {
                    at: int_start,
                    what: "leading zero",
                });
            }
            _ => {}
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error("expected a digit"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit"));
            }
        }
        let int = whole.then(|| self.text[start..self.at].parse().ok());
        Ok(int.flatten().map_or(Value::OtherNumber, Value::Int))
    }

    fn string_after_space(&mut self) -> Result<String, SyntaxError> {
        self.space();
        match self.peek() {
            Some(b'"') => self.string(),
            _ => Err(self.error("expected a name in quotes")),
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Runs end only at ASCII bytes, so every slice is whole characters.
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    /// `XXXX` after `\u`, and the low half after it when this is a high surrogate.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.error("lone surrogate"));
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error("lone surrogate"));
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone surrogate")),
            code => code,
        };
        char::from_u32(code).ok_or(self.error("invalid escape"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.at..self.at + 4);
        let code = digits
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or(self.error("expected four hex digits"))?;
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(" {\"a\": [1, -2, 3.5, 1e3, true, false, null], \"b\": \"x\\u00e6\\n\"} ");
        let expected = Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Int(1),
                    Value::Int(-2),
                    Value::OtherNumber,
                    Value::OtherNumber,
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                ]),
            ),
            ("b".into(), Value::Str("xæ\n".into())),
        ]);
        assert_eq!(v, Ok(expected));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "tru",
            "\"\u{1}\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "[1] 2",
            "{1:2}",
            "'a'",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn joins_surrogate_pairs() {
        assert_eq!(parse("\"\\ud83c\\uddfa\""), Ok(Value::Str("🇺".into())));
    }

    #[test]
    fn nesting_stops_at_the_limit() {
        let nested = |n| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert!(parse(&nested(MAX_DEPTH + 1)).is_err());
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"s":"q\"b\\n\n\t\u0001\b\f/é","n":[-9223372036854775808,0,true,null]}"#;
        assert_eq!(parse(text).map(|v| v.to_json()).as_deref(), Ok(text));
    }
}
