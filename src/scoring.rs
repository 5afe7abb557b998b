//! Scoring: evidence becomes a stance per party and issue.
//!
//! Receives attributions (already turned into [`Evidence`]) for one article
//! and returns its [`Cell`]s; [`Aggregate`] merges many articles' cells into
//! corpus cells. The rules, also in the README:
//!
//! * `support` and `oppose` are the summed weights of supporting and opposing
//!   evidence (weight 1, or 0.5 when hedged);
//! * `score = (support - oppose) / (support + oppose)`, in [-1, 1];
//! * the label is `support` when `score >= 0.25`, `oppose` when
//!   `score <= -0.25`, `mixed` otherwise; a cell without evidence is absent.
//!
//! Across articles every article has one vote per cell: the aggregate score is
//! the mean of the article scores, the weights and counts are sums. Merging is
//! associative, so shards can be aggregated separately and combined.

use crate::model::{Cell, Evidence, Label, Polarity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Score at or above which a cell is `support` (and at or below whose
/// negation it is `oppose`).
pub const THRESHOLD: f64 = 0.25;

impl Label {
    /// The label of a cell's score: `support` at or above [`THRESHOLD`],
    /// `oppose` at or below its negation, `mixed` between.
    pub fn from_score(score: f64) -> Label {
        if score >= THRESHOLD {
            Label::Support
        } else if score <= -THRESHOLD {
            Label::Oppose
        } else {
            Label::Mixed
        }
    }
}

/// Rounds to 4 decimals (what every output shows).
pub(crate) fn round4(x: f64) -> f64 {
    // `+ 0.0` turns -0.0 (the sum of nothing) into 0.0.
    (x * 10_000.0).round() / 10_000.0 + 0.0
}

/// Score of a cell from its weights.
pub fn score(support: f64, oppose: f64) -> f64 {
    let total = support + oppose;
    if total <= 0.0 {
        0.0
    } else {
        round4((support - oppose) / total)
    }
}

/// Builds an article's cells from evidence keyed by (party id, issue id), in
/// the order given.
pub fn cells(groups: Vec<((String, String), Vec<Evidence>)>) -> Vec<Cell> {
    groups
        .into_iter()
        .filter(|(_, ev)| !ev.is_empty())
        .map(|((party, issue), evidence)| {
            let support: f64 = evidence
                .iter()
                .filter(|e| e.polarity == Polarity::Support)
                .map(|e| e.weight)
                .sum();
            let oppose: f64 = evidence
                .iter()
                .filter(|e| e.polarity == Polarity::Oppose)
                .map(|e| e.weight)
                .sum();
            let score = score(support, oppose);
            Cell {
                party,
                issue,
                label: Label::from_score(score),
                score,
                support: round4(support),
                oppose: round4(oppose),
                evidence_count: evidence.len(),
                articles: 1,
                evidence,
            }
        })
        .collect()
}

/// Running totals for one aggregate cell.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub support: f64,
    pub oppose: f64,
    pub score_sum: f64,
    pub articles: usize,
    pub evidence: usize,
}

impl Totals {
    pub fn add_cell(&mut self, c: &Cell) {
        self.support += c.support;
        self.oppose += c.oppose;
        self.score_sum += c.score;
        self.articles += 1;
        self.evidence += c.evidence_count;
    }

    pub fn merge(&mut self, o: &Totals) {
        self.support += o.support;
        self.oppose += o.oppose;
        self.score_sum += o.score_sum;
        self.articles += o.articles;
        self.evidence += o.evidence;
    }

    pub fn score(&self) -> f64 {
        if self.articles == 0 {
            0.0
        } else {
            round4(self.score_sum / self.articles as f64)
        }
    }
}

/// The article a piece of corpus evidence comes from: what a reader needs
/// to find it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    #[serde(default)]
    pub title: String,
    /// `YYYY-MM-DD`, or `None` for an undated article.
    pub date: Option<String>,
    /// The outlet, when the input names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Source {
    /// The article of a result.
    pub fn of(r: &crate::model::ArticleResult) -> Source {
        Source {
            id: r.id.clone(),
            title: r.title.clone(),
            date: r.date.clone(),
            source: r.source.clone(),
        }
    }
}

/// An evidence sentence of the corpus, with the article it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Shared by every quote of the same article.
    pub article: std::sync::Arc<Source>,
    pub evidence: Evidence,
}

/// Corpus-level cells: a merge of per-article cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Aggregate {
    pub cells: BTreeMap<(String, String), Totals>,
    /// The first few evidence sentences per cell (in input order), each with
    /// its article, for `--evidence` on the aggregate.
    pub evidence: BTreeMap<(String, String), Vec<Quote>>,
    pub keep_evidence: usize,
}

impl Aggregate {
    pub fn new(keep_evidence: usize) -> Aggregate {
        Aggregate {
            keep_evidence,
            ..Aggregate::default()
        }
    }

    /// Adds one article's cells, knowing only its id.
    pub fn add(&mut self, article_id: &str, cells: &[Cell]) {
        let source = Source {
            id: article_id.to_string(),
            ..Source::default()
        };
        self.add_from(source, cells);
    }

    /// Adds one article's result: its evidence keeps the article's id,
    /// title, date and source.
    pub fn add_article(&mut self, r: &crate::model::ArticleResult) {
        self.add_from(Source::of(r), &r.cells);
    }

    fn add_from(&mut self, source: Source, cells: &[Cell]) {
        let source = std::sync::Arc::new(source);
        for c in cells {
            let key = (c.party.clone(), c.issue.clone());
            self.cells.entry(key.clone()).or_default().add_cell(c);
            if self.keep_evidence > 0 {
                let list = self.evidence.entry(key).or_default();
                for e in &c.evidence {
                    if list.len() >= self.keep_evidence {
                        break;
                    }
                    list.push(Quote {
                        article: source.clone(),
                        evidence: e.clone(),
                    });
                }
            }
        }
    }

    /// The kept evidence of a cell, each with its article.
    pub fn quotes(&self, party: &str, issue: &str) -> &[Quote] {
        self.evidence
            .get(&(party.to_string(), issue.to_string()))
            .map_or(&[], |v| v.as_slice())
    }

    /// Merges another aggregate into this one.
    pub fn merge(&mut self, other: &Aggregate) {
        for (k, t) in &other.cells {
            self.cells.entry(k.clone()).or_default().merge(t);
        }
        for (k, list) in &other.evidence {
            let mine = self.evidence.entry(k.clone()).or_default();
            for e in list {
                if mine.len() < self.keep_evidence {
                    mine.push(e.clone());
                }
            }
        }
    }

    /// The aggregate as cells (evidence lists hold the kept sentences).
    pub fn to_cells(&self) -> Vec<Cell> {
        self.cells
            .iter()
            .map(|((p, i), t)| {
                let score = t.score();
                Cell {
                    party: p.clone(),
                    issue: i.clone(),
                    label: Label::from_score(score),
                    score,
                    support: round4(t.support),
                    oppose: round4(t.oppose),
                    evidence_count: t.evidence,
                    articles: t.articles,
                    evidence: self
                        .evidence
                        .get(&(p.clone(), i.clone()))
                        .map(|v| v.iter().map(|q| q.evidence.clone()).collect())
                        .unwrap_or_default(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(p: Polarity, w: f64) -> Evidence {
        Evidence {
            sentence: String::new(),
            start: 0,
            end: 0,
            matches: vec![],
            polarity: p,
            weight: w,
            hedged: w < 1.0,
            conditional: false,
            rule: String::new(),
            in_title: false,
        }
    }

    #[test]
    fn scores_and_labels() {
        type Case<'a> = (&'a [(Polarity, f64)], Label, f64);
        let table: &[Case] = &[
            (&[(Polarity::Support, 1.0)], Label::Support, 1.0),
            (&[(Polarity::Oppose, 0.5)], Label::Oppose, -1.0),
            (
                &[(Polarity::Support, 1.0), (Polarity::Oppose, 1.0)],
                Label::Mixed,
                0.0,
            ),
            (
                &[
                    (Polarity::Support, 1.0),
                    (Polarity::Support, 1.0),
                    (Polarity::Oppose, 1.0),
                ],
                Label::Support,
                0.3333,
            ),
            (
                &[(Polarity::Support, 0.5), (Polarity::Oppose, 1.0)],
                Label::Oppose,
                -0.3333,
            ),
        ];
        for (evs, label, sc) in table {
            let cs = cells(vec![(
                ("P".into(), "I".into()),
                evs.iter().map(|&(p, w)| ev(p, w)).collect(),
            )]);
            assert_eq!(cs[0].label, *label);
            assert_eq!(cs[0].score, *sc);
        }
    }

    #[test]
    fn aggregate_is_mean_of_article_scores_and_merges() {
        let a = cells(vec![(
            ("P".into(), "I".into()),
            vec![ev(Polarity::Support, 1.0)],
        )]);
        let b = cells(vec![(
            ("P".into(), "I".into()),
            vec![ev(Polarity::Oppose, 1.0), ev(Polarity::Oppose, 1.0)],
        )]);
        let c = cells(vec![(
            ("P".into(), "I".into()),
            vec![ev(Polarity::Support, 0.5)],
        )]);
        let mut one = Aggregate::new(0);
        for x in [&a, &b, &c] {
            one.add("x", x);
        }
        let mut s1 = Aggregate::new(0);
        s1.add("x", &a);
        let mut s2 = Aggregate::new(0);
        s2.add("x", &b);
        s2.add("x", &c);
        s1.merge(&s2);
        assert_eq!(one, s1);
        let cell = &one.to_cells()[0];
        assert_eq!(cell.score, 0.3333);
        assert_eq!(cell.articles, 3);
        assert_eq!(cell.label, Label::Support);
    }
}
