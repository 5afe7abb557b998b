//! The printers of `stance eval`: a text report for a person and a JSON
//! object for scripts.
//!
//! Takes a finished [`EvalReport`] (computed in [`crate::eval`]) and only
//! prints it: the headline figures, the slices by issue, by party and by
//! rule, then every wrong cell with its evidence. Computes nothing.

use super::{cell_text, evidence_flags, marked_sentence};
use crate::eval::{Counts, EvalReport};
use crate::model::Polarity;
use serde_json::json;
use std::io::{self, Write};

/// What the first line of the report names.
#[derive(Debug, Clone, Copy)]
pub struct Heading<'a> {
    pub gold: &'a str,
    pub lexicon_name: &'a str,
    pub lexicon_hash: &'a str,
}

fn stance_name(s: Option<Polarity>) -> &'static str {
    s.map_or("none", Polarity::as_str)
}

fn counts_line(n: &Counts) -> String {
    format!(
        "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})  flips {}",
        n.precision(),
        n.recall(),
        n.f1(),
        n.true_positives,
        n.false_positives,
        n.false_negatives,
        n.flips
    )
}

/// Writes the text report. With `rule`, also lists every reading of that
/// rule that disagrees with the gold.
pub fn write_text(
    out: &mut dyn Write,
    head: &Heading,
    rep: &EvalReport,
    max_evidence: usize,
    rule: Option<&str>,
) -> io::Result<()> {
    writeln!(
        out,
        "gold: {} ({} articles); lexicon: {} ({}); parties: {}",
        head.gold,
        rep.articles,
        head.lexicon_name,
        head.lexicon_hash,
        rep.parties.join(", ")
    )?;
    writeln!(
        out,
        "precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})  flips {} ({:.1}% of predicted cells)",
        rep.precision(),
        rep.recall(),
        rep.f1(),
        rep.true_positives,
        rep.false_positives,
        rep.false_negatives,
        rep.flips,
        100.0 * rep.flip_rate()
    )?;
    let width = rep
        .by_issue
        .keys()
        .chain(rep.by_party.keys())
        .map(|k| k.len())
        .max()
        .unwrap_or(0);
    for (title, slice) in [("by issue", &rep.by_issue), ("by party", &rep.by_party)] {
        if slice.is_empty() {
            continue;
        }
        writeln!(out, "\n{title}:")?;
        for (k, n) in slice {
            writeln!(out, "  {k:width$}  {}", counts_line(n))?;
        }
    }
    if !rep.by_rule.is_empty() {
        let w = rep.by_rule.keys().map(|k| k.len()).max().unwrap_or(0);
        writeln!(
            out,
            "\nby rule (readings in right cells / wrong cells; readings that disagree with the gold):"
        )?;
        let mut rules: Vec<_> = rep.by_rule.iter().collect();
        rules.sort_by(|a, b| {
            b.1.wrong_readings
                .len()
                .cmp(&a.1.wrong_readings.len())
                .then_with(|| a.0.cmp(b.0))
        });
        for (name, rc) in rules {
            writeln!(
                out,
                "  {name:w$}  right {:4}  wrong {:4}  disagree {:4}",
                rc.in_right_cells,
                rc.in_wrong_cells,
                rc.wrong_readings.len()
            )?;
        }
    }
    if let Some(name) = rule {
        match rep.by_rule.get(name) {
            None => writeln!(out, "\nrule {name}: no readings")?,
            Some(rc) => {
                writeln!(
                    out,
                    "\nrule {name}: {} readings that disagree with the gold:",
                    rc.wrong_readings.len()
                )?;
                for r in &rc.wrong_readings {
                    writeln!(
                        out,
                        "- {} {} {}: gold {}, reading {}",
                        r.article,
                        r.party,
                        r.issue,
                        stance_name(r.gold),
                        r.evidence.polarity.as_str()
                    )?;
                    writeln!(
                        out,
                        "    [{}] {}",
                        evidence_flags(&r.evidence),
                        marked_sentence(&r.evidence)
                    )?;
                }
            }
        }
    }
    if !rep.wrong.is_empty() {
        writeln!(out, "\nwrong cells:")?;
    }
    for w in &rep.wrong {
        let pred = w.predicted.as_ref().map_or("none".to_string(), cell_text);
        writeln!(
            out,
            "- {} {} {}: gold {}, got {pred}",
            w.article,
            w.party,
            w.issue,
            stance_name(w.gold)
        )?;
        if let Some(c) = &w.predicted {
            for e in c.evidence.iter().take(max_evidence) {
                writeln!(
                    out,
                    "    [{}] {}  ({})",
                    evidence_flags(e),
                    marked_sentence(e),
                    e.rule
                )?;
            }
        }
    }
    Ok(())
}

fn counts_json(n: &Counts) -> serde_json::Value {
    json!({
        "precision": n.precision(),
        "recall": n.recall(),
        "f1": n.f1(),
        "tp": n.true_positives,
        "fp": n.false_positives,
        "fn": n.false_negatives,
        "flips": n.flips,
    })
}

/// Writes the figures as one JSON object (one line).
pub fn write_json(out: &mut dyn Write, head: &Heading, rep: &EvalReport) -> io::Result<()> {
    let mut all = counts_json(&rep.counts());
    all["gold"] = json!(head.gold);
    all["articles"] = json!(rep.articles);
    all["lexicon"] = json!(head.lexicon_name);
    all["lexicon_hash"] = json!(head.lexicon_hash);
    all["parties"] = json!(rep.parties);
    all["flip_rate"] = json!(rep.flip_rate());
    all["by_issue"] = rep
        .by_issue
        .iter()
        .map(|(k, n)| (k.clone(), counts_json(n)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    all["by_party"] = rep
        .by_party
        .iter()
        .map(|(k, n)| (k.clone(), counts_json(n)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    all["by_rule"] = rep
        .by_rule
        .iter()
        .map(|(k, rc)| {
            (
                k.clone(),
                json!({
                    "in_right_cells": rc.in_right_cells,
                    "in_wrong_cells": rc.in_wrong_cells,
                    "disagree": rc.wrong_readings.len(),
                }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    serde_json::to_writer(&mut *out, &all)?;
    writeln!(out)
}
