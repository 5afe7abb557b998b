//! Reports: one exporter per output format behind [`Exporter`].
//!
//! Receives per-article [`ArticleResult`]s as they are produced and, at the
//! end, the corpus [`Matrix`] (built here, from the [`Aggregate`], so that
//! printers only print). Formats: `table` (terminal, comfy-table), `markdown`,
//! `csv` (one row per article × party × issue), `jsonl` (one object per
//! article: the contract), `json` (articles plus the aggregate) and `html`
//! (a self-contained page: matrix and evidence).

pub mod chart;
pub mod check;
mod csv;
pub mod eval;
pub mod explain;
pub mod html;
mod json;
mod markdown;
mod table;
pub mod timeline;

use crate::corpus::Summary;
use crate::lexicon::Compiled;
use crate::model::ArticleResult;
use crate::model::{Cell, Label};
use crate::scoring::{Aggregate, Quote};
use std::io::{self, Write};

pub use self::csv::{
    guard as csv_guard, ArticlesCsv, CsvExporter, EvidenceCsv, EVIDENCE_HEADER,
    HEADER as CSV_HEADER,
};
pub use self::json::{JsonExporter, JsonlExporter};
pub use self::markdown::MarkdownExporter;
pub use self::table::TableExporter;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Jsonl,
    Markdown,
    /// One self-contained HTML page: the matrix and each cell's evidence.
    Html,
}

/// What every exporter may need to know, fixed for the run.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Party ids shown as matrix columns, in order.
    pub parties: Vec<String>,
    /// Print evidence sentences under the matrix.
    pub evidence: bool,
    /// Cap on evidence items per cell in the output (`None`: all for the
    /// per-article records, [`DEFAULT_MAX_EVIDENCE`] under a matrix).
    pub max_evidence: Option<usize>,
    /// Use colour (terminal only, and not when NO_COLOR is set).
    pub color: bool,
    /// Lexicon name and content hash, recorded in outputs.
    pub lexicon_name: String,
    pub lexicon_hash: String,
    /// The inputs as given on the command line (the HTML report lists them).
    pub inputs: Vec<String>,
}

/// Evidence sentences listed per cell under a matrix (`--evidence`) when
/// `--max-evidence` is not given.
pub const DEFAULT_MAX_EVIDENCE: usize = 5;

/// Tool version recorded in outputs.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One output format.
pub trait Exporter {
    /// Writes one article's record, rendered beforehand by [`render`] (on a
    /// worker thread), in input order.
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        opts: &ReportOptions,
    ) -> io::Result<()>;
    /// Called once at the end with the corpus matrix.
    fn finish(
        &mut self,
        out: &mut dyn Write,
        matrix: &Matrix,
        opts: &ReportOptions,
    ) -> io::Result<()>;
}

/// Renders one article's record for a format: the bytes that its exporter
/// writes for it (nothing for the matrix formats). Pure, so corpus runs call
/// it on the worker threads.
pub fn render(format: Format, r: &ArticleResult, opts: &ReportOptions) -> io::Result<Vec<u8>> {
    match format {
        Format::Table | Format::Markdown | Format::Html => Ok(Vec::new()),
        Format::Csv => self::csv::render(r, opts),
        Format::Jsonl => {
            let mut v = json::render(r, opts)?;
            v.push(b'\n');
            Ok(v)
        }
        Format::Json => json::render(r, opts),
    }
}

/// Makes the exporter for a format.
pub fn exporter(format: Format) -> Box<dyn Exporter> {
    match format {
        Format::Table => Box::new(TableExporter),
        Format::Markdown => Box::new(MarkdownExporter),
        Format::Csv => Box::new(CsvExporter::default()),
        Format::Jsonl => Box::new(JsonlExporter),
        Format::Json => Box::new(JsonExporter::default()),
        Format::Html => Box::new(html::HtmlExporter),
    }
}

/// Text for XML and HTML, in an element or an attribute value: `&`, `<`,
/// `>`, `"` and `'` escaped.
pub fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// How far the parties of a row are apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Divergence {
    /// Fewer than two parties have a stance, or they agree.
    None,
    /// Stances differ, one of them mixed.
    Partial,
    /// One party supports what another opposes.
    Opposed,
}

/// One issue of the matrix.
#[derive(Debug, Clone)]
pub struct Row {
    pub issue: String,
    pub proposition: String,
    /// One entry per column party.
    pub cells: Vec<Option<Cell>>,
    /// The kept evidence of each cell, with its article (one list per
    /// column party).
    pub quotes: Vec<Vec<Quote>>,
    pub divergence: Divergence,
}

/// The party-vs-party stance matrix.
#[derive(Debug, Clone)]
pub struct Matrix {
    pub parties: Vec<String>,
    /// Display names of the parties.
    pub party_names: Vec<String>,
    pub rows: Vec<Row>,
    /// Articles aggregated.
    pub articles: usize,
    /// The run's counts (read, analysed, with stances, skipped), when known.
    pub summary: Summary,
}

impl Matrix {
    /// Builds the matrix for `parties` from an aggregate, in lexicon order.
    pub fn build(
        c: &Compiled,
        agg: &Aggregate,
        parties: &[String],
        issues: &[String],
        articles: usize,
    ) -> Matrix {
        let cells = agg.to_cells();
        let rows = c
            .lexicon
            .issues
            .iter()
            .filter(|is| issues.contains(&is.id))
            .map(|is| {
                let row: Vec<Option<Cell>> = parties
                    .iter()
                    .map(|p| {
                        cells
                            .iter()
                            .find(|x| &x.party == p && x.issue == is.id)
                            .cloned()
                    })
                    .collect();
                let labels: Vec<Label> = row.iter().flatten().map(|x| x.label).collect();
                let divergence =
                    if labels.contains(&Label::Support) && labels.contains(&Label::Oppose) {
                        Divergence::Opposed
                    } else if labels.len() >= 2 && labels.iter().any(|l| *l != labels[0]) {
                        Divergence::Partial
                    } else {
                        Divergence::None
                    };
                let quotes = parties
                    .iter()
                    .map(|p| agg.quotes(p, &is.id).to_vec())
                    .collect();
                Row {
                    issue: is.id.clone(),
                    proposition: is.proposition.clone(),
                    cells: row,
                    quotes,
                    divergence,
                }
            })
            .collect();
        let party_names = parties
            .iter()
            .map(|p| {
                c.party_index(p)
                    .map_or(p.clone(), |i| c.lexicon.parties[i].name.clone())
            })
            .collect();
        Matrix {
            parties: parties.to_vec(),
            party_names,
            rows,
            articles,
            summary: Summary::default(),
        }
    }
}

/// `▲ support +0.80 (3)`: the text of a matrix cell.
pub(crate) fn cell_text(c: &Cell) -> String {
    let mark = match c.label {
        Label::Support => "▲",
        Label::Oppose => "▼",
        Label::Mixed => "◆",
    };
    format!(
        "{mark} {} {:+.2} ({})",
        c.label.as_str(),
        c.score,
        c.evidence_count
    )
}

/// Text of the divergence column.
pub(crate) fn divergence_text(d: Divergence) -> &'static str {
    match d {
        Divergence::Opposed => "◀▶ opposed",
        Divergence::Partial => "≠ partly",
        Divergence::None => "",
    }
}

/// An evidence sentence with matched words marked «like this».
pub(crate) fn marked_sentence(e: &crate::model::Evidence) -> String {
    let mut spans: Vec<(usize, usize)> = e
        .matches
        .iter()
        .filter(|m| m.start >= e.start && m.end <= e.end)
        .map(|m| (m.start - e.start, m.end - e.start))
        .collect();
    spans.sort_unstable();
    let mut out = String::new();
    let mut pos = 0;
    for (s, t) in spans {
        if s < pos || !e.sentence.is_char_boundary(s) || !e.sentence.is_char_boundary(t) {
            continue;
        }
        out.push_str(&e.sentence[pos..s]);
        out.push('«');
        out.push_str(&e.sentence[s..t]);
        out.push('»');
        pos = t;
    }
    out.push_str(&e.sentence[pos..]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The flags of an evidence item as words.
pub(crate) fn evidence_flags(e: &crate::model::Evidence) -> String {
    let mut f = vec![format!("{} w={}", e.polarity.as_str(), e.weight)];
    if e.hedged {
        f.push("hedged".into());
    }
    if e.conditional {
        f.push("conditional".into());
    }
    if e.in_title {
        f.push("title".into());
    }
    f.join(", ")
}

/// Where a piece of evidence comes from, for a reader: `id · date · title`
/// (`undated` for an article without a date; no title when it has none).
pub(crate) fn source_line(a: &crate::scoring::Source) -> String {
    let mut s = format!("{} · {}", a.id, a.date.as_deref().unwrap_or("undated"));
    let title = a.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !title.is_empty() && title != a.id {
        s.push_str(" · ");
        s.push_str(&title);
    }
    if let Some(src) = a.source.as_deref().filter(|s| !s.is_empty()) {
        s.push_str(" (");
        s.push_str(src);
        s.push(')');
    }
    s
}

/// How many evidence sentences of a cell a matrix lists, and how many it
/// leaves out (the count is the cell's, the list is what the run kept).
pub(crate) fn shown_evidence(
    cell: &Cell,
    quotes: &[Quote],
    opts: &ReportOptions,
) -> (usize, usize) {
    let cap = opts.max_evidence.unwrap_or(DEFAULT_MAX_EVIDENCE);
    let shown = quotes.len().min(cap);
    (shown, cell.evidence_count.saturating_sub(shown))
}

/// Writes the evidence listing that follows a matrix: per cell, each kept
/// sentence with its flags and rule, then the article it comes from; a cell
/// with more sentences than shown says how many more.
pub(crate) fn write_evidence(
    out: &mut dyn Write,
    matrix: &Matrix,
    opts: &ReportOptions,
) -> io::Result<()> {
    for row in &matrix.rows {
        for ((p, cell), quotes) in matrix.parties.iter().zip(&row.cells).zip(&row.quotes) {
            let Some(cell) = cell else { continue };
            writeln!(out, "\n{p} · {} · {}", row.issue, cell_text(cell))?;
            let (shown, more) = shown_evidence(cell, quotes, opts);
            for q in &quotes[..shown] {
                let e = &q.evidence;
                writeln!(
                    out,
                    "  - [{}] {}  ({})\n    {}",
                    evidence_flags(e),
                    marked_sentence(e),
                    e.rule,
                    source_line(&q.article)
                )?;
            }
            if more > 0 {
                writeln!(out, "  … {more} more (use --max-evidence)")?;
            }
        }
    }
    Ok(())
}
