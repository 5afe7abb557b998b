//! `stance track`: periods, shifts, shards, threads and the SVG chart.

use assert_cmd::Command;
use std::path::Path;

fn stance() -> Command {
    Command::cargo_bin("stance").unwrap()
}

/// A corpus of `n` short dated articles over 2019-2020 in which the DPRK
/// supports the testing moratorium in 2019 and opposes it in 2020.
fn write_corpus(path: &Path, n: usize) {
    let mut out = String::new();
    for i in 0..n {
        let (date, text) = match i % 4 {
            0 => (format!("2019-{:02}-10", 1 + i % 12), "North Korea announced a moratorium on nuclear and ICBM tests."),
            1 => (format!("2019-{:02}-11", 1 + i % 12), "Pyongyang demanded sanctions relief, while Washington insisted on complete denuclearization."),
            2 => (format!("2020-{:02}-12", 1 + i % 12), "Kim Jong-un said the North is no longer bound by its moratorium on nuclear tests."),
            _ => ("".to_string(), "Analysts said the talks could resume."),
        };
        let date = if date.is_empty() {
            "null".to_string()
        } else {
            format!("\"{date}\"")
        };
        out.push_str(&format!(
            "{{\"id\":\"a{i}\",\"date\":{date},\"source\":\"{}\",\"text\":\"{text}\"}}\n",
            if i % 2 == 0 { "Wire" } else { "Daily" }
        ));
    }
    std::fs::write(path, out).unwrap();
}

fn run(args: &[&str]) -> String {
    let out = stance().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn finds_the_moratorium_shift() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 40);
    let c = corpus.to_str().unwrap();
    let table = run(&["track", c, "--by", "year", "-q"]);
    assert!(
        table.contains("DPRK testing_moratorium: 2019 → 2020  +1.00 → -1.00 (-2.00), sign changed"),
        "{table}"
    );
    let csv = run(&["track", c, "--by", "year", "--format", "csv", "-q"]);
    assert!(csv
        .starts_with("period,party,issue,score,support,oppose,articles,lexicon,stance_version\n"));
    assert!(csv.contains("2019,DPRK,testing_moratorium,1.0000,"));
    assert!(csv.contains("2020,DPRK,testing_moratorium,-1.0000,"));
    let json: serde_json::Value = serde_json::from_str(&run(&[
        "track", c, "--by", "quarter", "--format", "json", "-q",
    ]))
    .unwrap();
    assert!(json["periods"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "2019-Q1"));
    assert!(json["periods"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "undated"));
    assert!(!json["shifts"].as_array().unwrap().is_empty());
}

#[test]
fn shards_combine_into_one_run_and_threads_do_not_matter() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 900); // more than one parallel batch (256)
    let c = corpus.to_str().unwrap();
    let one = run(&["track", c, "--by", "month", "--format", "csv", "-q"]);
    let single = run(&[
        "track",
        c,
        "--by",
        "month",
        "--format",
        "csv",
        "-q",
        "--threads",
        "1",
    ]);
    assert_eq!(one, single);
    // Three shards analysed separately, then combined.
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut shards = Vec::new();
    for (k, chunk) in lines.chunks(300).enumerate() {
        let part = dir.path().join(format!("part{k}.jsonl"));
        std::fs::write(&part, chunk.join("\n") + "\n").unwrap();
        let shard = dir.path().join(format!("shard{k}.jsonl"));
        run(&[
            "analyze",
            part.to_str().unwrap(),
            "--format",
            "jsonl",
            "-q",
            "-o",
            shard.to_str().unwrap(),
        ]);
        shards.push(shard.to_str().unwrap().to_string());
    }
    assert_eq!(shards.len(), 3);
    let mut args = vec!["track"];
    args.extend(shards.iter().map(String::as_str));
    args.extend(["--by", "month", "--format", "csv", "-q"]);
    assert_eq!(run(&args), one);
    // Grouped by outlet.
    let grouped = run(&[
        "track",
        c,
        "--by",
        "year",
        "--format",
        "csv",
        "--group-by",
        "source",
        "-q",
    ]);
    assert!(grouped.starts_with("source,period,party,issue,"));
    assert!(grouped.contains("Wire,2019,DPRK,testing_moratorium"));
}

#[test]
fn shards_of_another_lexicon_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 8);
    let shard = dir.path().join("shard.jsonl");
    run(&[
        "analyze",
        corpus.to_str().unwrap(),
        "--format",
        "jsonl",
        "-q",
        "-o",
        shard.to_str().unwrap(),
    ]);
    let other = dir.path().join("other.jsonl");
    let text = std::fs::read_to_string(&shard)
        .unwrap()
        .replace("\"lexicon\":\"", "\"lexicon\":\"ff");
    std::fs::write(&other, text).unwrap();
    let out = stance()
        .args(["track", shard.to_str().unwrap(), other.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("shards made with different lexicons cannot be combined"),
        "{err}"
    );
    assert!(err.contains("other.jsonl"), "{err}");
}

#[test]
fn chart_is_valid_svg() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 40);
    let svg = dir.path().join("chart.svg");
    run(&[
        "track",
        corpus.to_str().unwrap(),
        "--by",
        "quarter",
        "-q",
        "--chart",
        svg.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let lines = root
        .descendants()
        .filter(|n| n.tag_name().name() == "polyline")
        .count();
    assert!(lines >= 3, "{lines} lines");
    assert!(text.contains(">testing_moratorium<"));
}
