//! Printers for `stance track`: terminal table with sparklines, tidy CSV,
//! JSON, and an SVG line chart (one panel per issue, one line per party).

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
    pub lexicon_hash: String,
}

impl TrackView {
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

const COLORS: [&str; 8] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An SVG line chart: one panel per issue, one line per party, periods on
/// the x axis (dated periods of all groups), score −1…+1 on the y axis.
pub fn write_svg(out: &mut dyn Write, t: &Timeline, v: &TrackView) -> io::Result<()> {
    let mut periods: Vec<String> = t
        .groups
        .keys()
        .flat_map(|g| t.periods(g))
        .filter(|p| p != UNDATED)
        .collect();
    periods.sort();
    periods.dedup();
    let issues: Vec<&String> = v
        .issues
        .iter()
        .filter(|i| {
            t.groups
                .keys()
                .any(|g| v.keys(t, g).iter().any(|k| &k.1 == *i))
        })
        .collect();
    let (pw, ph, margin_l, margin_t) = (760.0, 170.0, 60.0, 40.0);
    let height = margin_t + issues.len() as f64 * (ph + 50.0) + 40.0;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{height}" viewBox="0 0 {} {height}" font-family="sans-serif" font-size="12">"#,
        pw + margin_l + 140.0,
        pw + margin_l + 140.0
    )?;
    writeln!(
        out,
        "<desc>stance {} lexicon {}</desc>",
        super::VERSION,
        esc(&v.lexicon_hash)
    )?;
    writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#)?;
    writeln!(
        out,
        r#"<text x="{margin_l}" y="24" font-size="16">Stance over time (score −1 oppose … +1 support)</text>"#
    )?;
    let n = periods.len().max(1);
    let x_of = |i: usize| {
        margin_l
            + if n == 1 {
                pw / 2.0
            } else {
                i as f64 * pw / (n - 1) as f64
            }
    };
    for (row, issue) in issues.iter().enumerate() {
        let top = margin_t + row as f64 * (ph + 50.0) + 20.0;
        let y_of = |s: f64| top + (1.0 - (s + 1.0) / 2.0) * ph;
        writeln!(
            out,
            r#"<text x="{margin_l}" y="{}" font-weight="bold">{}</text>"#,
            top - 6.0,
            esc(issue)
        )?;
        writeln!(
            out,
            r##"<rect x="{margin_l}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>"##
        )?;
        for s in [-1.0, 0.0, 1.0] {
            writeln!(
                out,
                r##"<line x1="{margin_l}" y1="{y}" x2="{}" y2="{y}" stroke="#ddd"/><text x="{}" y="{}" text-anchor="end">{s:+.0}</text>"##,
                margin_l + pw,
                margin_l - 6.0,
                y_of(s) + 4.0,
                y = y_of(s)
            )?;
        }
        for (i, p) in periods.iter().enumerate() {
            if n <= 12 || i % n.div_ceil(12) == 0 {
                writeln!(
                    out,
                    r#"<text x="{}" y="{}" text-anchor="middle" font-size="10">{}</text>"#,
                    x_of(i),
                    top + ph + 14.0,
                    esc(p)
                )?;
            }
        }
        for (pi, party) in v.parties.iter().enumerate() {
            let color = COLORS[pi % COLORS.len()];
            let key = (party.clone(), (*issue).clone());
            let pts: Vec<(f64, f64)> = periods
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    // Mean over groups that have the point.
                    let vals: Vec<f64> = t
                        .groups
                        .keys()
                        .filter_map(|g| t.point(g, p, &key))
                        .map(|x| x.totals.score())
                        .collect();
                    (!vals.is_empty())
                        .then(|| (x_of(i), y_of(vals.iter().sum::<f64>() / vals.len() as f64)))
                })
                .collect();
            if pts.is_empty() {
                continue;
            }
            let path: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
            writeln!(
                out,
                r#"<polyline fill="none" stroke="{color}" stroke-width="2" points="{}"/>"#,
                path.join(" ")
            )?;
            for (x, y) in &pts {
                writeln!(
                    out,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="3" fill="{color}"/>"#
                )?;
            }
            writeln!(
                out,
                r#"<text x="{}" y="{}" fill="{color}">{}</text>"#,
                margin_l + pw + 10.0,
                top + 14.0 + pi as f64 * 16.0,
                esc(party)
            )?;
        }
    }
    writeln!(out, "</svg>")
}
