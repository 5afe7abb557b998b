//! Tidy CSV: one row per article × party × issue, written with the csv crate.

use super::{Exporter, Matrix, ReportOptions};
use crate::engine::ArticleResult;
use std::io::{self, Write};

/// The CSV header.
pub const HEADER: [&str; 11] = [
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
        r: &ArticleResult,
        _: &ReportOptions,
    ) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new().from_writer(out);
        if !self.started {
            w.write_record(HEADER).map_err(to_io)?;
            self.started = true;
        }
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
            ])
            .map_err(to_io)?;
        }
        w.flush()
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
