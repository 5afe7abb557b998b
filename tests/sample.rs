//! The bundled sample corpus: accuracy against its gold, and the shifts the
//! gold implies found by `stance track`.

use assert_cmd::Command;
use serde_json::Value;
use stance::eval::{evaluate, read_gold};
use stance::lexicon;
use std::collections::BTreeMap;

#[test]
fn sample_corpus_reaches_the_accuracy_target() {
    let (lex, _, _) = lexicon::load(None).unwrap();
    let (gold, notices) = read_gold("data/sample.gold.jsonl").unwrap();
    assert!(notices.is_empty(), "{notices:?}");
    assert!(gold.len() >= 40);
    let (rep, _) = evaluate(&lex, &gold, &[]);
    assert!(rep.f1() >= 0.85, "F1 {:.3}: {:#?}", rep.f1(), rep.wrong);
    assert!(rep.flips <= 1, "flips: {:#?}", rep.wrong);
}

#[test]
fn sample_corpus_is_shaped_as_promised() {
    let (gold, _) = read_gold("data/sample.gold.jsonl").unwrap();
    let cells: Vec<_> = gold.iter().flat_map(|g| &g.gold).collect();
    let oppose = cells
        .iter()
        .filter(|c| c.stance == stance::Polarity::Oppose)
        .count();
    assert!(
        oppose * 4 >= cells.len(),
        "{oppose} of {} gold cells oppose",
        cells.len()
    );
    assert!(gold.iter().filter(|g| g.gold.is_empty()).count() >= 5);
    for g in &gold {
        let y = g.article.date.expect("dated").year;
        assert!((2018..=2020).contains(&y));
    }
}

/// Yearly gold label per (party, issue): the sign of support − oppose.
fn gold_years() -> BTreeMap<(String, String), BTreeMap<i32, i32>> {
    let (gold, _) = read_gold("data/sample.gold.jsonl").unwrap();
    let mut m: BTreeMap<(String, String), BTreeMap<i32, i32>> = BTreeMap::new();
    for g in &gold {
        let y = g.article.date.unwrap().year;
        for c in &g.gold {
            let s = if c.stance == stance::Polarity::Support {
                1
            } else {
                -1
            };
            *m.entry((c.party.clone(), c.issue.clone()))
                .or_default()
                .entry(y)
                .or_default() += s;
        }
    }
    m
}

#[test]
fn track_finds_the_shifts_the_gold_implies() {
    let out = Command::cargo_bin("stance")
        .unwrap()
        .args([
            "track",
            "data/sample.gold.jsonl",
            "--by",
            "year",
            "--format",
            "json",
            "--top",
            "1000",
            "-q",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let shifts = v["shifts"].as_array().unwrap();
    let mut expected = 0;
    for ((party, issue), years) in gold_years() {
        // Consecutive years with evidence whose gold stances are opposite.
        let ys: Vec<(i32, i32)> = years.into_iter().collect();
        for w in ys.windows(2) {
            if w[0].1.signum() * w[1].1.signum() < 0 {
                expected += 1;
                let found = shifts.iter().any(|s| {
                    s["party"] == party.as_str()
                        && s["issue"] == issue.as_str()
                        && s["sign_changed"] == true
                        && s["to"].as_str() == Some(w[1].0.to_string().as_str())
                });
                assert!(
                    found,
                    "gold shift {party} {issue} {} → {} not found in {shifts:#?}",
                    w[0].0, w[1].0
                );
            }
        }
    }
    assert!(expected >= 2, "the gold implies {expected} shifts");
}
