//! CSV: one article per row.
//!
//! Owns the header (which columns hold text, date, id, title and source,
//! `--text-column` and the rest) and each row's problems (unequal lengths,
//! invalid UTF-8, size). Hands back [`Item`]s.

use super::text::first_line_title;
use super::{one, CsvColumns, Item, Notice};
use crate::date::{find_dateline, Date};
use crate::model::Article;
use std::io::BufRead;

/// Articles of a CSV file, one per row.
pub(super) fn csv_rows(
    path: &str,
    reader: Box<dyn BufRead + Send>,
    cols: &CsvColumns,
    max_bytes: usize,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return one(Item::Skipped(Notice::error(
                path,
                Some(1),
                format!("cannot read the CSV header: {e}"),
            )))
        }
    };
    let find = |wanted: &Option<String>, default: &str| -> Option<usize> {
        let name = wanted.as_deref().unwrap_or(default);
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(text_col) = find(&cols.text, "text") else {
        let name = cols.text.as_deref().unwrap_or("text");
        return one(Item::Skipped(Notice::error(
            path,
            Some(1),
            format!("no column `{name}` in the header (use --text-column)"),
        )));
    };
    let (date_col, id_col, title_col, source_col) = (
        find(&cols.date, "date"),
        find(&cols.id, "id"),
        find(&cols.title, "title"),
        find(&cols.source, "source"),
    );
    let path = path.to_string();
    Box::new(rdr.into_records().map(move |rec| {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                return Item::Skipped(Notice::error(
                    &path,
                    line,
                    format!("malformed CSV row: {}", csv_reason(&e)),
                ));
            }
        };
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let get = |c: Option<usize>| {
            c.and_then(|i| rec.get(i))
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        let text = rec.get(text_col).unwrap_or("").to_string();
        if text.len() > max_bytes {
            return Item::Skipped(Notice::error(
                &path,
                Some(line),
                format!("article is over the {max_bytes}-byte limit (--max-article-bytes)"),
            ));
        }
        let mut notices = Vec::new();
        let id = get(id_col).unwrap_or_else(|| format!("{path}:{line}"));
        let date = match get(date_col) {
            None => find_dateline(&text),
            Some(d) => Date::parse(&d).or_else(|| {
                notices.push(Notice::warning(
                    &path,
                    Some(line),
                    format!("unparseable date \"{d}\": article {id} is undated"),
                ));
                None
            }),
        };
        if text.trim().is_empty() {
            notices.push(Notice::warning(
                &path,
                Some(line),
                format!("article {id} is empty"),
            ));
        }
        let title = get(title_col).unwrap_or_else(|| first_line_title(&text));
        Item::Article(
            Box::new(Article {
                id,
                date,
                title,
                source: get(source_col),
                text,
            }),
            notices,
        )
    }))
}

fn csv_reason(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        ::csv::ErrorKind::Utf8 { .. } => "invalid UTF-8".to_string(),
        _ => e.to_string(),
    }
}
