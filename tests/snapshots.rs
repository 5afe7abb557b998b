//! Snapshots of every output format, on the second-domain lexicon and a small
//! fixed corpus (so that editing the default lexicon does not churn them).

use assert_cmd::Command;

fn run(format: &str, extra: &[&str]) -> String {
    let out = Command::cargo_bin("stance")
        .unwrap()
        .env_remove("NO_COLOR")
        .args([
            "analyze",
            "tests/fixtures/trade.jsonl",
            "--lexicon",
            "lexicons/trade-eu-uk.yaml",
            "-q",
            "--format",
            format,
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(env!("CARGO_PKG_VERSION"), "[version]")
}

#[test]
fn table() {
    insta::assert_snapshot!(run("table", &["--evidence"]));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(run("markdown", &[]));
}

#[test]
fn csv() {
    insta::assert_snapshot!(run("csv", &[]));
}

#[test]
fn jsonl() {
    insta::assert_snapshot!(run("jsonl", &["--max-evidence", "1"]));
}

#[test]
fn json() {
    insta::assert_snapshot!(run("json", &["--evidence", "--max-evidence", "1"]));
}

/// The HTML report of the bundled corpus, on the default lexicon (its hash
/// redacted; a change to the lexicon's stances shows here, to be reviewed
/// with `cargo insta review` or accepted with `INSTA_UPDATE=always`). The
/// two files are `data/` without `data/real/`, which holds metadata only.
#[test]
fn html_data() {
    let out = Command::cargo_bin("stance")
        .unwrap()
        .args([
            "analyze",
            "data/sample.gold.jsonl",
            "data/seed.gold.jsonl",
            "-q",
            "--format",
            "html",
            "--max-evidence",
            "2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    let (lex, _, _) = stance::lexicon::load(None).unwrap();
    insta::assert_snapshot!(html
        .replace(env!("CARGO_PKG_VERSION"), "[version]")
        .replace(&lex.hash, "[lexicon]"));
}
