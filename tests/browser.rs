//! The HTML reports in a real browser: headless Chromium loads a page that
//! holds the report in a frame, reads the rendered DOM with
//! `querySelectorAll`, and writes what it found as JSON into its own DOM,
//! which `--dump-dom` prints. Console messages go to standard error
//! (`--enable-logging=stderr`): none may come from the report.
//!
//! Chromium is Debian's `chromium` package (`.ci/run` installs it). Where it
//! is not installed the tests say so on standard error and pass; set
//! `STANCE_REQUIRE_BROWSER=1` to make that a failure.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The browser binary: `$STANCE_CHROMIUM`, or `chromium`,
/// `chromium-browser` or `google-chrome` on the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("STANCE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn browser_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        let msg = format!(
            "{test}: skipped: no headless Chromium found (install Debian's `chromium` package, as .ci/run does, or set STANCE_CHROMIUM)"
        );
        if std::env::var_os("STANCE_REQUIRE_BROWSER").is_some() {
            panic!("{msg}");
        }
        eprintln!("{msg}");
    }
    found
}

/// What the harness reads from the report's DOM.
const PROBE: &str = r#"
var d = this.contentDocument, r = {};
function all(sel) { return Array.prototype.slice.call(d.querySelectorAll(sel)); }
r.title = d.title;
r.scripts = all('script').length;
r.elements = all('*').map(function (e) { return e.tagName.toLowerCase(); })
  .filter(function (t, i, a) { return a.indexOf(t) === i; });
r.cells = all('td.cell').map(function (td) {
  return { party: td.dataset.party, issue: td.dataset.issue, stance: td.dataset.stance || null,
           evidence: Number(td.dataset.evidence), text: td.textContent,
           href: td.querySelector('a') ? td.querySelector('a').getAttribute('href') : null };
});
r.sections = all('section.evidence').map(function (s) {
  return { id: s.id, party: s.dataset.party, issue: s.dataset.issue,
           evidence: Number(s.dataset.evidence), listed: Number(s.dataset.listed),
           items: s.querySelectorAll('li.quote').length,
           folded: s.querySelectorAll('details li.quote').length,
           text: s.textContent };
});
r.counts = d.getElementById('counts') ? d.getElementById('counts').textContent : null;
r.shifts = all('tr.shift').map(function (tr) {
  return { text: tr.textContent, links: Array.prototype.slice.call(tr.querySelectorAll('a'))
    .map(function (a) { return a.getAttribute('href'); }) };
});
r.drivers = all('article.driver').map(function (a) { return { id: a.id, quotes: a.querySelectorAll('li.quote').length }; });
r.panels = all('section.panel').map(function (s) { return s.dataset.issue; });
r.svgs = all('svg').length;
r.marks = all('mark').map(function (m) { return m.textContent; });
r.body = d.body.textContent;
r.width = d.documentElement.scrollWidth;
"#;

/// Loads `report` in headless Chromium; returns the probe's findings and
/// the console lines that came from the report.
fn load(browser: &Path, report: &Path) -> (Value, Vec<String>) {
    let dir = report.parent().unwrap();
    let name = report.file_name().unwrap().to_str().unwrap();
    let harness = dir.join("harness.html");
    std::fs::write(
        &harness,
        format!(
            r#"<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="out">pending</pre>
<iframe id="f" src="{name}" style="width:1100px;height:800px"></iframe>
<script>
document.getElementById('f').onload = function () {{
  try {{ {PROBE}
    document.getElementById('out').textContent = JSON.stringify(r);
  }} catch (e) {{ document.getElementById('out').textContent = JSON.stringify({{error: String(e)}}); }}
}};
</script></body></html>"#
        ),
    )
    .unwrap();
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", harness.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let start = dom
        .find(r#"<pre id="out">"#)
        .unwrap_or_else(|| panic!("no probe output: {dom}\n{stderr}"))
        + r#"<pre id="out">"#.len();
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    let v: Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("probe output is not JSON ({e}): {json}\n{stderr}"));
    assert!(v.get("error").is_none(), "probe failed: {v}");
    let console = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") && l.contains(name))
        .map(String::from)
        .collect();
    (v, console)
}

/// A corpus with a hostile article: markup and script in its title, source,
/// id and text, in and around the sentences that become evidence.
fn hostile_corpus(dir: &Path) -> PathBuf {
    let path = dir.join("hostile.jsonl");
    let article = serde_json::json!({
        "id": "evil\"><script>document.title='id'</script>",
        "date": "2019-05-01",
        "title": "<script>document.title='pwned'</script><b>bold</b> & co",
        "source": "<img src=x onerror=\"document.title='src'\">",
        "text": "<script>document.title='text'</script> North Korea has demanded sanctions relief. \
                 The US <i>rejected</i> sanctions relief <iframe src=\"javascript:alert(1)\"></iframe> again. \
                 </li></ol></section><script>alert(1)</script> Washington called for talks."
    });
    let calm = serde_json::json!({
        "id": "calm", "date": "2019-08-01", "title": "Talks resume",
        "text": "North Korea said it was ready to resume talks. North Korea demanded sanctions relief. \
                 Pyongyang again demanded sanctions relief. Kim insisted on sanctions relief. \
                 North Korea called for sanctions relief."
    });
    std::fs::write(&path, format!("{article}\n{calm}\n")).unwrap();
    path
}

fn stance() -> Command {
    Command::cargo_bin("stance").unwrap()
}

#[test]
fn analyze_report_renders_the_matrix_and_keeps_article_script_as_text() {
    let Some(browser) = browser_or_skip("analyze_report") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let corpus = hostile_corpus(dir.path());
    let report = dir.path().join("report.html");
    stance()
        .args([
            "analyze",
            "-q",
            "--format",
            "html",
            "--max-evidence",
            "4",
            "-o",
        ])
        .arg(&report)
        .arg(&corpus)
        .arg("data/seed.gold.jsonl")
        .assert()
        .success();
    let (v, console) = load(&browser, &report);
    assert!(console.is_empty(), "console: {console:#?}");
    // The article's markup is text: no script, iframe, img, b or i element,
    // the title untouched, and the text shows the markup as written.
    assert_eq!(v["title"], "Stance report");
    assert_eq!(v["scripts"], 0);
    for tag in ["script", "iframe", "img", "b", "i", "object", "embed"] {
        assert!(
            !v["elements"].as_array().unwrap().iter().any(|t| t == tag),
            "a <{tag}> element: {}",
            v["elements"]
        );
    }
    let body = v["body"].as_str().unwrap();
    assert!(body.contains("<script>document.title='pwned'</script><b>bold</b> & co"));
    assert!(body.contains("<script>document.title='text'</script>"));
    assert!(body.contains("<img src=x onerror=\"document.title='src'\">"));
    assert!(body.contains("evil\"><script>document.title='id'</script>"));
    // The matrix: a cell per party and issue, with the evidence counts of
    // the run, each stance linking to its evidence section.
    let cells = v["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 3 * 9, "parties × issues");
    let cell = |p: &str, i: &str| {
        cells
            .iter()
            .find(|c| c["party"] == p && c["issue"] == i)
            .unwrap_or_else(|| panic!("no cell {p} {i}"))
    };
    let dprk = cell("DPRK", "sanctions_relief");
    assert_eq!(dprk["stance"], "support");
    assert!(dprk["text"].as_str().unwrap().starts_with("▲ support"));
    let sections = v["sections"].as_array().unwrap();
    let sec = |href: &Value| {
        let id = href.as_str().unwrap().trim_start_matches('#');
        sections.iter().find(|s| s["id"] == id).unwrap()
    };
    let s = sec(&dprk["href"]);
    assert_eq!(s["party"], "DPRK");
    assert_eq!(s["evidence"], dprk["evidence"]);
    // Capped at 4: 3 shown, 1 folded, the rest counted.
    let n = dprk["evidence"].as_u64().unwrap();
    assert!(n > 4, "{n}");
    assert_eq!(s["listed"], 4);
    assert_eq!(s["items"], 4);
    assert_eq!(s["folded"], 1);
    assert!(s["text"]
        .as_str()
        .unwrap()
        .contains(&format!("… {} more (use --max-evidence)", n - 4)));
    for c in cells {
        if c["stance"].is_null() {
            assert_eq!(c["evidence"], 0);
            assert!(c["href"].is_null());
        } else {
            let s = sec(&c["href"]);
            assert_eq!(s["evidence"], c["evidence"]);
            assert_eq!(s["items"], s["listed"]);
        }
    }
    let us = cell("US", "sanctions_relief");
    assert_eq!(us["stance"], "oppose");
    // The run's counts.
    assert_eq!(
        v["counts"],
        "3 articles read, 3 analysed, 3 with stances, 0 skipped"
    );
    // Matched words are marked, hostile or not.
    let marks: Vec<&str> = v["marks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m.as_str())
        .collect();
    assert!(marks.contains(&"sanctions relief"), "{marks:?}");
}

#[test]
fn track_report_renders_charts_shifts_and_driving_articles() {
    let Some(browser) = browser_or_skip("track_report") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("track.html");
    stance()
        .args(["track", "-q", "--by", "quarter", "--format", "html", "-o"])
        .arg(&report)
        .args(["data/sample.gold.jsonl", "data/seed.gold.jsonl"])
        .assert()
        .success();
    let (v, console) = load(&browser, &report);
    assert!(console.is_empty(), "console: {console:#?}");
    assert_eq!(v["title"], "Stance over time, by quarter");
    assert_eq!(v["scripts"], 0);
    // The legend, the strip, and one chart per issue.
    let panels = v["panels"].as_array().unwrap();
    assert_eq!(panels.len(), 9);
    assert_eq!(v["svgs"].as_u64().unwrap(), 2 + panels.len() as u64);
    // Ten shifts, each linking to driving articles that exist and hold
    // evidence.
    let shifts = v["shifts"].as_array().unwrap();
    assert_eq!(shifts.len(), 10);
    let drivers = v["drivers"].as_array().unwrap();
    for s in shifts {
        let links = s["links"].as_array().unwrap();
        assert!(!links.is_empty(), "{s}");
        for l in links {
            let id = l.as_str().unwrap().trim_start_matches('#');
            let d = drivers.iter().find(|d| d["id"] == id).unwrap();
            assert!(d["quotes"].as_u64().unwrap() >= 1, "{d}");
        }
    }
    assert!(shifts[0]["text"].as_str().unwrap().contains("sign changed"));
    // Wider than the page? The charts scale down instead.
    assert!(v["width"].as_u64().unwrap() <= 1100, "{}", v["width"]);
}
