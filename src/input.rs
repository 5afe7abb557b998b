//! Input: turns files into a stream of [`Article`]s.
//!
//! Owns file formats and their problems. A `.txt`/`.md` file is one article
//! (optional `---` front matter with `title`, `date`, `source`, `id`; else id:
//! the path; title: the first non-empty line; date: a dateline in the text,
//! else a `YYYY-MM-DD` in the file name). A `.jsonl`/`.ndjson` file holds one
//! article per line (`id`, `date`, `title`, `text`, `source`; other fields are
//! ignored); a `.csv` file one per row. Each may be gzip-compressed (`.gz`).
//! Directories are walked recursively in sorted order; other files there are
//! reported as ignored. `-` is standard input: JSONL when its first non-blank
//! byte is `{`, otherwise one plain-text article. UTF-8 (with or without BOM)
//! and UTF-16 with a BOM are decoded. Problems come back as
//! [`Notice`]s naming the file and line: errors skip the article, warnings do
//! not. Articles are produced one at a time, so memory does not grow with the
//! corpus.

use crate::date::{find_dateline, first_date_in, Date};
use crate::model::{Article, ArticleResult};
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
    /// A file in a directory that is not an article file (`.png`, ...).
    Ignored(String),
    /// A JSONL line still to parse ([`RawLine::parse`]).
    Line(Box<RawLine>),
    /// An article already analysed (a line of `analyze --format jsonl`),
    /// with the hash of the lexicon that produced it and the file it came from.
    Result(Box<ArticleResult>, Option<String>, String),
}

/// A line of `analyze --format jsonl` output.
#[derive(serde::Deserialize)]
struct ResultLine {
    #[serde(flatten)]
    result: ArticleResult,
    lexicon: Option<String>,
}

/// Largest article accepted, in bytes (larger ones are reported and skipped).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 32 * 1024 * 1024;

/// Decodes bytes as UTF-8 (with or without BOM) or as UTF-16 with a BOM,
/// replacing invalid sequences; returns the text and how many replacements
/// were made.
pub fn decode(bytes: Vec<u8>) -> (String, usize) {
    let utf16 = |b: &[u8], le: bool| -> (String, usize) {
        let units: Vec<u16> = b
            .chunks(2)
            .map(|c| {
                if c.len() < 2 {
                    0xFFFD
                } else if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        let s = String::from_utf16_lossy(&units);
        let n = s.matches('\u{FFFD}').count();
        (s, n)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
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

/// The first non-empty line that is not a dateline ("Posted on : …").
fn first_line_title(text: &str) -> String {
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

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// Articles larger than this are reported and skipped.
    pub max_article_bytes: usize,
    /// Only files whose path (below a directory given) matches this glob.
    pub glob: Option<String>,
    /// CSV column names (defaults: `text`, `date`, `id`, `title`, `source`).
    pub csv: CsvColumns,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            glob: None,
            csv: CsvColumns::default(),
        }
    }
}

/// Which CSV columns hold the article fields.
#[derive(Debug, Clone, Default)]
pub struct CsvColumns {
    pub text: Option<String>,
    pub date: Option<String>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// File kinds read in a directory walk (each also as `.gz`).
pub const EXTENSIONS: &[&str] = &["txt", "md", "jsonl", "ndjson", "csv"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Jsonl,
    Csv,
}

/// The kind of a file from its name, and whether it is gzip-compressed.
fn kind_of(path: &str) -> (Option<FileKind>, bool) {
    let lower = path.to_ascii_lowercase();
    let (base, gz) = match lower.strip_suffix(".gz") {
        Some(b) => (b.to_string(), true),
        None => (lower, false),
    };
    let ext = Path::new(&base)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let kind = match ext.as_str() {
        "txt" | "md" => Some(FileKind::Text),
        "jsonl" | "ndjson" => Some(FileKind::Jsonl),
        "csv" => Some(FileKind::Csv),
        _ => None,
    };
    (kind, gz)
}

/// Standard input: JSONL (its first non-blank byte is `{`) streamed line by
/// line, so a pipe of any length is read in constant memory; anything else
/// is one plain-text article (read up to the article size limit).
fn stdin(max_bytes: usize) -> Box<dyn Iterator<Item = Item> + Send> {
    let cannot = |e: io::Error| {
        one(Item::Skipped(Notice::error(
            "<stdin>",
            None,
            format!("cannot read: {}", crate::io_error::io_reason(&e)),
        )))
    };
    let mut reader = BufReader::with_capacity(1 << 16, io::stdin());
    // The bytes up to the first non-blank one decide the kind; they stay
    // part of the input.
    let mut head = Vec::new();
    let first = loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return cannot(e),
        };
        if buf.is_empty() || head.len() > max_bytes {
            break None;
        }
        if let Some(b) = buf.iter().find(|b| !b.is_ascii_whitespace()) {
            break Some(*b);
        }
        head.extend_from_slice(buf);
        let n = buf.len();
        reader.consume(n);
    };
    let rest = io::Cursor::new(head).chain(reader);
    if first == Some(b'{') {
        return Box::new(JsonLines::new(
            "<stdin>".into(),
            Box::new(BufReader::new(rest)),
            max_bytes,
        ));
    }
    let mut buf = Vec::new();
    if let Err(e) = rest.take(max_bytes as u64 + 1).read_to_end(&mut buf) {
        return cannot(e);
    }
    one(plain("<stdin>", buf, None, max_bytes))
}

/// Streams the articles of one input: a file, a directory (walked
/// recursively in sorted order), or `-` for standard input.
pub fn read(path: &str, opts: &InputOptions) -> Box<dyn Iterator<Item = Item> + Send> {
    let max_bytes = opts.max_article_bytes;
    if path == "-" {
        return stdin(max_bytes);
    }
    match std::fs::metadata(path) {
        Err(e) => one(Item::Skipped(Notice::error(
            path,
            None,
            format!("cannot open: {}", crate::io_error::io_reason(&e)),
        ))),
        Ok(m) if m.is_dir() => {
            let (files, mut notices) = walk(Path::new(path), opts.glob.as_deref());
            let opts = opts.clone();
            let first: Vec<Item> = notices.drain(..).map(Item::Skipped).collect();
            Box::new(
                first
                    .into_iter()
                    .chain(files.into_iter().flat_map(move |f| {
                        let p = f.display().to_string();
                        match kind_of(&p).0 {
                            Some(_) => read_file(&p, &opts, false),
                            None => one(Item::Ignored(p)),
                        }
                    })),
            )
        }
        Ok(_) => read_file(path, opts, true),
    }
}

/// Every file below `dir`, sorted, following directory links once.
fn walk(dir: &Path, glob: Option<&str>) -> (Vec<std::path::PathBuf>, Vec<Notice>) {
    let mut files = Vec::new();
    let mut notices = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        if let Ok(canon) = std::fs::canonicalize(&d) {
            if !seen.insert(canon) {
                notices.push(Notice::warning(
                    &d.display().to_string(),
                    None,
                    "directory already visited (a link loop?): skipped",
                ));
                continue;
            }
        }
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                notices.push(Notice::error(
                    &d.display().to_string(),
                    None,
                    format!("cannot read directory: {}", crate::io_error::io_reason(&e)),
                ));
                continue;
            }
        };
        let mut here: Vec<std::path::PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        here.sort();
        let mut subdirs = Vec::new();
        for p in here {
            if p.is_dir() {
                subdirs.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .into_owned();
                if glob.is_none_or(|g| {
                    glob_match(g, &rel)
                        || glob_match(g, &p.file_name().unwrap_or_default().to_string_lossy())
                }) {
                    files.push(p);
                }
            }
        }
        // Depth first, in sorted order.
        stack.extend(subdirs.into_iter().rev());
    }
    files.sort();
    (files, notices)
}

/// `*` (any run of characters), `?` (one character); everything else literal.
pub fn glob_match(pattern: &str, s: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(sp) = star {
            pi = sp + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Bytes read from input files so far by this process (of a `.gz` file,
/// the compressed bytes): what the progress display compares with
/// [`total_size`].
static FILE_BYTES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Bytes read from input files so far (see [`total_size`]).
pub fn file_bytes_read() -> u64 {
    FILE_BYTES.load(std::sync::atomic::Ordering::Relaxed)
}

/// A file that counts the bytes read from it into [`FILE_BYTES`].
struct Counted(File);

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        FILE_BYTES.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

/// The bytes of the files that [`read`] will read for `inputs` (walking
/// directories as it does), or `None` when one of them is standard input.
pub fn total_size(inputs: &[String], opts: &InputOptions) -> Option<u64> {
    let mut total = 0;
    for path in inputs {
        if path == "-" {
            return None;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let (files, _) = walk(Path::new(path), opts.glob.as_deref());
                total += files
                    .iter()
                    .filter(|f| kind_of(&f.display().to_string()).0.is_some())
                    .filter_map(|f| f.metadata().ok())
                    .map(|m| m.len())
                    .sum::<u64>();
            }
            Ok(m) => total += m.len(),
            Err(_) => {}
        }
    }
    Some(total)
}

/// Opens a file, decompressing `.gz`.
fn open(path: &str, gz: bool) -> io::Result<Box<dyn BufRead + Send>> {
    let f = Counted(File::open(path)?);
    Ok(if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Box::new(BufReader::new(f))
    })
}

fn read_file(
    path: &str,
    opts: &InputOptions,
    explicit: bool,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let (kind, gz) = kind_of(path);
    let kind = match kind {
        Some(k) => k,
        None if explicit => FileKind::Text,
        None => return one(Item::Ignored(path.to_string())),
    };
    let reader = match open(path, gz) {
        Ok(r) => r,
        Err(e) => {
            return one(Item::Skipped(Notice::error(
                path,
                None,
                format!("cannot open: {}", crate::io_error::io_reason(&e)),
            )))
        }
    };
    let max_bytes = opts.max_article_bytes;
    match kind {
        FileKind::Jsonl => Box::new(JsonLines::new(path.to_string(), reader, max_bytes)),
        FileKind::Csv => crate::input::csv_rows(path, reader, &opts.csv, max_bytes),
        FileKind::Text => {
            let mut buf = Vec::new();
            match reader.take(max_bytes as u64 + 1).read_to_end(&mut buf) {
                Ok(_) => one(plain(path, buf, Some(path), max_bytes)),
                Err(e) => one(Item::Skipped(Notice::error(
                    path,
                    None,
                    format!("cannot read: {}", crate::io_error::io_reason(&e)),
                ))),
            }
        }
    }
}

fn one(item: Item) -> Box<dyn Iterator<Item = Item> + Send> {
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

/// Articles of a CSV file, one per row.
fn csv_rows(
    path: &str,
    reader: Box<dyn BufRead + Send>,
    cols: &CsvColumns,
    max_bytes: usize,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let mut rdr = csv::ReaderBuilder::new()
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

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "invalid UTF-8".to_string(),
        _ => e.to_string(),
    }
}

/// Articles of a JSONL stream, one per line.
struct JsonLines {
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
    fn new(path: String, reader: Box<dyn BufRead + Send>, max_bytes: usize) -> JsonLines {
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
