//! Reports: one exporter per output format behind [`Exporter`].
//!
//! Receives per-article [`ArticleResult`]s as they are produced and, at the
//! end, the corpus [`Matrix`] (built here, from the [`Aggregate`], so that
//! printers only print). Formats: `table` (terminal, comfy-table), `markdown`,
//! `csv` (one row per article × party × issue), `jsonl` (one object per
//! article: the contract) and `json` (articles plus the aggregate).

mod csv;
pub mod eval;
mod json;
mod markdown;
mod table;
pub mod timeline;

use crate::engine::ArticleResult;
use crate::lexicon::Compiled;
use crate::scoring::{Aggregate, Cell, Label};
use std::io::{self, Write};

pub use self::csv::{CsvExporter, EvidenceCsv};
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
}

/// What every exporter may need to know, fixed for the run.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Party ids shown as matrix columns, in order.
    pub parties: Vec<String>,
    /// Print evidence sentences under the matrix.
    pub evidence: bool,
    /// Cap on evidence items per cell in the output (`None`: all).
    pub max_evidence: Option<usize>,
    /// Use colour (terminal only, and not when NO_COLOR is set).
    pub color: bool,
    /// Lexicon name and content hash, recorded in outputs.
    pub lexicon_name: String,
    pub lexicon_hash: String,
}

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
        Format::Table | Format::Markdown => Ok(Vec::new()),
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
    }
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
                Row {
                    issue: is.id.clone(),
                    proposition: is.proposition.clone(),
                    cells: row,
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
        }
    }
}

/// `▲ support +0.80 (3)`: the text of a matrix cell.
pub fn cell_text(c: &Cell) -> String {
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
pub fn divergence_text(d: Divergence) -> &'static str {
    match d {
        Divergence::Opposed => "◀▶ opposed",
        Divergence::Partial => "≠ partly",
        Divergence::None => "",
    }
}

/// An evidence sentence with matched words marked «like this».
pub fn marked_sentence(e: &crate::scoring::Evidence) -> String {
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
pub fn evidence_flags(e: &crate::scoring::Evidence) -> String {
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

/// Writes the evidence listing that follows a matrix.
pub fn write_evidence(
    out: &mut dyn Write,
    matrix: &Matrix,
    opts: &ReportOptions,
) -> io::Result<()> {
    for row in &matrix.rows {
        for (p, cell) in matrix.parties.iter().zip(&row.cells) {
            let Some(cell) = cell else { continue };
            writeln!(out, "\n{p} · {} · {}", row.issue, cell_text(cell))?;
            let n = opts.max_evidence.unwrap_or(usize::MAX);
            for e in cell.evidence.iter().take(n) {
                writeln!(
                    out,
                    "  - [{}] {}  ({})",
                    evidence_flags(e),
                    marked_sentence(e),
                    e.rule
                )?;
            }
        }
    }
    Ok(())
}
