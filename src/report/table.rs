//! The terminal matrix (comfy-table): issues as rows, parties side by side.

use super::{
    cell_text, divergence_text, write_evidence, Divergence, Exporter, Matrix, ReportOptions,
};
use crate::model::Label;
use comfy_table::{presets::UTF8_FULL, Cell, Color, ContentArrangement, Table};
use std::io::{self, Write};

/// Prints the aggregate matrix as a terminal table.
pub struct TableExporter;

impl Exporter for TableExporter {
    fn article(&mut self, _: &mut dyn Write, _: &[u8], _: &ReportOptions) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, m: &Matrix, opts: &ReportOptions) -> io::Result<()> {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !opts.color {
            t.force_no_tty();
        } else {
            t.enforce_styling();
        }
        if t.width().is_none() {
            t.set_width(110);
        }
        let mut header = vec![Cell::new("Issue")];
        header.extend(m.parties.iter().zip(&m.party_names).map(|(id, name)| {
            Cell::new(if id == name {
                id.clone()
            } else {
                format!("{id}\n{name}")
            })
        }));
        header.push(Cell::new("Divergence"));
        t.set_header(header);
        for row in &m.rows {
            let mut cells = vec![Cell::new(format!("{}\n{}", row.issue, row.proposition))];
            for c in &row.cells {
                cells.push(match c {
                    None => Cell::new("–"),
                    Some(c) => {
                        let cell = Cell::new(cell_text(c));
                        if opts.color {
                            cell.fg(match c.label {
                                Label::Support => Color::Green,
                                Label::Oppose => Color::Red,
                                Label::Mixed => Color::Yellow,
                            })
                        } else {
                            cell
                        }
                    }
                });
            }
            let d = Cell::new(divergence_text(row.divergence));
            cells.push(if opts.color && row.divergence == Divergence::Opposed {
                d.fg(Color::Magenta)
            } else {
                d
            });
            t.add_row(cells);
        }
        if m.rows.is_empty() {
            writeln!(out, "(the lexicon defines no issues)")?;
        }
        writeln!(out, "{t}")?;
        writeln!(
            out,
            "{} article{}; stance {}; lexicon {} ({}); score = (support − oppose) / (support + oppose), mean over articles",
            m.articles,
            if m.articles == 1 { "" } else { "s" },
            super::VERSION,
            opts.lexicon_name,
            opts.lexicon_hash
        )?;
        if opts.evidence {
            write_evidence(out, m, opts)?;
        }
        Ok(())
    }
}
