//! JSON and JSONL. JSONL is one object per article, the fixed contract:
//! `{"id", "date", "title", "cells": [{"party", "issue", "stance", "score",
//! "support", "oppose", "evidence": [...]}]}` (extra keys may be added, none
//! removed). JSON is `{"articles": [...], "aggregate": {"cells": [...]}}`,
//! streamed article by article.

use super::{Exporter, Matrix, ReportOptions, VERSION};
use crate::engine::ArticleResult;
use crate::scoring::Cell;
use serde::Serialize;
use std::io::{self, Write};

/// An article result with evidence capped and the run recorded.
#[derive(Serialize)]
struct Out<'a> {
    #[serde(flatten)]
    result: std::borrow::Cow<'a, ArticleResult>,
    stance_version: &'a str,
    lexicon: &'a str,
}

fn capped<'a>(r: &'a ArticleResult, opts: &'a ReportOptions) -> Out<'a> {
    let result = match opts.max_evidence {
        Some(n) if r.cells.iter().any(|c| c.evidence.len() > n) => {
            let mut r = r.clone();
            for c in &mut r.cells {
                c.evidence.truncate(n);
            }
            std::borrow::Cow::Owned(r)
        }
        _ => std::borrow::Cow::Borrowed(r),
    };
    Out {
        result,
        stance_version: VERSION,
        lexicon: &opts.lexicon_hash,
    }
}

/// One article as a JSON object (evidence capped, run recorded).
pub fn render(r: &ArticleResult, opts: &ReportOptions) -> io::Result<Vec<u8>> {
    Ok(serde_json::to_vec(&capped(r, opts))?)
}

/// One JSON object per article per line.
pub struct JsonlExporter;

impl Exporter for JsonlExporter {
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        _: &ReportOptions,
    ) -> io::Result<()> {
        out.write_all(rendered)
    }

    fn finish(&mut self, _: &mut dyn Write, _: &Matrix, _: &ReportOptions) -> io::Result<()> {
        Ok(())
    }
}

/// The opening of the JSON document, up to the article list.
fn write_head(out: &mut dyn Write, opts: &ReportOptions) -> io::Result<()> {
    write!(
        out,
        "{{\"stance_version\":{},\"lexicon\":{},\"articles\":[",
        serde_json::to_string(VERSION)?,
        serde_json::to_string(&opts.lexicon_hash)?
    )
}

/// One JSON document: every article, then the aggregate.
#[derive(Default)]
pub struct JsonExporter {
    count: usize,
}

impl Exporter for JsonExporter {
    fn article(
        &mut self,
        out: &mut dyn Write,
        rendered: &[u8],
        opts: &ReportOptions,
    ) -> io::Result<()> {
        if self.count == 0 {
            write_head(out, opts)?;
        } else {
            out.write_all(b",")?;
        }
        self.count += 1;
        out.write_all(rendered)
    }

    fn finish(&mut self, out: &mut dyn Write, m: &Matrix, opts: &ReportOptions) -> io::Result<()> {
        if self.count == 0 {
            write_head(out, opts)?;
        }
        let mut cells: Vec<Cell> = Vec::new();
        for row in &m.rows {
            for c in row.cells.iter().flatten() {
                let mut c = c.clone();
                if !opts.evidence {
                    c.evidence.clear();
                } else if let Some(n) = opts.max_evidence {
                    c.evidence.truncate(n);
                }
                cells.push(c);
            }
        }
        write!(
            out,
            "],\"aggregate\":{{\"articles\":{},\"cells\":",
            m.articles
        )?;
        serde_json::to_writer(&mut *out, &cells)?;
        out.write_all(b"}}\n")
    }
}
