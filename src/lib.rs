//! `stance`: reads news articles and tells, party by party, where each side
//! stands on each contested issue.
//!
//! The pipeline, one module per stage:
//! [`lexicon`] (load, validate, compile) → [`text`] (normalise, segment, keep
//! offsets) → [`matcher`] → [`attribution`] → [`scoring`] → [`report`] (one
//! file per format). [`engine`] runs the stages on one article; [`input`]
//! reads articles; [`corpus`] runs many in parallel; [`track`] builds
//! timelines; [`eval`] compares results with gold annotations and runs a
//! lexicon's examples. [`model`] holds the types they all share: the
//! [`Article`] in, the [`ArticleResult`] out (the JSONL contract) and the one
//! [`Polarity`] type.
//!
//! ```
//! use stance::{engine, lexicon};
//! let (lex, _warnings, _name) = lexicon::load(None).unwrap();
//! let r = engine::analyze_text(&lex, "North Korea has demanded sanctions relief.", None);
//! assert_eq!(r.cells[0].party, "DPRK");
//! assert_eq!(r.cells[0].issue, "sanctions_relief");
//! ```
//!
//! The types most callers need are also at the crate root; each piece of
//! evidence names the [`Rule`]s that decided it:
//!
//! ```
//! use stance::{analyze_text, lexicon, Rule};
//! let (lex, _warnings, _name) = lexicon::load(None).unwrap();
//! let r = analyze_text(&lex, "North Korea has demanded sanctions relief.", None);
//! let rule = &r.cells[0].evidence[0].rule;
//! assert_eq!(rule, "subject, cue");
//! assert!(rule.split(", ").all(|n| Rule::ALL.iter().any(|r| r.name() == n)));
//! ```

pub mod attribution;
pub mod corpus;
pub mod date;
pub mod engine;
pub mod eval;
pub mod input;
mod io_error;
pub mod lexicon;
pub mod matcher;
pub mod model;
pub mod report;
pub mod scoring;
pub mod text;
pub mod track;

// The curated API: what an embedder needs, at the crate root. The modules
// stay public for what reaches further (the binary, tests/, benches/,
// examples/, python/, fuzz/ each use most of them); helpers that nothing
// outside the library uses are `pub(crate)`.
pub use attribution::{Attribution, Rule};
pub use corpus::RunOptions;
pub use date::Date;
pub use engine::{analyze, analyze_text};
pub use input::InputOptions;
pub use io_error::io_reason;
pub use lexicon::{Compiled, Lexicon, LexiconError, Problem};
pub use model::{Article, ArticleResult, Cell, Evidence, Label, Polarity};
pub use report::{render, Format, ReportOptions};
pub use scoring::Aggregate;
pub use track::{Period, Timeline};
