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
use crate::model::ArticleResult;
use crate::model::Label;
use crate::scoring::{Quote, Source, Totals};
use serde::Serialize;
use std::collections::BTreeMap;

/// Label of the period of undated articles.
pub(crate) const UNDATED: &str = "undated";

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

impl Period {
    /// The days a period label covers, as days since 1970-01-01: first day
    /// and the day after the last (`None` for `undated` or a label of
    /// another length of period).
    pub fn bounds(self, label: &str) -> Option<(i64, i64)> {
        let num = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let day = |y: i32, m: u32| Date::new(y, m, 1).map(|d| d.days_from_epoch());
        let month_after = |y: i32, m: u32| {
            if m == 12 {
                day(y + 1, 1)
            } else {
                day(y, m + 1)
            }
        };
        match self {
            Period::Day => {
                let d = Date::parse(label)?;
                (d.to_string() == label).then(|| {
                    let n = d.days_from_epoch();
                    (n, n + 1)
                })
            }
            Period::Week => {
                let (y, w) = label.split_once("-W")?;
                let (y, w) = (num(y)? as i32, num(w)?);
                let jan4 = Date::new(y, 1, 4)?.days_from_epoch();
                let monday = jan4 - (jan4 + 3).rem_euclid(7) + (i64::from(w) - 1) * 7;
                (iso_week(Date::from_days(monday)) == (y, w)).then_some((monday, monday + 7))
            }
            Period::Month => {
                let (y, m) = label.split_once('-')?;
                let (y, m) = (num(y)? as i32, num(m)?);
                Some((day(y, m)?, month_after(y, m)?))
            }
            Period::Quarter => {
                let (y, q) = label.split_once("-Q")?;
                let (y, q) = (num(y)? as i32, num(q)?);
                if !(1..=4).contains(&q) {
                    return None;
                }
                Some((day(y, 3 * q - 2)?, month_after(y, 3 * q)?))
            }
            Period::Year => {
                let y = num(label)? as i32;
                Some((day(y, 1)?, day(y + 1, 1)?))
            }
        }
    }

    /// The period after the one that starts on day `start`.
    fn next_start(self, start: i64) -> i64 {
        match self {
            Period::Day => start + 1,
            Period::Week => start + 7,
            _ => {
                let d = Date::from_days(start);
                let label = self.label(d);
                self.bounds(&label).map_or(start + 1, |(_, end)| end)
            }
        }
    }

    /// The noun for one period: `day`, `week`, `month`, `quarter`, `year`.
    pub fn noun(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

/// ISO 8601 week-numbering year and week of a date.
pub(crate) fn iso_week(d: Date) -> (i32, u32) {
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
pub(crate) const MAX_DRIVERS: usize = 5;

/// One cell of one period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Point {
    pub totals: Totals,
    pub drivers: Drivers,
    /// The evidence of the driving articles, when the timeline keeps it
    /// ([`Timeline::keep_evidence`]), each with its article.
    pub quotes: Vec<Quote>,
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
    /// Group → period → articles analysed (with a stance or not).
    pub articles: BTreeMap<String, BTreeMap<String, usize>>,
    /// Evidence sentences kept per driving article and cell (0: none; the
    /// HTML report keeps a few, to show what drives each shift).
    pub keep_evidence: usize,
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
    /// Their evidence for this cell, when the timeline keeps it.
    #[serde(skip)]
    pub quotes: Vec<Quote>,
}

impl Timeline {
    pub fn new(by: Period) -> Timeline {
        Timeline {
            by: Some(by),
            groups: BTreeMap::new(),
            articles: BTreeMap::new(),
            keep_evidence: 0,
        }
    }

    /// Adds one article; `group` is `all` or the article's source.
    pub fn add(&mut self, r: &ArticleResult, group: &str) {
        let by = self.by.unwrap_or(Period::Month);
        let period = r
            .parsed_date()
            .map_or_else(|| UNDATED.to_string(), |d| by.label(d));
        *self
            .articles
            .entry(group.to_string())
            .or_default()
            .entry(period.clone())
            .or_default() += 1;
        let cells = self
            .groups
            .entry(group.to_string())
            .or_default()
            .entry(period)
            .or_default();
        let mut source: Option<std::sync::Arc<Source>> = None;
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
                if self.keep_evidence > 0 {
                    let article = source
                        .get_or_insert_with(|| std::sync::Arc::new(Source::of(r)))
                        .clone();
                    p.quotes
                        .extend(c.evidence.iter().take(self.keep_evidence).map(|e| Quote {
                            article: article.clone(),
                            evidence: e.clone(),
                        }));
                }
            }
        }
    }

    /// Merges another timeline (a shard) into this one.
    pub fn merge(&mut self, other: &Timeline) {
        for (g, periods) in &other.articles {
            let mine = self.articles.entry(g.clone()).or_default();
            for (period, n) in periods {
                *mine.entry(period.clone()).or_default() += n;
            }
        }
        for (g, periods) in &other.groups {
            let mine = self.groups.entry(g.clone()).or_default();
            for (period, cells) in periods {
                let mp = mine.entry(period.clone()).or_default();
                for (k, p) in cells {
                    let m = mp.entry(k.clone()).or_default();
                    m.totals.merge(&p.totals);
                    let mut taken = std::collections::HashSet::new();
                    for (a, b) in [
                        (&mut m.drivers.support, &p.drivers.support),
                        (&mut m.drivers.oppose, &p.drivers.oppose),
                    ] {
                        for id in b {
                            if a.len() < MAX_DRIVERS {
                                a.push(id.clone());
                                taken.insert(id.as_str());
                            }
                        }
                    }
                    m.quotes.extend(
                        p.quotes
                            .iter()
                            .filter(|q| taken.contains(q.article.id.as_str()))
                            .cloned(),
                    );
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
                            let quotes = p
                                .quotes
                                .iter()
                                .filter(|q| articles.contains(&q.article.id))
                                .cloned()
                                .collect();
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
                                quotes,
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

/// What a chart of a timeline shows, worked out here so that its printers
/// (SVG, HTML) only draw: the periods on a time axis, and per issue one
/// line per party. Days are counted from 1970-01-01.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub by: Period,
    /// First day of the first dated period and the day after the last.
    pub start: i64,
    pub end: i64,
    /// Every period from the first dated one to the last, in order, with
    /// its articles analysed (0: a gap in the corpus).
    pub periods: Vec<ChartPeriod>,
    /// One panel per issue that has a point.
    pub panels: Vec<Panel>,
    /// Party ids, in the order that fixes each one's colour and marker.
    pub parties: Vec<String>,
    /// Undated articles (not on the time axis).
    pub undated: usize,
    /// The most articles behind one point (the marker scale).
    pub max_point_articles: usize,
}

/// One period of a chart's time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPeriod {
    pub label: String,
    pub start: i64,
    pub end: i64,
    pub articles: usize,
}

/// One issue of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub issue: String,
    pub proposition: String,
    pub lines: Vec<Line>,
}

/// One party's series on an issue.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub party: String,
    /// Position of the party in [`Chart::parties`].
    pub index: usize,
    pub points: Vec<ChartPoint>,
}

/// One period of a series: the totals of every group merged.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub period: String,
    pub start: i64,
    pub end: i64,
    pub score: f64,
    pub support: f64,
    pub oppose: f64,
    /// Articles with evidence for this party and issue in the period.
    pub articles: usize,
    /// The series also has a point in the period right before this one, so
    /// the line runs on; otherwise it is broken (an empty period between).
    pub joined: bool,
}

/// At most this many periods on one time axis (days over 50 years).
const MAX_CHART_PERIODS: usize = 20_000;

impl Chart {
    /// The chart of `t` for `parties` and `issues` (id, proposition), in
    /// their order; every group (outlet) merged.
    pub fn new(t: &Timeline, parties: &[String], issues: &[(String, String)]) -> Chart {
        let by = t.by.unwrap_or(Period::Month);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for periods in t.articles.values() {
            for (p, n) in periods {
                *counts.entry(p.as_str()).or_default() += n;
            }
        }
        let undated = counts.get(UNDATED).copied().unwrap_or(0);
        // Period labels with any point or article, placed by date.
        let mut labels: Vec<&str> = counts.keys().copied().collect();
        labels.extend(t.groups.values().flat_map(|g| g.keys().map(String::as_str)));
        let mut spans: Vec<(i64, i64)> = labels.iter().filter_map(|l| by.bounds(l)).collect();
        spans.sort_unstable();
        spans.dedup();
        let mut periods = Vec::new();
        if let (Some(first), Some(last)) = (spans.first(), spans.last()) {
            let mut start = first.0;
            while start < last.1 && periods.len() < MAX_CHART_PERIODS {
                let label = by.label(Date::from_days(start));
                let end = by.bounds(&label).map_or(start + 1, |b| b.1).max(start + 1);
                periods.push(ChartPeriod {
                    articles: counts.get(label.as_str()).copied().unwrap_or(0),
                    label,
                    start,
                    end,
                });
                start = by.next_start(start).max(end);
            }
        }
        let (start, end) = (
            periods.first().map_or(0, |p| p.start),
            periods.last().map_or(1, |p| p.end),
        );
        let mut max_point_articles = 0;
        let mut panels = Vec::new();
        for (issue, proposition) in issues {
            let mut lines = Vec::new();
            for (index, party) in parties.iter().enumerate() {
                let key = (party.clone(), issue.clone());
                let mut points: Vec<ChartPoint> = Vec::new();
                for p in &periods {
                    let mut totals = crate::scoring::Totals::default();
                    for g in t.groups.keys() {
                        if let Some(x) = t.point(g, &p.label, &key) {
                            totals.merge(&x.totals);
                        }
                    }
                    if totals.articles == 0 {
                        continue;
                    }
                    max_point_articles = max_point_articles.max(totals.articles);
                    let joined = points.last().is_some_and(|q| q.end == p.start);
                    points.push(ChartPoint {
                        period: p.label.clone(),
                        start: p.start,
                        end: p.end,
                        score: totals.score(),
                        support: crate::scoring::round4(totals.support),
                        oppose: crate::scoring::round4(totals.oppose),
                        articles: totals.articles,
                        joined,
                    });
                }
                if !points.is_empty() {
                    lines.push(Line {
                        party: party.clone(),
                        index,
                        points,
                    });
                }
            }
            if !lines.is_empty() {
                panels.push(Panel {
                    issue: issue.clone(),
                    proposition: proposition.clone(),
                    lines,
                });
            }
        }
        Chart {
            by,
            start,
            end,
            periods,
            panels,
            parties: parties.to_vec(),
            undated,
            max_point_articles,
        }
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
    fn period_bounds_invert_labels() {
        let table = [
            (Period::Day, "2019-10-05", (2019, 10, 5), (2019, 10, 6)),
            (Period::Week, "2019-W40", (2019, 9, 30), (2019, 10, 7)),
            (Period::Week, "2020-W53", (2020, 12, 28), (2021, 1, 4)),
            (Period::Week, "2019-W01", (2018, 12, 31), (2019, 1, 7)),
            (Period::Month, "2019-12", (2019, 12, 1), (2020, 1, 1)),
            (Period::Month, "2020-02", (2020, 2, 1), (2020, 3, 1)),
            (Period::Quarter, "2019-Q4", (2019, 10, 1), (2020, 1, 1)),
            (Period::Quarter, "2019-Q2", (2019, 4, 1), (2019, 7, 1)),
            (Period::Year, "2019", (2019, 1, 1), (2020, 1, 1)),
        ];
        let day = |(y, m, d): (i32, u32, u32)| Date::new(y, m, d).unwrap().days_from_epoch();
        for (p, label, from, to) in table {
            assert_eq!(p.bounds(label), Some((day(from), day(to))), "{label}");
            // Every day of the period has that label.
            let (s, e) = p.bounds(label).unwrap();
            for d in s..e {
                assert_eq!(p.label(Date::from_days(d)), label);
            }
        }
        for (p, bad) in [
            (Period::Week, "2019-W53"),
            (Period::Quarter, "2019-Q5"),
            (Period::Month, "2019-13"),
            (Period::Year, UNDATED),
            (Period::Day, "2019-1-5"),
        ] {
            assert_eq!(p.bounds(bad), None, "{bad}");
        }
    }

    fn result(id: &str, date: Option<&str>, party: &str, score: f64) -> ArticleResult {
        let label = Label::from_score(score);
        ArticleResult {
            id: id.into(),
            date: date.map(String::from),
            title: String::new(),
            source: None,
            cells: if score.is_nan() {
                Vec::new()
            } else {
                vec![crate::model::Cell {
                    party: party.into(),
                    issue: "talks".into(),
                    label,
                    score,
                    support: f64::from(score > 0.0),
                    oppose: f64::from(score < 0.0),
                    evidence_count: 1,
                    articles: 1,
                    evidence: Vec::new(),
                }]
            },
        }
    }

    #[test]
    fn chart_places_periods_by_date_and_breaks_lines_across_gaps() {
        let mut t = Timeline::new(Period::Quarter);
        for r in [
            result("a", Some("2019-01-05"), "US", 1.0),
            result("b", Some("2019-04-05"), "US", -1.0),
            result("c", Some("2019-05-05"), "US", 1.0),
            // 2019-Q3 and Q4: nothing; 2020-Q1 an article without a stance.
            result("d", Some("2020-02-01"), "US", f64::NAN),
            result("e", Some("2020-04-01"), "US", 1.0),
            result("f", None, "US", 1.0),
        ] {
            t.add(&r, "all");
        }
        let chart = Chart::new(
            &t,
            &["US".into(), "DPRK".into()],
            &[("talks".into(), "Talks should be held".into())],
        );
        let labels: Vec<(&str, usize)> = chart
            .periods
            .iter()
            .map(|p| (p.label.as_str(), p.articles))
            .collect();
        assert_eq!(
            labels,
            [
                ("2019-Q1", 1),
                ("2019-Q2", 2),
                ("2019-Q3", 0),
                ("2019-Q4", 0),
                ("2020-Q1", 1),
                ("2020-Q2", 1)
            ]
        );
        assert_eq!(chart.undated, 1);
        assert_eq!(chart.panels.len(), 1);
        assert_eq!(chart.panels[0].proposition, "Talks should be held");
        let line = &chart.panels[0].lines[0];
        assert_eq!((line.party.as_str(), line.index), ("US", 0));
        let pts: Vec<(&str, f64, usize, bool)> = line
            .points
            .iter()
            .map(|p| (p.period.as_str(), p.score, p.articles, p.joined))
            .collect();
        assert_eq!(
            pts,
            [
                ("2019-Q1", 1.0, 1, false),
                ("2019-Q2", 0.0, 2, true),
                ("2020-Q2", 1.0, 1, false)
            ]
        );
        assert_eq!(chart.max_point_articles, 2);
        assert_eq!(
            chart.start,
            Date::new(2019, 1, 1).unwrap().days_from_epoch()
        );
        assert_eq!(chart.end, Date::new(2020, 7, 1).unwrap().days_from_epoch());
    }

    #[test]
    fn sparkline_spans_the_range() {
        assert_eq!(sparkline(&[Some(-1.0), None, Some(0.0), Some(1.0)]), "▁·▅█");
    }
}
