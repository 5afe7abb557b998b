//! A lexicon's own examples, run through the engine (`stance lexicon check`).
//!
//! Owns the comparison of each `examples:` entry's expected stances with
//! what [`crate::engine`] finds in its text. Takes a compiled lexicon (and
//! its source, to place a failing example at its line) and hands back the
//! failures, or the same as lexicon [`Problem`]s, which the check printer
//! ([`crate::report::check`]) and the Python package list.

use crate::date::Date;
use crate::lexicon::{Compiled, Problem, Severity};

/// An example whose stances differ from what the engine produced.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub index: usize,
    pub line: Option<usize>,
    pub text: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
    /// How the engine read it: each attribution decision of `stance
    /// explain` on the example ("\"talks\" (talks): no party holds it").
    pub decisions: Vec<String>,
}

/// Runs every example of the compiled lexicon through the engine.
pub fn run_examples(compiled: &Compiled, source: Option<&str>) -> Vec<ExampleFailure> {
    let mut failures = Vec::new();
    for (i, ex) in compiled.lexicon.examples.iter().enumerate() {
        let date = ex.date.as_deref().and_then(Date::parse);
        let result = crate::engine::analyze_text(compiled, &ex.text, date);
        let mut got: Vec<String> = result
            .cells
            .iter()
            .map(|c| format!("{} {} {}", c.party, c.issue, c.label.as_str()))
            .collect();
        got.sort();
        let mut expected: Vec<String> = ex
            .expect
            .iter()
            .map(|e| format!("{} {} {}", e.party, e.issue, e.stance.as_str()))
            .collect();
        expected.sort();
        expected.dedup();
        if got != expected {
            let snippet: String = ex.text.chars().take(60).collect();
            let line = source.and_then(|s| {
                let first_line = snippet.lines().next().unwrap_or("");
                s.lines()
                    .position(|l| l.contains(first_line.trim()))
                    .map(|p| p + 1)
            });
            let decisions = crate::engine::explain(compiled, &ex.text, date)
                .trace
                .iter()
                .map(|l| l.trim())
                .filter(|l| l.starts_with('"') || l.starts_with("discard"))
                .map(str::to_string)
                .collect();
            failures.push(ExampleFailure {
                index: i,
                line,
                text: ex.text.clone(),
                expected,
                got,
                decisions,
            });
        }
    }
    failures
}

/// The failing examples as errors at their lines, worded as `stance lexicon
/// check` prints them.
pub fn example_problems(compiled: &Compiled, source: &str) -> Vec<Problem> {
    let none = || "(no stance)".to_string();
    run_examples(compiled, Some(source))
        .into_iter()
        .map(|f| Problem {
            severity: Severity::Error,
            line: f.line,
            column: None,
            message: format!(
                "example {} fails: \"{}\": expected {}, got {}",
                f.index + 1,
                f.text.split_whitespace().collect::<Vec<_>>().join(" "),
                if f.expected.is_empty() {
                    none()
                } else {
                    f.expected.join("; ")
                },
                if f.got.is_empty() {
                    none()
                } else {
                    f.got.join("; ")
                },
            ),
            hint: (!f.decisions.is_empty()).then(|| {
                format!(
                    "read as: {}; `stance explain` shows every step",
                    f.decisions.join("; ")
                )
            }),
        })
        .collect()
}
