//! Evaluation against gold annotations (`stance eval`).
//!
//! A gold file is the input JSONL plus `"gold": [{"party", "issue",
//! "stance"}]` per article: the stances a careful reader finds. A pair not
//! listed means "no stance". Only `support`/`oppose` cells of the evaluated
//! parties count: a predicted cell is a true positive when the gold has the
//! same party, issue and stance; a `mixed` prediction is never correct; a
//! *flip* is a predicted support where the gold says oppose, or the reverse.
//!
//! A lexicon's own examples are run the same way, in [`examples`] (for
//! `stance lexicon check`); [`Coverage`] counts how often each lexicon
//! entry matches in a corpus (`stance lexicon check --corpus`).

mod coverage;
mod examples;

pub use coverage::{Coverage, CoverageRow};
pub use examples::{example_problems, run_examples, ExampleFailure};

use crate::engine::analyze;
use crate::input::{json_article, Notice};
use crate::lexicon::{Compiled, Expect};
use crate::model::ArticleResult;
use crate::model::{Cell, Polarity};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

/// One gold article.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub article: crate::model::Article,
    pub gold: Vec<Expect>,
}

/// Reads a gold JSONL file. Lines that cannot be used are returned as
/// notices.
pub fn read_gold(path: &str) -> Result<(Vec<GoldArticle>, Vec<Notice>), Notice> {
    let f = std::fs::File::open(path).map_err(|e| Notice {
        path: path.into(),
        line: None,
        message: format!("cannot open: {}", crate::io_error::io_reason(&e)),
        error: true,
    })?;
    let mut out = Vec::new();
    let mut notices = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let n = i + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                notices.push(Notice {
                    path: path.into(),
                    line: Some(n),
                    message: format!("cannot read: {e}"),
                    error: true,
                });
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let article = match json_article(path, n, &line, &mut notices) {
            Ok(a) => a,
            Err(e) => {
                notices.push(e);
                continue;
            }
        };
        let gold = serde_json::from_str::<Value>(&line)
            .ok()
            .and_then(|v| v.get("gold").cloned())
            .map(serde_json::from_value::<Vec<Expect>>);
        match gold {
            Some(Ok(g)) => out.push(GoldArticle { article, gold: g }),
            Some(Err(e)) => notices.push(Notice {
                path: path.into(),
                line: Some(n),
                message: format!("bad `gold` list: {e}"),
                error: true,
            }),
            None => notices.push(Notice {
                path: path.into(),
                line: Some(n),
                message: "no `gold` list".into(),
                error: true,
            }),
        }
    }
    Ok((out, notices))
}

/// A cell where prediction and gold disagree.
#[derive(Debug, Clone)]
pub struct Wrong {
    pub article: String,
    pub party: String,
    pub issue: String,
    /// Gold stance, or `None` when the gold has no stance.
    pub gold: Option<Polarity>,
    /// Predicted cell, or `None` when nothing was predicted.
    pub predicted: Option<Cell>,
}

/// Precision, recall, F1 and the wrong cells, overall and broken down by
/// issue, by party and by the rule that produced each reading.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    pub articles: usize,
    pub parties: Vec<String>,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub flips: usize,
    pub wrong: Vec<Wrong>,
    /// The same counts for each issue id.
    pub by_issue: BTreeMap<String, Counts>,
    /// The same counts for each party id.
    pub by_party: BTreeMap<String, Counts>,
    /// For each rule name: its readings in right and wrong cells.
    pub by_rule: BTreeMap<String, RuleCounts>,
}

/// True/false positives, false negatives and flips of one slice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub flips: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    fn add(&mut self, o: Counts) {
        self.true_positives += o.true_positives;
        self.false_positives += o.false_positives;
        self.false_negatives += o.false_negatives;
        self.flips += o.flips;
    }
}

/// What one rule did: readings (evidence items) it decided in cells that
/// came out right and in cells that came out wrong, and every reading whose
/// own polarity disagrees with the gold (a wrong party, a wrong sign, or a
/// stance where the gold has none).
#[derive(Debug, Clone, Default)]
pub struct RuleCounts {
    pub in_right_cells: usize,
    pub in_wrong_cells: usize,
    pub wrong_readings: Vec<WrongReading>,
}

/// A reading that disagrees with the gold.
#[derive(Debug, Clone)]
pub struct WrongReading {
    pub article: String,
    pub party: String,
    pub issue: String,
    /// Gold stance of the reading's party and issue (`None`: no stance).
    pub gold: Option<Polarity>,
    pub evidence: crate::model::Evidence,
}

impl EvalReport {
    /// Overall counts.
    pub fn counts(&self) -> Counts {
        Counts {
            true_positives: self.true_positives,
            false_positives: self.false_positives,
            false_negatives: self.false_negatives,
            flips: self.flips,
        }
    }
    /// Flips as a share of the predicted support/oppose/mixed cells.
    pub fn flip_rate(&self) -> f64 {
        let predicted = self.true_positives + self.false_positives;
        if predicted == 0 {
            0.0
        } else {
            self.flips as f64 / predicted as f64
        }
    }
    pub fn precision(&self) -> f64 {
        self.counts().precision()
    }
    pub fn recall(&self) -> f64 {
        self.counts().recall()
    }
    pub fn f1(&self) -> f64 {
        self.counts().f1()
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Compares the engine's output with the gold for `parties` (all parties
/// named in the gold when empty).
pub fn evaluate(
    c: &Compiled,
    gold: &[GoldArticle],
    parties: &[String],
) -> (EvalReport, Vec<ArticleResult>) {
    let parties: Vec<String> = if parties.is_empty() {
        gold.iter()
            .flat_map(|g| g.gold.iter().map(|e| e.party.clone()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    } else {
        parties.to_vec()
    };
    let mut rep = EvalReport {
        articles: gold.len(),
        parties: parties.clone(),
        ..EvalReport::default()
    };
    let results: Vec<ArticleResult> = {
        use rayon::prelude::*;
        gold.par_iter().map(|g| analyze(c, &g.article)).collect()
    };
    for (g, r) in gold.iter().zip(&results) {
        score_article(&mut rep, g, r);
    }
    (rep, results)
}

/// Adds one article's cells to the report: the overall counts, the slices
/// by issue and party, and the rules behind each predicted cell.
fn score_article(rep: &mut EvalReport, g: &GoldArticle, r: &ArticleResult) {
    let parties = rep.parties.clone();
    let in_scope = |p: &str| parties.iter().any(|x| x == p);
    let gold_of = |party: &str, issue: &str| {
        g.gold
            .iter()
            .find(|e| e.party == party && e.issue == issue)
            .map(|e| e.stance)
    };
    let mut outcomes: Vec<(String, String, Counts, Option<&Cell>)> = Vec::new();
    for e in g.gold.iter().filter(|e| in_scope(&e.party)) {
        let pred = r
            .cells
            .iter()
            .find(|x| x.party == e.party && x.issue == e.issue);
        let mut n = Counts::default();
        match pred.map(|x| x.label.polarity()) {
            Some(Some(s)) if s == e.stance => n.true_positives = 1,
            wrong => {
                // Missed (None), mixed (Some(None)) or flipped.
                n.false_negatives = 1;
                n.false_positives = usize::from(wrong.is_some());
                n.flips = usize::from(matches!(wrong, Some(Some(_))));
                rep.wrong.push(Wrong {
                    article: g.article.id.clone(),
                    party: e.party.clone(),
                    issue: e.issue.clone(),
                    gold: Some(e.stance),
                    predicted: pred.cloned(),
                });
            }
        }
        outcomes.push((e.party.clone(), e.issue.clone(), n, pred));
    }
    for x in r.cells.iter().filter(|x| in_scope(&x.party)) {
        if gold_of(&x.party, &x.issue).is_none() {
            rep.wrong.push(Wrong {
                article: g.article.id.clone(),
                party: x.party.clone(),
                issue: x.issue.clone(),
                gold: None,
                predicted: Some(x.clone()),
            });
            let n = Counts {
                false_positives: 1,
                ..Counts::default()
            };
            outcomes.push((x.party.clone(), x.issue.clone(), n, Some(x)));
        }
    }
    for (party, issue, n, cell) in outcomes {
        rep.true_positives += n.true_positives;
        rep.false_positives += n.false_positives;
        rep.false_negatives += n.false_negatives;
        rep.flips += n.flips;
        rep.by_issue.entry(issue.clone()).or_default().add(n);
        rep.by_party.entry(party.clone()).or_default().add(n);
        let Some(cell) = cell else { continue };
        let gold = gold_of(&party, &issue);
        for ev in &cell.evidence {
            // An evidence item's `rule` lists every rule that took part
            // ("subject, cue, negated-cue"); each is counted.
            let mut names: Vec<&str> = ev.rule.split(", ").collect();
            names.sort_unstable();
            names.dedup();
            for name in names {
                let rc = rep.by_rule.entry(name.to_string()).or_default();
                if n.true_positives == 1 {
                    rc.in_right_cells += 1;
                } else {
                    rc.in_wrong_cells += 1;
                }
                if gold != Some(ev.polarity) {
                    rc.wrong_readings.push(WrongReading {
                        article: g.article.id.clone(),
                        party: party.clone(),
                        issue: issue.clone(),
                        gold,
                        evidence: ev.clone(),
                    });
                }
            }
        }
    }
}
