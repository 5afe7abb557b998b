//! The commands of the binary, one file each, and what they share.
//!
//! Each command takes its resolved options from [`crate::cli`] and returns
//! an [`Outcome`] (or an I/O error) that `main` turns into the exit code.
//! This file holds what several commands need: the `stance: error: …` and
//! `stance: warning: …` lines, loading the lexicon with its messages, the
//! checks of `--parties`/`--issues` and output paths, the run options and
//! the summary line. Output goes through [`sink`], progress through
//! [`progress`]; the printers themselves are the library's
//! ([`stance::report`]).

pub(crate) mod analyze;
pub(crate) mod eval;
pub(crate) mod explain;
pub(crate) mod lexicon;
pub(crate) mod progress;
pub(crate) mod sink;
pub(crate) mod track;

use crate::cli;
use stance::corpus::{self, RunOptions};
use stance::input::Notice;
use stance::lexicon::{Compiled, LexiconError};
use std::io;
use std::path::Path;
use std::process::ExitCode;

/// How a command ended.
pub(crate) enum Outcome {
    Ok,
    /// Finished, but something was wrong (exit code 2).
    Problems,
}

impl Outcome {
    /// 0 for success, 2 for problems; a closed pipe (`stance … | head`) is
    /// success ([`sink::closed_pipe`]), any other I/O error is reported and
    /// is 2.
    pub(crate) fn exit_code(result: io::Result<Outcome>) -> ExitCode {
        match result {
            Ok(Outcome::Ok) => ExitCode::SUCCESS,
            Ok(Outcome::Problems) => ExitCode::from(2),
            Err(e) if sink::closed_pipe(&e) => ExitCode::SUCCESS,
            Err(e) => {
                error(stance::io_reason(&e));
                ExitCode::from(2)
            }
        }
    }
}

/// `stance: error: …` on standard error.
pub(crate) fn error(message: impl std::fmt::Display) {
    eprintln!("stance: error: {message}");
}

/// `stance: warning: …` on standard error.
pub(crate) fn warning(message: impl std::fmt::Display) {
    eprintln!("stance: warning: {message}");
}

/// `1 article`, `2 articles`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Refuses output paths that name the same file twice (`-o x.csv
/// --evidence-csv x.csv`): the second would overwrite the first.
pub(crate) fn distinct_outputs(paths: &[(&str, Option<&Path>)]) -> bool {
    let key = |p: &Path| {
        let dir = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        dir.join(p.file_name().unwrap_or_default())
    };
    let given: Vec<(&str, &Path)> = paths
        .iter()
        .filter_map(|(flag, p)| p.map(|p| (*flag, p)))
        .collect();
    for (i, (a, pa)) in given.iter().enumerate() {
        for (b, pb) in &given[i + 1..] {
            // Devices (/dev/null) may be named twice.
            if (pa.is_file() || !pa.exists()) && key(pa) == key(pb) {
                error(format!(
                    "{a} and {b} both name {}: give each output its own file",
                    pa.display()
                ));
                return false;
            }
        }
    }
    true
}

/// A run that analysed no article prints no empty report: it says why and
/// ends with exit code 2.
pub(crate) fn nothing_analysed(sum: &corpus::Summary, quiet: bool) -> Outcome {
    if !quiet {
        eprintln!("{}", summary_line(sum));
    }
    let why = if sum.read == 0 {
        "the inputs hold no article".to_string()
    } else if sum.filtered > 0 && sum.filtered + sum.skipped == sum.read {
        format!(
            "{} outside --since/--until",
            plural(sum.filtered, "article is", "articles are")
        )
    } else {
        format!(
            "{} skipped, see above",
            plural(sum.skipped, "input", "inputs")
        )
    };
    error(format!("no article analysed ({why}): nothing written"));
    Outcome::Problems
}

/// Loads the lexicon, printing warnings; `None` when it has errors (printed).
pub(crate) fn load_lexicon(path: Option<&Path>, quiet: bool) -> Option<(Compiled, String)> {
    match stance::lexicon::load(path) {
        Ok((c, warnings, name)) => {
            if !quiet {
                for w in warnings {
                    eprintln!("stance: {}", w.render(&name));
                }
            }
            Some((c, name))
        }
        Err(LexiconError { file, problems, .. }) => {
            for p in problems {
                eprintln!("stance: {}", p.render(&file));
            }
            None
        }
    }
}

pub(crate) fn report_notice(n: &Notice, quiet: bool) {
    if n.error || !quiet {
        eprintln!("{}", n.render());
    }
}

/// Run options from the command's input and filter options. Cells are
/// filtered by party only when `--parties` was given.
pub(crate) fn run_options(
    input: &stance::input::InputOptions,
    f: &cli::Filters,
    keep_evidence: usize,
    asked_parties: &[String],
    parties: &[String],
    issues: &[String],
) -> RunOptions {
    RunOptions {
        input: input.clone(),
        keep_evidence,
        since: f.since,
        until: f.until,
        dedupe: f.dedupe,
        filter: corpus::CellFilter {
            parties: (!asked_parties.is_empty()).then(|| parties.to_vec()),
            issues: (!f.issues.is_empty()).then(|| issues.to_vec()),
            min_evidence: f.min_evidence,
        },
        ..RunOptions::default()
    }
}

/// The end-of-run summary: read = analysed + skipped.
pub(crate) fn summary_line(sum: &corpus::Summary) -> String {
    format!(
        "stance: {} read, {} analysed, {} with stances, {} skipped{}{}{}",
        plural(sum.read, "article", "articles"),
        sum.analysed,
        sum.with_stances,
        sum.skipped,
        if sum.filtered > 0 {
            format!(", {} outside the dates", sum.filtered)
        } else {
            String::new()
        },
        if sum.duplicates > 0 {
            format!(", {} duplicates dropped", sum.duplicates)
        } else {
            String::new()
        },
        if sum.ignored_files > 0 {
            format!(
                "; {} ignored",
                plural(sum.ignored_files, "other file", "other files")
            )
        } else {
            String::new()
        }
    )
}

/// Checks party ids against the lexicon; all of them when `wanted` is empty.
pub(crate) fn pick_ids(
    flag: &str,
    noun: &str,
    wanted: &[String],
    defined: Vec<String>,
) -> Option<Vec<String>> {
    if wanted.is_empty() {
        return Some(defined);
    }
    if let Some(bad) = wanted.iter().find(|p| !defined.contains(p)) {
        error(format!(
            "--{flag}: unknown {noun} `{bad}` (the lexicon defines {})",
            defined.join(", ")
        ));
        return None;
    }
    Some(wanted.to_vec())
}

/// What `analyze` and `track` need before reading: the lexicon, the
/// checked party and issue ids, the thread pool.
pub(crate) struct Prepared {
    lex: Compiled,
    name: String,
    parties: Vec<String>,
    issues: Vec<String>,
}

pub(crate) fn prepare(
    lexicon: Option<&Path>,
    quiet: bool,
    parties: &[String],
    issues: &[String],
    threads: Option<usize>,
) -> Option<Prepared> {
    let (lex, name) = load_lexicon(lexicon, quiet)?;
    let parties = pick_ids(
        "parties",
        "party",
        parties,
        lex.lexicon.parties.iter().map(|p| p.id.clone()).collect(),
    )?;
    let issues = pick_ids(
        "issues",
        "issue",
        issues,
        lex.lexicon.issues.iter().map(|p| p.id.clone()).collect(),
    )?;
    if let Some(n) = threads {
        // Only fails when a pool already exists, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    Some(Prepared {
        lex,
        name,
        parties,
        issues,
    })
}
