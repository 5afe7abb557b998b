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
    // Panels are titled with their propositions, the issue id beside.
    let titles: Vec<String> = root
        .descendants()
        .filter(|n| n.attribute("class") == Some("panel-title"))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect()
        })
        .collect();
    assert!(
        titles.contains(
            &"North Korea should refrain from nuclear and long-range missile tests · testing_moratorium"
                .to_string()
        ),
        "{titles:?}"
    );
    // Tick labels: no "+0", a real minus.
    let labels: Vec<&str> = root
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter_map(|n| n.text())
        .collect();
    assert!(!labels.contains(&"+0") && labels.contains(&"0") && labels.contains(&"−1"));
    assert!(labels.contains(&"2019") && labels.contains(&"2020"));
    // Every point tells its articles; the undated ones are counted.
    assert!(text.contains("article"));
    assert!(text.contains("undated articles not shown"), "{text}");
}

/// Articles in 2019-Q1 and 2019-Q4 only: the line does not run across the
/// two empty quarters between, which are drawn as gaps, and the points sit
/// where their dates put them.
#[test]
fn chart_breaks_lines_across_empty_periods_and_places_them_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    let line = |id: &str, date: &str| {
        format!(
            "{{\"id\":\"{id}\",\"date\":\"{date}\",\"text\":\"North Korea demanded sanctions relief.\"}}\n"
        )
    };
    std::fs::write(
        &corpus,
        line("a", "2019-01-10") + &line("b", "2019-02-10") + &line("c", "2019-11-10"),
    )
    .unwrap();
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
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    // Two points, no line between them.
    let series = root
        .descendants()
        .filter(|n| n.attribute("class") == Some("series"))
        .count();
    assert_eq!(series, 0, "{text}");
    let gaps: Vec<String> = root
        .descendants()
        .filter(|n| n.attribute("class") == Some("gap"))
        .filter_map(|n| n.descendants().find(|t| t.tag_name().name() == "title"))
        .filter_map(|t| t.text().map(String::from))
        .collect();
    assert!(
        gaps.contains(&"2019-Q2: no articles".to_string()),
        "{gaps:?}"
    );
    assert!(
        gaps.contains(&"2019-Q3: no articles".to_string()),
        "{gaps:?}"
    );
    // The tooltips carry the article counts.
    assert!(
        text.contains("DPRK · 2019-Q1: +1 from 2 articles"),
        "{text}"
    );
    assert!(
        text.contains("DPRK · 2019-Q4: +1 from 1 article "),
        "{text}"
    );
    // Q4's point is three quarters to the right of Q1's (a time axis).
    // DPRK, the second party, is drawn with squares.
    let xs: Vec<f64> = root
        .descendants()
        .filter(|n| {
            n.tag_name().name() == "rect"
                && n.children().any(|t| {
                    t.tag_name().name() == "title"
                        && t.text().is_some_and(|x| x.starts_with("DPRK"))
                })
        })
        .map(|n| {
            let x: f64 = n.attribute("x").unwrap().parse().unwrap();
            let w: f64 = n.attribute("width").unwrap().parse().unwrap();
            x + w / 2.0
        })
        .collect();
    assert_eq!(xs.len(), 2);
    let bars: Vec<(f64, f64)> = root
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|n| {
            let x: f64 = n.attribute("x").unwrap().parse().unwrap();
            (x, n.attribute("width").unwrap().parse().unwrap())
        })
        .collect();
    assert_eq!(bars.len(), 2);
    // Each point within its quarter's bar, the bars three quarters apart
    // (quarters differ by a day or two).
    for (x, (bx, bw)) in xs.iter().zip(&bars) {
        assert!(*x > *bx && *x < bx + bw, "{bars:?} {xs:?}");
    }
    let quarter = (xs[1] - xs[0]) / 3.0;
    assert!(
        (bars[1].0 - bars[0].0 - 3.0 * quarter).abs() < 4.0,
        "{bars:?} {xs:?}"
    );
}
