//! The SVG chart of `stance track`: a [`Chart`] (worked out in
//! [`crate::track`]) drawn on a real time axis. At the top, the articles
//! analysed per period as bars (an empty period is a gap); then one panel per
//! issue, titled with its proposition, one line per party. A point sits at
//! the middle of its period; a line is broken across a period in which its
//! party has no point; a marker's area grows with the articles behind it.
//! Parties differ by colour (a colour-blind-safe palette), dash, width and
//! marker shape, and are nudged apart sideways, so lines on top of each
//! other both show. Every point has a tooltip (`<title>`) with its figures.
//!
//! Only drawing happens here: positions from dates and scores, never
//! figures.

use super::xml_escape as esc;
use crate::date::Date;
use crate::track::{Chart, Panel};
use std::io::{self, Write};

/// Okabe–Ito: told apart with the common colour-vision deficiencies.
pub(crate) const COLORS: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
];
/// Dash patterns, by party.
const DASHES: [&str; 4] = ["", "7 4", "2 3", "10 3 2 3"];
/// Marker shapes, by party.
const SHAPES: [&str; 4] = ["circle", "square", "triangle", "diamond"];

const WIDTH: f64 = 960.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 150.0;
const PLOT_W: f64 = WIDTH - LEFT - RIGHT;
const PLOT_H: f64 = 150.0;
/// Room above and below ±1 inside a panel, so full markers show.
const PAD: f64 = 12.0;
const STRIP_H: f64 = 40.0;
const HEADER_H: f64 = 104.0;
/// A strip: its label, bars, axis labels.
const STRIP_BLOCK: f64 = STRIP_H + 56.0;
/// A panel: title, plot, axis labels, space.
const PANEL_BLOCK: f64 = PLOT_H + 64.0;

/// Chart and lexicon, recorded in the file.
pub struct Meta<'a> {
    pub version: &'a str,
    pub lexicon: &'a str,
}

/// Positions of a chart.
struct Layout<'a> {
    chart: &'a Chart,
    /// Sideways nudge between parties, in pixels.
    dodge: f64,
}

impl<'a> Layout<'a> {
    fn new(chart: &'a Chart) -> Layout<'a> {
        let n = chart.periods.len().max(1) as f64;
        let parties = chart.parties.len().max(1) as f64;
        // At most 10 px, and never more than the period's width allows.
        let dodge = (PLOT_W / n / (parties + 1.0)).min(10.0);
        Layout { chart, dodge }
    }

    fn x_day(&self, day: f64) -> f64 {
        let (s, e) = (self.chart.start as f64, self.chart.end as f64);
        LEFT + (day - s) / (e - s).max(1.0) * PLOT_W
    }

    fn x_point(&self, start: i64, end: i64, index: usize) -> f64 {
        let mid = (start + end) as f64 / 2.0;
        let n = self.chart.parties.len().max(1) as f64;
        self.x_day(mid) + (index as f64 - (n - 1.0) / 2.0) * self.dodge
    }

    fn y_score(top: f64, score: f64) -> f64 {
        top + PAD + (1.0 - (score + 1.0) / 2.0) * (PLOT_H - 2.0 * PAD)
    }

    fn radius(&self, articles: usize) -> f64 {
        let max = self.chart.max_point_articles.max(1) as f64;
        2.5 + 5.5 * (articles as f64 / max).sqrt()
    }
}

/// `−1`, `−0.5`, `0`, `+0.5`, `+1`: a score as a tick label.
pub(crate) fn score_label(s: f64) -> String {
    if s == 0.0 {
        "0".into()
    } else {
        let t = format!("{:+}", s);
        t.replace('-', "−")
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A tick of the time axis: day, label, and whether it is a major one.
struct Tick {
    day: i64,
    label: String,
    major: bool,
}

/// Ticks for a span of days: years as major ticks (every k-th year over a
/// long span), months or quarters between them over a shorter one, weeks
/// over a few months. The year of the first day is labelled when the span
/// does not start on a year.
fn ticks(start: i64, end: i64) -> Vec<Tick> {
    let span = end - start;
    let first = Date::from_days(start);
    let last = Date::from_days(end - 1);
    let day = |y: i32, m: u32, d: u32| Date::new(y, m, d).map_or(0, |x| x.days_from_epoch());
    let mut out = Vec::new();
    let years = (last.year - first.year + 1).max(1);
    let step = match years {
        0..=12 => 1,
        13..=30 => 5,
        _ => 10,
    };
    for y in first.year..=last.year + 1 {
        let d = day(y, 1, 1);
        if d >= start && d <= end && y % step == 0 {
            out.push(Tick {
                day: d,
                label: y.to_string(),
                major: true,
            });
        }
    }
    if span <= 4 * 366 {
        // Months (or quarters over more than two years) between the years.
        let every = if span > 2 * 366 { 3 } else { 1 };
        for y in first.year..=last.year {
            for m in (1..=12).filter(|m| (m - 1) % every == 0 && *m != 1) {
                let d = day(y, m, 1);
                if d >= start && d <= end {
                    out.push(Tick {
                        day: d,
                        label: MONTHS[m as usize - 1].into(),
                        major: false,
                    });
                }
            }
        }
    }
    if span <= 120 {
        // Mondays.
        let mut d = start + (7 - (start + 3).rem_euclid(7)) % 7;
        while d <= end {
            let date = Date::from_days(d);
            if date.day != 1 {
                out.push(Tick {
                    day: d,
                    label: date.day.to_string(),
                    major: false,
                });
            }
            d += 7;
        }
    }
    if !out.iter().any(|t| t.major && t.day == start) {
        let label = if span <= 4 * 366 && first.day == 1 && first.month != 1 {
            format!("{} {}", MONTHS[first.month as usize - 1], first.year)
        } else {
            first.year.to_string()
        };
        out.retain(|t| t.day != start);
        out.push(Tick {
            day: start,
            label,
            major: true,
        });
    }
    out.sort_by_key(|t| t.day);
    out
}

/// The time axis under a plot whose bottom edge is at `y`.
fn axis(out: &mut dyn Write, lay: &Layout, y: f64) -> io::Result<()> {
    let c = lay.chart;
    // Right edge of the last label drawn: a minor label that would touch it
    // is left out.
    let mut edge = f64::MIN;
    for t in ticks(c.start, c.end) {
        let x = lay.x_day(t.day as f64);
        let w = t.label.chars().count() as f64 * 6.5;
        let left_aligned = t.day == c.start && t.major;
        let (from, to) = if left_aligned {
            (x, x + w)
        } else {
            (x - w / 2.0, x + w / 2.0)
        };
        if !t.major && from < edge + 4.0 {
            continue;
        }
        edge = to;
        let (len, size, color) = if t.major {
            (7.0, 11, "#333")
        } else {
            (4.0, 10, "#777")
        };
        writeln!(
            out,
            r##"<line x1="{x:.1}" y1="{y:.1}" x2="{x:.1}" y2="{:.1}" stroke="#555"/><text x="{x:.1}" y="{:.1}" text-anchor="{}" font-size="{size}" fill="{color}">{}</text>"##,
            y + len,
            y + len + 12.0,
            if left_aligned { "start" } else { "middle" },
            esc(&t.label)
        )?;
    }
    Ok(())
}

/// Light bands over the periods with no article at all.
fn gaps(out: &mut dyn Write, lay: &Layout, top: f64, height: f64) -> io::Result<()> {
    for p in lay.chart.periods.iter().filter(|p| p.articles == 0) {
        let (x0, x1) = (lay.x_day(p.start as f64), lay.x_day(p.end as f64));
        writeln!(
            out,
            r##"<rect class="gap" x="{x0:.1}" y="{top:.1}" width="{:.1}" height="{height:.1}" fill="#eeeeee"><title>{}: no articles</title></rect>"##,
            (x1 - x0).max(0.5),
            esc(&p.label)
        )?;
    }
    Ok(())
}

/// The bars of articles analysed per period, top edge at `top`.
fn strip(out: &mut dyn Write, lay: &Layout, top: f64) -> io::Result<()> {
    let c = lay.chart;
    let max = c
        .periods
        .iter()
        .map(|p| p.articles)
        .max()
        .unwrap_or(0)
        .max(1);
    writeln!(
        out,
        r#"<text x="{LEFT}" y="{:.1}" font-weight="bold">Articles analysed per {} (with a stance or not)</text>"#,
        top - 8.0,
        c.by.noun()
    )?;
    let bottom = top + STRIP_H;
    gaps(out, lay, top, STRIP_H)?;
    for p in &c.periods {
        if p.articles == 0 {
            continue;
        }
        let (x0, x1) = (lay.x_day(p.start as f64), lay.x_day(p.end as f64));
        let w = (x1 - x0 - 1.0).max(0.8);
        // Room above the highest bar for its count.
        let h = (STRIP_H - 10.0) * p.articles as f64 / max as f64;
        writeln!(
            out,
            r##"<rect class="bar" x="{:.1}" y="{:.1}" width="{w:.1}" height="{h:.1}" fill="#9a9a9a"><title>{}: {} article{}</title></rect>"##,
            x0 + 0.5,
            bottom - h,
            esc(&p.label),
            p.articles,
            if p.articles == 1 { "" } else { "s" }
        )?;
        if w >= 14.0 {
            writeln!(
                out,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="9" fill="#333">{}</text>"##,
                (x0 + x1) / 2.0,
                (bottom - h - 2.0).max(top + 8.0),
                p.articles
            )?;
        }
    }
    writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{bottom:.1}" x2="{:.1}" y2="{bottom:.1}" stroke="#555"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="10" fill="#555">{max}</text><text x="{:.1}" y="{bottom:.1}" text-anchor="end" font-size="10" fill="#555">0</text>"##,
        LEFT + PLOT_W,
        LEFT - 6.0,
        top + 14.0,
        LEFT - 6.0
    )?;
    axis(out, lay, bottom)
}

/// A marker of party `index` at (x, y), radius r.
fn marker(index: usize, x: f64, y: f64, r: f64, color: &str) -> String {
    let style = format!(r##"fill="{color}" fill-opacity="0.85" stroke="#fff" stroke-width="1""##);
    match SHAPES[index % SHAPES.len()] {
        "square" => {
            let s = r * 0.9;
            format!(
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" {style}"#,
                x - s,
                y - s,
                2.0 * s,
                2.0 * s
            )
        }
        "triangle" => {
            let s = r * 1.2;
            format!(
                r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" {style}"#,
                x,
                y - s,
                x + s * 0.95,
                y + s * 0.7,
                x - s * 0.95,
                y + s * 0.7
            )
        }
        "diamond" => {
            let s = r * 1.2;
            format!(
                r#"<polygon points="{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}" {style}"#,
                y - s,
                x + s,
                y + s,
                x - s
            )
        }
        _ => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" {style}"#),
    }
}

/// A party's line style: colour, dash, width.
fn style(index: usize) -> (&'static str, &'static str, f64) {
    (
        COLORS[index % COLORS.len()],
        DASHES[index % DASHES.len()],
        (3.5 - index as f64 * 0.75).max(1.5),
    )
}

/// A sample of a party's line and marker, `w` wide, centred on `y`.
fn sample(index: usize, x: f64, y: f64, w: f64) -> String {
    let (color, dash, width) = style(index);
    format!(
        r#"<line x1="{x:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{color}" stroke-width="{width}" stroke-dasharray="{dash}"/>{}/>"#,
        x + w,
        marker(index, x + w / 2.0, y, 4.5, color)
    )
}

/// One issue's panel, the title's baseline at `top` (the plot starts below
/// it, whether the title is drawn or not).
fn panel(out: &mut dyn Write, lay: &Layout, p: &Panel, top: f64, title: bool) -> io::Result<()> {
    if title {
        writeln!(
            out,
            r##"<text class="panel-title" x="{LEFT}" y="{top:.1}" font-size="13" font-weight="bold">{}<tspan font-weight="normal" fill="#666" font-size="11"> · {}</tspan></text>"##,
            esc(&p.proposition),
            esc(&p.issue)
        )?;
    }
    let top = top + 8.0;
    writeln!(
        out,
        r##"<rect x="{LEFT}" y="{top:.1}" width="{PLOT_W}" height="{PLOT_H}" fill="#fff" stroke="#999"/>"##
    )?;
    gaps(out, lay, top, PLOT_H)?;
    for s in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let y = Layout::y_score(top, s);
        writeln!(
            out,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{}"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11">{}</text>"##,
            LEFT + PLOT_W,
            if s == 0.0 { "#888" } else { "#e2e2e2" },
            LEFT - 6.0,
            y + 4.0,
            score_label(s)
        )?;
    }
    writeln!(
        out,
        r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#555">▲ support</text><text x="{:.1}" y="{:.1}" font-size="10" fill="#555">▼ oppose</text>"##,
        LEFT + PLOT_W + 8.0,
        Layout::y_score(top, 1.0) + 4.0,
        LEFT + PLOT_W + 8.0,
        Layout::y_score(top, -1.0) + 4.0
    )?;
    for line in &p.lines {
        let (color, dash, width) = style(line.index);
        let xy: Vec<(f64, f64)> = line
            .points
            .iter()
            .map(|q| {
                (
                    lay.x_point(q.start, q.end, line.index),
                    Layout::y_score(top, q.score),
                )
            })
            .collect();
        // Runs of joined points.
        let mut run: Vec<String> = Vec::new();
        let flush = |run: &mut Vec<String>, out: &mut dyn Write| -> io::Result<()> {
            if run.len() >= 2 {
                writeln!(
                    out,
                    r#"<polyline class="series" data-party="{}" fill="none" stroke="{color}" stroke-width="{width}" stroke-dasharray="{dash}" stroke-linejoin="round" points="{}"/>"#,
                    esc(&line.party),
                    run.join(" ")
                )?;
            }
            run.clear();
            Ok(())
        };
        for (q, (x, y)) in line.points.iter().zip(&xy) {
            if !q.joined {
                flush(&mut run, out)?;
            }
            run.push(format!("{x:.1},{y:.1}"));
        }
        flush(&mut run, out)?;
    }
    // Markers over every line.
    for line in &p.lines {
        let color = style(line.index).0;
        for q in &line.points {
            let (x, y) = (
                lay.x_point(q.start, q.end, line.index),
                Layout::y_score(top, q.score),
            );
            writeln!(
                out,
                "{}><title>{} · {}: {} from {} article{} (support {}, oppose {})</title></{}>",
                marker(line.index, x, y, lay.radius(q.articles), color),
                esc(&line.party),
                esc(&q.period),
                score_label(q.score),
                q.articles,
                if q.articles == 1 { "" } else { "s" },
                q.support,
                q.oppose,
                match SHAPES[line.index % SHAPES.len()] {
                    "square" => "rect",
                    "circle" => "circle",
                    _ => "polygon",
                }
            )?;
        }
    }
    // The parties of this panel, beside it.
    for (k, line) in p.lines.iter().enumerate() {
        let y = top + 36.0 + k as f64 * 18.0;
        writeln!(
            out,
            r#"{}<text x="{:.1}" y="{:.1}" fill="{}">{}</text>"#,
            sample(line.index, LEFT + PLOT_W + 8.0, y, 24.0),
            LEFT + PLOT_W + 38.0,
            y + 4.0,
            style(line.index).0,
            esc(&line.party)
        )?;
    }
    axis(out, lay, top + PLOT_H)
}

/// The heading: title, how to read it, the parties and the marker sizes.
fn header(out: &mut dyn Write, lay: &Layout) -> io::Result<()> {
    let c = lay.chart;
    writeln!(
        out,
        r#"<text x="{LEFT}" y="24" font-size="17" font-weight="bold">Stance over time, by {}</text>"#,
        c.by.noun()
    )?;
    let by = c.by.noun();
    writeln!(
        out,
        r##"<text x="{LEFT}" y="40" font-size="11" fill="#444">Each point: a party's mean score over the articles of a {by} with its stance (−1 oppose … +1 support), placed at the middle of the {by}.</text>"##
    )?;
    writeln!(
        out,
        r##"<text x="{LEFT}" y="54" font-size="11" fill="#444">Marker area: the articles behind the point. A line breaks across a {by} without a point; grey bands: {by}s without any article.</text>"##
    )?;
    legend(out, lay, 76.0)
}

/// The parties (line and marker) and the marker sizes, centred on `y`.
fn legend(out: &mut dyn Write, lay: &Layout, y: f64) -> io::Result<()> {
    let c = lay.chart;
    let ty = y + 4.0;
    let mut x = LEFT;
    for (i, party) in c.parties.iter().enumerate() {
        writeln!(
            out,
            r#"{}<text x="{:.1}" y="{ty}" fill="{}">{}</text>"#,
            sample(i, x, y, 28.0),
            x + 34.0,
            style(i).0,
            esc(party)
        )?;
        x += 44.0 + 8.0 * party.chars().count() as f64;
    }
    x += 20.0;
    writeln!(
        out,
        r##"<text x="{x:.1}" y="{ty}" fill="#444">articles:</text>"##
    )?;
    x += 58.0;
    let max = c.max_point_articles.max(1);
    let mut sizes = vec![1, max.div_ceil(2), max];
    sizes.dedup();
    for n in sizes {
        let r = lay.radius(n);
        writeln!(
            out,
            r##"{}/><text x="{:.1}" y="{ty}" fill="#444">{n}</text>"##,
            marker(0, x + r, y, r, "#777"),
            x + 2.0 * r + 4.0
        )?;
        x += 2.0 * r + 30.0;
    }
    Ok(())
}

/// The whole chart as one SVG file: heading, articles per period, then one
/// panel per issue.
pub fn write_svg(out: &mut dyn Write, c: &Chart, meta: &Meta) -> io::Result<()> {
    let lay = Layout::new(c);
    let height = HEADER_H + STRIP_BLOCK + c.panels.len() as f64 * PANEL_BLOCK + 30.0;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12">"#
    )?;
    writeln!(
        out,
        "<desc>stance {} lexicon {}</desc>",
        esc(meta.version),
        esc(meta.lexicon)
    )?;
    writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#)?;
    header(out, &lay)?;
    if c.periods.is_empty() {
        writeln!(
            out,
            r##"<text x="{LEFT}" y="{}" fill="#444">No dated article: nothing to place in time.</text>"##,
            HEADER_H + 20.0
        )?;
    } else {
        strip(out, &lay, HEADER_H + 20.0)?;
        for (i, p) in c.panels.iter().enumerate() {
            panel(
                out,
                &lay,
                p,
                HEADER_H + STRIP_BLOCK + 20.0 + i as f64 * PANEL_BLOCK,
                true,
            )?;
        }
    }
    writeln!(
        out,
        r##"<text x="{LEFT}" y="{:.1}" font-size="10" fill="#666">{}stance {}, lexicon {}</text>"##,
        height - 10.0,
        if c.undated > 0 {
            format!(
                "{} undated article{} not shown. ",
                c.undated,
                if c.undated == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        },
        esc(meta.version),
        esc(meta.lexicon)
    )?;
    writeln!(out, "</svg>")
}

/// The articles per period alone, as an inline `<svg>` (for the HTML
/// report).
pub(crate) fn write_strip_svg(out: &mut dyn Write, c: &Chart) -> io::Result<()> {
    let lay = Layout::new(c);
    let height = STRIP_BLOCK + 6.0;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12" role="img">"#
    )?;
    strip(out, &lay, 22.0)?;
    writeln!(out, "</svg>")
}

/// One issue's panel alone, with its parties beside it and no title (the
/// page has it), as an inline `<svg>` (for the HTML report).
pub(crate) fn write_panel_svg(out: &mut dyn Write, c: &Chart, p: &Panel) -> io::Result<()> {
    let lay = Layout::new(c);
    let height = PLOT_H + 34.0;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12" role="img">"#
    )?;
    panel(out, &lay, p, -4.0, false)?;
    writeln!(out, "</svg>")
}

/// The legend alone (parties, marker sizes), as an inline `<svg>` (for the
/// HTML report).
pub(crate) fn write_legend_svg(out: &mut dyn Write, c: &Chart) -> io::Result<()> {
    let lay = Layout::new(c);
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{WIDTH}" height="28" viewBox="0 0 {WIDTH} 28" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12" role="img">"#
    )?;
    legend(out, &lay, 14.0)?;
    writeln!(out, "</svg>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_labels_have_no_plus_zero() {
        let got: Vec<String> = [-1.0, -0.5, 0.0, 0.5, 1.0]
            .into_iter()
            .map(score_label)
            .collect();
        assert_eq!(got, ["−1", "−0.5", "0", "+0.5", "+1"]);
    }

    fn labels(from: (i32, u32, u32), to: (i32, u32, u32)) -> Vec<String> {
        let d = |(y, m, dd): (i32, u32, u32)| Date::new(y, m, dd).unwrap().days_from_epoch();
        ticks(d(from), d(to))
            .into_iter()
            .map(|t| {
                if t.major {
                    t.label
                } else {
                    t.label.to_lowercase()
                }
            })
            .collect()
    }

    #[test]
    fn ticks_suit_the_span() {
        // Three years by quarter: years, and quarters between.
        assert_eq!(
            labels((2018, 1, 1), (2021, 1, 1)),
            [
                "2018", "apr", "jul", "oct", "2019", "apr", "jul", "oct", "2020", "apr", "jul",
                "oct", "2021"
            ]
        );
        // A year from March: the first month names its year.
        assert_eq!(
            labels((2019, 3, 1), (2019, 9, 1)),
            ["Mar 2019", "apr", "may", "jun", "jul", "aug", "sep"]
        );
        // Twenty years: every fifth.
        assert_eq!(
            labels((2001, 1, 1), (2021, 1, 1)),
            ["2001", "2005", "2010", "2015", "2020"]
        );
    }
}
