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
//!
//! One file per part: `decode` (bytes to text), `walk` (directories and
//! `--glob`), `text` (plain-text articles and front matter), `jsonl` (JSONL
//! lines, articles and analysed results) and `csv` (CSV rows). This file
//! holds what they share and the dispatch by file kind.

mod csv;
mod decode;
mod jsonl;
mod text;
mod walk;

pub use decode::decode;
pub use jsonl::{json_article, RawLine};
pub use text::{front_matter, text_article};
pub use walk::glob_match;

use crate::model::{Article, ArticleResult};
use jsonl::JsonLines;
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

/// Largest article accepted, in bytes (larger ones are reported and skipped).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 32 * 1024 * 1024;

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
    one(text::plain("<stdin>", buf, None, max_bytes))
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
            let (files, mut notices) = walk::walk(Path::new(path), opts.glob.as_deref());
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
                let (files, _) = walk::walk(Path::new(path), opts.glob.as_deref());
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
        FileKind::Csv => csv::csv_rows(path, reader, &opts.csv, max_bytes),
        FileKind::Text => {
            let mut buf = Vec::new();
            match reader.take(max_bytes as u64 + 1).read_to_end(&mut buf) {
                Ok(_) => one(text::plain(path, buf, Some(path), max_bytes)),
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
