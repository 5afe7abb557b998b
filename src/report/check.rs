//! The printer of `stance lexicon check`.
//!
//! Takes what loading and checking a lexicon found (a
//! [`LexiconError`], or the loaded lexicon with its warnings and the
//! failing examples from [`crate::eval::example_problems`]) and only prints
//! it: each problem as `stance: FILE:LINE:COLUMN: …` on the error stream,
//! the count of errors of a lexicon that does not load, and the one-line
//! summary of one that does; with `--corpus`, the coverage table
//! ([`write_coverage`]). Computes nothing.

use crate::eval::CoverageRow;
use crate::lexicon::{LexiconError, Loaded, Problem};
use std::io::{self, Write};

/// A lexicon that did not load: its problems, then (unless the file could
/// not even be read as text) how many are errors.
pub fn write_load_error(err: &mut dyn Write, e: &LexiconError) -> io::Result<()> {
    let problems = e.check_problems();
    write_problems(err, &e.file, &problems)?;
    if e.unread.is_none() {
        let n = problems.iter().filter(|p| p.is_error()).count();
        writeln!(
            err,
            "stance: {}: {n} error{}",
            e.file,
            if n == 1 { "" } else { "s" }
        )?;
    }
    Ok(())
}

/// Each problem of lexicon `name`, one line each.
pub fn write_problems(err: &mut dyn Write, name: &str, problems: &[Problem]) -> io::Result<()> {
    for p in problems {
        writeln!(err, "stance: {}", p.render(name))?;
    }
    Ok(())
}

/// `FILE: 3 parties, 9 issues, 1322 patterns, 20/20 examples pass, 0
/// warnings`.
pub fn write_summary(out: &mut dyn Write, l: &Loaded, failures: usize) -> io::Result<()> {
    let lex = &l.compiled.lexicon;
    writeln!(
        out,
        "{}: {} parties, {} issues, {} patterns, {}/{} examples pass, {} warning{}",
        l.name,
        lex.parties.len(),
        lex.issues.len(),
        l.compiled.entries.len(),
        lex.examples.len() - failures,
        lex.examples.len(),
        l.warnings.len(),
        if l.warnings.len() == 1 { "" } else { "s" }
    )
}

/// The coverage of `lexicon check --corpus`: a headline, every entry that
/// matched (with its matches, articles and, for a `*` entry, the words it
/// completed to), then every entry that never matched. `rows` come in the
/// order to print, each with where the entry is written.
pub fn write_coverage(
    out: &mut dyn Write,
    name: &str,
    articles: u64,
    rows: &[(Option<(usize, usize)>, CoverageRow)],
) -> io::Result<()> {
    /// Words listed per `*` entry; the rest are counted.
    const WORDS: usize = 12;
    let at = |pos: &Option<(usize, usize)>| match pos {
        Some((l, c)) => format!("{name}:{l}:{c}"),
        None => name.to_string(),
    };
    let matched = rows.iter().filter(|(_, r)| r.matches > 0).count();
    writeln!(
        out,
        "coverage of {name} on {articles} article{}: {matched} of {} entries matched",
        if articles == 1 { "" } else { "s" },
        rows.len()
    )?;
    for (pos, r) in rows.iter().filter(|(_, r)| r.matches > 0) {
        write!(
            out,
            "{}: {} \"{}\": {} match{} in {} article{}",
            at(pos),
            r.kind,
            r.entry,
            r.matches,
            if r.matches == 1 { "" } else { "es" },
            r.articles,
            if r.articles == 1 { "" } else { "s" }
        )?;
        if !r.words.is_empty() {
            let shown: Vec<String> = r
                .words
                .iter()
                .take(WORDS)
                .map(|(w, n)| format!("{w} {n}"))
                .collect();
            write!(out, ": {}", shown.join(", "))?;
            if r.words.len() > WORDS {
                write!(out, " and {} more words", r.words.len() - WORDS)?;
            }
        }
        writeln!(out)?;
    }
    let never: Vec<_> = rows.iter().filter(|(_, r)| r.matches == 0).collect();
    if !never.is_empty() {
        writeln!(out, "never matched ({} entries):", never.len())?;
        for (pos, r) in never {
            writeln!(out, "{}: {} \"{}\"", at(pos), r.kind, r.entry)?;
        }
    }
    Ok(())
}
