//! Plain-text articles (`.txt`, `.md`, standard input that is not JSONL).
//!
//! Owns a text file's checks (size, binary, undecodable), its `---` front
//! matter, and the id, title and date of a text article (front matter, else
//! the first line, a dateline, a date in the file name). Hands back an
//! [`Item`].

use super::{decode, Item, Notice};
use crate::date::{find_dateline, first_date_in, Date};
use crate::model::Article;
use std::path::Path;

/// The first non-empty line that is not a dateline ("Posted on : …").
pub(super) fn first_line_title(text: &str) -> String {
    text.split(['\n', '\r'])
        .map(str::trim)
        .find(|l| !l.is_empty() && !crate::date::is_dateline(l))
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

pub(super) fn plain(
    id: &str,
    bytes: Vec<u8>,
    path_for_date: Option<&str>,
    max_bytes: usize,
) -> Item {
    if bytes.len() > max_bytes {
        return Item::Skipped(Notice::error(
            id,
            None,
            format!("article is over the {max_bytes}-byte limit (--max-article-bytes)"),
        ));
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(8192).any(|&b| b == 0) {
        return Item::Skipped(Notice::error(id, None, "binary file (contains NUL bytes)"));
    }
    let mut notices = Vec::new();
    let (text, bad) = decode(bytes);
    // Mostly undecodable (another encoding, or binary): not an article.
    if bad > 0 && bad * 20 > text.chars().count() {
        return Item::Skipped(Notice::error(
            id,
            None,
            format!("not UTF-8 text ({bad} invalid sequences)"),
        ));
    }
    if bad > 0 {
        notices.push(Notice::warning(
            id,
            None,
            format!("{bad} invalid UTF-8 sequence(s) replaced"),
        ));
    }
    let (meta, body) = front_matter(&text);
    let mut a = text_article(id, body.to_string(), path_for_date, &mut notices);
    if let Some(m) = meta {
        for (k, v) in m {
            match k.as_str() {
                "title" => a.title = v,
                "id" => a.id = v,
                "source" => a.source = Some(v),
                "date" => match Date::parse(&v) {
                    Some(d) => a.date = Some(d),
                    None => notices.push(Notice::warning(
                        id,
                        None,
                        format!("unparseable date \"{v}\" in front matter: article is undated"),
                    )),
                },
                _ => {}
            }
        }
    }
    Item::Article(Box::new(a), notices)
}

/// Splits `---` YAML-style front matter (`key: value` lines) from a text.
pub fn front_matter(text: &str) -> (Option<Vec<(String, String)>>, &str) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let Some(end) = rest.find("\n---") else {
        return (None, text);
    };
    let head = &rest[..end];
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    let fields = head
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            let v = v.trim().trim_matches(['"', '\'']).to_string();
            Some((k.trim().to_ascii_lowercase(), v))
        })
        .collect();
    (Some(fields), body)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
