//! Printers for `stance track`: terminal table with sparklines, tidy CSV and
//! JSON (the SVG chart is in [`super::chart`]).

use crate::track::{sparkline, Shift, Timeline, UNDATED};
use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};
use serde::Serialize;
use std::io::{self, Write};

/// What to show of a timeline, fixed for the run.
#[derive(Debug, Clone, Default)]
pub struct TrackView {
    /// Party ids in lexicon order (only these are shown).
    pub parties: Vec<String>,
    /// Issue ids in lexicon order (only these are shown).
    pub issues: Vec<String>,
    /// The proposition of each issue, in the order of `issues`.
    pub propositions: Vec<String>,
    pub lexicon_hash: String,
}

impl TrackView {
    /// The chart of a timeline: the parties and issues of this view.
    pub fn chart(&self, t: &Timeline) -> crate::track::Chart {
        let issues: Vec<(String, String)> = self
            .issues
            .iter()
            .enumerate()
            .map(|(i, id)| {
                (
                    id.clone(),
                    self.propositions.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect();
        crate::track::Chart::new(t, &self.parties, &issues)
    }

    fn order(&self, k: &(String, String)) -> (usize, usize) {
        let i = self
            .issues
            .iter()
            .position(|x| *x == k.1)
            .unwrap_or(usize::MAX);
        let p = self
            .parties
            .iter()
            .position(|x| *x == k.0)
            .unwrap_or(usize::MAX);
        (i, p)
    }

    fn keys(&self, t: &Timeline, group: &str) -> Vec<(String, String)> {
        t.series_keys(group, &|k| self.order(k))
            .into_iter()
            .filter(|k| self.parties.contains(&k.0) && self.issues.contains(&k.1))
            .collect()
    }
}

/// Terminal table: one row per party × issue with a sparkline across periods,
/// then the largest shifts.
pub fn write_table(
    out: &mut dyn Write,
    t: &Timeline,
    v: &TrackView,
    shifts: &[Shift],
) -> io::Result<()> {
    for group in t.groups.keys() {
        let periods = t.periods(group);
        if t.groups.len() > 1 || group != "all" {
            writeln!(out, "source: {group}")?;
        }
        writeln!(
            out,
            "periods: {} … {} ({})",
            periods.first().map_or("", |s| s),
            periods.last().map_or("", |s| s),
            periods.len()
        )?;
        let mut table = Table::new();
        table
            .load_preset(UTF8_FULL)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .force_no_tty();
        table.set_header(vec!["Party", "Issue", "Trend", "First", "Last", "Articles"]);
        for key in v.keys(t, group) {
            let points: Vec<Option<f64>> = periods
                .iter()
                .filter(|p| *p != UNDATED)
                .map(|p| t.point(group, p, &key).map(|x| x.totals.score()))
                .collect();
            let present: Vec<f64> = points.iter().flatten().copied().collect();
            let articles: usize = periods
                .iter()
                .filter_map(|p| t.point(group, p, &key))
                .map(|x| x.totals.articles)
                .sum();
            table.add_row(vec![
                key.0.clone(),
                key.1.clone(),
                sparkline(&points),
                present.first().map_or("–".into(), |x| format!("{x:+.2}")),
                present.last().map_or("–".into(), |x| format!("{x:+.2}")),
                articles.to_string(),
            ]);
        }
        writeln!(out, "{table}")?;
    }
    writeln!(out, "stance {}; lexicon {}", super::VERSION, v.lexicon_hash)?;
    writeln!(out, "\nLargest shifts between consecutive periods:")?;
    if shifts.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for s in shifts {
        writeln!(
            out,
            "  {}{} {}: {} → {}  {:+.2} → {:+.2} ({:+.2}){}  articles: {}",
            if t.groups.len() > 1 || s.group != "all" {
                format!("[{}] ", s.group)
            } else {
                String::new()
            },
            s.party,
            s.issue,
            s.from,
            s.to,
            s.from_score,
            s.to_score,
            s.change,
            if s.sign_changed { ", sign changed" } else { "" },
            if s.articles.is_empty() {
                "–".to_string()
            } else {
                s.articles.join(", ")
            }
        )?;
    }
    Ok(())
}

/// Tidy CSV: `period,party,issue,score,support,oppose,articles` (with a
/// leading `source` column when grouped by source).
pub fn write_csv(
    out: &mut dyn Write,
    t: &Timeline,
    v: &TrackView,
    grouped: bool,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec![
        "period",
        "party",
        "issue",
        "score",
        "support",
        "oppose",
        "articles",
        "lexicon",
        "stance_version",
    ];
    if grouped {
        header.insert(0, "source");
    }
    w.write_record(&header).map_err(io::Error::other)?;
    for group in t.groups.keys() {
        for period in t.periods(group) {
            for key in v.keys(t, group) {
                let Some(p) = t.point(group, &period, &key) else {
                    continue;
                };
                let mut row = vec![
                    period.clone(),
                    super::csv_guard(&key.0).into_owned(),
                    super::csv_guard(&key.1).into_owned(),
                    format!("{:.4}", p.totals.score()),
                    format!("{:.4}", crate::scoring::round4(p.totals.support)),
                    format!("{:.4}", crate::scoring::round4(p.totals.oppose)),
                    p.totals.articles.to_string(),
                    v.lexicon_hash.clone(),
                    super::VERSION.to_string(),
                ];
                if grouped {
                    row.insert(0, super::csv_guard(group).into_owned());
                }
                w.write_record(&row).map_err(io::Error::other)?;
            }
        }
    }
    w.flush()
}

#[derive(Serialize)]
struct JsonPoint {
    source: String,
    period: String,
    party: String,
    issue: String,
    score: f64,
    support: f64,
    oppose: f64,
    articles: usize,
}

/// JSON: `{"periods", "series": [...], "shifts": [...]}`.
pub fn write_json(
    out: &mut dyn Write,
    t: &Timeline,
    v: &TrackView,
    shifts: &[Shift],
) -> io::Result<()> {
    let mut series = Vec::new();
    let mut all_periods = Vec::new();
    for group in t.groups.keys() {
        let periods = t.periods(group);
        for period in &periods {
            for key in v.keys(t, group) {
                if let Some(p) = t.point(group, period, &key) {
                    series.push(JsonPoint {
                        source: group.clone(),
                        period: period.clone(),
                        party: key.0.clone(),
                        issue: key.1.clone(),
                        score: p.totals.score(),
                        support: crate::scoring::round4(p.totals.support),
                        oppose: crate::scoring::round4(p.totals.oppose),
                        articles: p.totals.articles,
                    });
                }
            }
        }
        all_periods.extend(periods);
    }
    all_periods.sort_by_key(|p| (p == UNDATED, p.clone()));
    all_periods.dedup();
    let doc = serde_json::json!({
        "stance_version": super::VERSION,
        "lexicon": v.lexicon_hash,
        "periods": all_periods,
        "series": series,
        "shifts": shifts,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}
