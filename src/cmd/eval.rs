//! `stance eval`: the engine against gold annotations.
//!
//! Reads the gold file ([`stance::eval::read_gold`]), scores the engine's
//! output against it ([`stance::eval::evaluate`]) and hands the report to
//! its printer ([`stance::report::eval`]).

use super::{load_lexicon, Outcome};
use crate::cli::EvalConfig;
use stance::report;
use std::io::{self, Write};

pub(crate) fn run(cfg: &EvalConfig) -> io::Result<Outcome> {
    let gold = &cfg.gold;
    let Some((lex, name)) = load_lexicon(cfg.lexicon.as_deref(), false) else {
        return Ok(Outcome::Problems);
    };
    let (articles, notices) = match stance::eval::read_gold(gold) {
        Ok(x) => x,
        Err(n) => {
            eprintln!("{}", n.render());
            return Ok(Outcome::Problems);
        }
    };
    for n in &notices {
        eprintln!("{}", n.render());
    }
    let (rep, _) = stance::eval::evaluate(&lex, &articles, &cfg.parties);
    let head = report::eval::Heading {
        gold,
        lexicon_name: &name,
        lexicon_hash: &lex.hash,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    if cfg.json {
        report::eval::write_json(&mut out, &head, &rep)?;
    } else {
        report::eval::write_text(&mut out, &head, &rep, cfg.max_evidence, cfg.rule.as_deref())?;
    }
    out.flush()?;
    Ok(if notices.iter().any(|n| n.error) {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}
