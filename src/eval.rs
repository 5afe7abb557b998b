//! Evaluation against gold annotations (`stance eval`).
//!
//! A gold file is the input JSONL plus `"gold": [{"party", "issue",
//! "stance"}]` per article: the stances a careful reader finds. A pair not
//! listed means "no stance". Only `support`/`oppose` cells of the evaluated
//! parties count: a predicted cell is a true positive when the gold has the
//! same party, issue and stance; a `mixed` prediction is never correct; a
//! *flip* is a predicted support where the gold says oppose, or the reverse.

use crate::engine::{analyze, ArticleResult};
use crate::input::{json_article, Notice};
use crate::lexicon::{Compiled, Expect, StanceWord};
use crate::scoring::{Cell, Label};
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::BufRead;

/// One gold article.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub article: crate::engine::Article,
    pub gold: Vec<Expect>,
}

/// Reads a gold JSONL file. Lines that cannot be used are returned as
/// notices.
pub fn read_gold(path: &str) -> Result<(Vec<GoldArticle>, Vec<Notice>), Notice> {
    let f = std::fs::File::open(path).map_err(|e| Notice {
        path: path.into(),
        line: None,
        message: format!("cannot open: {}", crate::lexicon::io_reason(&e)),
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
    pub gold: Option<StanceWord>,
    /// Predicted cell, or `None` when nothing was predicted.
    pub predicted: Option<Cell>,
}

/// Precision, recall, F1 and the wrong cells.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    pub articles: usize,
    pub parties: Vec<String>,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub flips: usize,
    pub wrong: Vec<Wrong>,
}

impl EvalReport {
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
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn word(l: Label) -> Option<StanceWord> {
    match l {
        Label::Support => Some(StanceWord::Support),
        Label::Oppose => Some(StanceWord::Oppose),
        Label::Mixed => None,
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
        let in_scope = |p: &str| parties.iter().any(|x| x == p);
        for e in g.gold.iter().filter(|e| in_scope(&e.party)) {
            let pred = r
                .cells
                .iter()
                .find(|x| x.party == e.party && x.issue == e.issue);
            match pred.map(|x| word(x.label)) {
                Some(Some(s)) if s == e.stance => rep.true_positives += 1,
                wrong => {
                    // Missed (None), mixed (Some(None)) or flipped.
                    rep.false_negatives += 1;
                    rep.false_positives += usize::from(wrong.is_some());
                    rep.flips += usize::from(matches!(wrong, Some(Some(_))));
                    rep.wrong.push(Wrong {
                        article: g.article.id.clone(),
                        party: e.party.clone(),
                        issue: e.issue.clone(),
                        gold: Some(e.stance),
                        predicted: pred.cloned(),
                    });
                }
            }
        }
        for x in r.cells.iter().filter(|x| in_scope(&x.party)) {
            if !g
                .gold
                .iter()
                .any(|e| e.party == x.party && e.issue == x.issue)
            {
                rep.false_positives += 1;
                rep.wrong.push(Wrong {
                    article: g.article.id.clone(),
                    party: x.party.clone(),
                    issue: x.issue.clone(),
                    gold: None,
                    predicted: Some(x.clone()),
                });
            }
        }
    }
    (rep, results)
}
