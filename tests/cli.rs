//! The binary, driven as a user drives it.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

fn stance() -> Command {
    let mut c = Command::cargo_bin("stance").unwrap();
    c.env_remove("NO_COLOR");
    c
}

const SEED: &str = "data/seed.gold.jsonl";

#[test]
fn analyze_seed_prints_the_matrix() {
    stance()
        .args(["analyze", SEED])
        .assert()
        .success()
        .stdout(predicate::str::contains("sanctions_relief"))
        .stdout(predicate::str::contains("▼ oppose -1.00"))
        .stdout(predicate::str::contains("◀▶ opposed"))
        .stdout(predicate::str::contains("\u{1b}[").not())
        .stderr(predicate::str::contains(
            "stance: 1 article read, 1 analysed, 1 with stances, 0 skipped",
        ));
}

#[test]
fn evidence_marks_matched_words() {
    stance()
        .args([
            "analyze",
            SEED,
            "--evidence",
            "--max-evidence",
            "1",
            "--parties",
            "US,DPRK",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("US · sanctions_relief · ▼ oppose"))
        .stdout(predicate::str::contains("«adamant»"))
        .stdout(predicate::str::contains("ROK").not());
}

#[test]
fn jsonl_keeps_the_contract() {
    let out = stance()
        .args(["analyze", SEED, "--format", "jsonl", "-q"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text: Value = serde_json::from_str(
        std::fs::read_to_string(SEED)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let article = text["text"].as_str().unwrap();
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(line.lines().count(), 1);
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    for k in ["id", "date", "title", "cells"] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    assert_eq!(v["date"], "2019-10-02");
    let cells = v["cells"].as_array().unwrap();
    assert!(!cells.is_empty());
    for c in cells {
        for k in [
            "party", "issue", "stance", "score", "support", "oppose", "evidence",
        ] {
            assert!(c.get(k).is_some(), "cell missing {k}");
        }
        for e in c["evidence"].as_array().unwrap() {
            for k in [
                "sentence",
                "start",
                "end",
                "matches",
                "polarity",
                "weight",
                "hedged",
                "conditional",
                "rule",
            ] {
                assert!(e.get(k).is_some(), "evidence missing {k}");
            }
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&article[s..t], e["sentence"].as_str().unwrap());
            for m in e["matches"].as_array().unwrap() {
                let (ms, me) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&article[ms..me], m["text"].as_str().unwrap());
            }
        }
    }
}

#[test]
fn max_evidence_caps_the_list_but_not_the_count() {
    let out = stance()
        .args([
            "analyze",
            SEED,
            "--format",
            "jsonl",
            "--max-evidence",
            "1",
            "-q",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let talks = v["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["party"] == "DPRK" && c["issue"] == "talks")
        .unwrap();
    assert_eq!(talks["evidence"].as_array().unwrap().len(), 1);
    assert!(talks["evidence_count"].as_u64().unwrap() > 1);
}

#[test]
fn json_holds_articles_and_aggregate() {
    let out = stance()
        .args(["analyze", SEED, "--format", "json", "-q"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
    assert!(!v["aggregate"]["cells"].as_array().unwrap().is_empty());
}

#[test]
fn csv_has_the_tidy_header() {
    stance()
        .args(["analyze", SEED, "--format", "csv", "-q"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "article_id,date,title,source,party,issue,stance,score,support,oppose,evidence_count,lexicon,stance_version\n",
        ))
        .stdout(predicate::str::contains("hankyoreh-2019-10-02,2019-10-02,"));
}

#[test]
fn missing_file_is_reported_and_the_rest_analysed() {
    stance()
        .args(["analyze", "no/such/file.txt", SEED, "--format", "jsonl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "stance: no/such/file.txt: error: cannot open: no such file or directory",
        ))
        .stderr(predicate::str::contains(
            "2 articles read, 1 analysed, 1 with stances, 1 skipped",
        ))
        .stdout(predicate::str::contains("hankyoreh-2019-10-02"));
}

#[test]
fn malformed_jsonl_lines_name_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("mixed.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"a\",\"text\":\"North Korea demanded sanctions relief.\"}\n{not json\n[1,2]\n{\"id\":\"b\"}\n{\"id\":\"c\",\"date\":\"soon\",\"text\":\"The US rejected talks.\"}\n",
    )
    .unwrap();
    let path = p.display().to_string();
    stance()
        .args(["analyze", &path, "--format", "jsonl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{path}:2: error: malformed JSON"
        )))
        .stderr(predicate::str::contains(format!(
            "{path}:3: error: line is valid JSON but not an object"
        )))
        .stderr(predicate::str::contains(format!(
            "{path}:4: error: object has no `text` field"
        )))
        .stderr(predicate::str::contains(format!(
            "{path}:5: warning: unparseable date"
        )))
        .stdout(predicate::str::contains("\"id\":\"a\""))
        .stdout(predicate::str::contains("\"id\":\"c\""));
}

#[test]
fn plain_text_and_stdin_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2019-06-30-panmunjom.txt");
    std::fs::write(
        &p,
        "Panmunjom\n\nTrump and Kim Jong-un agreed to resume working-level talks.\n",
    )
    .unwrap();
    let out = stance()
        .args(["analyze", p.to_str().unwrap(), "--format", "jsonl", "-q"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["date"], "2019-06-30");
    assert_eq!(v["title"], "Panmunjom");
    stance()
        .args(["analyze", "-", "--format", "csv", "-q"])
        .write_stdin("Pyongyang rejected the big deal.")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "DPRK,phased_denuclearization,support",
        ));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("out.csv");
    stance()
        .args([
            "analyze",
            SEED,
            "--format",
            "csv",
            "-q",
            "-o",
            p.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout("");
    let csv = std::fs::read_to_string(&p).unwrap();
    assert!(csv.lines().count() > 10);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    stance()
        .args(["analyze", SEED, "-o", "/no/such/dir/out.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "stance: error: cannot write /no/such/dir/out.csv",
        ));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("many.jsonl");
    let line = std::fs::read_to_string(SEED).unwrap();
    let mut f = std::fs::File::create(&p).unwrap();
    for _ in 0..400 {
        f.write_all(line.as_bytes()).unwrap();
    }
    drop(f);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("stance"))
        .args(["analyze", p.to_str().unwrap(), "--format", "jsonl", "-q"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn unknown_party_is_an_error() {
    stance()
        .args(["analyze", SEED, "--parties", "US,XX"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "stance: error: --parties: unknown party `XX` (the lexicon defines US, DPRK, ROK)",
        ));
}

#[test]
fn explain_shows_each_step() {
    stance()
        .args([
            "explain",
            "Washington insists there can be no sanctions relief before complete denuclearization.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("1. matches"))
        .stdout(predicate::str::contains("negator"))
        .stdout(predicate::str::contains("-> US oppose"))
        .stdout(predicate::str::contains(
            "US complete_denuclearization ▲ support",
        ));
}

#[test]
fn eval_on_the_seed_is_perfect() {
    stance()
        .args(["eval", "--gold", SEED])
        .assert()
        .success()
        .stdout(predicate::str::contains("F1 1.000"))
        .stdout(predicate::str::contains("flips 0"));
}

#[test]
fn eval_breaks_the_figures_down_by_issue_party_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("g.jsonl");
    // One right cell (US sanctions_relief oppose) and one wrong reading
    // (the gold says the DPRK holds no stance on talks).
    std::fs::write(
        &gold,
        r#"{"id": "g1", "text": "The United States rejected sanctions relief. North Korea agreed to hold talks.", "gold": [{"party": "US", "issue": "sanctions_relief", "stance": "oppose"}]}"#,
    )
    .unwrap();
    let g = gold.to_str().unwrap();
    stance()
        .args([
            "eval",
            "--gold",
            g,
            "--rule",
            "subject",
            "--parties",
            "US,DPRK",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("by issue:"))
        .stdout(predicate::str::contains("by party:"))
        .stdout(predicate::str::contains("by rule"))
        .stdout(predicate::str::contains(
            "rule subject: 1 readings that disagree",
        ))
        .stdout(predicate::str::contains(
            "- g1 DPRK talks: gold none, reading support",
        ));
    let out = stance()
        .args([
            "eval",
            "--gold",
            g,
            "--format",
            "json",
            "--parties",
            "US,DPRK",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["tp"], 1);
    assert_eq!(v["fp"], 1);
    assert_eq!(v["by_party"]["US"]["f1"], 1.0);
    assert_eq!(v["by_issue"]["talks"]["fp"], 1);
    assert_eq!(v["by_rule"]["subject"]["in_right_cells"], 1);
    assert_eq!(v["by_rule"]["subject"]["disagree"], 1);
}

#[test]
fn a_title_the_text_does_not_open_with_is_read_as_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "apart", "title": "North Korea rejects talks with Washington", "text": "Officials spoke on Monday."}"#,
            "\n",
            r#"{"id": "within", "title": "North Korea rejects talks", "text": "North Korea rejects talks\n\nOfficials spoke on Monday."}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = stance()
        .args([
            "analyze",
            input.to_str().unwrap(),
            "--format",
            "jsonl",
            "-q",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ev = &lines[0]["cells"][0]["evidence"][0];
    assert_eq!(lines[0]["cells"][0]["party"], "DPRK");
    assert_eq!(lines[0]["cells"][0]["stance"], "oppose");
    assert_eq!(ev["in_title"], true);
    assert_eq!(ev["sentence"], "North Korea rejects talks with Washington");
    assert_eq!(
        (ev["start"].as_u64(), ev["end"].as_u64()),
        (Some(0), Some(41))
    );
    // A title that opens the text is read once, as part of it.
    let cell = &lines[1]["cells"][0];
    assert_eq!(cell["evidence_count"], 1);
    assert!(cell["evidence"][0].get("in_title").is_none());
}

#[test]
fn the_readme_main_command_reads_every_file_of_data() {
    // `cargo run --release -- analyze data/`: nothing under data/ is skipped.
    stance().args(["analyze", "data/", "-q"]).assert().success();
    stance()
        .args(["analyze", "data/"])
        .assert()
        .success()
        .stderr(predicate::str::contains("0 skipped"));
}

#[test]
fn lexicon_show_prints_a_valid_lexicon() {
    let out = stance().args(["lexicon", "show"]).output().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("copy.yaml");
    std::fs::write(&p, &out.stdout).unwrap();
    stance()
        .args(["lexicon", "check", p.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("examples pass, 0 warnings"));
}

#[test]
fn bundled_lexicons_check_clean() {
    for l in ["lexicons/us-dprk.yaml", "lexicons/trade-eu-uk.yaml"] {
        stance()
            .args(["lexicon", "check", l])
            .assert()
            .success()
            .stderr("");
    }
}

#[test]
fn lexicon_check_counts_entries_on_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("t.yaml"),
        "name: t\n# a comment naming talks\nparties:\n  - id: A\n    name: Alpha\n    aliases: [Alpha, Alphans]\nissues:\n  - id: talks\n    proposition: hold talks\n    terms:\n      - talks\n      - summit\ncues:\n  support: [want*]\n  oppose: [reject*]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Alpha wants talks.\n\nAlpha wanted talks and rejected delay.",
    )
    .unwrap();
    stance()
        .current_dir(dir.path())
        .args(["lexicon", "check", "t.yaml", "--corpus", "a.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "coverage of t.yaml on 1 article: 4 of 6 entries matched\n",
        ))
        .stdout(predicate::str::contains(
            "t.yaml:11:9: issue talks \"talks\": 2 matches in 1 article\n",
        ))
        .stdout(predicate::str::contains(
            "t.yaml:14:13: support-cue \"want*\": 2 matches in 1 article: wanted 1, wants 1\n",
        ))
        .stdout(predicate::str::contains(
            "never matched (2 entries):\nt.yaml:6:22: party A \"Alphans\"\nt.yaml:12:9: issue talks \"summit\"\n",
        ));
    // An input that cannot be read is reported, the rest counted, exit 2.
    stance()
        .current_dir(dir.path())
        .args([
            "lexicon",
            "check",
            "t.yaml",
            "--corpus",
            "no/such/dir",
            "--corpus",
            "a.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir: error: cannot open"))
        .stdout(predicate::str::contains("on 1 article"));
}

/// (lexicon text, expected message fragment, expected FILE:LINE[:COL] suffix)
const BROKEN: &[(&str, &str, &str)] = &[
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\nspeakers: [Gamma]\nactors:\n  - Gamma\n",
        "entry \"gamma\" is defined 2 times: non-party speaker \"Gamma\", named non-party (actor) \"Gamma\"",
        ":13:",
    ),
    ("name: x\nparties: [\n", "did not find expected", ":3:1"),
    ("name: x\nparties: []\nissues: []\ncues: {support: [a], oppose: [b]}\ncolour: red\n", "unknown field `colour`", ":5:1"),
    ("name: x\nparties:\n  - id: A\n    name: A\n    aliases: {x: 1}\n", "invalid type", ":5:14"),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\n  - id: B\n    name: B\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\n",
        "entry \"alpha\" is defined 2 times: alias of party `A` \"Alpha\", alias of party `B` \"Alpha\"",
        ":8:15",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [\"--\"]\ncues: {support: [backed], oppose: [rejected]}\n",
        "term of issue `i` \"--\" is empty or only punctuation",
        ":9:14",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\npositions:\n  - {term: fine, issue: nope, stance: support}\n",
        "names undefined issue `nope`",
        ":12:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [{term: Alpha, from: 2020-05-01, until: 2019-01-01}]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\n",
        "`from` 2020-05-01 is after `until` 2019-01-01",
        ":5:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\ngroups:\n  - parties: [A, Z]\n    terms: [the pair]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\n",
        "group names undefined party `Z`",
        ":7:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\ngroups:\n  - parties: [A, A]\n    terms: [the pair]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\n",
        "a group needs at least two different parties",
        ":8:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\n  - id: A\n    name: A2\n    aliases: [Beta]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\n",
        "duplicate party id `A`",
        ":6:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {support: [backed], oppose: [rejected]}\nexamples:\n  - text: Alpha rejected the thing.\n    expect: [{party: A, issue: i, stance: support}]\n",
        "example 1 fails: \"Alpha rejected the thing.\": expected A i support, got A i oppose (hint: read as: \"thing\" (i) -> A oppose [subject, cue]; `stance explain` shows every step)",
        ":12",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [{term: thing, person: true}]\ncues: {support: [backed], oppose: [rejected]}\n",
        "`person` applies only to party aliases",
        ":9:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues:\n  support: [backed]\n  oppose: [{term: rejected, except: [rejection]}]\n",
        "`except` applies only to an entry ending in `*`",
        ":12:",
    ),
    (
        "name: x\nparties:\n  - id: A\n    name: A\n    aliases: [Alpha]\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues:\n  support: [backed]\n  oppose: [{term: Rejected, lowercase: true}]\n",
        "`lowercase` on an entry written with capitals never matches",
        ":12:",
    ),
];

#[test]
fn broken_lexicons_are_located() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (yaml, msg, at)) in BROKEN.iter().enumerate() {
        let p = dir.path().join(format!("broken{i}.yaml"));
        std::fs::write(&p, yaml).unwrap();
        let name = p.display().to_string();
        let out = stance().args(["lexicon", "check", &name]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "case {i}: {err}");
        assert!(err.contains(msg), "case {i}: expected {msg:?} in:\n{err}");
        assert!(
            err.contains(&format!("stance: {name}{at}")),
            "case {i}: expected position {at} in:\n{err}"
        );
        // The same lexicon given to analyze stops the run with exit 2
        // (failing examples are for `lexicon check` only).
        if !msg.contains("example") {
            stance()
                .args(["analyze", SEED, "--lexicon", &name])
                .assert()
                .code(2)
                .stdout("");
        }
    }
}

#[test]
fn bare_yaml_words_load_as_words() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("words.yaml");
    std::fs::write(
        &p,
        "name: x\nparties:\n  - {id: A, name: A, aliases: [Alpha]}\nissues:\n  - {id: i, proposition: p, terms: [on, off]}\ncues: {support: [yes], oppose: [backed]}\nnegators: [no]\nexamples:\n  - text: Alpha said no to off.\n    expect: [{party: A, issue: i, stance: oppose}]\n",
    )
    .unwrap();
    stance()
        .args(["lexicon", "check", p.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn a_directory_with_broken_files_yields_every_good_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("a.txt"), "North Korea demanded sanctions relief.").unwrap();
    std::fs::write(
        d.join("sub/b.md"),
        "---\ntitle: B\ndate: 2019-06-30\n---\nThe US rejected a big deal.",
    )
    .unwrap();
    std::fs::write(d.join("c.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00binary").unwrap();
    std::fs::write(
        d.join("d.txt"),
        b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8 not text at all \xf0\xf1",
    )
    .unwrap();
    std::fs::write(
        d.join("e.jsonl"),
        "{\"id\":\"e1\",\"text\":\"Pyongyang rejected talks.\"}\n{broken\n",
    )
    .unwrap();
    std::fs::write(
        d.join("f.csv"),
        "id,text\nf1,\"Washington offered talks.\"\nf2,too,many,fields\n",
    )
    .unwrap();
    std::fs::write(d.join("g.png"), b"\x89PNG").unwrap();
    let out = stance()
        .args(["analyze", d.to_str().unwrap(), "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let csv = String::from_utf8(out.stdout).unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    for id in ["a.txt", "sub/b.md", "e1", "f1"] {
        assert!(csv.contains(id), "{id} missing from\n{csv}");
    }
    assert!(err.contains("c.txt: error: binary file"), "{err}");
    assert!(err.contains("d.txt: error: not UTF-8 text"), "{err}");
    assert!(err.contains("e.jsonl:2: error: malformed JSON"), "{err}");
    assert!(
        err.contains("f.csv:3: error: malformed CSV row: 4 fields where the header has 2"),
        "{err}"
    );
    assert!(
        err.contains("g.png: warning: not an article file: ignored"),
        "{err}"
    );
    assert!(
        err.contains(
            "8 articles read, 4 analysed, 4 with stances, 4 skipped; 1 other file ignored"
        ),
        "{err}"
    );
}

#[test]
fn thread_count_does_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("many.jsonl");
    let mut text = String::new();
    for i in 0..600 {
        text.push_str(&format!(
            "{{\"id\":\"x{i}\",\"date\":\"2019-0{}-01\",\"text\":\"North Korea demanded sanctions relief number {i}, while the US rejected it.\"}}\n",
            1 + i % 9
        ));
    }
    std::fs::write(&p, text).unwrap();
    let run = |threads: &str| {
        stance()
            .args([
                "analyze",
                p.to_str().unwrap(),
                "--format",
                "jsonl",
                "-q",
                "--threads",
                threads,
            ])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn standard_input_is_streamed_with_its_kind_and_line_numbers_kept() {
    // JSONL after blank lines: read line by line, lines counted from the
    // first byte of the input.
    stance()
        .args(["analyze", "-", "--format", "jsonl"])
        .write_stdin("\n\n{\"id\":\"a\",\"text\":\"Pyongyang rejected the big deal.\"}\nnot json\n")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("\"id\":\"a\""))
        .stderr(predicate::str::contains("<stdin>:4: error: malformed JSON"));
    // Plain text keeps its leading blanks, so offsets are into the input.
    let out = stance()
        .args(["analyze", "-", "--format", "jsonl", "-q"])
        .write_stdin("  Pyongyang rejected the big deal.")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cells"][0]["evidence"][0]["start"], 2);
    // Over the size limit: refused without reading the rest.
    stance()
        .args(["analyze", "-", "--max-article-bytes", "10"])
        .write_stdin("Pyongyang rejected the big deal.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("over the 10-byte limit"));
}

/// An alias may repeat in one party when its date ranges do not overlap (a
/// president's two terms); overlapping or undated repeats are still reported.
#[test]
fn repeated_alias_with_disjoint_dates_is_clean() {
    let lex = |a: &str, b: &str| {
        format!(
            "name: x\nparties:\n  - id: A\n    name: A\n    aliases:\n      - {a}\n      - {b}\nissues:\n  - id: i\n    proposition: p\n    terms: [thing]\ncues: {{support: [backed], oppose: [rejected]}}\n"
        )
    };
    let cases = [
        (
            lex(
                "{term: Alpha, until: 2019-01-01}",
                "{term: Alpha, from: 2021-01-01}",
            ),
            true,
        ),
        (
            lex(
                "{term: Alpha, from: 2021-01-01}",
                "{term: Alpha, from: 2015-01-01, until: 2017-01-01}",
            ),
            true,
        ),
        (
            lex(
                "{term: Alpha, until: 2019-01-01}",
                "{term: Alpha, from: 2018-01-01}",
            ),
            false,
        ),
        (lex("{term: Alpha, until: 2019-01-01}", "Alpha"), false),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (text, clean)) in cases.iter().enumerate() {
        let p = dir.path().join(format!("l{i}.yaml"));
        std::fs::write(&p, text).unwrap();
        let out = stance()
            .args(["lexicon", "check", p.to_str().unwrap()])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err.contains("is defined 2 times"),
            !clean,
            "case {i}: {err}"
        );
    }
    // Each repeat applies in its own range.
    let p = dir.path().join("l0.yaml");
    for (date, cells) in [("2018-05-01", 1), ("2020-05-01", 0), ("2022-05-01", 1)] {
        let out = stance()
            .args([
                "analyze",
                "-",
                "--format",
                "jsonl",
                "-q",
                "-l",
                p.to_str().unwrap(),
            ])
            .write_stdin(format!(
                "{{\"id\":\"a\",\"date\":\"{date}\",\"text\":\"Alpha backed the thing.\"}}\n"
            ))
            .output()
            .unwrap();
        let got = String::from_utf8_lossy(&out.stdout)
            .matches("\"party\":\"A\"")
            .count();
        assert_eq!(got, cells, "{date}");
    }
}
