//! Tidy CSV: one row per article × party × issue, written with the csv crate;
//! `--evidence-csv` (one row per evidence sentence) and `--articles-csv` (one
//! row per article analysed, with or without a stance).
//!
//! Every text cell goes through [`guard`]: one that a spreadsheet would take
//! for a formula is written with a leading apostrophe.

use super::{Exporter, Matrix, ReportOptions};
use crate::model::ArticleResult;
use std::borrow::Cow;
use std::io::{self, Write};

/// A text cell as written to CSV. A cell whose first character is `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be read as a formula by
/// LibreOffice or Excel ("CSV injection"), so it gets a leading apostrophe
/// `'` (`=HYPERLINK(…)` is written `'=HYPERLINK(…)`); every other cell is
/// written as it is. Numbers are never guarded: a score of `-0.5000` stays a
/// number.
pub fn guard(s: &str) -> Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

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
            &*guard(&r.id),
            r.date.as_deref().unwrap_or(""),
            &*guard(&r.title),
            &*guard(r.source.as_deref().unwrap_or("")),
            &*guard(&c.party),
            &*guard(&c.issue),
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

/// The header of `--evidence-csv`. `start` and `end` are the byte offsets
/// of the sentence in the article's text (end exclusive), as in the JSONL
/// evidence, or in its title when `in_title` is true; `sentence` is the
/// sentence with white space collapsed.
pub const EVIDENCE_HEADER: [&str; 18] = [
    "article_id",
    "date",
    "title",
    "source",
    "party",
    "issue",
    "polarity",
    "weight",
    "hedged",
    "conditional",
    "rule",
    "matches",
    "start",
    "end",
    "in_title",
    "sentence",
    "lexicon",
    "stance_version",
];

/// Writes one row per evidence sentence (for `--evidence-csv`).
pub struct EvidenceCsv<W: Write> {
    w: csv::Writer<W>,
    lexicon: String,
}

impl<W: Write> EvidenceCsv<W> {
    pub fn new(out: W, opts: &ReportOptions) -> io::Result<Self> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(EVIDENCE_HEADER).map_err(to_io)?;
        Ok(EvidenceCsv {
            w,
            lexicon: opts.lexicon_hash.clone(),
        })
    }

    pub fn article(&mut self, r: &ArticleResult) -> io::Result<()> {
        for c in &r.cells {
            for e in &c.evidence {
                let matches: Vec<&str> = e.matches.iter().map(|m| m.text.as_str()).collect();
                self.w
                    .write_record([
                        &*guard(&r.id),
                        r.date.as_deref().unwrap_or(""),
                        &*guard(&r.title),
                        &*guard(r.source.as_deref().unwrap_or("")),
                        &*guard(&c.party),
                        &*guard(&c.issue),
                        e.polarity.as_str(),
                        &e.weight.to_string(),
                        if e.hedged { "true" } else { "false" },
                        if e.conditional { "true" } else { "false" },
                        e.rule.as_str(),
                        &*guard(&matches.join("; ")),
                        &e.start.to_string(),
                        &e.end.to_string(),
                        if e.in_title { "true" } else { "false" },
                        &*guard(&e.sentence.split_whitespace().collect::<Vec<_>>().join(" ")),
                        &self.lexicon,
                        super::VERSION,
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

/// The header of `--articles-csv`: every article analysed, `stances` the
/// number of (party, issue) cells it has (0: no stance found),
/// `evidence_count` their evidence sentences.
pub const ARTICLES_HEADER: [&str; 8] = [
    "article_id",
    "date",
    "title",
    "source",
    "stances",
    "evidence_count",
    "lexicon",
    "stance_version",
];

/// Writes one row per article analysed (for `--articles-csv`): the
/// denominator of the per-cell CSV, which has rows only for stances.
pub struct ArticlesCsv<W: Write> {
    w: csv::Writer<W>,
    lexicon: String,
}

impl<W: Write> ArticlesCsv<W> {
    pub fn new(out: W, opts: &ReportOptions) -> io::Result<Self> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(ARTICLES_HEADER).map_err(to_io)?;
        Ok(ArticlesCsv {
            w,
            lexicon: opts.lexicon_hash.clone(),
        })
    }

    pub fn article(&mut self, r: &ArticleResult) -> io::Result<()> {
        let evidence: usize = r.cells.iter().map(|c| c.evidence_count).sum();
        self.w
            .write_record([
                &*guard(&r.id),
                r.date.as_deref().unwrap_or(""),
                &*guard(&r.title),
                &*guard(r.source.as_deref().unwrap_or("")),
                &r.cells.len().to_string(),
                &evidence.to_string(),
                &self.lexicon,
                super::VERSION,
            ])
            .map_err(to_io)
    }

    /// Flushes and returns the writer.
    pub fn finish(self) -> io::Result<W> {
        self.w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn formula_starts_are_guarded_and_nothing_else() {
        let table = [
            ("=1+1", "'=1+1"),
            ("+33 1 23", "'+33 1 23"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("a=1", "a=1"),
            (" =1", " =1"),
            ("'quoted", "'quoted"),
            ("", ""),
            ("Trump cancels summit", "Trump cancels summit"),
        ];
        for (input, want) in table {
            assert_eq!(guard(input), want, "{input:?}");
        }
    }
}
