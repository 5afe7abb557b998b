//! `stance`: reads news articles and tells, party by party, where each side
//! stands on each contested issue.
//!
//! The pipeline, one module per stage:
//! [`lexicon`] (load, validate, compile) → [`text`] (normalise, segment, keep
//! offsets) → [`matcher`] → [`attribution`] → [`scoring`] → [`report`] (one
//! file per format). [`engine`] runs the stages on one article; [`input`]
//! reads articles; [`eval`] compares results with gold annotations.
//!
//! ```
//! use stance::{engine, lexicon};
//! let (lex, _warnings, _name) = lexicon::load(None).unwrap();
//! let r = engine::analyze_text(&lex, "North Korea has demanded sanctions relief.", None);
//! assert_eq!(r.cells[0].party, "DPRK");
//! assert_eq!(r.cells[0].issue, "sanctions_relief");
//! ```

pub mod attribution;
pub mod corpus;
pub mod date;
pub mod engine;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod matcher;
pub mod report;
pub mod scoring;
pub mod text;
pub mod track;
