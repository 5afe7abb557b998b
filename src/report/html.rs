//! The HTML reports: `analyze --format html` (the matrix and each cell's
//! evidence) and `track --format html` (the chart, the ranked shifts and the
//! articles that drive them). One self-contained file each: inline CSS and
//! SVG, no script, no font, image or link to fetch (a Content-Security-Policy
//! forbids them), so it works offline and as an e-mail attachment.
//!
//! Every piece of text from an article or a lexicon goes through
//! [`xml_escape`]: a hostile article cannot add markup or script. Only
//! drawing happens here; the figures come from the [`Matrix`], the
//! [`Timeline`] and its [`Chart`].

use super::chart;
use super::{
    divergence_text, xml_escape as esc, Divergence, Exporter, Matrix, ReportOptions, Row, VERSION,
};
use crate::corpus::Summary;
use crate::model::{Cell, Evidence, Label};
use crate::scoring::{Quote, Source};
use crate::track::{Shift, Timeline};
use std::io::{self, Write};

/// Evidence sentences per cell that an HTML report lists when
/// `--max-evidence` is not given.
pub const DEFAULT_HTML_EVIDENCE: usize = 20;

/// Sentences of a cell shown before the rest are folded away.
const UNFOLDED: usize = 3;

const STYLE: &str = r#"
:root { --support: #0072B2; --support-bg: #dcebf7; --oppose: #D55E00; --oppose-bg: #fbe3d3;
  --mixed: #6b6b6b; --mixed-bg: #ececec; }
body { font: 15px/1.45 "DejaVu Sans", Verdana, sans-serif; color: #1b1b1b; margin: 24px auto;
  max-width: 1040px; padding: 0 16px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 32px 0 8px;
  border-bottom: 1px solid #ccc; } h3 { font-size: 16px; margin: 20px 0 4px; }
.meta, .counts { color: #444; margin: 2px 0; } .meta code { font-size: 13px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: #f3f3f3; }
th.issue .id { font-family: monospace; font-size: 13px; color: #555; display: block; }
td.cell a { color: inherit; text-decoration: none; display: block; }
td.cell a:hover { text-decoration: underline; }
td.support { background: var(--support-bg); color: #003f66; }
td.oppose { background: var(--oppose-bg); color: #7a2e00; }
td.mixed { background: var(--mixed-bg); color: #333; }
td.none { color: #888; text-align: center; }
.stance { font-weight: bold; white-space: nowrap; }
.sub { font-size: 12px; color: #444; display: block; }
td.div { white-space: nowrap; } td.div.opposed { font-weight: bold; }
.legend { font-size: 13px; color: #444; }
ol.kwic { padding-left: 28px; margin: 6px 0; }
ol.kwic li { margin: 0 0 10px; padding: 4px 8px; border-left: 4px solid var(--mixed); }
ol.kwic li.support { border-left-color: var(--support); }
ol.kwic li.oppose { border-left-color: var(--oppose); border-left-style: double; border-left-width: 6px; }
.sentence { margin: 0; }
.src, .why { margin: 0; font-size: 12.5px; color: #444; }
.src cite { font-style: normal; font-weight: bold; }
mark { background: #fff1a8; color: inherit; padding: 0 1px; }
mark.party { background: #e4e4ff; font-weight: bold; }
mark.issue, mark.issue-inverse, mark.position { background: #fff1a8; text-decoration: underline; }
mark.support-cue, mark.oppose-cue { background: #ffe0ef; font-style: italic; }
mark.negator, mark.reverser { background: #ffd9b3; }
details > summary { cursor: pointer; color: #14508c; margin: 4px 0; }
.more { font-size: 13px; color: #444; }
.chart { max-width: 100%; height: auto; display: block; }
section.panel h3 { margin: 18px 0 0 56px; font-size: 15px; }
.issue-id { font-weight: normal; color: #666; font-size: 13px; }
table.shifts td.periods { white-space: nowrap; }
table.shifts td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
article.driver { border: 1px solid #ddd; padding: 4px 12px; margin: 12px 0; }
article.driver:target { outline: 3px solid #E69F00; }
section.evidence:target { outline: 3px solid #E69F00; outline-offset: 4px; }
footer { margin-top: 40px; font-size: 12px; color: #666; }
"#;

/// The opening of a page, to the end of its heading.
fn head(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(
        out,
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="stance {v}">
<title>{t}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{t}</h1>"#,
        v = esc(VERSION),
        t = esc(title)
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The run: tool, lexicon, inputs, counts.
fn run_lines(
    out: &mut dyn Write,
    lexicon_name: &str,
    lexicon_hash: &str,
    inputs: &[String],
    s: &Summary,
) -> io::Result<()> {
    writeln!(
        out,
        r#"<p class="meta">stance <code>{}</code> · lexicon <code>{}</code> (hash <code class="hash">{}</code>)</p>"#,
        esc(VERSION),
        esc(lexicon_name),
        esc(lexicon_hash)
    )?;
    let inputs: Vec<String> = inputs
        .iter()
        .map(|i| format!("<code>{}</code>", esc(i)))
        .collect();
    writeln!(
        out,
        r#"<p class="meta">Inputs: {}</p>"#,
        if inputs.is_empty() {
            "none".to_string()
        } else {
            inputs.join(", ")
        }
    )?;
    let mut extra = String::new();
    if s.filtered > 0 {
        extra.push_str(&format!(", {} outside the dates", s.filtered));
    }
    if s.duplicates > 0 {
        extra.push_str(&format!(
            ", {}",
            plural(s.duplicates, "duplicate dropped", "duplicates dropped")
        ));
    }
    writeln!(
        out,
        r#"<p class="counts" id="counts" data-read="{}" data-analysed="{}" data-with-stances="{}" data-skipped="{}">{} read, {} analysed, {} with stances, {} skipped{extra}</p>"#,
        s.read,
        s.analysed,
        s.with_stances,
        s.skipped,
        plural(s.read, "article", "articles"),
        s.analysed,
        s.with_stances,
        s.skipped
    )
}

fn label_class(l: Label) -> &'static str {
    l.as_str()
}

fn symbol(l: Label) -> &'static str {
    match l {
        Label::Support => "▲",
        Label::Oppose => "▼",
        Label::Mixed => "◆",
    }
}

/// `+0.83`, `−1.00`, `0.00`.
fn score(s: f64) -> String {
    if s == 0.0 {
        "0.00".into()
    } else {
        format!("{s:+.2}").replace('-', "−")
    }
}

/// A class name from a match kind (letters, digits and dashes only).
fn kind_class(kind: &str) -> String {
    kind.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// The sentence, escaped, with its matched words in `<mark>`s (classed by
/// what they are) and white space collapsed.
fn marked_html(e: &Evidence) -> String {
    let mut spans: Vec<(usize, usize, &str)> = e
        .matches
        .iter()
        .filter(|m| m.start >= e.start && m.end <= e.end)
        .map(|m| (m.start - e.start, m.end - e.start, m.kind.as_ref()))
        .collect();
    spans.sort_unstable_by_key(|s| (s.0, s.1));
    let s = &e.sentence;
    let mut out = String::new();
    let mut pos = 0;
    let collapse = |t: &str| {
        let mut o = String::new();
        let mut space = false;
        for c in t.chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if space {
                    o.push(' ');
                    space = false;
                }
                o.push(c);
            }
        }
        if space {
            o.push(' ');
        }
        o
    };
    for (a, b, kind) in spans {
        if a < pos || !s.is_char_boundary(a) || !s.is_char_boundary(b) {
            continue;
        }
        out.push_str(&esc(&collapse(&s[pos..a])));
        out.push_str(&format!(
            r#"<mark class="{}">{}</mark>"#,
            kind_class(kind),
            esc(&collapse(&s[a..b]))
        ));
        pos = b;
    }
    out.push_str(&esc(&collapse(&s[pos..])));
    out.trim().to_string()
}

/// Where a sentence comes from: title, date, source, id.
fn source_html(a: &Source) -> String {
    let title = a.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = if title.is_empty() {
        "(no title)".to_string()
    } else {
        esc(&title)
    };
    let date = match &a.date {
        Some(d) => format!(r#"<time datetime="{0}">{0}</time>"#, esc(d)),
        None => "undated".into(),
    };
    let source = a
        .source
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|s| format!(r#" · <span class="outlet">{}</span>"#, esc(s)))
        .unwrap_or_default();
    format!(
        r#"<cite>{title}</cite> · {date}{source} · <code class="article-id">{}</code>"#,
        esc(&a.id)
    )
}

/// One evidence sentence as a KWIC entry; `with_source`: with the line
/// naming its article.
fn quote_item(out: &mut dyn Write, q: &Quote, with_source: bool) -> io::Result<()> {
    let e = &q.evidence;
    let src = if with_source {
        format!(r#"<p class="src">{}</p>"#, source_html(&q.article))
    } else {
        String::new()
    };
    writeln!(
        out,
        r#"<li class="quote {}"><p class="sentence">{}</p>{src}<p class="why">{} {} · weight {}{}{} · rule <code>{}</code>{}</p></li>"#,
        label_class(e.polarity.into()),
        marked_html(e),
        symbol(e.polarity.into()),
        e.polarity.as_str(),
        e.weight,
        if e.hedged { " · hedged" } else { "" },
        if e.conditional { " · conditional" } else { "" },
        esc(&e.rule),
        if e.in_title { " · in the title" } else { "" }
    )
}

/// A list of sentences: the first few shown, the rest folded.
fn quote_list(out: &mut dyn Write, quotes: &[Quote], with_source: bool) -> io::Result<()> {
    let (shown, folded) = quotes.split_at(quotes.len().min(UNFOLDED));
    writeln!(out, r#"<ol class="kwic">"#)?;
    for q in shown {
        quote_item(out, q, with_source)?;
    }
    writeln!(out, "</ol>")?;
    if !folded.is_empty() {
        writeln!(
            out,
            r#"<details><summary>{} more</summary><ol class="kwic" start="{}">"#,
            plural(folded.len(), "sentence", "sentences"),
            UNFOLDED + 1
        )?;
        for q in folded {
            quote_item(out, q, with_source)?;
        }
        writeln!(out, "</ol></details>")?;
    }
    Ok(())
}

fn cell_anchor(row: usize, col: usize) -> String {
    format!("ev-{row}-{col}")
}

/// The matrix as a table: issues as rows, parties as columns, divergence.
fn matrix_table(out: &mut dyn Write, m: &Matrix) -> io::Result<()> {
    writeln!(
        out,
        r#"<table class="matrix" id="matrix"><thead><tr><th scope="col">Issue</th>"#
    )?;
    for (id, name) in m.parties.iter().zip(&m.party_names) {
        if id == name {
            writeln!(out, r#"<th scope="col">{}</th>"#, esc(id))?;
        } else {
            writeln!(
                out,
                r#"<th scope="col">{}<span class="sub">{}</span></th>"#,
                esc(id),
                esc(name)
            )?;
        }
    }
    writeln!(
        out,
        r#"<th scope="col">Divergence</th></tr></thead><tbody>"#
    )?;
    for (ri, row) in m.rows.iter().enumerate() {
        writeln!(
            out,
            r#"<tr data-issue="{}"><th scope="row" class="issue"><span class="id">{}</span>{}</th>"#,
            esc(&row.issue),
            esc(&row.issue),
            esc(&row.proposition)
        )?;
        for (ci, (party, cell)) in m.parties.iter().zip(&row.cells).enumerate() {
            match cell {
                None => writeln!(
                    out,
                    r#"<td class="cell none" data-party="{}" data-issue="{}" data-evidence="0" title="no evidence">–</td>"#,
                    esc(party),
                    esc(&row.issue)
                )?,
                Some(c) => writeln!(
                    out,
                    r##"<td class="cell {cls}" data-party="{p}" data-issue="{i}" data-stance="{cls}" data-score="{s}" data-evidence="{n}" data-articles="{a}"><a href="#{anchor}"><span class="stance">{sym} {cls} {sc}</span><span class="sub">{sentences} · {articles}</span></a></td>"##,
                    cls = label_class(c.label),
                    p = esc(party),
                    i = esc(&row.issue),
                    s = c.score,
                    n = c.evidence_count,
                    a = c.articles,
                    anchor = cell_anchor(ri, ci),
                    sym = symbol(c.label),
                    sc = score(c.score),
                    sentences = plural(c.evidence_count, "sentence", "sentences"),
                    articles = plural(c.articles, "article", "articles"),
                )?,
            }
        }
        let d = divergence_text(row.divergence);
        writeln!(
            out,
            r#"<td class="div {}">{}</td></tr>"#,
            match row.divergence {
                Divergence::Opposed => "opposed",
                Divergence::Partial => "partial",
                Divergence::None => "none",
            },
            if d.is_empty() { "" } else { d }
        )?;
    }
    writeln!(out, "</tbody></table>")?;
    writeln!(
        out,
        r#"<p class="legend">▲ support: score ≥ +0.25 · ▼ oppose: score ≤ −0.25 · ◆ mixed: between. Score = (support − oppose) / (support + oppose) per article, then the mean over the articles. ◀▶ opposed: one party supports what another opposes; ≠ partly: the stances differ, one of them mixed. Click a cell for its evidence.</p>"#
    )
}

/// One cell's evidence section; `at`: its row and column in the matrix.
fn cell_evidence(
    out: &mut dyn Write,
    at: (usize, usize),
    row: &Row,
    party: &str,
    (cell, quotes): (&Cell, &[Quote]),
    cap: usize,
) -> io::Result<()> {
    let (ri, ci) = at;
    let listed = &quotes[..quotes.len().min(cap)];
    let more = cell.evidence_count.saturating_sub(listed.len());
    writeln!(
        out,
        r#"<section class="evidence" id="{}" data-party="{}" data-issue="{}" data-evidence="{}" data-listed="{}">"#,
        cell_anchor(ri, ci),
        esc(party),
        esc(&row.issue),
        cell.evidence_count,
        listed.len()
    )?;
    writeln!(
        out,
        r#"<h3>{} · {} — <span class="stance">{} {} {}</span></h3>"#,
        esc(party),
        esc(&row.issue),
        symbol(cell.label),
        label_class(cell.label),
        score(cell.score)
    )?;
    writeln!(
        out,
        r#"<p class="more">{} in {}; {} listed (the first in input order){}.</p>"#,
        plural(cell.evidence_count, "sentence", "sentences"),
        plural(cell.articles, "article", "articles"),
        listed.len(),
        if more > 0 {
            format!(", … {more} more (use --max-evidence)")
        } else {
            String::new()
        }
    )?;
    quote_list(out, listed, true)?;
    writeln!(out, "</section>")
}

/// `analyze --format html`: the matrix, then every cell's evidence.
pub struct HtmlExporter;

impl Exporter for HtmlExporter {
    fn article(&mut self, _: &mut dyn Write, _: &[u8], _: &ReportOptions) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, m: &Matrix, opts: &ReportOptions) -> io::Result<()> {
        head(out, "Stance report")?;
        run_lines(
            out,
            &opts.lexicon_name,
            &opts.lexicon_hash,
            &opts.inputs,
            &m.summary,
        )?;
        writeln!(out, r#"<h2 id="stances">Where each party stands</h2>"#)?;
        if m.rows.is_empty() {
            writeln!(out, "<p>The lexicon defines no issues.</p>")?;
        } else {
            matrix_table(out, m)?;
        }
        writeln!(out, r#"<h2 id="evidence">Evidence</h2>"#)?;
        let cap = opts.max_evidence.unwrap_or(DEFAULT_HTML_EVIDENCE);
        let mut any = false;
        for (ri, row) in m.rows.iter().enumerate() {
            for (ci, ((party, cell), quotes)) in m
                .parties
                .iter()
                .zip(&row.cells)
                .zip(&row.quotes)
                .enumerate()
            {
                if let Some(cell) = cell {
                    any = true;
                    cell_evidence(out, (ri, ci), row, party, (cell, quotes), cap)?;
                }
            }
        }
        if !any {
            writeln!(out, "<p>No stance was found.</p>")?;
        }
        foot(out)
    }
}

fn foot(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<footer>Made by stance {}. Self-contained: no script, no fetches.</footer>\n</body>\n</html>",
        esc(VERSION)
    )
}

/// What a track report says about its run.
pub struct TrackInfo<'a> {
    pub lexicon_name: &'a str,
    pub lexicon_hash: &'a str,
    pub inputs: &'a [String],
    pub summary: &'a Summary,
}

/// `track --format html`: the chart per issue, the ranked shifts with their
/// driving articles, and those articles' evidence (each shift links to it).
pub fn write_track(
    out: &mut dyn Write,
    t: &Timeline,
    view: &super::timeline::TrackView,
    shifts: &[Shift],
    info: &TrackInfo,
) -> io::Result<()> {
    let c = view.chart(t);
    head(out, &format!("Stance over time, by {}", c.by.noun()))?;
    run_lines(
        out,
        info.lexicon_name,
        info.lexicon_hash,
        info.inputs,
        info.summary,
    )?;
    // Driving articles, numbered in order of first appearance.
    let mut articles: Vec<&str> = Vec::new();
    for s in shifts {
        for a in &s.articles {
            if !articles.contains(&a.as_str()) {
                articles.push(a);
            }
        }
    }
    let anchor = |id: &str| {
        articles
            .iter()
            .position(|a| *a == id)
            .map(|i| format!("art-{}", i + 1))
    };
    writeln!(out, r#"<h2 id="chart">Timeline</h2>"#)?;
    writeln!(
        out,
        r#"<p class="legend">Each point: a party's mean score over the articles of a {by} with its stance (−1 oppose … +1 support), at the middle of the {by}; marker area: the articles behind it; a line breaks across a {by} without a point; grey bands: {by}s without any article. Hover a point for its figures.</p>"#,
        by = c.by.noun()
    )?;
    if c.periods.is_empty() {
        writeln!(out, "<p>No dated article: nothing to place in time.</p>")?;
    } else {
        chart::write_legend_svg(out, &c)?;
        chart::write_strip_svg(out, &c)?;
        for p in &c.panels {
            writeln!(
                out,
                r#"<section class="panel" data-issue="{}"><h3>{} <span class="issue-id">· {}</span></h3>"#,
                esc(&p.issue),
                esc(&p.proposition),
                esc(&p.issue)
            )?;
            chart::write_panel_svg(out, &c, p)?;
            writeln!(out, "</section>")?;
        }
    }
    if c.undated > 0 {
        writeln!(
            out,
            r#"<p class="more">{} not on the time axis.</p>"#,
            plural(c.undated, "undated article", "undated articles")
        )?;
    }
    writeln!(
        out,
        r#"<h2 id="shifts">Largest shifts between consecutive periods</h2>"#
    )?;
    if shifts.is_empty() {
        writeln!(
            out,
            "<p>No shift: no party's score changed between two periods.</p>"
        )?;
    } else {
        writeln!(
            out,
            r#"<table class="shifts"><thead><tr><th>#</th><th>Party</th><th>Issue</th><th>From → to</th><th>Score</th><th>Change</th><th>Driving articles</th></tr></thead><tbody>"#
        )?;
        for (i, s) in shifts.iter().enumerate() {
            let links: Vec<String> = s
                .articles
                .iter()
                .map(|a| {
                    let title = s
                        .quotes
                        .iter()
                        .find(|q| &q.article.id == a)
                        .map(|q| q.article.title.clone())
                        .filter(|t| !t.trim().is_empty())
                        .unwrap_or_else(|| a.clone());
                    match anchor(a) {
                        Some(h) => format!(r##"<a href="#{h}">{}</a>"##, esc(&title)),
                        None => esc(&title),
                    }
                })
                .collect();
            let group = if s.group == "all" {
                String::new()
            } else {
                format!(r#"<span class="sub">{}</span>"#, esc(&s.group))
            };
            writeln!(
                out,
                r#"<tr class="shift"><td class="num">{}</td><td>{}{group}</td><td>{}</td><td class="periods">{} → {}</td><td class="num">{} → {}</td><td class="num">{}{}</td><td>{}</td></tr>"#,
                i + 1,
                esc(&s.party),
                esc(&s.issue),
                esc(&s.from),
                esc(&s.to),
                score(s.from_score),
                score(s.to_score),
                score(s.change),
                if s.sign_changed {
                    " (sign changed)"
                } else {
                    ""
                },
                if links.is_empty() {
                    "–".to_string()
                } else {
                    links.join("; ")
                }
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    if !articles.is_empty() {
        writeln!(out, r#"<h2 id="articles">Driving articles</h2>"#)?;
        for (i, id) in articles.iter().enumerate() {
            let quotes: Vec<(&Shift, Vec<&Quote>)> = shifts
                .iter()
                .map(|s| (s, s.quotes.iter().filter(|q| q.article.id == *id).collect()))
                .filter(|(_, q): &(&Shift, Vec<&Quote>)| !q.is_empty())
                .collect();
            writeln!(out, r#"<article class="driver" id="art-{}">"#, i + 1)?;
            match quotes.first().and_then(|(_, q)| q.first()) {
                Some(q) => writeln!(out, r#"<h3>{}</h3>"#, source_html(&q.article))?,
                None => writeln!(
                    out,
                    r#"<h3><code class="article-id">{}</code></h3>"#,
                    esc(id)
                )?,
            }
            let mut seen: Vec<(&str, &str)> = Vec::new();
            for (s, qs) in &quotes {
                if seen.contains(&(s.party.as_str(), s.issue.as_str())) {
                    continue;
                }
                seen.push((&s.party, &s.issue));
                writeln!(
                    out,
                    r#"<p class="more">{} · {} in {}:</p>"#,
                    esc(&s.party),
                    esc(&s.issue),
                    esc(&s.to)
                )?;
                let owned: Vec<Quote> = qs.iter().map(|q| (*q).clone()).collect();
                quote_list(out, &owned, false)?;
            }
            if quotes.is_empty() {
                writeln!(out, r#"<p class="more">(its evidence was not kept)</p>"#)?;
            }
            writeln!(out, "</article>")?;
        }
    }
    foot(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MatchedTerm;

    #[test]
    fn sentences_are_escaped_and_marked() {
        let e = Evidence {
            sentence: "<script>alert(1)</script> Kim  \"demanded\" relief & more".into(),
            start: 10,
            end: 66,
            matches: vec![
                MatchedTerm {
                    text: "Kim".into(),
                    kind: "party".into(),
                    start: 36,
                    end: 39,
                },
                MatchedTerm {
                    text: "x".into(),
                    kind: "bad\" onmouseover=\"x".into(),
                    start: 42,
                    end: 50,
                },
            ],
            polarity: crate::model::Polarity::Support,
            weight: 1.0,
            hedged: false,
            conditional: false,
            rule: "subject, cue".into(),
            in_title: false,
        };
        assert_eq!(
            marked_html(&e),
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark class=\"party\">Kim</mark> &quot;<mark class=\"badonmouseoverx\">demanded</mark>&quot; relief &amp; more"
        );
    }

    #[test]
    fn scores_read_well() {
        assert_eq!(score(0.0), "0.00");
        assert_eq!(score(-1.0), "−1.00");
        assert_eq!(score(0.8333), "+0.83");
    }
}
