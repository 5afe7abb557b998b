//! JSON and JSONL. JSONL is one object per article, the fixed contract:
//! `{"id", "date", "title", "cells": [{"party", "issue", "stance", "score",
//! "support", "oppose", "evidence": [...]}]}` (extra keys may be added, none
//! removed). JSON is `{"articles": [...], "aggregate": {"cells": [...]}}`,
//! streamed article by article.

use super::{Exporter, Matrix, ReportOptions, VERSION};
use crate::model::ArticleResult;
use crate::model::{Cell, Evidence};
use serde_json::ser::{CompactFormatter, Formatter};
use std::io::{self, Write};

/// One article as a JSON object (evidence capped, run recorded).
///
/// Written by hand rather than through serde: evidence sentences make the
/// output several times larger than the input, and copying runs of text that
/// need no escaping in one go is what keeps writing it cheap. The bytes are
/// exactly what serde_json writes for the same record (tested below).
pub fn render(r: &ArticleResult, opts: &ReportOptions) -> io::Result<Vec<u8>> {
    let cap = opts.max_evidence.unwrap_or(usize::MAX);
    // Sized up front: the evidence is most of the record.
    let size: usize = r
        .cells
        .iter()
        .flat_map(|c| c.evidence.iter().take(cap))
        .map(|e| e.sentence.len() + e.rule.len() + 160 + 72 * e.matches.len())
        .sum();
    let mut o = Vec::with_capacity(256 + 200 * r.cells.len() + size);
    o.extend_from_slice(b"{\"id\":");
    string(&mut o, &r.id);
    o.extend_from_slice(b",\"date\":");
    match &r.date {
        Some(d) => string(&mut o, d),
        None => o.extend_from_slice(b"null"),
    }
    o.extend_from_slice(b",\"title\":");
    string(&mut o, &r.title);
    if let Some(s) = &r.source {
        o.extend_from_slice(b",\"source\":");
        string(&mut o, s);
    }
    o.extend_from_slice(b",\"cells\":[");
    for (i, c) in r.cells.iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        cell(&mut o, c, cap);
    }
    o.extend_from_slice(b"],\"stance_version\":");
    string(&mut o, VERSION);
    o.extend_from_slice(b",\"lexicon\":");
    string(&mut o, &opts.lexicon_hash);
    o.push(b'}');
    Ok(o)
}

fn cell(o: &mut Vec<u8>, c: &Cell, cap: usize) {
    o.extend_from_slice(b"{\"party\":");
    string(o, &c.party);
    o.extend_from_slice(b",\"issue\":");
    string(o, &c.issue);
    o.extend_from_slice(b",\"stance\":");
    string(o, c.label.as_str());
    o.extend_from_slice(b",\"score\":");
    float(o, c.score);
    o.extend_from_slice(b",\"support\":");
    float(o, c.support);
    o.extend_from_slice(b",\"oppose\":");
    float(o, c.oppose);
    o.extend_from_slice(b",\"evidence_count\":");
    int(o, c.evidence_count);
    o.extend_from_slice(b",\"articles\":");
    int(o, c.articles);
    o.extend_from_slice(b",\"evidence\":[");
    for (i, e) in c.evidence.iter().take(cap).enumerate() {
        if i > 0 {
            o.push(b',');
        }
        evidence(o, e);
    }
    o.extend_from_slice(b"]}");
}

fn evidence(o: &mut Vec<u8>, e: &Evidence) {
    o.extend_from_slice(b"{\"sentence\":");
    string(o, &e.sentence);
    o.extend_from_slice(b",\"start\":");
    int(o, e.start);
    o.extend_from_slice(b",\"end\":");
    int(o, e.end);
    o.extend_from_slice(b",\"matches\":[");
    for (i, m) in e.matches.iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        o.extend_from_slice(b"{\"text\":");
        string(o, &m.text);
        o.extend_from_slice(b",\"kind\":");
        string(o, &m.kind);
        o.extend_from_slice(b",\"start\":");
        int(o, m.start);
        o.extend_from_slice(b",\"end\":");
        int(o, m.end);
        o.push(b'}');
    }
    o.extend_from_slice(b"],\"polarity\":");
    string(o, e.polarity.as_str());
    o.extend_from_slice(b",\"weight\":");
    float(o, e.weight);
    o.extend_from_slice(if e.hedged {
        b",\"hedged\":true"
    } else {
        b",\"hedged\":false"
    });
    o.extend_from_slice(if e.conditional {
        b",\"conditional\":true"
    } else {
        b",\"conditional\":false"
    });
    o.extend_from_slice(b",\"rule\":");
    string(o, &e.rule);
    if e.in_title {
        o.extend_from_slice(b",\"in_title\":true");
    }
    o.push(b'}');
}

fn int(o: &mut Vec<u8>, n: usize) {
    // Writing into a Vec cannot fail.
    let _ = CompactFormatter.write_u64(o, n as u64);
}

/// A number as serde_json writes it (`null` when not finite).
fn float(o: &mut Vec<u8>, x: f64) {
    if x.is_finite() {
        let _ = CompactFormatter.write_f64(o, x);
    } else {
        o.extend_from_slice(b"null");
    }
}

/// Does any of the 8 bytes in `w` need escaping (`"`, `\\`, or below 0x20)?
#[inline]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    below_space | zero(w ^ (ONES * b'"' as u64)) | zero(w ^ (ONES * b'\\' as u64)) != 0
}

/// A JSON string: runs that need no escaping are copied eight bytes at a
/// time; escapes are serde_json's (`\\n`, `\\u001f`, ...).
fn string(o: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    o.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if i + 8 <= b.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&b[i..i + 8]);
            if !needs_escape(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            c if c < 0x20 => {
                o.extend_from_slice(&b[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                o.extend_from_slice(b"\\u00");
                o.push(HEX[(c >> 4) as usize]);
                o.push(HEX[(c & 15) as usize]);
                i += 1;
                start = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        o.extend_from_slice(&b[start..i]);
        o.extend_from_slice(esc);
        i += 1;
        start = i;
    }
    o.extend_from_slice(&b[start..]);
    o.push(b'"');
}

/// One JSON object per article per line.
pub struct JsonlExporter;

impl Exporter for JsonlExporter {
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        _: &ReportOptions,
    ) -> io::Result<()> {
        out.write_all(rendered)
    }

    fn finish(&mut self, _: &mut dyn Write, _: &Matrix, _: &ReportOptions) -> io::Result<()> {
        Ok(())
    }
}

/// The opening of the JSON document, up to the article list.
fn write_head(out: &mut dyn Write, opts: &ReportOptions) -> io::Result<()> {
    write!(
        out,
        "{{\"stance_version\":{},\"lexicon\":{},\"articles\":[",
        serde_json::to_string(VERSION)?,
        serde_json::to_string(&opts.lexicon_hash)?
    )
}

/// One JSON document: every article, then the aggregate.
#[derive(Default)]
pub struct JsonExporter {
    count: usize,
}

impl Exporter for JsonExporter {
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        opts: &ReportOptions,
    ) -> io::Result<()> {
        if self.count == 0 {
            write_head(out, opts)?;
        } else {
            out.write_all(b",")?;
        }
        self.count += 1;
        out.write_all(rendered)
    }

    fn finish(&mut self, out: &mut dyn Write, m: &Matrix, opts: &ReportOptions) -> io::Result<()> {
        if self.count == 0 {
            write_head(out, opts)?;
        }
        // Each aggregate evidence sentence also names its article.
        #[derive(serde::Serialize)]
        struct Quoted<'a> {
            #[serde(flatten)]
            evidence: &'a Evidence,
            article: &'a crate::scoring::Source,
        }
        let cap = if opts.evidence {
            opts.max_evidence.unwrap_or(usize::MAX)
        } else {
            0
        };
        // The fields of a cell, in the order of the per-article records.
        #[derive(serde::Serialize)]
        struct AggCell<'a> {
            party: &'a str,
            issue: &'a str,
            stance: crate::model::Label,
            score: f64,
            support: f64,
            oppose: f64,
            evidence_count: usize,
            articles: usize,
            evidence: Vec<Quoted<'a>>,
        }
        let mut cells: Vec<AggCell> = Vec::new();
        for row in &m.rows {
            for (c, quotes) in row.cells.iter().zip(&row.quotes) {
                let Some(c) = c else { continue };
                cells.push(AggCell {
                    party: &c.party,
                    issue: &c.issue,
                    stance: c.label,
                    score: c.score,
                    support: c.support,
                    oppose: c.oppose,
                    evidence_count: c.evidence_count,
                    articles: c.articles,
                    evidence: quotes
                        .iter()
                        .take(cap)
                        .map(|q| Quoted {
                            evidence: &q.evidence,
                            article: &q.article,
                        })
                        .collect(),
                });
            }
        }
        write!(
            out,
            "],\"aggregate\":{{\"articles\":{},\"cells\":",
            m.articles
        )?;
        serde_json::to_writer(&mut *out, &cells)?;
        out.write_all(b"}}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Label, MatchedTerm};

    /// The record as serde_json writes it, field for field.
    fn via_serde(r: &ArticleResult, opts: &ReportOptions) -> Vec<u8> {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            result: &'a ArticleResult,
            stance_version: &'a str,
            lexicon: &'a str,
        }
        serde_json::to_vec(&Out {
            result: r,
            stance_version: VERSION,
            lexicon: &opts.lexicon_hash,
        })
        .unwrap()
    }

    #[test]
    fn hand_written_record_is_what_serde_writes() {
        let ev = Evidence {
            sentence:
                "\u{201C}No\u{201D}, he said: \"never\" \\ \n\t\u{1}\u{1f}\u{8}\u{c}\r done — ok"
                    .into(),
            start: 3,
            end: 90,
            matches: vec![MatchedTerm {
                text: "never".into(),
                kind: "negator".into(),
                start: 20,
                end: 25,
            }],
            polarity: crate::model::Polarity::Oppose,
            weight: 0.5,
            hedged: true,
            conditional: false,
            rule: "subject, cue".into(),
            in_title: false,
        };
        let title_ev = Evidence {
            in_title: true,
            ..ev.clone()
        };
        let cell = Cell {
            party: "US".into(),
            issue: "sanctions_relief".into(),
            label: Label::Mixed,
            score: -0.3333,
            support: 1.0,
            oppose: 1.5,
            evidence_count: 2,
            articles: 1,
            evidence: vec![ev.clone(), ev, title_ev],
        };
        let opts = ReportOptions {
            lexicon_hash: "abc\"def".into(),
            ..ReportOptions::default()
        };
        for source in [None, Some("Wire \"X\"".to_string())] {
            let r = ArticleResult {
                id: "a/1".into(),
                date: Some("2019-10-05".into()),
                title: "T\u{0}".into(),
                source,
                cells: vec![cell.clone()],
            };
            let ours = render(&r, &opts).unwrap();
            let theirs = via_serde(&r, &opts);
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_escape_as_serde_does(s in "\\PC*|[\u{0}-\u{7f}]{0,40}") {
            let mut o = Vec::new();
            string(&mut o, &s);
            proptest::prop_assert_eq!(o, serde_json::to_vec(&s).unwrap());
        }
    }
}
