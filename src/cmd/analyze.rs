//! `stance analyze`: the matrix, or one record per article.
//!
//! Takes an [`AnalyzeConfig`], runs the corpus through the engine
//! ([`stance::corpus::run`]) and hands each result to the format's exporter
//! and the optional evidence and article CSVs ([`stance::report`]), then the
//! corpus matrix to the exporter's end.

use super::progress::Progress;
use super::sink::Sink;
use super::{
    distinct_outputs, nothing_analysed, prepare, report_notice, run_options, summary_line, warning,
    Outcome, Prepared,
};
use crate::cli::AnalyzeConfig;
use stance::corpus;
use stance::report::{self, Format, Matrix, ReportOptions};
use std::io::{self, IsTerminal};

pub(crate) fn run(cfg: AnalyzeConfig) -> io::Result<Outcome> {
    let Some(Prepared {
        lex,
        name,
        parties,
        issues,
    }) = prepare(
        cfg.lexicon.as_deref(),
        cfg.quiet,
        &cfg.parties,
        &cfg.filters.issues,
        cfg.threads,
    )
    else {
        return Ok(Outcome::Problems);
    };
    warn_ineffective(&cfg);
    if !distinct_outputs(&[
        ("--output", cfg.output.as_deref()),
        ("--evidence-csv", cfg.evidence_csv.as_deref()),
        ("--articles-csv", cfg.articles_csv.as_deref()),
    ]) {
        return Ok(Outcome::Problems);
    }
    let color = cfg.output.is_none()
        && io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let opts = ReportOptions {
        parties: parties.clone(),
        evidence: cfg.evidence,
        max_evidence: cfg.max_evidence,
        color,
        lexicon_name: name,
        lexicon_hash: lex.hash.clone(),
        inputs: cfg.inputs.clone(),
    };
    let keep = if cfg.format == Format::Html {
        cfg.max_evidence
            .unwrap_or(report::html::DEFAULT_HTML_EVIDENCE)
    } else if cfg.evidence && matches!(cfg.format, Format::Table | Format::Markdown | Format::Json)
    {
        cfg.max_evidence.unwrap_or(report::DEFAULT_MAX_EVIDENCE)
    } else {
        0
    };
    let mut run_opts = run_options(
        &cfg.input,
        &cfg.filters,
        keep,
        &cfg.parties,
        &parties,
        &issues,
    );
    // Past the rendering, only the evidence CSV and the kept aggregate
    // evidence read a result's evidence.
    run_opts.drop_evidence = keep == 0 && cfg.evidence_csv.is_none();
    // JSONL and CSV are per-article records: their exporters never read the
    // corpus matrix, so nothing is merged into it.
    run_opts.aggregate = !matches!(cfg.format, Format::Jsonl | Format::Csv);
    let mut sink = Sink::open(cfg.output.as_deref())?;
    let mut evidence_csv = match &cfg.evidence_csv {
        Some(p) => Some(report::EvidenceCsv::new(Sink::open(Some(p))?, &opts)?),
        None => None,
    };
    let mut articles_csv = match &cfg.articles_csv {
        Some(p) => Some(report::ArticlesCsv::new(Sink::open(Some(p))?, &opts)?),
        None => None,
    };
    let mut exporter = report::exporter(cfg.format);
    let mut errors = 0usize;
    let progress = Progress::new(cfg.quiet, &cfg.inputs, &cfg.input);
    let format = cfg.format;
    let (agg, sum) = corpus::run(
        &lex,
        &cfg.inputs,
        &run_opts,
        &|r| report::render(format, r, &opts),
        |r, rendered| {
            progress.tick();
            if let Some(e) = evidence_csv.as_mut() {
                e.article(r)?;
            }
            if let Some(a) = articles_csv.as_mut() {
                a.article(r)?;
            }
            exporter.article(&mut sink.out, rendered, &opts)
        },
        |n| {
            errors += usize::from(n.error);
            progress.suspend(|| report_notice(n, cfg.quiet));
        },
    )?;
    progress.done();
    if sum.analysed == 0 {
        return Ok(nothing_analysed(&sum, cfg.quiet));
    }
    let mut matrix = Matrix::build(&lex, &agg, &parties, &issues, sum.analysed);
    matrix.summary = sum;
    exporter.finish(&mut sink.out, &matrix, &opts)?;
    sink.commit()?;
    if let Some(e) = evidence_csv {
        e.finish()?.commit()?;
    }
    if let Some(a) = articles_csv {
        a.finish()?.commit()?;
    }
    if !cfg.quiet {
        eprintln!("{}", summary_line(&sum));
    }
    Ok(if errors > 0 {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}

/// Warns about flags that the chosen format ignores.
pub(crate) fn warn_ineffective(cfg: &AnalyzeConfig) {
    let format = match cfg.format {
        Format::Table => "table",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
        Format::Markdown => "markdown",
        Format::Html => "html",
    };
    if cfg.evidence {
        let why = match cfg.format {
            Format::Csv => Some("its rows carry no sentences; --evidence-csv FILE writes them"),
            Format::Jsonl => Some("each record holds its evidence already"),
            Format::Html => Some("the HTML report always lists the evidence"),
            _ => None,
        };
        if let Some(why) = why {
            warning(format!(
                "--evidence has no effect with --format {format} ({why})"
            ));
        }
    }
    if cfg.max_evidence.is_some() {
        match cfg.format {
            Format::Table | Format::Markdown if !cfg.evidence => warning(format!(
                "--max-evidence has no effect with --format {format} without --evidence"
            )),
            Format::Csv => warning(
                "--max-evidence has no effect with --format csv (--evidence-csv lists every sentence)",
            ),
            _ => {}
        }
    }
}
