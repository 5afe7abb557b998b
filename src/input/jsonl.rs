//! JSONL: one article per line, or one analysed result per line.
//!
//! Owns the line reader ([`JsonLines`], which leaves the parsing of each line
//! to the caller's worker thread as a [`RawLine`]), the fields of an article
//! line ([`json_article`]) and the recognition of a line that `stance
//! analyze --format jsonl` wrote. Hands back [`Item`]s.

use super::text::first_line_title;
use super::{decode, Item, Notice};
use crate::date::{find_dateline, Date};
use crate::model::{Article, ArticleResult};
use serde_json::Value;
use std::io::{BufRead, Read};

/// A line of `analyze --format jsonl` output.
#[derive(serde::Deserialize)]
struct ResultLine {
    #[serde(flatten)]
    result: ArticleResult,
    lexicon: Option<String>,
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The fields of an article line that `stance` reads (others are skipped).
#[derive(serde::Deserialize)]
struct Fields {
    text: Option<Value>,
    id: Option<Value>,
    title: Option<Value>,
    source: Option<Value>,
    date: Option<Value>,
}

/// Parses one JSONL line into an article.
pub fn json_article(
    path: &str,
    line_no: usize,
    line: &str,
    notices: &mut Vec<Notice>,
) -> Result<Article, Notice> {
    // The fields are read straight into their places; only a line that does
    // not fit (not an object, a repeated key) goes through a generic value to
    // say what is wrong with it.
    let map = match serde_json::from_str::<Fields>(line) {
        Ok(f) => f,
        Err(_) => {
            let v: Value = serde_json::from_str(line)
                .map_err(|e| Notice::error(path, Some(line_no), format!("malformed JSON: {e}")))?;
            let Value::Object(mut map) = v else {
                return Err(Notice::error(
                    path,
                    Some(line_no),
                    "line is valid JSON but not an object",
                ));
            };
            Fields {
                text: map.remove("text"),
                id: map.remove("id"),
                title: map.remove("title"),
                source: map.remove("source"),
                date: map.remove("date"),
            }
        }
    };
    let text = match map.text {
        Some(Value::String(s)) => s,
        Some(_) => {
            return Err(Notice::error(
                path,
                Some(line_no),
                "field `text` is not a string",
            ))
        }
        None => {
            return Err(Notice::error(
                path,
                Some(line_no),
                "object has no `text` field",
            ))
        }
    };
    let id = map
        .id
        .as_ref()
        .and_then(scalar)
        .unwrap_or_else(|| format!("{path}:{line_no}"));
    let title = map
        .title
        .as_ref()
        .and_then(scalar)
        .unwrap_or_else(|| first_line_title(&text));
    let source = map.source.as_ref().and_then(scalar);
    let date = match &map.date {
        Some(Value::Null) | None => find_dateline(&text),
        Some(v) => match scalar(v).as_deref().and_then(Date::parse) {
            Some(d) => Some(d),
            None => {
                notices.push(Notice::warning(
                    path,
                    Some(line_no),
                    format!("unparseable date {v}: article {id} is undated"),
                ));
                None
            }
        },
    };
    if text.trim().is_empty() {
        notices.push(Notice::warning(
            path,
            Some(line_no),
            format!("article {id} is empty"),
        ));
    }
    Ok(Article {
        id,
        date,
        title,
        source,
        text,
    })
}

/// Articles of a JSONL stream, one per line.
pub(super) struct JsonLines {
    /// Shared by every line read from the file.
    path: std::sync::Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    max_bytes: usize,
    done: bool,
    /// Reused for reading; each line leaves in a copy of its exact size.
    buf: Vec<u8>,
}

impl JsonLines {
    pub(super) fn new(
        path: String,
        reader: Box<dyn BufRead + Send>,
        max_bytes: usize,
    ) -> JsonLines {
        JsonLines {
            path: path.into(),
            reader,
            line_no: 0,
            max_bytes,
            done: false,
            buf: Vec::new(),
        }
    }
}

impl Iterator for JsonLines {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        loop {
            if self.done {
                return None;
            }
            let buf = &mut self.buf;
            buf.clear();
            let limit = self.max_bytes as u64 + 1;
            match (&mut self.reader).take(limit).read_until(b'\n', buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Item::Skipped(Notice::error(
                        &self.path,
                        Some(self.line_no + 1),
                        format!("cannot read: {}", crate::io_error::io_reason(&e)),
                    )));
                }
            }
            self.line_no += 1;
            if buf.len() as u64 >= limit && !buf.ends_with(b"\n") {
                // Skip the rest of the over-long line.
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                return Some(Item::Skipped(Notice::error(
                    &self.path,
                    Some(self.line_no),
                    format!(
                        "article is over the {}-byte limit (--max-article-bytes)",
                        self.max_bytes
                    ),
                )));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // Parsing is left to the caller, which may do it on a worker
            // thread.
            return Some(Item::Line(Box::new(RawLine {
                path: self.path.clone(),
                line_no: self.line_no,
                bytes: buf.clone(),
            })));
        }
    }
}

/// A JSONL line not parsed yet.
#[derive(Debug, Clone)]
pub struct RawLine {
    pub path: std::sync::Arc<str>,
    pub line_no: usize,
    pub bytes: Vec<u8>,
}

impl RawLine {
    /// Parses the line: an article, an analysed article (a line written by
    /// `stance analyze --format jsonl`), or a problem.
    pub fn parse(self) -> Item {
        let (line, bad) = decode(self.bytes);
        let mut notices = Vec::new();
        if bad > 0 {
            notices.push(Notice::warning(
                &self.path,
                Some(self.line_no),
                format!("{bad} invalid UTF-8 sequence(s) replaced"),
            ));
        }
        if line.contains("\"cells\"") {
            if let Ok(r) = serde_json::from_str::<ResultLine>(&line) {
                return Item::Result(Box::new(r.result), r.lexicon, self.path.to_string());
            }
        }
        match json_article(&self.path, self.line_no, line.trim_end(), &mut notices) {
            Ok(a) => Item::Article(Box::new(a), notices),
            Err(n) => Item::Skipped(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_line_fields_and_problems() {
        let mut n = Vec::new();
        let a = json_article(
            "f.jsonl",
            3,
            r#"{"id": 7, "date": "Oct. 2, 2019", "title": "T", "text": "Body", "x": 1}"#,
            &mut n,
        )
        .unwrap();
        assert_eq!(
            (a.id.as_str(), a.date, a.title.as_str()),
            ("7", Date::new(2019, 10, 2), "T")
        );
        assert!(n.is_empty());
        assert_eq!(
            json_article("f.jsonl", 4, "[1,2]", &mut n)
                .unwrap_err()
                .message,
            "line is valid JSON but not an object"
        );
        assert_eq!(
            json_article("f.jsonl", 5, r#"{"id":"a"}"#, &mut n)
                .unwrap_err()
                .message,
            "object has no `text` field"
        );
        let a = json_article("f.jsonl", 6, r#"{"date":"someday","text":"x"}"#, &mut n).unwrap();
        assert_eq!(a.id, "f.jsonl:6");
        assert_eq!(a.date, None);
        assert!(n[0].message.contains("unparseable date"));
    }
}
