//! Tracking: stances per period, and the largest shifts between periods.
//!
//! Receives per-article results (fresh, or read back from shards of
//! `analyze --format jsonl`) and folds each into a [`Timeline`]: per group
//! (all articles, or one outlet), per period and per (party, issue), the same
//! [`Totals`] the corpus matrix uses. A timeline is a merge of per-article
//! results, so shards combine into exactly the timeline of one run. Undated
//! articles go to the period `undated`, never dropped. [`Timeline::shifts`]
//! ranks the changes of score between consecutive non-empty periods.

use crate::date::Date;
use crate::engine::ArticleResult;
use crate::scoring::{Label, Totals};
use serde::Serialize;
use std::collections::BTreeMap;

/// Label of the period of undated articles.
pub const UNDATED: &str = "undated";

/// How articles are grouped in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    /// `2019-10-05`, `2019-W40` (ISO week), `2019-10`, `2019-Q4`, `2019`.
    pub fn label(self, d: Date) -> String {
        match self {
            Period::Day => d.to_string(),
            Period::Week => {
                let (y, w) = iso_week(d);
                format!("{y:04}-W{w:02}")
            }
            Period::Month => format!("{:04}-{:02}", d.year, d.month),
            Period::Quarter => format!("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1),
            Period::Year => format!("{:04}", d.year),
        }
    }
}

/// ISO 8601 week-numbering year and week of a date.
pub fn iso_week(d: Date) -> (i32, u32) {
    let days = d.days_from_epoch();
    let weekday = (days + 3).rem_euclid(7); // Monday = 0; 1970-01-01 was a Thursday
    let thursday = days - weekday + 3;
    // The year of that Thursday is the ISO year.
    let mut y = d.year + 1;
    let jan1 = |y: i32| {
        Date {
            year: y,
            month: 1,
            day: 1,
        }
        .days_from_epoch()
    };
    while jan1(y) > thursday {
        y -= 1;
    }
    let week = ((thursday - jan1(y)) / 7 + 1) as u32;
    (y, week)
}

/// A few article ids per direction, to show what drives a shift.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Drivers {
    pub support: Vec<String>,
    pub oppose: Vec<String>,
}

/// Articles kept per direction and cell-period.
pub const MAX_DRIVERS: usize = 5;

/// One cell of one period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Point {
    pub totals: Totals,
    pub drivers: Drivers,
}

/// A (party id, issue id) pair.
pub type CellKey = (String, String);

/// Period label → cell → point.
pub type Periods = BTreeMap<String, BTreeMap<CellKey, Point>>;

/// Sort order of cells (issue, then party).
pub type CellOrder<'a> = &'a dyn Fn(&CellKey) -> (usize, usize);

/// Stances over time: group → period → (party, issue) → point.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timeline {
    pub by: Option<Period>,
    pub groups: BTreeMap<String, Periods>,
}

/// A change of score between two consecutive non-empty periods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shift {
    pub group: String,
    pub party: String,
    pub issue: String,
    pub from: String,
    pub to: String,
    pub from_score: f64,
    pub to_score: f64,
    pub change: f64,
    pub sign_changed: bool,
    /// Articles of the later period whose stance points the way of the change.
    pub articles: Vec<String>,
}

impl Timeline {
    pub fn new(by: Period) -> Timeline {
        Timeline {
            by: Some(by),
            groups: BTreeMap::new(),
        }
    }

    /// Adds one article; `group` is `all` or the article's source.
    pub fn add(&mut self, r: &ArticleResult, group: &str) {
        let by = self.by.unwrap_or(Period::Month);
        let period = r
            .parsed_date()
            .map_or_else(|| UNDATED.to_string(), |d| by.label(d));
        let cells = self
            .groups
            .entry(group.to_string())
            .or_default()
            .entry(period)
            .or_default();
        for c in &r.cells {
            let p = cells.entry((c.party.clone(), c.issue.clone())).or_default();
            p.totals.add_cell(c);
            let list = if c.score > 0.0 {
                &mut p.drivers.support
            } else if c.score < 0.0 {
                &mut p.drivers.oppose
            } else {
                continue;
            };
            if list.len() < MAX_DRIVERS {
                list.push(r.id.clone());
            }
        }
    }

    /// Merges another timeline (a shard) into this one.
    pub fn merge(&mut self, other: &Timeline) {
        for (g, periods) in &other.groups {
            let mine = self.groups.entry(g.clone()).or_default();
            for (period, cells) in periods {
                let mp = mine.entry(period.clone()).or_default();
                for (k, p) in cells {
                    let m = mp.entry(k.clone()).or_default();
                    m.totals.merge(&p.totals);
                    for (a, b) in [
                        (&mut m.drivers.support, &p.drivers.support),
                        (&mut m.drivers.oppose, &p.drivers.oppose),
                    ] {
                        for id in b {
                            if a.len() < MAX_DRIVERS {
                                a.push(id.clone());
                            }
                        }
                    }
                }
            }
        }
    }

    /// Periods of a group in order (dated ones sorted, `undated` last).
    pub fn periods(&self, group: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .groups
            .get(group)
            .map(|g| g.keys().cloned().collect())
            .unwrap_or_default();
        v.sort_by_key(|p| (p == UNDATED, p.clone()));
        v
    }

    /// Every (party, issue) seen in a group, in the order given by `order`.
    pub fn series_keys(&self, group: &str, order: CellOrder) -> Vec<(String, String)> {
        let mut keys: Vec<(String, String)> = self
            .groups
            .get(group)
            .into_iter()
            .flat_map(|g| g.values().flat_map(|c| c.keys().cloned()))
            .collect();
        keys.sort_by_key(|k| (order(k), k.clone()));
        keys.dedup();
        keys
    }

    pub fn point(&self, group: &str, period: &str, key: &(String, String)) -> Option<&Point> {
        self.groups.get(group)?.get(period)?.get(key)
    }

    /// The largest changes of score between consecutive non-empty dated
    /// periods, largest first.
    pub fn shifts(&self, top: usize) -> Vec<Shift> {
        let mut out = Vec::new();
        for group in self.groups.keys() {
            let periods: Vec<String> = self
                .periods(group)
                .into_iter()
                .filter(|p| p != UNDATED)
                .collect();
            for key in self.series_keys(group, &|_| (0, 0)) {
                let mut prev: Option<(&String, f64)> = None;
                for period in &periods {
                    let Some(p) = self.point(group, period, &key) else {
                        continue;
                    };
                    let score = p.totals.score();
                    if let Some((from, from_score)) = prev {
                        let change = crate::scoring::round4(score - from_score);
                        if change != 0.0 {
                            let articles = if change > 0.0 {
                                p.drivers.support.clone()
                            } else {
                                p.drivers.oppose.clone()
                            };
                            out.push(Shift {
                                group: group.clone(),
                                party: key.0.clone(),
                                issue: key.1.clone(),
                                from: from.clone(),
                                to: period.clone(),
                                from_score,
                                to_score: score,
                                change,
                                sign_changed: Label::from_score(score)
                                    != Label::from_score(from_score)
                                    && (from_score * score < 0.0),
                                articles,
                            });
                        }
                    }
                    prev = Some((period, score));
                }
            }
        }
        out.sort_by(|a, b| {
            b.change.abs().total_cmp(&a.change.abs()).then_with(|| {
                (&a.group, &a.party, &a.issue, &a.from)
                    .cmp(&(&b.group, &b.party, &b.issue, &b.from))
            })
        });
        out.truncate(top);
        out
    }
}

/// A sparkline of scores in [-1, 1]; a gap (`·`) for an empty period.
pub fn sparkline(scores: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    scores
        .iter()
        .map(|s| match s {
            None => '·',
            Some(x) => BARS[(((x + 1.0) / 2.0) * 7.0).round().clamp(0.0, 7.0) as usize],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_labels() {
        let d = Date::new(2019, 10, 5).unwrap();
        let table = [
            (Period::Day, "2019-10-05"),
            (Period::Week, "2019-W40"),
            (Period::Month, "2019-10"),
            (Period::Quarter, "2019-Q4"),
            (Period::Year, "2019"),
        ];
        for (p, want) in table {
            assert_eq!(p.label(d), want);
        }
    }

    #[test]
    fn iso_weeks_at_year_edges() {
        let table = [
            ((2019, 12, 30), (2020, 1)),
            ((2021, 1, 3), (2020, 53)),
            ((2018, 1, 1), (2018, 1)),
            ((2020, 12, 31), (2020, 53)),
        ];
        for ((y, m, d), want) in table {
            assert_eq!(iso_week(Date::new(y, m, d).unwrap()), want, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn sparkline_spans_the_range() {
        assert_eq!(sparkline(&[Some(-1.0), None, Some(0.0), Some(1.0)]), "▁·▅█");
    }
}
