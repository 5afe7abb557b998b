//! Lexicon: the YAML schema, loading, validation and compilation.
//!
//! A lexicon names the parties, the issues and the words that signal a stance.
//! This module owns every contact with YAML (so the YAML crate can be swapped),
//! turns syntax and type errors into [`Problem`]s with file, line and column,
//! validates meaning in [`check`], and compiles a lexicon into a
//! [`Compiled`] lexicon: one aho-corasick automaton plus the facts the later
//! stages need about every pattern. The matcher receives a `&Compiled`.
//!
//! ```
//! let lex = stance::lexicon::Lexicon::from_yaml(stance::lexicon::DEFAULT_YAML).unwrap();
//! let compiled = stance::lexicon::Compiled::new(lex).unwrap();
//! assert!(compiled.party_index("US").is_some());
//! ```

mod check;
mod compile;
mod gate;
mod schema;

pub use check::{check, locate};
pub(crate) use compile::Fnv;
pub use compile::{Compiled, Entry, Kind, Seqs, Set, WordSets};
pub use schema::{Cues, Example, Expect, Grammar, Issue, Lexicon, Party, Position, Term};

use std::fmt;
use std::path::Path;

/// The bundled default lexicon (US–DPRK nuclear diplomacy).
pub const DEFAULT_YAML: &str = include_str!("../../lexicons/us-dprk.yaml");

/// The name shown for the bundled lexicon in messages.
pub const DEFAULT_NAME: &str = "<default lexicon us-dprk.yaml>";

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One thing wrong with a lexicon, located in its source text where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Problem {
    pub fn error(message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(message)
        }
    }

    pub fn at(mut self, pos: Option<(usize, usize)>) -> Problem {
        if let Some((l, c)) = pos {
            self.line = Some(l);
            self.column = Some(c);
        }
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COLUMN: error: message` (and the hint in brackets), one line.
    pub fn render(&self, file: &str) -> String {
        let mut s = file.to_string();
        if let Some(l) = self.line {
            s.push_str(&format!(":{l}"));
            if let Some(c) = self.column {
                s.push_str(&format!(":{c}"));
            }
        }
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        s.push_str(&format!(": {sev}: {}", self.message));
        if let Some(h) = &self.hint {
            s.push_str(&format!(" (hint: {h})"));
        }
        s
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("lexicon"))
    }
}

/// A lexicon that failed to load or compile: its name and every problem.
#[derive(Debug, Clone)]
pub struct LexiconError {
    pub file: String,
    pub problems: Vec<Problem>,
    /// Set when the file could not be read as text, so nothing was parsed
    /// (the one problem says why).
    pub unread: Option<Unread>,
}

/// Why a lexicon file could not be read as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// The file could not be opened or read.
    Io,
    /// The file is not UTF-8: the first bad byte is at `line`, `column`.
    NotUtf8 { line: usize, column: usize },
}

impl LexiconError {
    fn new(file: &str, problems: Vec<Problem>) -> LexiconError {
        LexiconError {
            file: file.to_string(),
            problems,
            unread: None,
        }
    }

    /// The problems as `stance lexicon check` lists them: the same, except
    /// that a file that is not UTF-8 is reported at its position only, without
    /// the byte offset.
    pub fn check_problems(&self) -> Vec<Problem> {
        match self.unread {
            Some(Unread::NotUtf8 { line, column }) => {
                vec![Problem::error("lexicon is not valid UTF-8").at(Some((line, column)))]
            }
            _ => self.problems.clone(),
        }
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.problems.iter().map(|p| p.render(&self.file)).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for LexiconError {}

/// Largest lexicon file accepted, in bytes.
pub(crate) const MAX_LEXICON_BYTES: usize = 64 * 1024 * 1024;

impl Lexicon {
    /// Parses YAML into a lexicon; syntax and type errors come back with line
    /// and column.
    pub fn from_yaml(source: &str) -> Result<Lexicon, Problem> {
        if source.len() > MAX_LEXICON_BYTES {
            return Err(Problem::error(format!(
                "lexicon is larger than {} MiB",
                MAX_LEXICON_BYTES >> 20
            )));
        }
        if source.trim().is_empty() {
            return Err(Problem::error("lexicon is empty")
                .hint("start from `stance lexicon show`, which prints the default lexicon"));
        }
        serde_yaml::from_str::<Lexicon>(source).map_err(|e| {
            let pos = e.location().map(|l| (l.line(), l.column()));
            // serde_yaml appends " at line L column C"; the position is shown
            // in front instead.
            let msg = strip_position(&e.to_string());
            let hint = if msg.contains("unknown field") {
                "check the spelling of the key; the schema is in the README under \"Lexicon schema\""
            } else if msg.contains("missing field") {
                "every party needs id, name and aliases; every issue needs id, proposition and terms"
            } else if msg.contains("invalid type") {
                "a list is written as `- item` lines or `[a, b]`; a term is a string or a map with `term:`"
            } else {
                "check indentation and quoting around this position"
            };
            Problem::error(msg).at(pos).hint(hint)
        })
    }

    /// Writes the lexicon back out as YAML.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).unwrap_or_default()
    }
}

/// Loads, checks and compiles a lexicon file; `None` loads the default.
/// Warnings are returned beside the compiled lexicon, with the name the
/// messages give it.
pub fn load(path: Option<&Path>) -> Result<(Compiled, Vec<Problem>, String), LexiconError> {
    load_with_source(path).map(|l| (l.compiled, l.warnings, l.name))
}

/// A lexicon as [`load_with_source`] loads it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub compiled: Compiled,
    /// Problems that do not stop it loading.
    pub warnings: Vec<Problem>,
    /// The name messages give it: the path, or [`DEFAULT_NAME`].
    pub name: String,
    /// Its YAML text (where `lexicon check` finds a failing example's line).
    pub source: String,
}

/// [`load`], keeping the lexicon's text too.
pub fn load_with_source(path: Option<&Path>) -> Result<Loaded, LexiconError> {
    let (file, source) = match path {
        None => (DEFAULT_NAME.to_string(), DEFAULT_YAML.to_string()),
        Some(p) => {
            let file = p.display().to_string();
            let bytes = std::fs::read(p).map_err(|e| LexiconError {
                unread: Some(Unread::Io),
                ..LexiconError::new(
                    &file,
                    vec![Problem::error(format!(
                        "cannot read lexicon: {}",
                        crate::io_error::io_reason(&e)
                    ))],
                )
            })?;
            let source = String::from_utf8(bytes).map_err(|e| {
                let (line, column) = line_col(
                    &String::from_utf8_lossy(e.as_bytes()),
                    e.utf8_error().valid_up_to(),
                );
                LexiconError {
                    unread: Some(Unread::NotUtf8 { line, column }),
                    ..LexiconError::new(
                        &file,
                        vec![Problem::error(format!(
                            "lexicon is not valid UTF-8 (byte {})",
                            e.utf8_error().valid_up_to()
                        ))
                        .at(Some((line, column)))],
                    )
                }
            })?;
            (file, source)
        }
    };
    let (compiled, warnings) = compile_source(&file, &source)?;
    Ok(Loaded {
        compiled,
        warnings,
        name: file,
        source,
    })
}

/// Parses, checks and compiles lexicon `source` named `file`.
pub fn compile_source(file: &str, source: &str) -> Result<(Compiled, Vec<Problem>), LexiconError> {
    let lex = Lexicon::from_yaml(source).map_err(|p| LexiconError::new(file, vec![p]))?;
    let problems = check(&lex, source);
    if problems.iter().any(Problem::is_error) {
        return Err(LexiconError::new(file, problems));
    }
    let compiled = Compiled::new(lex).map_err(|p| LexiconError::new(file, vec![p]))?;
    Ok((compiled, problems))
}

/// Removes the first " at line L column C" from a serde_yaml message.
fn strip_position(msg: &str) -> String {
    let Some(i) = msg.find(" at line ") else {
        return msg.to_string();
    };
    let rest = &msg[i + " at line ".len()..];
    let skip = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ' ' || "column".contains(c)))
        .unwrap_or(rest.len());
    format!("{}{}", &msg[..i], &rest[skip..])
}

/// 1-based line and column of byte `offset` in `source`.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}
