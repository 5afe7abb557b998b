//! `stance explain`: how the engine reads one sentence or one article.
//!
//! Decides what the argument is (a sentence, a file, one article of a
//! corpus chosen by `--id`), has the engine explain the text
//! ([`stance::engine::explain`]) and hands the explanation to its printer
//! ([`stance::report::explain`]).

use super::{error, load_lexicon, Outcome};
use stance::date::Date;
use stance::input::InputOptions;
use stance::report;
use std::io::{self, Write};
use std::path::Path;

/// Does `s` name a file rather than hold a sentence: one word with a path
/// separator or a file extension that `stance` reads?
pub(crate) fn looks_like_path(s: &str) -> bool {
    const EXT: &[&str] = &[".txt", ".md", ".jsonl", ".ndjson", ".csv", ".gz", ".json"];
    let s = s.trim();
    !s.is_empty()
        && !s.contains(char::is_whitespace)
        && (s.contains('/') || EXT.iter().any(|e| s.to_ascii_lowercase().ends_with(e)))
}

/// The article of `path` to explain: the one with `id`, or the only one.
/// Reads as `analyze` does (front matter, JSONL, CSV, gzip).
pub(crate) fn pick_article(
    path: &str,
    id: Option<&str>,
    read: &InputOptions,
) -> Result<stance::Article, String> {
    use stance::input::Item;
    let mut ids = Vec::new();
    let mut found = None;
    let mut count = 0usize;
    for item in stance::input::read(path, read) {
        let item = match item {
            Item::Line(raw) => raw.parse(),
            other => other,
        };
        match item {
            Item::Article(a, notices) => {
                for n in &notices {
                    eprintln!("{}", n.render());
                }
                count += 1;
                if ids.len() < 5 {
                    ids.push(a.id.clone());
                }
                if id.is_none_or(|want| a.id == want) && found.is_none() {
                    found = Some(*a);
                    if id.is_some() {
                        break;
                    }
                }
            }
            Item::Skipped(n) => eprintln!("{}", n.render()),
            Item::Result(..) => {
                return Err(format!(
                    "{path} holds results of `stance analyze`, not articles: explain the corpus they came from"
                ))
            }
            Item::Ignored(p) => return Err(format!("{p}: not an article file")),
            Item::Line(_) => {}
        }
    }
    let more = if count > ids.len() { ", …" } else { "" };
    match (found, id) {
        (Some(a), Some(_)) => Ok(a),
        (Some(a), None) if count == 1 => Ok(a),
        (Some(_), None) => Err(format!(
            "{path} holds {count} articles: choose one with --id ID (ids: {}{more})",
            ids.join(", ")
        )),
        (None, Some(want)) => Err(format!(
            "{path}: no article with id `{want}`{}",
            if ids.is_empty() {
                String::new()
            } else {
                format!(" (ids: {}{more})", ids.join(", "))
            }
        )),
        (None, None) => Err(format!("{path}: no article to explain")),
    }
}

pub(crate) fn run(
    input: &str,
    id: Option<&str>,
    read: &InputOptions,
    lexicon_path: Option<&Path>,
    date: Option<Date>,
) -> io::Result<Outcome> {
    let Some((lex, name)) = load_lexicon(lexicon_path, false) else {
        return Ok(Outcome::Problems);
    };
    let path = Path::new(input);
    let (text, article_date, heading) = if path.is_dir() {
        error(format!(
            "{input} is a directory: explain reads one file (pick an article with --id)"
        ));
        return Ok(Outcome::Problems);
    } else if path.exists() {
        match pick_article(input, id, read) {
            Ok(a) => {
                let heading = format!(
                    "article: {} · {} · {}",
                    a.id,
                    a.date.map_or("undated".to_string(), |d| d.to_string()),
                    a.title
                );
                (a.text, a.date, Some(heading))
            }
            Err(message) => {
                error(message);
                return Ok(Outcome::Problems);
            }
        }
    } else if looks_like_path(input) {
        error(format!(
            "{input}: no such file (to explain a sentence, write it in quotes, with its spaces)"
        ));
        return Ok(Outcome::Problems);
    } else {
        if id.is_some() {
            error("--id picks an article of a FILE; a sentence needs none");
            return Ok(Outcome::Problems);
        }
        let date = stance::date::find_dateline(input);
        (input.to_string(), date, None)
    };
    let date = date.or(article_date);
    let explanation = stance::engine::explain(&lex, &text, date);
    let head = report::explain::Heading {
        article: heading.as_deref(),
        lexicon_name: &name,
        lexicon_hash: &lex.hash,
        date,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    report::explain::write(&mut out, &lex, &head, &text, &explanation)?;
    out.flush()?;
    Ok(Outcome::Ok)
}
