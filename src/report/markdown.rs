//! The matrix as a Markdown table (for reports and issues).

use super::{cell_text, divergence_text, write_evidence, Exporter, Matrix, ReportOptions};
use std::io::{self, Write};

/// Prints the aggregate matrix as Markdown.
pub struct MarkdownExporter;

fn esc(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl Exporter for MarkdownExporter {
    fn article(&mut self, _: &mut dyn Write, _: &[u8], _: &ReportOptions) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, m: &Matrix, opts: &ReportOptions) -> io::Result<()> {
        write!(out, "| Issue |")?;
        for p in &m.parties {
            write!(out, " {} |", esc(p))?;
        }
        writeln!(out, " Divergence |")?;
        write!(out, "|---|")?;
        for _ in &m.parties {
            write!(out, "---|")?;
        }
        writeln!(out, "---|")?;
        for row in &m.rows {
            write!(out, "| **{}** {} |", esc(&row.issue), esc(&row.proposition))?;
            for c in &row.cells {
                write!(out, " {} |", c.as_ref().map_or("–".to_string(), cell_text))?;
            }
            writeln!(out, " {} |", divergence_text(row.divergence))?;
        }
        writeln!(
            out,
            "\n{} article(s); lexicon {} ({}).",
            m.articles,
            esc(&opts.lexicon_name),
            opts.lexicon_hash
        )?;
        if opts.evidence {
            write_evidence(out, m, opts)?;
        }
        Ok(())
    }
}
