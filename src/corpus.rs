//! Corpus runs: many inputs, analysed in parallel, written in input order.
//!
//! Reads the input stream in batches, analyses each batch with rayon (the only
//! place the engine runs in parallel), hands results to a sink in input order
//! and folds them into an [`Aggregate`]. Memory is bounded by the batch size,
//! not the corpus size.

use crate::date::Date;
use crate::engine::{analyze, Article, ArticleResult};
use crate::input::{read, InputOptions, Item, Notice};
use crate::lexicon::Compiled;
use crate::scoring::Aggregate;
use rayon::prelude::*;

/// An input waiting in a batch: to analyse, or analysed already.
enum Pending {
    Article(Article),
    Done(Box<ArticleResult>),
}

/// Counts reported at the end of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles (and unreadable inputs) seen.
    pub read: usize,
    pub analysed: usize,
    /// Analysed articles with at least one stance.
    pub with_stances: usize,
    pub skipped: usize,
    pub warnings: usize,
    /// Files in directories that are not article files.
    pub ignored_files: usize,
    /// Articles outside `--since`/`--until` (or undated while one is set).
    pub filtered: usize,
    /// Repeated articles dropped by `--dedupe`.
    pub duplicates: usize,
}

/// Which cells of each result are kept.
#[derive(Debug, Clone, Default)]
pub struct CellFilter {
    /// Party ids kept (all when `None`).
    pub parties: Option<Vec<String>>,
    /// Issue ids kept (all when `None`).
    pub issues: Option<Vec<String>>,
    /// Cells with fewer evidence sentences are dropped.
    pub min_evidence: usize,
}

impl CellFilter {
    fn apply(&self, r: &mut ArticleResult) {
        r.cells.retain(|c| {
            self.parties.as_ref().is_none_or(|p| p.contains(&c.party))
                && self.issues.as_ref().is_none_or(|i| i.contains(&c.issue))
                && c.evidence_count >= self.min_evidence
        });
    }
}

/// Hash of an article's text with case and white space normalised (for
/// `--dedupe`).
fn text_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for w in text.split_whitespace() {
        for c in w.chars().flat_map(char::to_lowercase) {
            c.hash(&mut h);
        }
        ' '.hash(&mut h);
    }
    h.finish()
}

/// Settings of a corpus run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub input: InputOptions,
    /// Articles analysed together (and held in memory) at a time.
    pub batch: usize,
    /// Evidence items kept per aggregate cell.
    pub keep_evidence: usize,
    /// Only articles dated within these bounds (inclusive).
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Drop articles whose text repeats an earlier one.
    pub dedupe: bool,
    pub filter: CellFilter,
}

impl RunOptions {
    /// Is an article with this date outside `since`/`until`?
    fn out_of_range(&self, d: Option<Date>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return false;
        }
        match d {
            None => true,
            Some(d) => self.since.is_some_and(|s| d < s) || self.until.is_some_and(|u| d > u),
        }
    }
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            input: InputOptions::default(),
            batch: 256,
            keep_evidence: 0,
            since: None,
            until: None,
            dedupe: false,
            filter: CellFilter::default(),
        }
    }
}

/// Analyses every article of `inputs`. `on_result` receives each result in
/// input order (and may stop the run by returning an error); `on_notice`
/// receives each problem as it is found.
pub fn run<E>(
    c: &Compiled,
    inputs: &[String],
    opts: &RunOptions,
    mut on_result: impl FnMut(&ArticleResult) -> Result<(), E>,
    mut on_notice: impl FnMut(&Notice),
) -> Result<(Aggregate, Summary), E> {
    let mut agg = Aggregate::new(opts.keep_evidence);
    let mut sum = Summary::default();
    let mut batch: Vec<Pending> = Vec::with_capacity(opts.batch);
    let mut flush =
        |batch: &mut Vec<Pending>, agg: &mut Aggregate, sum: &mut Summary| -> Result<(), E> {
            let results: Vec<ArticleResult> = batch
                .par_drain(..)
                .map(|p| {
                    let mut r = match p {
                        Pending::Article(a) => analyze(c, &a),
                        Pending::Done(r) => *r,
                    };
                    opts.filter.apply(&mut r);
                    r
                })
                .collect();
            for r in &results {
                sum.analysed += 1;
                if !r.cells.is_empty() {
                    sum.with_stances += 1;
                }
                agg.add(&r.id, &r.cells);
                on_result(r)?;
            }
            Ok(())
        };
    // Lexicon hash of earlier results (a shard), and where it came from.
    let mut shard_lexicon: Option<(String, String)> = None;
    let mut reported = std::collections::HashSet::new();
    let mut seen = std::collections::HashSet::new();
    for path in inputs {
        for item in read(path, &opts.input) {
            match item {
                Item::Article(a, notices) => {
                    sum.read += 1;
                    for n in &notices {
                        sum.warnings += usize::from(!n.error);
                        on_notice(n);
                    }
                    if opts.out_of_range(a.date) {
                        sum.filtered += 1;
                        continue;
                    }
                    if opts.dedupe && !seen.insert(text_key(&a.text)) {
                        sum.duplicates += 1;
                        continue;
                    }
                    batch.push(Pending::Article(*a));
                    if batch.len() >= opts.batch.max(1) {
                        flush(&mut batch, &mut agg, &mut sum)?;
                    }
                }
                // A warning about a directory (a link loop): nothing was read.
                Item::Skipped(n) if !n.error => {
                    sum.warnings += 1;
                    on_notice(&n);
                }
                Item::Skipped(n) => {
                    sum.read += 1;
                    sum.skipped += 1;
                    on_notice(&n);
                }
                Item::Result(r, hash, file) => {
                    sum.read += 1;
                    if opts.out_of_range(r.parsed_date()) {
                        sum.filtered += 1;
                        continue;
                    }
                    let hash = hash.unwrap_or_default();
                    let mismatch = match &shard_lexicon {
                        _ if hash != c.hash => Some((
                            file.clone(),
                            hash.clone(),
                            "the lexicon of this run".to_string(),
                            c.hash.clone(),
                        )),
                        Some((f, h)) if *h != hash => {
                            Some((file.clone(), hash.clone(), f.clone(), h.clone()))
                        }
                        _ => None,
                    };
                    if let Some((file, h, other, oh)) = mismatch {
                        sum.skipped += 1;
                        if !reported.insert(file.clone()) {
                            continue; // one message per file
                        }
                        on_notice(&Notice {
                            path: file,
                            line: None,
                            message: format!("article {} was analysed with lexicon {h}, but {other} is {oh}: shards made with different lexicons cannot be combined", r.id),
                            error: true,
                        });
                        continue;
                    }
                    shard_lexicon.get_or_insert((file, hash));
                    batch.push(Pending::Done(r));
                    if batch.len() >= opts.batch.max(1) {
                        flush(&mut batch, &mut agg, &mut sum)?;
                    }
                }
                Item::Ignored(p) => {
                    sum.ignored_files += 1;
                    on_notice(&Notice {
                        path: p,
                        line: None,
                        message: "not an article file: ignored".into(),
                        error: false,
                    });
                }
            }
        }
    }
    flush(&mut batch, &mut agg, &mut sum)?;
    Ok((agg, sum))
}
