//! Corpus runs: many inputs, analysed in parallel, written in input order.
//!
//! Reads the input stream in batches, analyses each batch with rayon (the only
//! place the engine runs in parallel; [`coverage`] counts lexicon matches
//! the same way), hands results to a sink in input order
//! and folds them into an [`Aggregate`]. With more than one thread, reading and
//! analysing run on their own thread while the caller's thread writes, so the
//! workers do not wait for the output. Memory is bounded by the batch size (two
//! batches in flight), not the corpus size.

use crate::date::Date;
use crate::engine::analyze;
use crate::eval::Coverage;
use crate::input::{read, InputOptions, Item, Notice};
use crate::lexicon::Compiled;
use crate::model::ArticleResult;
use crate::scoring::Aggregate;
use rayon::prelude::*;

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

/// What to pass to read results made with the lexicon of hash `h`.
fn which_lexicon(h: &str) -> String {
    let bundled = crate::lexicon::load(None).map(|(c, _, _)| c.hash).ok();
    if bundled.as_deref() == Some(h) {
        "the bundled lexicon made it: run without --lexicon".to_string()
    } else {
        format!("pass the --lexicon FILE that made it (lexicon hash {h}), or analyse its articles again")
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
    /// Nothing downstream reads the evidence of a rendered result: it is
    /// dropped on the worker that rendered it, not on the writing thread.
    pub drop_evidence: bool,
    /// Merge results into the corpus aggregate that [`run`] returns. Off
    /// when only per-article records are written (JSONL, CSV): the aggregate
    /// then stays empty.
    pub aggregate: bool,
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
            drop_evidence: false,
            aggregate: true,
        }
    }
}

/// Analyses every article of `inputs`. `render` turns each result into the
/// bytes of its output record on the worker threads; `on_result` receives
/// each result and its rendering in input order (and may stop the run by
/// returning an error); `on_notice` receives each problem.
pub fn run<E: Send>(
    c: &Compiled,
    inputs: &[String],
    opts: &RunOptions,
    render: &(dyn Fn(&ArticleResult) -> Result<Vec<u8>, E> + Sync),
    mut on_result: impl FnMut(&ArticleResult, &[u8]) -> Result<(), E>,
    mut on_notice: impl FnMut(&Notice),
) -> Result<(Aggregate, Summary), E> {
    let mut state = State {
        agg: Aggregate::new(opts.keep_evidence),
        aggregate: opts.aggregate,
        ..State::default()
    };
    // Reads the inputs and analyses them batch by batch, handing each
    // analysed batch to `deliver`; stops when `deliver` says so.
    let produce = |deliver: &mut dyn FnMut(Vec<Done<E>>) -> bool| {
        let size = opts.batch.max(1);
        let mut batch: Vec<Item> = Vec::with_capacity(size);
        for path in inputs {
            for item in read(path, &opts.input) {
                batch.push(item);
                if batch.len() >= size && !deliver(analyse_batch(c, opts, render, &mut batch)) {
                    return;
                }
            }
        }
        deliver(analyse_batch(c, opts, render, &mut batch));
    };
    if rayon::current_num_threads() <= 1 {
        // One thread: no pipeline, every step in turn on this thread.
        let mut failed = None;
        produce(&mut |done| match state.hand_on(
            c,
            opts,
            render,
            done,
            &mut on_result,
            &mut on_notice,
        ) {
            Ok(()) => true,
            Err(e) => {
                failed = Some(e);
                false
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
    } else {
        // A pipeline: one thread reads and drives the workers batch after
        // batch while this one writes the previous batch's results, so the
        // workers never wait for the output. Two batches in flight bound the
        // memory; when writing fails the channel closes and reading stops.
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Done<E>>>(2);
            scope.spawn(move || produce(&mut |done| tx.send(done).is_ok()));
            for done in rx {
                state.hand_on(c, opts, render, done, &mut on_result, &mut on_notice)?;
            }
            Ok(())
        })?;
    }
    Ok((state.agg, state.sum))
}

/// Parses and analyses a batch in parallel (results in input order).
fn analyse_batch<E: Send>(
    c: &Compiled,
    opts: &RunOptions,
    render: &(dyn Fn(&ArticleResult) -> Result<Vec<u8>, E> + Sync),
    batch: &mut Vec<Item>,
) -> Vec<Done<E>> {
    // Articles differ in cost by an order of magnitude (off-topic ones stop
    // at the term gate), so the batch is cut into small pieces: a worker that
    // runs out of work can take over part of the other's instead of waiting
    // for a large last piece to finish.
    batch
        .par_drain(..)
        .with_max_len(4)
        .map(|item| match parsed(item) {
            Item::Article(a, notices) => {
                if opts.out_of_range(a.date) {
                    return Done::Filtered(notices);
                }
                let key = if opts.dedupe { text_key(&a.text) } else { 0 };
                let mut r = analyze(c, &a);
                opts.filter.apply(&mut r);
                let bytes = render(&r);
                if opts.drop_evidence {
                    for cell in &mut r.cells {
                        cell.evidence = Vec::new();
                    }
                }
                Done::Analysed(r, bytes, notices, key)
            }
            other => Done::Other(other),
        })
        .collect()
}

/// A JSONL line parsed (on the worker that takes it); any other item as is.
fn parsed(item: Item) -> Item {
    match item {
        Item::Line(raw) => raw.parse(),
        other => other,
    }
}

/// Articles counted together in [`coverage`].
const COVERAGE_BATCH: usize = 256;

/// Counts how often each lexicon entry matches in the articles of `inputs`
/// (`stance lexicon check --corpus`): read in order, batch by batch,
/// counted in parallel and merged. Every item that is not an article (an
/// input that could not be read, an analysed result, which has no text),
/// and each article's warnings as [`Item::Skipped`], go to `on_other` in
/// input order.
pub fn coverage(
    c: &Compiled,
    inputs: &[String],
    opts: &InputOptions,
    mut on_other: impl FnMut(Item),
) -> Coverage {
    let count = |batch: &mut Vec<Item>| {
        batch
            .par_drain(..)
            .with_max_len(4)
            .fold(
                || (Coverage::new(c), Vec::new()),
                |(mut cov, mut other), item| {
                    match parsed(item) {
                        Item::Article(a, notices) => {
                            cov.add(c, &a);
                            other.extend(notices.into_iter().map(Item::Skipped));
                        }
                        item => other.push(item),
                    }
                    (cov, other)
                },
            )
            .reduce(
                || (Coverage::new(c), Vec::new()),
                |(mut a, mut oa), (b, ob)| {
                    a.merge(b);
                    oa.extend(ob);
                    (a, oa)
                },
            )
    };
    let mut total = Coverage::new(c);
    let mut batch: Vec<Item> = Vec::with_capacity(COVERAGE_BATCH);
    let mut flush = |batch: &mut Vec<Item>, total: &mut Coverage| {
        let (part, other) = count(batch);
        total.merge(part);
        other.into_iter().for_each(&mut on_other);
    };
    for path in inputs {
        for item in read(path, opts) {
            batch.push(item);
            if batch.len() >= COVERAGE_BATCH {
                flush(&mut batch, &mut total);
            }
        }
    }
    flush(&mut batch, &mut total);
    total
}

/// What the parallel stage made of one input item.
enum Done<E> {
    /// An analysed article (cells filtered), its rendering, its warnings and
    /// its text key (for `--dedupe`).
    Analysed(ArticleResult, Result<Vec<u8>, E>, Vec<Notice>, u64),
    /// An article outside `--since`/`--until`.
    Filtered(Vec<Notice>),
    /// Anything else, handled in order on the calling thread.
    Other(Item),
}

/// Running totals of a corpus run.
#[derive(Default)]
struct State {
    agg: Aggregate,
    /// [`RunOptions::aggregate`].
    aggregate: bool,
    sum: Summary,
    /// Lexicon hash of earlier results (a shard), and where it came from.
    shard_lexicon: Option<(String, String)>,
    reported: std::collections::HashSet<String>,
    seen: std::collections::HashSet<u64>,
}

impl State {
    /// Hands an analysed batch on in input order.
    fn hand_on<E>(
        &mut self,
        c: &Compiled,
        opts: &RunOptions,
        render: &(dyn Fn(&ArticleResult) -> Result<Vec<u8>, E> + Sync),
        done: Vec<Done<E>>,
        on_result: &mut impl FnMut(&ArticleResult, &[u8]) -> Result<(), E>,
        on_notice: &mut impl FnMut(&Notice),
    ) -> Result<(), E> {
        for d in done {
            match d {
                Done::Analysed(r, bytes, notices, key) => {
                    self.sum.read += 1;
                    self.warn(&notices, on_notice);
                    if opts.dedupe && !self.seen.insert(key) {
                        self.sum.duplicates += 1;
                        continue;
                    }
                    self.emit(&r, &bytes?, on_result)?;
                }
                Done::Filtered(notices) => {
                    self.sum.read += 1;
                    self.warn(&notices, on_notice);
                    self.sum.filtered += 1;
                }
                Done::Other(item) => self.other(c, opts, render, item, on_result, on_notice)?,
            }
        }
        Ok(())
    }

    fn warn(&mut self, notices: &[Notice], on_notice: &mut impl FnMut(&Notice)) {
        for n in notices {
            self.sum.warnings += usize::from(!n.error);
            on_notice(n);
        }
    }

    fn emit<E>(
        &mut self,
        r: &ArticleResult,
        bytes: &[u8],
        on_result: &mut impl FnMut(&ArticleResult, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        self.sum.analysed += 1;
        if !r.cells.is_empty() {
            self.sum.with_stances += 1;
        }
        if self.aggregate {
            self.agg.add_article(r);
        }
        on_result(r, bytes)
    }

    fn other<E>(
        &mut self,
        c: &Compiled,
        opts: &RunOptions,
        render: &(dyn Fn(&ArticleResult) -> Result<Vec<u8>, E> + Sync),
        item: Item,
        on_result: &mut impl FnMut(&ArticleResult, &[u8]) -> Result<(), E>,
        on_notice: &mut impl FnMut(&Notice),
    ) -> Result<(), E> {
        match item {
            // A warning about a directory (a link loop): nothing was read.
            Item::Skipped(n) if !n.error => {
                self.sum.warnings += 1;
                on_notice(&n);
            }
            Item::Skipped(n) => {
                self.sum.read += 1;
                self.sum.skipped += 1;
                on_notice(&n);
            }
            Item::Ignored(p) => {
                self.sum.ignored_files += 1;
                on_notice(&Notice {
                    path: p,
                    line: None,
                    message: "not an article file: ignored".into(),
                    error: false,
                });
            }
            Item::Result(r, hash, file) => {
                self.sum.read += 1;
                if opts.out_of_range(r.parsed_date()) {
                    self.sum.filtered += 1;
                    return Ok(());
                }
                let hash = hash.unwrap_or_default();
                let mismatch = match &self.shard_lexicon {
                    _ if hash != c.hash => Some((
                        hash.clone(),
                        "the lexicon of this run".to_string(),
                        c.hash.clone(),
                    )),
                    Some((f, h)) if *h != hash => Some((hash.clone(), f.clone(), h.clone())),
                    _ => None,
                };
                if let Some((h, other, oh)) = mismatch {
                    self.sum.skipped += 1;
                    if self.reported.insert(file.clone()) {
                        on_notice(&Notice {
                            path: file,
                            line: None,
                            message: format!(
                                "article {} was analysed with lexicon {h}, but {other} is {oh}: shards made with different lexicons cannot be combined; {}",
                                r.id,
                                which_lexicon(&h)
                            ),
                            error: true,
                        });
                    }
                    return Ok(());
                }
                self.shard_lexicon.get_or_insert((file, hash));
                let mut r = *r;
                opts.filter.apply(&mut r);
                let bytes = render(&r)?;
                self.emit(&r, &bytes, on_result)?;
            }
            // Parsed and analysed in the parallel stage.
            Item::Line(_) | Item::Article(..) => {}
        }
        Ok(())
    }
}
