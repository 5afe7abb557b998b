//! Command line: clap definitions, turned once into a plain [`Config`].
//! Nothing past `main` sees clap, and every value is resolved here: lists
//! trimmed, formats and periods as the library's types, dates parsed.

use clap::{Args, Parser, Subcommand, ValueEnum};
use stance::date::Date;
use stance::input::{CsvColumns, InputOptions};
use stance::report::Format;
use stance::track::Period;

fn clean_list(v: Vec<String>) -> Vec<String> {
    v.into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  stance analyze data/                                matrix of the bundled sample corpus
  stance analyze article.txt --evidence               with the sentences behind each cell
  stance analyze corpus.jsonl --format csv -o out.csv one row per article, party and issue
  stance analyze news/ --since 2019-01-01 --dedupe    a folder, one year on, copies dropped
  stance analyze data/ --format html -o report.html   one page to share: matrix and evidence
  stance track data/ --by year                        how each side's stance moved
  stance track data/ --by quarter --format html -o t.html  charts, shifts, their articles
  stance analyze part1.jsonl --format jsonl -o s1.jsonl && stance track s1.jsonl s2.jsonl
                                                      shards analysed apart, one timeline
  stance explain \"North Korea has demanded sanctions relief.\"
  stance eval --gold data/seed.gold.jsonl
  stance lexicon show > my.yaml && stance lexicon check my.yaml

Exit codes: 0 success; 2 a lexicon or input error (every good input is still
analysed and written). A closed pipe (`| head`) ends the run quietly with 0.";

#[derive(Parser, Debug)]
#[command(name = "stance", version, about = "Reads news articles and tells, party by party, where each side stands on each contested issue.", after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Analyse articles and print the party-vs-party stance matrix.
    ///
    /// INPUT is a plain-text article, a JSONL file (one article per line with
    /// `id`, `date`, `title`, `text`), or `-` for standard input.
    Analyze(Box<AnalyzeArgs>),
    /// Follow stances over time: per period, per party and issue, and the
    /// largest shifts between consecutive periods.
    ///
    /// INPUT may also be JSONL written by `stance analyze --format jsonl`
    /// (shards analysed elsewhere): those articles are not analysed again.
    Track(Box<TrackArgs>),
    /// Show, step by step, how the engine reads a sentence or a file:
    /// matches, sentence split, and each attribution decision with its rule.
    Explain(ExplainArgs),
    /// Measure a lexicon against gold annotations: precision, recall, F1,
    /// sign flips, and every wrong cell with its evidence.
    Eval(EvalArgs),
    /// Check a lexicon file, or print the bundled default lexicon.
    #[command(subcommand)]
    Lexicon(LexiconCmd),
}

#[derive(Args, Debug)]
struct LexiconOpt {
    /// Lexicon YAML file (default: the bundled US–DPRK lexicon).
    #[arg(short, long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum FormatArg {
    /// Terminal matrix (aggregate over all articles).
    Table,
    /// Tidy CSV, one row per article × party × issue.
    Csv,
    /// One JSON document: every article and the aggregate.
    Json,
    /// One JSON object per article per line (the stable contract).
    Jsonl,
    /// The aggregate matrix as a Markdown table.
    Markdown,
    /// One self-contained HTML page: the matrix, and each cell's evidence
    /// (up to --max-evidence per cell, default 20) with its articles.
    Html,
}

#[derive(Args, Debug)]
struct AnalyzeArgs {
    /// Articles: .txt/.md files, .jsonl/.ndjson files, or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    lexicon: LexiconOpt,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table")]
    format: FormatArg,
    /// Write to FILE instead of standard output (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Print each cell's evidence sentences under the matrix (table,
    /// markdown; in the aggregate for json), matched words «marked», each
    /// naming its article (id · date · title); a cell with more says
    /// "… N more (use --max-evidence)".
    #[arg(long)]
    evidence: bool,
    /// Keep at most N evidence sentences per cell: under the matrix the
    /// first N in input order (default 5); in per-article records
    /// (jsonl, json) the first N of each article (default: all).
    #[arg(long, value_name = "N")]
    max_evidence: Option<usize>,
    /// Party ids to compare, as columns (default: every party of the lexicon).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    parties: Vec<String>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Also write one CSV row per evidence sentence to FILE: article_id,
    /// date, title, source, party, issue, polarity, weight, hedged,
    /// conditional, rule, matches, start, end (byte offsets of the sentence
    /// in the text, or in the title when in_title is true), in_title,
    /// sentence, lexicon, stance_version.
    #[arg(long, value_name = "FILE")]
    evidence_csv: Option<PathBuf>,
    /// Also write one CSV row per article analysed, with or without a
    /// stance, to FILE: article_id, date, title, source, stances (cells
    /// found), evidence_count, lexicon, stance_version.
    #[arg(long, value_name = "FILE")]
    articles_csv: Option<PathBuf>,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    input: InputArgs,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
}

/// Which articles and cells count (shared by `analyze` and `track`).
#[derive(Args, Debug)]
struct FilterArgs {
    /// Only articles dated on or after this day (undated ones are left out).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<Date>,
    /// Only articles dated on or before this day (undated ones are left out).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    until: Option<Date>,
    /// Issue ids to report (default: all).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    issues: Vec<String>,
    /// Drop per-article cells with fewer evidence sentences than N.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_evidence: usize,
    /// Drop repeated articles (syndicated copies: the same text after
    /// normalising white space and case); counted in the summary.
    #[arg(long)]
    dedupe: bool,
}

/// The filters, resolved.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub issues: Vec<String>,
    pub min_evidence: usize,
    pub dedupe: bool,
}

impl From<FilterArgs> for Filters {
    fn from(f: FilterArgs) -> Filters {
        Filters {
            since: f.since,
            until: f.until,
            issues: clean_list(f.issues),
            min_evidence: f.min_evidence,
            dedupe: f.dedupe,
        }
    }
}

/// `explain --date`: a date, or `stance: error: --date: "…" is not a date
/// (write YYYY-MM-DD)` and exit code 2.
fn explain_date(s: &str) -> Date {
    parse_date(s).unwrap_or_else(|why| {
        eprintln!("stance: error: --date: {why}");
        std::process::exit(2);
    })
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("\"{s}\" is not a date (write YYYY-MM-DD)"))
}

/// How inputs are read (shared by the commands that read articles).
#[derive(Args, Debug)]
struct InputArgs {
    /// Skip (and report) articles larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = stance::input::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,
    /// In directories, read only files whose name or relative path matches
    /// this glob (`*`, `?`), e.g. `--glob '2019-*.txt'`.
    #[arg(long, value_name = "GLOB")]
    glob: Option<String>,
    /// CSV column holding the article text (default: `text`).
    #[arg(long, value_name = "NAME")]
    text_column: Option<String>,
    /// CSV column holding the date (default: `date`).
    #[arg(long, value_name = "NAME")]
    date_column: Option<String>,
    /// CSV column holding the id (default: `id`; else FILE:LINE).
    #[arg(long, value_name = "NAME")]
    id_column: Option<String>,
    /// CSV column holding the title (default: `title`).
    #[arg(long, value_name = "NAME")]
    title_column: Option<String>,
    /// CSV column holding the source or outlet (default: `source`).
    #[arg(long, value_name = "NAME")]
    source_column: Option<String>,
}

impl InputArgs {
    fn into_options(self) -> InputOptions {
        InputOptions {
            max_article_bytes: self.max_article_bytes,
            glob: self.glob,
            csv: CsvColumns {
                text: self.text_column,
                date: self.date_column,
                id: self.id_column,
                title: self.title_column,
                source: self.source_column,
            },
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ByArg {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum TrackFormatArg {
    /// Terminal table with a sparkline per party × issue, then the shifts.
    Table,
    /// Tidy time series: period,party,issue,score,support,oppose,articles.
    Csv,
    /// Series and shifts as one JSON document.
    Json,
    /// One self-contained HTML page: the chart per issue, the ranked shifts
    /// and the evidence of the articles that drive them.
    Html,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum GroupArg {
    /// One series per outlet (the `source` field).
    Source,
}

#[derive(Args, Debug)]
struct TrackArgs {
    /// Articles (as for `analyze`) or shards written by `analyze --format jsonl`.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    #[command(flatten)]
    lexicon: LexiconOpt,
    /// Length of a period.
    #[arg(long, value_enum, default_value = "month")]
    by: ByArg,
    /// How many shifts to list (default 10; the table, json and html
    /// formats list shifts, csv does not).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Split the series by outlet.
    #[arg(long, value_enum)]
    group_by: Option<GroupArg>,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table")]
    format: TrackFormatArg,
    /// Also write an SVG line chart (one panel per issue, a line per party).
    #[arg(long, value_name = "FILE.svg")]
    chart: Option<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Party ids to show (default: all).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    parties: Vec<String>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    input: InputArgs,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct ExplainArgs {
    /// A sentence in quotes, or a file to read (a .txt/.md article, or one
    /// article of a .jsonl/.csv corpus chosen with --id).
    #[arg(value_name = "TEXT|FILE")]
    input: String,
    /// The id of the article of FILE to explain (needed when FILE holds
    /// more than one).
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    #[command(flatten)]
    read: InputArgs,
    #[command(flatten)]
    lexicon: LexiconOpt,
    /// Date of the text (decides which dated aliases apply), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Gold JSONL: articles with a `gold` list of {party, issue, stance}.
    #[arg(long, value_name = "FILE")]
    gold: String,
    #[command(flatten)]
    lexicon: LexiconOpt,
    /// Parties to evaluate (default: the parties named in the gold file).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    parties: Vec<String>,
    /// Keep at most N evidence sentences per wrong cell.
    #[arg(long, value_name = "N", default_value_t = 3)]
    max_evidence: usize,
    /// List every reading of rule NAME that disagrees with the gold, with
    /// its sentence (rule names as in the per-rule table and the JSONL
    /// `rule` field).
    #[arg(long, value_name = "NAME")]
    rule: Option<String>,
    /// `text` (the report for a person) or `json` (the figures, for scripts
    /// that track accuracy across changes).
    #[arg(long, value_enum, default_value_t = EvalFormatArg::Text)]
    format: EvalFormatArg,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum EvalFormatArg {
    /// Headline figures, per issue, per party, per rule, then wrong cells.
    Text,
    /// One JSON object with the same figures (no wrong cells).
    Json,
}

#[derive(Subcommand, Debug)]
enum LexiconCmd {
    /// Validate a lexicon: structure, ids, duplicates and overlaps, dates,
    /// then run its examples. Problems are printed as FILE:LINE:COLUMN.
    Check {
        /// Lexicon YAML file.
        file: PathBuf,
        /// Also count, on these articles (files, directories or `-`, read
        /// as `analyze` reads them), how often each entry matches, which
        /// words each `*` entry completes to ("reneg*" catching
        /// "renegotiate" shows itself), and which entries never match.
        /// Printed on standard output after the summary. Repeatable.
        #[arg(long, value_name = "PATH")]
        corpus: Vec<String>,
    },
    /// Print the bundled default lexicon (to copy and edit).
    Show {
        /// Print instead the default grammar lists (English function
        /// words) that a lexicon's `grammar:` can override; a list the
        /// lexicon leaves out is this one.
        #[arg(long)]
        grammar: bool,
    },
}

/// What to do, with every option resolved.
#[derive(Debug, Clone)]
pub enum Config {
    Analyze(Box<AnalyzeConfig>),
    Track(Box<TrackConfig>),
    Explain {
        input: String,
        id: Option<String>,
        lexicon: Option<PathBuf>,
        /// `--date`, parsed.
        date: Option<Date>,
        read: InputOptions,
    },
    Eval(EvalConfig),
    LexiconCheck {
        file: PathBuf,
        /// `--corpus` inputs (none: no coverage).
        corpus: Vec<String>,
    },
    LexiconShow {
        grammar: bool,
    },
}

/// `stance eval`, resolved.
#[derive(Debug, Clone)]
pub struct EvalConfig {
    pub gold: String,
    pub lexicon: Option<PathBuf>,
    pub parties: Vec<String>,
    pub max_evidence: usize,
    /// List the wrong readings of this rule.
    pub rule: Option<String>,
    /// Print the figures as JSON.
    pub json: bool,
}

#[derive(Debug, Clone)]
pub struct TrackConfig {
    pub inputs: Vec<String>,
    pub lexicon: Option<PathBuf>,
    pub by: stance::track::Period,
    pub top: usize,
    /// `--top` was given (a csv run lists no shifts: a warning).
    pub top_given: bool,
    pub group_by_source: bool,
    pub format: TrackFormat,
    pub chart: Option<PathBuf>,
    pub output: Option<PathBuf>,
    pub parties: Vec<String>,
    pub threads: Option<usize>,
    pub filters: Filters,
    pub input: InputOptions,
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackFormat {
    Table,
    Csv,
    Json,
    Html,
}

#[derive(Debug, Clone)]
pub struct AnalyzeConfig {
    pub inputs: Vec<String>,
    pub lexicon: Option<PathBuf>,
    pub format: Format,
    pub output: Option<PathBuf>,
    pub evidence: bool,
    pub max_evidence: Option<usize>,
    pub parties: Vec<String>,
    pub threads: Option<usize>,
    pub evidence_csv: Option<PathBuf>,
    pub articles_csv: Option<PathBuf>,
    pub filters: Filters,
    pub input: InputOptions,
    pub quiet: bool,
}

/// Parses the process arguments. Help and version go to standard output
/// (exit 0); a usage error is clap's message as `stance: error: …` on
/// standard error, exit 2.
pub fn parse() -> Config {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    std::process::exit(2);
                }
                _ => {}
            }
            let text = e.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            eprint!("stance: error: {text}");
            std::process::exit(2);
        }
    };
    match cli.command {
        Cmd::Analyze(a) => Config::Analyze(Box::new(AnalyzeConfig {
            inputs: a.inputs,
            lexicon: a.lexicon.lexicon,
            format: match a.format {
                FormatArg::Table => Format::Table,
                FormatArg::Csv => Format::Csv,
                FormatArg::Json => Format::Json,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
            },
            output: a.output,
            evidence: a.evidence,
            max_evidence: a.max_evidence,
            parties: a
                .parties
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .map(|p| p.trim().to_string())
                .collect(),
            threads: a.threads,
            evidence_csv: a.evidence_csv,
            articles_csv: a.articles_csv,
            filters: a.filters.into(),
            input: a.input.into_options(),
            quiet: a.quiet,
        })),
        Cmd::Track(t) => {
            let t = *t;
            Config::Track(Box::new(TrackConfig {
                inputs: t.inputs,
                lexicon: t.lexicon.lexicon,
                by: match t.by {
                    ByArg::Day => Period::Day,
                    ByArg::Week => Period::Week,
                    ByArg::Month => Period::Month,
                    ByArg::Quarter => Period::Quarter,
                    ByArg::Year => Period::Year,
                },
                top: t.top.unwrap_or(10),
                top_given: t.top.is_some(),
                group_by_source: t.group_by.is_some(),
                format: match t.format {
                    TrackFormatArg::Table => TrackFormat::Table,
                    TrackFormatArg::Csv => TrackFormat::Csv,
                    TrackFormatArg::Json => TrackFormat::Json,
                    TrackFormatArg::Html => TrackFormat::Html,
                },
                chart: t.chart,
                output: t.output,
                parties: clean_list(t.parties),
                threads: t.threads,
                filters: t.filters.into(),
                input: t.input.into_options(),
                quiet: t.quiet,
            }))
        }
        Cmd::Explain(e) => Config::Explain {
            input: e.input,
            id: e.id,
            read: e.read.into_options(),
            lexicon: e.lexicon.lexicon,
            date: e.date.as_deref().map(explain_date),
        },
        Cmd::Eval(e) => Config::Eval(EvalConfig {
            gold: e.gold,
            lexicon: e.lexicon.lexicon,
            parties: e.parties,
            max_evidence: e.max_evidence,
            rule: e.rule,
            json: matches!(e.format, EvalFormatArg::Json),
        }),
        Cmd::Lexicon(LexiconCmd::Check { file, corpus }) => Config::LexiconCheck { file, corpus },
        Cmd::Lexicon(LexiconCmd::Show { grammar }) => Config::LexiconShow { grammar },
    }
}
