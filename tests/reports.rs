//! Reports a person reads: evidence that names its article, the CSV
//! companions (evidence, articles) and their formula guard.

use assert_cmd::Command;
use serde_json::Value;

fn stance() -> Command {
    let mut c = Command::cargo_bin("stance").unwrap();
    c.env_remove("NO_COLOR");
    c
}

/// The bundled corpus without `data/real/` (metadata only, no texts), in
/// the order `analyze data/` reads it.
const DATA: [&str; 2] = ["data/sample.gold.jsonl", "data/seed.gold.jsonl"];

fn stdout(args: &[&str]) -> String {
    let out = stance().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn csv_rows(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn evidence_names_its_article_and_date_and_says_how_many_more() {
    let mut args = vec!["analyze", "-q", "--evidence", "--parties", "US,DPRK"];
    args.extend(DATA);
    let out = stdout(&args);
    // The first sentence of US · talks comes from the first sample article.
    let block = out.split("\nUS · talks · ").nth(1).unwrap();
    let lines: Vec<&str> = block.lines().collect();
    assert!(lines[1].starts_with("  - [support w=1] «Trump» «accepts»"));
    assert_eq!(
        lines[2],
        "    sample-01 · 2018-03-09 · Trump accepts invitation to meet Kim (Sample Wire)"
    );
    // N sentences (the count in brackets), 5 listed by default (two lines
    // each), then how many more.
    let n: usize = lines[0]
        .rsplit_once('(')
        .and_then(|(_, x)| x.strip_suffix(')'))
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("no count in {}", lines[0]));
    assert!(n > 5, "{n}");
    for k in 0..5 {
        assert!(
            lines[1 + 2 * k].starts_with("  - ["),
            "{}",
            lines[1 + 2 * k]
        );
        assert!(
            lines[2 + 2 * k].starts_with("    sample-"),
            "{}",
            lines[2 + 2 * k]
        );
    }
    assert_eq!(
        lines[11],
        format!("  … {} more (use --max-evidence)", n - 5)
    );
    // With a cap above the count, nothing is left out.
    args.extend(["--max-evidence", "1000"]);
    let all = stdout(&args);
    let block = all.split("\nUS · talks · ").nth(1).unwrap();
    let block = block.split("\n\n").next().unwrap();
    assert_eq!(block.lines().filter(|l| l.starts_with("  - ")).count(), n);
    assert!(!block.contains("more (use --max-evidence)"));
}

#[test]
fn json_aggregate_evidence_names_its_article() {
    let mut args = vec!["analyze", "-q", "--format", "json", "--evidence"];
    args.extend(DATA);
    let v: Value = serde_json::from_str(&stdout(&args)).unwrap();
    let cells = v["aggregate"]["cells"].as_array().unwrap();
    let e = &cells[0]["evidence"][0];
    assert_eq!(e["article"]["id"], "sample-01");
    assert_eq!(e["article"]["date"], "2018-03-09");
    assert!(e["sentence"].is_string());
    assert!(cells
        .iter()
        .all(|c| c["evidence"].as_array().unwrap().len() <= 5));
}

#[test]
fn help_documents_the_default_evidence_cap() {
    let help = stdout(&["analyze", "--help"]);
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("(default 5)"), "{help}");
    assert!(flat.contains("--articles-csv"));
}

#[test]
fn evidence_csv_has_offsets_and_titles_that_point_into_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ev.csv");
    stance()
        .args(["analyze", "-q", "data/seed.gold.jsonl", "--format", "csv"])
        .arg("--evidence-csv")
        .arg(&path)
        .assert()
        .success();
    let (header, rows) = csv_rows(&path);
    assert_eq!(
        header.join(","),
        "article_id,date,title,source,party,issue,polarity,weight,hedged,conditional,rule,matches,start,end,in_title,sentence,lexicon,stance_version"
    );
    let article: Value = serde_json::from_str(
        std::fs::read_to_string("data/seed.gold.jsonl")
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let text = article["text"].as_str().unwrap();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(
            row[col(&header, "title")],
            article["title"].as_str().unwrap()
        );
        let start: usize = row[col(&header, "start")].parse().unwrap();
        let end: usize = row[col(&header, "end")].parse().unwrap();
        let within = if row[col(&header, "in_title")] == "true" {
            article["title"].as_str().unwrap()
        } else {
            text
        };
        let span = within[start..end].split_whitespace().collect::<Vec<_>>();
        assert_eq!(span.join(" "), row[col(&header, "sentence")]);
    }
}

#[test]
fn articles_csv_lists_every_article_analysed_with_or_without_a_stance() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "a", "date": "2019-01-02", "title": "Relief", "text": "North Korea has demanded sanctions relief."}"#,
            "\n",
            r#"{"id": "b", "title": "Weather", "text": "It rained in Seoul all week."}"#,
            "\n"
        ),
    )
    .unwrap();
    let path = dir.path().join("articles.csv");
    let cells = stdout(&[
        "analyze",
        "-q",
        input.to_str().unwrap(),
        "--format",
        "csv",
        "--articles-csv",
        path.to_str().unwrap(),
    ]);
    // The per-cell CSV has a row for the stance only ...
    assert_eq!(cells.lines().count(), 2);
    // ... the articles CSV one per article.
    let (header, rows) = csv_rows(&path);
    assert_eq!(
        header.join(","),
        "article_id,date,title,source,stances,evidence_count,lexicon,stance_version"
    );
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][..6], ["a", "2019-01-02", "Relief", "", "1", "1"]);
    assert_eq!(rows[1][..6], ["b", "", "Weather", "", "0", "0"]);
}

#[test]
fn csv_text_cells_never_become_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "-1", "title": "=HYPERLINK(\"http://x\",\"y\")", "source": "@wire", "date": "2019-01-02", "#,
            r#""text": "+cmd North Korea has demanded sanctions relief. The US rejected sanctions relief."}"#,
            "\n"
        ),
    )
    .unwrap();
    let cells = dir.path().join("cells.csv");
    let ev = dir.path().join("ev.csv");
    let arts = dir.path().join("arts.csv");
    stance()
        .args(["analyze", "-q", "--format", "csv", "-o"])
        .arg(&cells)
        .arg("--evidence-csv")
        .arg(&ev)
        .arg("--articles-csv")
        .arg(&arts)
        .arg(&input)
        .assert()
        .success();
    for path in [&cells, &ev, &arts] {
        let (header, rows) = csv_rows(path);
        assert!(!rows.is_empty());
        for row in &rows {
            assert_eq!(row[col(&header, "article_id")], "'-1");
            assert!(row[col(&header, "title")].starts_with("'=HYPERLINK("));
            assert_eq!(row[col(&header, "source")], "'@wire");
        }
    }
    let (header, rows) = csv_rows(&ev);
    let dprk = rows
        .iter()
        .find(|r| r[col(&header, "party")] == "DPRK")
        .unwrap();
    assert!(dprk[col(&header, "sentence")].starts_with("'+cmd North Korea"));
    // Numbers stay numbers.
    let (header, rows) = csv_rows(&cells);
    let us = rows
        .iter()
        .find(|r| r[col(&header, "party")] == "US")
        .unwrap();
    assert_eq!(us[col(&header, "score")], "-1.0000");
}

fn run_err(args: &[&str]) -> (Option<i32>, String, String) {
    let out = stance().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn no_article_at_all_prints_no_matrix_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = dir.path().join("out.csv");
    for (input, why) in [
        (empty.to_str().unwrap(), "the inputs hold no article"),
        ("no/such/file.jsonl", "1 input skipped"),
    ] {
        for cmd in ["analyze", "track"] {
            let (code, stdout, stderr) = run_err(&[cmd, input]);
            assert_eq!(code, Some(2), "{cmd} {input}: {stderr}");
            assert_eq!(stdout, "", "{cmd} {input}");
            assert!(
                stderr.contains(&format!("stance: error: no article analysed ({why}")),
                "{stderr}"
            );
        }
        let (code, _, _) = run_err(&[
            "analyze",
            input,
            "--format",
            "csv",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(2));
        assert!(!out.exists());
    }
    // Every article outside the dates.
    let (code, stdout, stderr) =
        run_err(&["analyze", "data/seed.gold.jsonl", "--since", "2030-01-01"]);
    assert_eq!((code, stdout.as_str()), (Some(2), ""));
    assert!(
        stderr.contains("(1 article is outside --since/--until)"),
        "{stderr}"
    );
}

#[test]
fn messages_share_one_style() {
    // clap's usage errors.
    let (code, _, stderr) = run_err(&["analyze", "--bogus", "x"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.starts_with("stance: error: unexpected argument '--bogus'"),
        "{stderr}"
    );
    let (_, _, stderr) = run_err(&["analyze", "x", "--format", "pdf"]);
    assert!(
        stderr.starts_with("stance: error: invalid value 'pdf'"),
        "{stderr}"
    );
    // Our own.
    let (code, _, stderr) = run_err(&["analyze", "data/seed.gold.jsonl", "--parties", "XX"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.starts_with("stance: error: --parties: unknown party `XX`"),
        "{stderr}"
    );
    // Write errors.
    let (code, _, stderr) = run_err(&["analyze", "data/seed.gold.jsonl", "-q", "-o", "/dev/full"]);
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("stance: error: "), "{stderr}");
    // Plurals.
    let (_, _, stderr) = run_err(&["analyze", "data/seed.gold.jsonl"]);
    assert!(
        stderr.contains("stance: 1 article read, 1 analysed"),
        "{stderr}"
    );
    // Help still goes to standard output with 0.
    let (code, stdout, _) = run_err(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Usage: stance"));
}

#[test]
fn flags_without_effect_warn() {
    let table = [
        (
            &["--format", "csv", "--evidence"][..],
            "--evidence has no effect with --format csv",
        ),
        (
            &["--format", "jsonl", "--evidence"][..],
            "--evidence has no effect with --format jsonl",
        ),
        (
            &["--format", "html", "--evidence"][..],
            "--evidence has no effect with --format html",
        ),
        (
            &["--max-evidence", "2"][..],
            "--max-evidence has no effect with --format table without --evidence",
        ),
        (
            &["--format", "csv", "--max-evidence", "2"][..],
            "--max-evidence has no effect with --format csv",
        ),
    ];
    for (flags, want) in table {
        let mut args = vec!["analyze", "data/seed.gold.jsonl", "-q"];
        args.extend(flags);
        let (code, _, stderr) = run_err(&args);
        assert_eq!(code, Some(0), "{args:?}");
        assert!(
            stderr.contains(&format!("stance: warning: {want}")),
            "{args:?}: {stderr}"
        );
    }
    let (_, _, stderr) = run_err(&[
        "analyze",
        "data/seed.gold.jsonl",
        "-q",
        "--evidence",
        "--max-evidence",
        "2",
    ]);
    assert_eq!(stderr, "");
    let (code, _, stderr) = run_err(&[
        "track",
        "data/seed.gold.jsonl",
        "-q",
        "--format",
        "csv",
        "--top",
        "3",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        stderr.contains("stance: warning: --top has no effect with --format csv"),
        "{stderr}"
    );
}

#[test]
fn output_paths_are_checked_before_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let same = dir.path().join("x.csv");
    let same = same.to_str().unwrap();
    let (code, _, stderr) = run_err(&[
        "analyze",
        "data/seed.gold.jsonl",
        "--format",
        "csv",
        "-o",
        same,
        "--evidence-csv",
        same,
    ]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("stance: error: --output and --evidence-csv both name"),
        "{stderr}"
    );
    for args in [
        &[
            "analyze",
            "data/seed.gold.jsonl",
            "-o",
            "no/such/dir/out.txt",
        ][..],
        &[
            "analyze",
            "data/seed.gold.jsonl",
            "--evidence-csv",
            "no/such/dir/e.csv",
        ][..],
        &[
            "analyze",
            "data/seed.gold.jsonl",
            "--articles-csv",
            "no/such/dir/a.csv",
        ][..],
        &[
            "track",
            "data/seed.gold.jsonl",
            "--chart",
            "no/such/dir/c.svg",
        ][..],
        &["track", "data/seed.gold.jsonl", "-o", "no/such/dir/t.csv"][..],
    ] {
        let (code, stdout, stderr) = run_err(args);
        assert_eq!(code, Some(2), "{args:?}");
        assert_eq!(stdout, "");
        assert!(
            stderr.starts_with("stance: error: cannot write no/such/dir/"),
            "{args:?}: {stderr}"
        );
        // Refused before reading: no summary of a run.
        assert!(!stderr.contains("analysed"), "{args:?}: {stderr}");
    }
}

#[test]
fn track_names_the_lexicon_a_shard_needs() {
    let dir = tempfile::tempdir().unwrap();
    let shard = dir.path().join("s.jsonl");
    stance()
        .args([
            "analyze",
            "data/seed.gold.jsonl",
            "--format",
            "jsonl",
            "-q",
            "-o",
        ])
        .arg(&shard)
        .assert()
        .success();
    let (code, _, stderr) = run_err(&[
        "track",
        shard.to_str().unwrap(),
        "--lexicon",
        "lexicons/trade-eu-uk.yaml",
    ]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("the bundled lexicon made it: run without --lexicon"),
        "{stderr}"
    );
    let trade = dir.path().join("t.jsonl");
    stance()
        .args([
            "analyze",
            "tests/fixtures/trade.jsonl",
            "--lexicon",
            "lexicons/trade-eu-uk.yaml",
            "--format",
            "jsonl",
            "-q",
            "-o",
        ])
        .arg(&trade)
        .assert()
        .success();
    let (_, _, stderr) = run_err(&["track", trade.to_str().unwrap()]);
    assert!(
        stderr.contains("pass the --lexicon FILE that made it (lexicon hash "),
        "{stderr}"
    );
}

#[test]
fn a_title_is_never_a_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    std::fs::write(
        &p,
        "Posted on : 2019-10-02 17:36 KST Modified on : 2019-10-19\n\nNorth Korea walks out of talks\n\nNorth Korea demanded sanctions relief.\n",
    )
    .unwrap();
    let out = stdout(&["analyze", p.to_str().unwrap(), "--format", "jsonl", "-q"]);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["title"], "North Korea walks out of talks");
    assert_eq!(v["date"], "2019-10-02");
}

#[test]
fn explain_reads_one_article_of_a_corpus() {
    let out = stdout(&["explain", "data/sample.gold.jsonl", "--id", "sample-07"]);
    assert!(
        out.starts_with("article: sample-07 · 2018-06-19 · "),
        "{out}"
    );
    assert!(out.contains("date: 2018-06-19"));
    assert!(out.contains("4. cells:"));
    // Several articles and no --id; an id that is not there.
    let (code, _, stderr) = run_err(&["explain", "data/sample.gold.jsonl"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("choose one with --id ID (ids: sample-01, "),
        "{stderr}"
    );
    let (code, _, stderr) = run_err(&["explain", "data/sample.gold.jsonl", "--id", "nope"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("no article with id `nope`"), "{stderr}");
    // A CSV corpus.
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("c.csv");
    std::fs::write(
        &csv,
        "id,date,text\na,2019-01-01,It rained.\nb,2019-02-01,The US rejected sanctions relief.\n",
    )
    .unwrap();
    let out = stdout(&["explain", csv.to_str().unwrap(), "--id", "b"]);
    assert!(out.contains("US sanctions_relief ▼ oppose"), "{out}");
    // A path that does not exist is an error, not a sentence.
    let (code, stdout_, stderr) = run_err(&["explain", "no/such/article.txt"]);
    assert_eq!((code, stdout_.as_str()), (Some(2), ""));
    assert!(
        stderr.starts_with("stance: error: no/such/article.txt: no such file"),
        "{stderr}"
    );
    // Front matter is skipped as analyze skips it: offsets are the body's.
    let md = dir.path().join("a.md");
    std::fs::write(
        &md,
        "---\ntitle: Front\ndate: 2019-05-01\n---\nThe US rejected sanctions relief.\n",
    )
    .unwrap();
    let out = stdout(&["explain", md.to_str().unwrap()]);
    assert!(out.contains(" · 2019-05-01 · Front\n"), "{out}");
    assert!(out.contains("4..6 "), "{out}");
    assert!(!out.contains("title:"), "{out}");
}

#[test]
fn lexicon_show_grammar_prints_the_default_lists_a_lexicon_can_override() {
    let out = stdout(&["lexicon", "show", "--grammar"]);
    let doc: serde_yaml::Value = serde_yaml::from_str(&out).unwrap();
    let section = doc["grammar"].clone();
    let lists = section.as_mapping().unwrap();
    for name in ["pronouns", "titles", "prepositions", "obligations"] {
        assert!(lists.contains_key(name), "{name} missing:\n{out}");
    }
    // Every list printed is one a lexicon may set, and setting them all
    // changes nothing.
    let g: stance::lexicon::Grammar = serde_yaml::from_value(section.clone()).unwrap();
    assert_eq!(g.resolved(), stance::lexicon::Grammar::default().resolved());
    // And every list in force is printed.
    let fields = format!("{:?}", stance::lexicon::Grammar::default().resolved())
        .matches(": [")
        .count();
    assert_eq!(lists.len(), fields);
}

/// Ctrl-C or SIGTERM during `-o FILE`: the temporary file goes, the old
/// FILE stays as it was, the exit code is 128 + the signal.
#[cfg(unix)]
#[test]
fn a_signal_removes_the_temporary_file_and_keeps_the_old_output() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("big.jsonl");
    let sample = std::fs::read_to_string("data/sample.gold.jsonl").unwrap();
    std::fs::write(&corpus, sample.repeat(1500)).unwrap(); // ~30 MB
    for (signal, code) in [("TERM", 143), ("INT", 130)] {
        let out = dir.path().join("out.jsonl");
        std::fs::write(&out, "old\n").unwrap();
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("stance"))
            .args(["analyze", "--format", "jsonl", "-q", "--threads", "1", "-o"])
            .arg(&out)
            .arg(&corpus)
            .spawn()
            .unwrap();
        // Wait until the temporary file is being written.
        let tmp = dir
            .path()
            .join(format!(".out.jsonl.stance-{}.tmp", child.id()));
        let start = std::time::Instant::now();
        while !tmp.metadata().is_ok_and(|m| m.len() > 0) {
            assert!(
                start.elapsed().as_secs() < 60,
                "no temporary file {}",
                tmp.display()
            );
            assert!(child.try_wait().unwrap().is_none(), "finished too soon");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let kill = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "SIG{signal}: {status:?}");
        assert!(!tmp.exists(), "SIG{signal}: temporary file left");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old\n");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "{left:?}");
    }
}

/// The examples' binaries sit beside the test's.
fn example(name: &str) -> std::path::PathBuf {
    let mut p = std::env::current_exe().unwrap();
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples").join(name)
}

#[test]
fn gen_corpus_prints_its_usage() {
    let bin = example("gen_corpus");
    if !bin.exists() {
        eprintln!(
            "gen_corpus_prints_its_usage: skipped: {} not built",
            bin.display()
        );
        return;
    }
    let out = std::process::Command::new(&bin)
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.starts_with("Usage: gen_corpus [--mb N]"), "{help}");
    let out = std::process::Command::new(&bin)
        .args(["--mb", "lots"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--mb needs a number"));
    assert!(out.stdout.is_empty());
    let out = std::process::Command::new(&bin)
        .args(["--mb", "0.01"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.len() > 10_000);
}

/// Runs `command` under `script`, on a pseudo-terminal: what a user sees.
fn on_terminal(command: &str) -> Option<String> {
    let out = std::process::Command::new("script")
        .args(["-qfec", command, "/dev/null"])
        .output()
        .ok()?;
    assert!(out.status.success(), "{command}: {out:?}");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn progress_on_a_terminal_shows_bytes_percent_rates_and_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("big.jsonl");
    let sample = std::fs::read_to_string("data/sample.gold.jsonl").unwrap();
    std::fs::write(&corpus, sample.repeat(500)).unwrap(); // ~11 MB
    let bin = assert_cmd::cargo::cargo_bin("stance");
    let out = dir.path().join("out.jsonl");
    // The display appears after a second, or at once here (however fast
    // the build): the test checks what it shows, not when.
    let run = format!(
        "STANCE_PROGRESS_DELAY_MS=0 {} analyze {} --threads 1 --format jsonl -o {}",
        bin.display(),
        corpus.display(),
        out.display()
    );
    let Some(screen) = on_terminal(&run) else {
        eprintln!("progress test: skipped: no `script` (util-linux) to make a terminal");
        return;
    };
    assert!(screen.contains("/11.2 MB, "), "{screen}");
    assert!(screen.contains("% "), "{screen}");
    assert!(screen.contains(" MB/s · "), "{screen}");
    assert!(screen.contains(" articles, "), "{screen}");
    assert!(screen.contains("/s · "), "{screen}");
    assert!(screen.contains(" left"), "{screen}");
    assert!(screen.contains("21000 articles read"), "{screen}");
    // Standard input: a spinner with a count and a rate, no percentage.
    let stdin = format!(
        "cat {} | STANCE_PROGRESS_DELAY_MS=0 {} analyze - --threads 1 --format jsonl -o {}",
        corpus.display(),
        bin.display(),
        out.display()
    );
    let screen = on_terminal(&stdin).unwrap();
    assert!(screen.contains(" articles, "), "{screen}");
    assert!(screen.contains("/s, "), "{screen}");
    assert!(!screen.contains(" MB, "), "{screen}");
    assert!(screen.contains("21000 articles read"), "{screen}");
}
