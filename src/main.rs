//! The `stance` binary: glue between the command line and the library.
//! Parses options once into a [`cli::Config`], runs the command, and maps
//! the outcome to an exit code (0 success, 2 any lexicon or input error; a
//! closed pipe is not an error).

mod cli;

/// mimalloc: the analysis allocates many small, short-lived values per
/// sentence on every worker thread, where glibc's allocator spent a fifth of
/// the run (BENCHMARKS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::{AnalyzeConfig, Config};
use stance::corpus::{self, RunOptions};
use stance::date::Date;
use stance::engine::{self, kind_name};
use stance::input::Notice;
use stance::lexicon::{self, Compiled, LexiconError};
use stance::report::{self, Format, Matrix, ReportOptions};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How a command ended.
enum Outcome {
    Ok,
    /// Finished, but something was wrong (exit code 2).
    Problems,
}

/// The temporary files of this run's outputs, removed if a signal ends it.
static TEMPS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Ctrl-C (SIGINT) or SIGTERM: remove the temporary output files (a file
/// being replaced stays as it was) and end with 128 + the signal number
/// (130, 143), as a shell reports it.
fn watch_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    let temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
                    for t in temps.iter() {
                        let _ = std::fs::remove_file(t);
                    }
                    std::process::exit(128 + sig);
                }
            });
        }
    }
}

fn main() -> ExitCode {
    let config = cli::parse();
    watch_signals();
    let result = match config {
        Config::Analyze(a) => analyze(*a),
        Config::Track(t) => track(*t),
        Config::Explain {
            input,
            id,
            lexicon,
            date,
            read,
        } => explain(
            &input,
            id.as_deref(),
            &read,
            lexicon.as_deref(),
            date.as_deref(),
        ),
        Config::Eval(e) => eval(&e),
        Config::LexiconCheck { file } => lexicon_check(&file),
        Config::LexiconShow { grammar: false } => {
            write_stdout(lexicon::DEFAULT_YAML.as_bytes()).map(|_| Outcome::Ok)
        }
        Config::LexiconShow { grammar: true } => match default_grammar_yaml() {
            Ok(y) => write_stdout(y.as_bytes()).map(|_| Outcome::Ok),
            Err(e) => {
                error(e);
                Ok(Outcome::Problems)
            }
        },
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(2),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            error(stance::io_reason(&e));
            ExitCode::from(2)
        }
    }
}

/// `stance: error: …` on standard error.
fn error(message: impl std::fmt::Display) {
    eprintln!("stance: error: {message}");
}

/// `stance: warning: …` on standard error.
fn warning(message: impl std::fmt::Display) {
    eprintln!("stance: warning: {message}");
}

/// `1 article`, `2 articles`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Refuses output paths that name the same file twice (`-o x.csv
/// --evidence-csv x.csv`): the second would overwrite the first.
fn distinct_outputs(paths: &[(&str, Option<&Path>)]) -> bool {
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
fn nothing_analysed(sum: &corpus::Summary, quiet: bool) -> Outcome {
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

/// The default grammar lists as a lexicon's `grammar:` section. They are
/// read from the engine's own resolved grammar (its debug form is a YAML
/// flow mapping), and only the lists a lexicon may set are kept, so the
/// output follows the engine as lists are added.
fn default_grammar_yaml() -> Result<String, String> {
    let resolved = format!("{:?}", lexicon::Grammar::default().resolved());
    let flow = resolved
        .split_once(' ')
        .map_or(resolved.as_str(), |(_, rest)| rest);
    let all: serde_yaml::Mapping =
        serde_yaml::from_str(flow).map_err(|e| format!("cannot list the default grammar: {e}"))?;
    let mut settable = serde_yaml::Mapping::new();
    for (k, v) in all {
        let mut one = serde_yaml::Mapping::new();
        one.insert(k.clone(), v.clone());
        if serde_yaml::from_value::<lexicon::Grammar>(serde_yaml::Value::Mapping(one)).is_ok() {
            settable.insert(k, v);
        }
    }
    let mut doc = serde_yaml::Mapping::new();
    doc.insert("grammar".into(), serde_yaml::Value::Mapping(settable));
    let body = serde_yaml::to_string(&doc).map_err(|e| e.to_string())?;
    Ok(format!(
        "# The default grammar: the English function words that attribution uses.\n\
         # A lexicon may set any of these lists under `grammar:`; each list it\n\
         # leaves out is the one below. Copy a list to change it.\n{body}"
    ))
}

fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// Loads the lexicon, printing warnings; `None` when it has errors (printed).
fn load_lexicon(path: Option<&Path>, quiet: bool) -> Option<(Compiled, String)> {
    match lexicon::load(path) {
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

/// Where output goes: standard output, or a temporary file renamed into
/// place when everything has been written.
struct Sink {
    out: Box<dyn Write>,
    target: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    fn open(path: Option<&Path>) -> io::Result<Sink> {
        match path {
            None => Ok(Sink {
                out: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
                target: None,
            }),
            // A device or pipe (/dev/null, /dev/full, a FIFO): written
            // directly, never replaced.
            Some(p) if p.exists() && !p.is_file() => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .map_err(|e| {
                        io::Error::new(
                            e.kind(),
                            format!("cannot write {}: {}", p.display(), stance::io_reason(&e)),
                        )
                    })?;
                Ok(Sink {
                    out: Box::new(io::BufWriter::new(f)),
                    target: None,
                })
            }
            Some(p) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "output".into());
                let tmp = dir.join(format!(".{name}.stance-{}.tmp", std::process::id()));
                let f = std::fs::File::create(&tmp).map_err(|e| {
                    io::Error::new(
                        e.kind(),
                        format!("cannot write {}: {}", p.display(), stance::io_reason(&e)),
                    )
                })?;
                TEMPS
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(tmp.clone());
                Ok(Sink {
                    out: Box::new(io::BufWriter::new(f)),
                    target: Some((tmp, p.to_path_buf())),
                })
            }
        }
    }

    fn commit(mut self) -> io::Result<()> {
        self.out.flush()?;
        self.out = Box::new(io::sink()); // closes the file
        if let Some((tmp, dest)) = self.target.take() {
            let renamed = std::fs::rename(&tmp, &dest);
            forget_temp(&tmp);
            renamed.map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io::Error::new(
                    e.kind(),
                    format!("cannot write {}: {}", dest.display(), stance::io_reason(&e)),
                )
            })?;
        }
        Ok(())
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The file is no longer this run's to remove on a signal.
fn forget_temp(tmp: &Path) {
    TEMPS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|t| t != tmp);
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some((tmp, _)) = &self.target {
            let _ = std::fs::remove_file(tmp);
            forget_temp(tmp);
        }
    }
}

fn report_notice(n: &Notice, quiet: bool) {
    if n.error || !quiet {
        eprintln!("{}", n.render());
    }
}

fn analyze(cfg: AnalyzeConfig) -> io::Result<Outcome> {
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
fn warn_ineffective(cfg: &AnalyzeConfig) {
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

/// Run options from the command's input and filter options. Cells are
/// filtered by party only when `--parties` was given.
fn run_options(
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

/// Progress on standard error: only on a terminal, only without `--quiet`,
/// and only once a run has lasted a second. Reading files of known size, a
/// bar with the bytes read of the total, the percentage, the rates (MB/s,
/// articles/s, rounded) and the time left; reading standard input, a
/// spinner with the count and the rate.
struct Progress {
    enabled: bool,
    start: std::time::Instant,
    /// Bytes of the input files (`None`: standard input is one of them).
    total: Option<u64>,
    /// Input bytes already read when the run started (earlier runs in this
    /// process), so that only this run's count.
    base: u64,
    count: std::cell::Cell<u64>,
    last: std::cell::Cell<std::time::Instant>,
    bar: std::cell::OnceCell<indicatif::ProgressBar>,
    /// How long a run lasts before the display appears: one second, or
    /// `STANCE_PROGRESS_DELAY_MS` (so that a test need not be slow).
    delay: std::time::Duration,
}

/// `12.3 MB/s`, `850 kB/s`: a rounded rate.
fn rate_text(bytes_per_sec: f64) -> String {
    if bytes_per_sec >= 1e6 {
        format!("{:.1} MB/s", bytes_per_sec / 1e6)
    } else {
        format!("{:.0} kB/s", bytes_per_sec / 1e3)
    }
}

/// `3 s`, `2 min 5 s`, `1 h 4 min`.
fn duration_text(secs: f64) -> String {
    let s = secs.round() as u64;
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{} min {} s", s / 60, s % 60)
    } else {
        format!("{} h {} min", s / 3600, (s % 3600) / 60)
    }
}

/// The progress line: what is done, the rates and the time left.
fn progress_text(articles: u64, bytes: Option<(u64, u64)>, elapsed: f64) -> String {
    let per_sec = |n: f64| n / elapsed.max(1e-3);
    let arts = format!(
        "{}, {:.0}/s",
        plural(articles as usize, "article", "articles"),
        per_sec(articles as f64)
    );
    match bytes {
        None => format!("{arts}, {elapsed:.0} s"),
        Some((done, total)) => {
            let done = done.min(total);
            let pct = if total == 0 {
                100.0
            } else {
                100.0 * done as f64 / total as f64
            };
            let rate = per_sec(done as f64);
            let left = if rate > 0.0 {
                duration_text((total - done) as f64 / rate)
            } else {
                "?".into()
            };
            format!(
                "{pct:3.0}% {:.1}/{:.1} MB, {} · {arts} · {left} left",
                done as f64 / 1e6,
                total as f64 / 1e6,
                rate_text(rate)
            )
        }
    }
}

impl Progress {
    fn new(quiet: bool, inputs: &[String], read: &stance::input::InputOptions) -> Progress {
        let enabled = !quiet && io::stderr().is_terminal();
        Progress {
            enabled,
            start: std::time::Instant::now(),
            total: if enabled {
                stance::input::total_size(inputs, read)
            } else {
                None
            },
            base: stance::input::file_bytes_read(),
            count: 0.into(),
            last: std::cell::Cell::new(std::time::Instant::now()),
            bar: Default::default(),
            delay: std::time::Duration::from_millis(
                std::env::var("STANCE_PROGRESS_DELAY_MS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1000),
            ),
        }
    }

    fn tick(&self) {
        self.count.set(self.count.get() + 1);
        if !self.enabled {
            return;
        }
        let now = std::time::Instant::now();
        if self.bar.get().is_none() && self.start.elapsed() >= self.delay {
            let bar = match self.total {
                Some(total) => {
                    let b = indicatif::ProgressBar::new(total);
                    b.set_style(
                        indicatif::ProgressStyle::with_template("{bar:12} {msg}")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                    );
                    b
                }
                None => {
                    let b = indicatif::ProgressBar::new_spinner();
                    b.set_style(
                        indicatif::ProgressStyle::with_template("{spinner} {msg}")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                    );
                    b.enable_steady_tick(std::time::Duration::from_millis(120));
                    b
                }
            };
            let _ = self.bar.set(bar);
            self.last.set(now - std::time::Duration::from_secs(1));
        }
        if let Some(b) = self.bar.get() {
            // A few updates a second are enough.
            if now.duration_since(self.last.get()).as_millis() >= 200 {
                self.last.set(now);
                let done = stance::input::file_bytes_read() - self.base;
                if self.total.is_some() {
                    b.set_position(done);
                }
                b.set_message(progress_text(
                    self.count.get(),
                    self.total.map(|t| (done, t)),
                    self.start.elapsed().as_secs_f64(),
                ));
            }
        }
    }

    fn suspend(&self, f: impl FnOnce()) {
        match self.bar.get() {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    fn done(&self) {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
    }
}

/// The end-of-run summary: read = analysed + skipped.
fn summary_line(sum: &corpus::Summary) -> String {
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
fn pick_ids(
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
struct Prepared {
    lex: Compiled,
    name: String,
    parties: Vec<String>,
    issues: Vec<String>,
}

fn prepare(
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

fn track(cfg: cli::TrackConfig) -> io::Result<Outcome> {
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

/// Does `s` name a file rather than hold a sentence: one word with a path
/// separator or a file extension that `stance` reads?
fn looks_like_path(s: &str) -> bool {
    const EXT: &[&str] = &[".txt", ".md", ".jsonl", ".ndjson", ".csv", ".gz", ".json"];
    let s = s.trim();
    !s.is_empty()
        && !s.contains(char::is_whitespace)
        && (s.contains('/') || EXT.iter().any(|e| s.to_ascii_lowercase().ends_with(e)))
}

/// The article of `path` to explain: the one with `id`, or the only one.
/// Reads as `analyze` does (front matter, JSONL, CSV, gzip).
fn pick_article(
    path: &str,
    id: Option<&str>,
    read: &stance::input::InputOptions,
) -> Result<stance::Article, String> {
    use stance::input::Item;
    let mut ids = Vec::new();
    let mut found = None;
    let mut count = 0usize;
    for item in stance::input::read(path, read) {
        let item = match item {
            Item::Line(raw) => raw.parse(),
            other => other,
        };
        match item {
            Item::Article(a, notices) => {
                for n in &notices {
                    eprintln!("{}", n.render());
                }
                count += 1;
                if ids.len() < 5 {
                    ids.push(a.id.clone());
                }
                if id.is_none_or(|want| a.id == want) && found.is_none() {
                    found = Some(*a);
                    if id.is_some() {
                        break;
                    }
                }
            }
            Item::Skipped(n) => eprintln!("{}", n.render()),
            Item::Result(..) => {
                return Err(format!(
                    "{path} holds results of `stance analyze`, not articles: explain the corpus they came from"
                ))
            }
            Item::Ignored(p) => return Err(format!("{p}: not an article file")),
            Item::Line(_) => {}
        }
    }
    let more = if count > ids.len() { ", …" } else { "" };
    match (found, id) {
        (Some(a), Some(_)) => Ok(a),
        (Some(a), None) if count == 1 => Ok(a),
        (Some(_), None) => Err(format!(
            "{path} holds {count} articles: choose one with --id ID (ids: {}{more})",
            ids.join(", ")
        )),
        (None, Some(want)) => Err(format!(
            "{path}: no article with id `{want}`{}",
            if ids.is_empty() {
                String::new()
            } else {
                format!(" (ids: {}{more})", ids.join(", "))
            }
        )),
        (None, None) => Err(format!("{path}: no article to explain")),
    }
}

fn explain(
    input: &str,
    id: Option<&str>,
    read: &stance::input::InputOptions,
    lexicon_path: Option<&Path>,
    date: Option<&str>,
) -> io::Result<Outcome> {
    let Some((lex, name)) = load_lexicon(lexicon_path, false) else {
        return Ok(Outcome::Problems);
    };
    let date = match date {
        None => None,
        Some(d) => match Date::parse(d) {
            Some(d) => Some(d),
            None => {
                error(format!("--date: \"{d}\" is not a date (write YYYY-MM-DD)"));
                return Ok(Outcome::Problems);
            }
        },
    };
    let path = Path::new(input);
    let (text, article_date, heading) = if path.is_dir() {
        error(format!(
            "{input} is a directory: explain reads one file (pick an article with --id)"
        ));
        return Ok(Outcome::Problems);
    } else if path.exists() {
        match pick_article(input, id, read) {
            Ok(a) => {
                let heading = format!(
                    "article: {} · {} · {}",
                    a.id,
                    a.date.map_or("undated".to_string(), |d| d.to_string()),
                    a.title
                );
                (a.text, a.date, Some(heading))
            }
            Err(message) => {
                error(message);
                return Ok(Outcome::Problems);
            }
        }
    } else if looks_like_path(input) {
        error(format!(
            "{input}: no such file (to explain a sentence, write it in quotes, with its spaces)"
        ));
        return Ok(Outcome::Problems);
    } else {
        if id.is_some() {
            error("--id picks an article of a FILE; a sentence needs none");
            return Ok(Outcome::Problems);
        }
        let date = stance::date::find_dateline(input);
        (input.to_string(), date, None)
    };
    let date = date.or(article_date);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let Some(h) = heading {
        writeln!(out, "{h}")?;
    }
    writeln!(out, "lexicon: {name} ({})", lex.hash)?;
    writeln!(
        out,
        "date: {}",
        date.map_or("none (every dated alias applies)".to_string(), |d| d
            .to_string())
    )?;
    let mut trace = Vec::new();
    let (matches, _) = engine::attributions(&lex, &text, date, Some(&mut trace));
    writeln!(out, "\n1. matches ({}):", matches.len())?;
    for m in &matches {
        let e = &lex.entries[m.entry as usize];
        let extra = match m.kind {
            lexicon::Kind::Party { party } => format!(" → {}", lex.party_id(party as usize)),
            lexicon::Kind::Issue { issue, .. } | lexicon::Kind::Position { issue, .. } => {
                format!(" → {}", lex.issue_id(issue as usize))
            }
            _ => String::new(),
        };
        writeln!(
            out,
            "   {:>6}..{:<6} {:<14} \"{}\" (entry \"{}\"){extra}",
            m.start,
            m.end,
            kind_name(m.kind),
            &text[m.start..m.end],
            e.text
        )?;
    }
    writeln!(
        out,
        "\n2. sentences with matches, and 3. attribution decisions:"
    )?;
    for line in &trace {
        writeln!(out, "   {line}")?;
    }
    let r = engine::analyze_text(&lex, &text, date);
    writeln!(out, "\n4. cells:")?;
    if r.cells.is_empty() {
        writeln!(out, "   (none)")?;
    }
    for c in &r.cells {
        writeln!(out, "   {} {} {}", c.party, c.issue, report::cell_text(c))?;
    }
    out.flush()?;
    Ok(Outcome::Ok)
}

fn eval(cfg: &cli::EvalConfig) -> io::Result<Outcome> {
    let gold = &cfg.gold;
    let Some((lex, name)) = load_lexicon(cfg.lexicon.as_deref(), false) else {
        return Ok(Outcome::Problems);
    };
    let (articles, notices) = match stance::eval::read_gold(gold) {
        Ok(x) => x,
        Err(n) => {
            eprintln!("{}", n.render());
            return Ok(Outcome::Problems);
        }
    };
    for n in &notices {
        eprintln!("{}", n.render());
    }
    let (rep, _) = stance::eval::evaluate(&lex, &articles, &cfg.parties);
    let head = report::eval::Heading {
        gold,
        lexicon_name: &name,
        lexicon_hash: &lex.hash,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    if cfg.json {
        report::eval::write_json(&mut out, &head, &rep)?;
    } else {
        report::eval::write_text(&mut out, &head, &rep, cfg.max_evidence, cfg.rule.as_deref())?;
    }
    out.flush()?;
    Ok(if notices.iter().any(|n| n.error) {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}

fn lexicon_check(file: &Path) -> io::Result<Outcome> {
    let loaded = match lexicon::load_with_source(Some(file)) {
        Ok(l) => l,
        Err(err) => {
            let problems = err.check_problems();
            for p in &problems {
                eprintln!("stance: {}", p.render(&err.file));
            }
            if err.unread.is_none() {
                let n = problems.iter().filter(|p| p.is_error()).count();
                eprintln!(
                    "stance: {}: {n} error{}",
                    err.file,
                    if n == 1 { "" } else { "s" }
                );
            }
            return Ok(Outcome::Problems);
        }
    };
    let name = &loaded.name;
    for w in &loaded.warnings {
        eprintln!("stance: {}", w.render(name));
    }
    let failures = stance::eval::example_problems(&loaded.compiled, &loaded.source);
    for f in &failures {
        eprintln!("stance: {}", f.render(name));
    }
    let compiled = &loaded.compiled;
    let l = &compiled.lexicon;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} parties, {} issues, {} patterns, {}/{} examples pass, {} warning{}",
        l.parties.len(),
        l.issues.len(),
        compiled.entries.len(),
        l.examples.len() - failures.len(),
        l.examples.len(),
        loaded.warnings.len(),
        if loaded.warnings.len() == 1 { "" } else { "s" }
    )?;
    Ok(if failures.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Problems
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_reads_well() {
        assert_eq!(
            progress_text(1200, Some((50_000_000, 200_000_000)), 10.0),
            " 25% 50.0/200.0 MB, 5.0 MB/s · 1200 articles, 120/s · 30 s left"
        );
        assert_eq!(
            progress_text(1, Some((0, 0)), 2.0),
            "100% 0.0/0.0 MB, 0 kB/s · 1 article, 0/s · ? left"
        );
        assert_eq!(progress_text(3000, None, 4.0), "3000 articles, 750/s, 4 s");
        assert_eq!(duration_text(125.0), "2 min 5 s");
        assert_eq!(duration_text(3840.0), "1 h 4 min");
        assert_eq!(rate_text(850_000.0), "850 kB/s");
    }
}
