//! `stance track`: stances over time.
//!
//! Takes a [`TrackConfig`], adds each result (analysed here, or read back
//! from `analyze --format jsonl` shards) to a [`stance::track::Timeline`],
//! ranks the shifts and hands timeline and shifts to the printers of
//! [`stance::report::timeline`], [`stance::report::html`] and the SVG chart.

use super::progress::Progress;
use super::sink::Sink;
use super::{
    distinct_outputs, nothing_analysed, prepare, report_notice, run_options, summary_line, warning,
    Outcome, Prepared,
};
use crate::cli::{self, TrackConfig};
use stance::corpus;
use stance::report;
use std::io;

pub(crate) fn run(cfg: TrackConfig) -> io::Result<Outcome> {
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
    if cfg.top_given && cfg.format == cli::TrackFormat::Csv {
        warning("--top has no effect with --format csv (the series lists no shifts)");
    }
    if !distinct_outputs(&[
        ("--output", cfg.output.as_deref()),
        ("--chart", cfg.chart.as_deref()),
    ]) {
        return Ok(Outcome::Problems);
    }
    // Opened before the run, so that a path that cannot be written is
    // reported before any reading.
    let mut chart_sink = match &cfg.chart {
        Some(p) => Some(Sink::open(Some(p))?),
        None => None,
    };
    let mut sink = Sink::open(cfg.output.as_deref())?;
    let run_opts = run_options(&cfg.input, &cfg.filters, 0, &cfg.parties, &parties, &issues);
    let mut timeline = stance::track::Timeline::new(cfg.by);
    if cfg.format == cli::TrackFormat::Html {
        // What drives each shift, shown in the report.
        timeline.keep_evidence = 2;
    }
    let mut errors = 0usize;
    let progress = Progress::new(cfg.quiet, &cfg.inputs, &cfg.input);
    let (_, sum) = corpus::run(
        &lex,
        &cfg.inputs,
        &run_opts,
        &|_| Ok(Vec::new()),
        |r, _| {
            let group = if cfg.group_by_source {
                r.source.as_deref().unwrap_or("unknown")
            } else {
                "all"
            };
            timeline.add(r, group);
            progress.tick();
            Ok::<(), io::Error>(())
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
    let propositions = issues
        .iter()
        .map(|id| {
            lex.lexicon
                .issues
                .iter()
                .find(|x| &x.id == id)
                .map_or_else(String::new, |x| x.proposition.clone())
        })
        .collect();
    let view = report::timeline::TrackView {
        parties,
        issues,
        propositions,
        lexicon_hash: lex.hash.clone(),
    };
    let shifts: Vec<_> = timeline
        .shifts(usize::MAX)
        .into_iter()
        .filter(|s| view.parties.contains(&s.party) && view.issues.contains(&s.issue))
        .take(cfg.top)
        .collect();
    if let Some(mut chart) = chart_sink.take() {
        let meta = report::chart::Meta {
            version: report::VERSION,
            lexicon: &lex.hash,
        };
        report::chart::write_svg(&mut chart.out, &view.chart(&timeline), &meta)?;
        chart.commit()?;
    }
    match cfg.format {
        cli::TrackFormat::Table => {
            report::timeline::write_table(&mut sink.out, &timeline, &view, &shifts)?
        }
        cli::TrackFormat::Csv => {
            report::timeline::write_csv(&mut sink.out, &timeline, &view, cfg.group_by_source)?
        }
        cli::TrackFormat::Json => {
            report::timeline::write_json(&mut sink.out, &timeline, &view, &shifts)?
        }
        cli::TrackFormat::Html => {
            let info = report::html::TrackInfo {
                lexicon_name: &name,
                lexicon_hash: &lex.hash,
                inputs: &cfg.inputs,
                summary: &sum,
            };
            report::html::write_track(&mut sink.out, &timeline, &view, &shifts, &info)?
        }
    }
    sink.commit()?;
    if !cfg.quiet {
        eprintln!("{}", summary_line(&sum));
    }
    Ok(if errors > 0 {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}
