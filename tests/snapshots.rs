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
