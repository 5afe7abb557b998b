//! Input: turns files into a stream of [`Article`]s.
//!
//! Owns file formats and their problems. A plain-text file is one article (id:
//! the path; title: the first non-empty line; date: a dateline in the text,
//! else a `YYYY-MM-DD` in the file name). A `.jsonl`/`.ndjson` file holds one
//! article per line (`id`, `date`, `title`, `text`, `source`; other fields are
//! ignored). `-` is standard input: JSONL when its first non-blank byte is
//! `{`, otherwise one plain-text article. Problems come back as
//! [`Notice`]s naming the file and line: errors skip the article, warnings do
//! not. Articles are produced one at a time, so memory does not grow with the
//! corpus.

use crate::date::{find_dateline, first_date_in, Date};
use crate::engine::Article;
use serde_json::Value;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// A problem with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
    /// Errors skip the input; warnings only report.
    pub error: bool,
}

impl Notice {
    fn error(path: &str, line: Option<usize>, message: impl Into<String>) -> Notice {
        Notice {
            path: path.to_string(),
            line,
            message: message.into(),
            error: true,
        }
    }

    fn warning(path: &str, line: Option<usize>, message: impl Into<String>) -> Notice {
        Notice {
            path: path.to_string(),
            line,
            message: message.into(),
            error: false,
        }
    }

    /// `stance: PATH[:LINE]: error: message`.
    pub fn render(&self) -> String {
        let at = match self.line {
            Some(l) => format!("{}:{l}", self.path),
            None => self.path.clone(),
        };
        format!(
            "stance: {at}: {}: {}",
            if self.error { "error" } else { "warning" },
            self.message
        )
    }
}

/// One element of the input stream.
#[derive(Debug, Clone)]
pub enum Item {
    /// An article to analyse, with warnings about it.
    Article(Box<Article>, Vec<Notice>),
    /// An input (or part of one) that could not be read.
    Skipped(Notice),
}

/// Largest article accepted, in bytes (larger ones are reported and skipped).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 32 * 1024 * 1024;

/// Decodes bytes as UTF-8, replacing invalid sequences; returns the text and
/// how many replacements were made.
pub fn decode(bytes: Vec<u8>) -> (String, usize) {
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let b = e.into_bytes();
            let s = String::from_utf8_lossy(&b).into_owned();
            let n = s.matches('\u{FFFD}').count();
            (s, n)
        }
    }
}

fn first_line_title(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

/// Builds a plain-text article.
pub fn text_article(
    id: &str,
    text: String,
    path_for_date: Option<&str>,
    notices: &mut Vec<Notice>,
) -> Article {
    if text.trim().is_empty() {
        notices.push(Notice::warning(id, None, "article is empty"));
    }
    let date = find_dateline(&text).or_else(|| {
        path_for_date.and_then(|p| {
            let name = Path::new(p)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            first_date_in(&name)
        })
    });
    Article {
        id: id.to_string(),
        date,
        title: first_line_title(&text),
        source: None,
        text,
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Parses one JSONL line into an article.
pub fn json_article(
    path: &str,
    line_no: usize,
    line: &str,
    notices: &mut Vec<Notice>,
) -> Result<Article, Notice> {
    let v: Value = serde_json::from_str(line)
        .map_err(|e| Notice::error(path, Some(line_no), format!("malformed JSON: {e}")))?;
    let Value::Object(map) = v else {
        return Err(Notice::error(
            path,
            Some(line_no),
            "line is valid JSON but not an object",
        ));
    };
    let text = match map.get("text") {
        Some(Value::String(s)) => s.clone(),
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
        .get("id")
        .and_then(scalar)
        .unwrap_or_else(|| format!("{path}:{line_no}"));
    let title = map
        .get("title")
        .and_then(scalar)
        .unwrap_or_else(|| first_line_title(&text));
    let source = map.get("source").and_then(scalar);
    let date = match map.get("date") {
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

/// Streams the articles of one input path (`-` for standard input).
pub fn read(path: &str, max_bytes: usize) -> Box<dyn Iterator<Item = Item>> {
    if path == "-" {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin()
            .lock()
            .take(max_bytes as u64 + 1)
            .read_to_end(&mut buf)
        {
            return one(Item::Skipped(Notice::error(
                "<stdin>",
                None,
                format!("cannot read: {}", crate::lexicon::io_reason(&e)),
            )));
        }
        let first = buf.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first == Some(b'{') {
            return Box::new(JsonLines::new(
                "<stdin>".into(),
                Box::new(io::Cursor::new(buf)),
                max_bytes,
            ));
        }
        return one(plain("<stdin>", buf, None, max_bytes));
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return match File::open(path) {
            Ok(f) => Box::new(JsonLines::new(
                path.to_string(),
                Box::new(BufReader::new(f)),
                max_bytes,
            )),
            Err(e) => one(Item::Skipped(Notice::error(
                path,
                None,
                format!("cannot open: {}", crate::lexicon::io_reason(&e)),
            ))),
        };
    }
    let meta = std::fs::metadata(path);
    match meta {
        Err(e) => one(Item::Skipped(Notice::error(
            path,
            None,
            format!("cannot open: {}", crate::lexicon::io_reason(&e)),
        ))),
        Ok(m) if m.is_dir() => one(Item::Skipped(Notice::error(path, None, "is a directory"))),
        Ok(m) if m.len() as usize > max_bytes => one(Item::Skipped(Notice::error(
            path,
            None,
            format!(
                "article is {} bytes, over the {max_bytes}-byte limit (--max-article-bytes)",
                m.len()
            ),
        ))),
        Ok(_) => match std::fs::read(path) {
            Ok(bytes) => one(plain(path, bytes, Some(path), max_bytes)),
            Err(e) => one(Item::Skipped(Notice::error(
                path,
                None,
                format!("cannot read: {}", crate::lexicon::io_reason(&e)),
            ))),
        },
    }
}

fn one(item: Item) -> Box<dyn Iterator<Item = Item>> {
    Box::new(std::iter::once(item))
}

fn plain(id: &str, bytes: Vec<u8>, path_for_date: Option<&str>, max_bytes: usize) -> Item {
    if bytes.len() > max_bytes {
        return Item::Skipped(Notice::error(
            id,
            None,
            format!("article is over the {max_bytes}-byte limit (--max-article-bytes)"),
        ));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Item::Skipped(Notice::error(id, None, "binary file (contains NUL bytes)"));
    }
    let mut notices = Vec::new();
    let (text, bad) = decode(bytes);
    if bad > 0 {
        notices.push(Notice::warning(
            id,
            None,
            format!("{bad} invalid UTF-8 sequence(s) replaced"),
        ));
    }
    let a = text_article(id, text, path_for_date, &mut notices);
    Item::Article(Box::new(a), notices)
}

/// Articles of a JSONL stream, one per line.
struct JsonLines {
    path: String,
    reader: Box<dyn BufRead>,
    line_no: usize,
    max_bytes: usize,
    done: bool,
}

impl JsonLines {
    fn new(path: String, reader: Box<dyn BufRead>, max_bytes: usize) -> JsonLines {
        JsonLines {
            path,
            reader,
            line_no: 0,
            max_bytes,
            done: false,
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
            let mut buf = Vec::new();
            let limit = self.max_bytes as u64 + 1;
            match (&mut self.reader).take(limit).read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Item::Skipped(Notice::error(
                        &self.path,
                        Some(self.line_no + 1),
                        format!("cannot read: {}", crate::lexicon::io_reason(&e)),
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
            let (line, bad) = decode(buf);
            if line.trim().is_empty() {
                continue;
            }
            let mut notices = Vec::new();
            if bad > 0 {
                notices.push(Notice::warning(
                    &self.path,
                    Some(self.line_no),
                    format!("{bad} invalid UTF-8 sequence(s) replaced"),
                ));
            }
            return Some(
                match json_article(&self.path, self.line_no, line.trim_end(), &mut notices) {
                    Ok(a) => Item::Article(Box::new(a), notices),
                    Err(n) => Item::Skipped(n),
                },
            );
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

    #[test]
    fn plain_text_takes_dateline_then_file_name() {
        let mut n = Vec::new();
        let a = text_article(
            "x",
            "Title\nPosted on : 2019-10-02 17:36 KST\nBody".into(),
            None,
            &mut n,
        );
        assert_eq!(a.date, Date::new(2019, 10, 2));
        assert_eq!(a.title, "Title");
        let a = text_article(
            "x",
            "Title\nBody".into(),
            Some("news/2018-06-12-summit.txt"),
            &mut n,
        );
        assert_eq!(a.date, Date::new(2018, 6, 12));
    }

    #[test]
    fn decode_counts_replacements_and_strips_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc".to_vec()), ("abc".to_string(), 0));
        assert_eq!(decode(b"a\xFFb".to_vec()).1, 1);
    }
}
