//! The printer of `stance explain`: a text read step by step.
//!
//! Takes an [`Explanation`] (computed by [`crate::engine::explain`]) and
//! only prints it: the heading (the article, the lexicon, the date), every
//! match with its entry, the trace of the sentences read and of each
//! attribution decision with its rule, then the cells. Computes nothing.

use super::cell_text;
use crate::date::Date;
use crate::engine::{kind_name, Explanation};
use crate::lexicon::{Compiled, Kind};
use std::io::{self, Write};

/// What the report opens with.
#[derive(Debug, Clone, Copy)]
pub struct Heading<'a> {
    /// `article: ID · DATE · TITLE` when the text is an article of a file.
    pub article: Option<&'a str>,
    pub lexicon_name: &'a str,
    pub lexicon_hash: &'a str,
    /// The date the text was read with (`None`: every dated alias applies).
    pub date: Option<Date>,
}

/// Writes the explanation of `text`.
pub fn write(
    out: &mut dyn Write,
    lex: &Compiled,
    head: &Heading,
    text: &str,
    x: &Explanation,
) -> io::Result<()> {
    if let Some(h) = head.article {
        writeln!(out, "{h}")?;
    }
    writeln!(
        out,
        "lexicon: {} ({})",
        head.lexicon_name, head.lexicon_hash
    )?;
    writeln!(
        out,
        "date: {}",
        head.date
            .map_or("none (every dated alias applies)".to_string(), |d| d
                .to_string())
    )?;
    writeln!(out, "\n1. matches ({}):", x.matches.len())?;
    for m in &x.matches {
        let e = &lex.entries[m.entry as usize];
        let extra = match m.kind {
            Kind::Party { party } => format!(" → {}", lex.party_id(party as usize)),
            Kind::Issue { issue, .. } | Kind::Position { issue, .. } => {
                format!(" → {}", lex.issue_id(issue as usize))
            }
            _ => String::new(),
        };
        writeln!(
            out,
            "   {:>6}..{:<6} {:<14} \"{}\" (entry \"{}\"){extra}",
            m.start,
            m.end,
            if e.actor { "actor" } else { kind_name(m.kind) },
            &text[m.start..m.end],
            e.text
        )?;
    }
    writeln!(
        out,
        "\n2. sentences with matches, and 3. attribution decisions:"
    )?;
    for line in &x.trace {
        writeln!(out, "   {line}")?;
    }
    writeln!(out, "\n4. cells:")?;
    if x.result.cells.is_empty() {
        writeln!(out, "   (none)")?;
    }
    for c in &x.result.cells {
        writeln!(out, "   {} {} {}", c.party, c.issue, cell_text(c))?;
    }
    Ok(())
}
