//! Tidy CSV: one row per article × party × issue, written with the csv crate.

use super::{Exporter, Matrix, ReportOptions};
use crate::engine::ArticleResult;
use std::io::{self, Write};

/// The CSV header.
pub const HEADER: [&str; 13] = [
    "article_id",
    "date",
    "title",
    "source",
    "party",
    "issue",
    "stance",
    "score",
    "support",
    "oppose",
    "evidence_count",
    "lexicon",
    "stance_version",
];

/// Writes one CSV row per cell of every article.
#[derive(Default)]
pub struct CsvExporter {
    started: bool,
}

fn to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Exporter for CsvExporter {
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        _: &ReportOptions,
    ) -> io::Result<()> {
        if !self.started {
            let mut w = csv::WriterBuilder::new().from_writer(&mut *out);
            w.write_record(HEADER).map_err(to_io)?;
            w.flush()?;
            self.started = true;
        }
        out.write_all(rendered)
    }

    fn finish(&mut self, out: &mut dyn Write, _: &Matrix, _: &ReportOptions) -> io::Result<()> {
        if !self.started {
            let mut w = csv::WriterBuilder::new().from_writer(out);
            w.write_record(HEADER).map_err(to_io)?;
            w.flush()?;
        }
        Ok(())
    }
}

/// One article's rows (no header).
pub fn render(r: &ArticleResult, opts: &ReportOptions) -> io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    for c in &r.cells {
        w.write_record([
            r.id.as_str(),
            r.date.as_deref().unwrap_or(""),
            r.title.as_str(),
            r.source.as_deref().unwrap_or(""),
            c.party.as_str(),
            c.issue.as_str(),
            c.label.as_str(),
            &format!("{:.4}", c.score),
            &format!("{:.4}", c.support),
            &format!("{:.4}", c.oppose),
            &c.evidence_count.to_string(),
            opts.lexicon_hash.as_str(),
            super::VERSION,
        ])
        .map_err(to_io)?;
    }
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

/// The header of `--evidence-csv`.
pub const EVIDENCE_HEADER: [&str; 12] = [
    "article_id",
    "date",
    "source",
    "party",
    "issue",
    "polarity",
    "weight",
    "hedged",
    "conditional",
    "rule",
    "matches",
    "sentence",
];

/// Writes one row per evidence sentence (for `--evidence-csv`).
pub struct EvidenceCsv<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> EvidenceCsv<W> {
    pub fn new(out: W) -> io::Result<Self> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(EVIDENCE_HEADER).map_err(to_io)?;
        Ok(EvidenceCsv { w })
    }

    pub fn article(&mut self, r: &ArticleResult) -> io::Result<()> {
        for c in &r.cells {
            for e in &c.evidence {
                let matches: Vec<&str> = e.matches.iter().map(|m| m.text.as_str()).collect();
                self.w
                    .write_record([
                        r.id.as_str(),
                        r.date.as_deref().unwrap_or(""),
                        r.source.as_deref().unwrap_or(""),
                        c.party.as_str(),
                        c.issue.as_str(),
                        e.polarity.as_str(),
                        &e.weight.to_string(),
                        if e.hedged { "true" } else { "false" },
                        if e.conditional { "true" } else { "false" },
                        e.rule.as_str(),
                        &matches.join("; "),
                        &e.sentence.split_whitespace().collect::<Vec<_>>().join(" "),
                    ])
                    .map_err(to_io)?;
            }
        }
        Ok(())
    }

    /// Flushes and returns the writer.
    pub fn finish(self) -> io::Result<W> {
        self.w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))
    }
}
