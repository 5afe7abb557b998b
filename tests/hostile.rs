//! Hostile and messy inputs: each is reported clearly, nothing panics, and
//! every good article is still analysed.

use assert_cmd::Command;
use predicates::prelude::*;

fn stance() -> Command {
    Command::cargo_bin("stance").unwrap()
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn empty_file_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "empty.txt", b"");
    stance()
        .args(["analyze", &p, "--format", "csv"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "stance: {p}: warning: article is empty"
        )));
}

#[test]
fn oversized_article_is_skipped_and_a_long_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(
        dir.path(),
        "big.txt",
        "North Korea demanded sanctions relief. "
            .repeat(200)
            .as_bytes(),
    );
    stance()
        .args([
            "analyze",
            &big,
            "--max-article-bytes",
            "1000",
            "--format",
            "csv",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "over the 1000-byte limit (--max-article-bytes)",
        ));
    // A 20 MB single-line article under the limit is analysed.
    let line = "North Korea demanded sanctions relief and the US rejected talks ".repeat(320_000);
    let long = write(
        dir.path(),
        "long.jsonl",
        format!("{{\"id\":\"long\",\"text\":\"{line}\"}}\n").as_bytes(),
    );
    stance()
        .args(["analyze", &long, "--format", "csv", "-q"])
        .assert()
        .success()
        .stdout(predicate::str::contains("long,,"));
}

#[test]
fn encodings_and_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    // UTF-16 LE with BOM
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Pyongyang rejected the big deal.".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let a = write(dir.path(), "utf16.txt", &utf16);
    // invalid UTF-8 in the middle: replaced, a warning
    let b = write(
        dir.path(),
        "bad.txt",
        b"North Korea demanded \xff\xfe sanctions relief.",
    );
    // CRLF and lone CR line ends
    let c = write(
        dir.path(),
        "crlf.txt",
        b"Headline\r\n\r\nThe US rejected talks.\r\n",
    );
    let d = write(
        dir.path(),
        "cr.txt",
        b"Headline\r\rNorth Korea demanded security guarantees.\r",
    );
    // non-breaking space and zero-width characters inside names
    let e = write(
        dir.path(),
        "nbsp.txt",
        "Kim\u{00A0}Jong\u{200B}-un demanded an end\u{00A0}to joint drills.".as_bytes(),
    );
    let out = stance()
        .args(["analyze", &a, &b, &c, &d, &e, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let csv = String::from_utf8(out.stdout).unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        csv.contains(
            "utf16.txt,,Pyongyang rejected the big deal.,,DPRK,phased_denuclearization,support"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("bad.txt,,") && csv.contains("DPRK,sanctions_relief,support"),
        "{csv}"
    );
    assert!(
        err.contains("bad.txt: warning: 2 invalid UTF-8 sequence(s) replaced"),
        "{err}"
    );
    assert!(csv.contains("crlf.txt,,Headline,,US,talks,oppose"), "{csv}");
    assert!(
        csv.contains("cr.txt,,Headline,,DPRK,security_guarantees,support"),
        "{csv}"
    );
    assert!(
        csv.contains("nbsp.txt") && csv.contains("DPRK,exercise_suspension,support"),
        "{csv}"
    );
}

#[test]
fn write_errors_leave_nothing_behind() {
    if std::path::Path::new("/dev/full").exists() {
        stance()
            .args([
                "analyze",
                "data/seed.gold.jsonl",
                "--format",
                "jsonl",
                "-o",
                "/dev/full",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "stance: error: no space left on device",
            ));
        assert!(
            !std::fs::metadata("/dev/full")
                .unwrap()
                .file_type()
                .is_file(),
            "/dev/full must stay a device"
        );
    }
}

#[test]
fn a_write_error_stops_the_run_on_one_thread_and_on_the_pipeline() {
    // Many batches, so that writing fails while the reading thread still has
    // articles to analyse: it must stop and the run must end with the error.
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("many.jsonl");
    let line = std::fs::read_to_string("data/seed.gold.jsonl").unwrap();
    std::fs::write(&p, line.repeat(1500)).unwrap();
    for threads in ["1", "2"] {
        stance()
            .args([
                "analyze",
                p.to_str().unwrap(),
                "--format",
                "jsonl",
                "--threads",
                threads,
                "-o",
                "/dev/full",
            ])
            .timeout(std::time::Duration::from_secs(120))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "stance: error: no space left on device",
            ));
    }
}

#[test]
fn unreadable_file_is_reported() {
    // Root reads everything: only meaningful for other users.
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "secret.txt",
        b"North Korea demanded sanctions relief.",
    );
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        return; // running as root
    }
    stance()
        .args(["analyze", &p])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("permission denied"));
}

#[test]
fn directory_link_loop_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    write(dir.path(), "a/x.txt", b"Pyongyang rejected talks.");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
    stance()
        .args(["analyze", dir.path().to_str().unwrap(), "--format", "csv"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "directory already visited (a link loop?): skipped",
        ))
        .stdout(predicate::str::contains("DPRK,talks,oppose"));
}

#[test]
fn exploding_or_huge_lexicons_are_bounded() {
    stance()
        .args(["lexicon", "check", "tests/fixtures/laughs.yaml"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "laughs.yaml:6:13: error: grammar.first_person[0]: invalid type",
        ));
    let dir = tempfile::tempdir().unwrap();
    let mut y = String::from("name: big\nparties:\n  - id: A\n    name: A\n    aliases:\n");
    for i in 0..100_000 {
        y.push_str(&format!("      - alias{i}\n"));
    }
    y.push_str("issues: [{id: i, proposition: p, terms: [thing]}]\ncues: {support: [backed], oppose: [rejected]}\n");
    let p = write(dir.path(), "big.yaml", y.as_bytes());
    stance()
        .args(["lexicon", "check", &p])
        // A guard against a hang, not a speed test: a debug build takes
        // ~30 s alone, and CI machines are shared.
        .timeout(std::time::Duration::from_secs(240))
        .assert()
        .success();
}
