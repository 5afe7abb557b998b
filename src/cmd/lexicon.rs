//! `stance lexicon check` and `stance lexicon show`.
//!
//! `check` loads the file as every command does ([`stance::lexicon::load_with_source`]),
//! runs its examples ([`stance::eval::example_problems`]) and hands the
//! outcome to its printer ([`stance::report::check`]); `show` prints the
//! bundled lexicon or the default grammar lists.

use super::sink::write_stdout;
use super::{error, Outcome};
use stance::lexicon;
use stance::report;
use std::io;
use std::path::Path;

/// The default grammar lists as a lexicon's `grammar:` section. They are
/// read from the engine's own resolved grammar (its debug form is a YAML
/// flow mapping), and only the lists a lexicon may set are kept, so the
/// output follows the engine as lists are added.
fn default_grammar_yaml() -> Result<String, String> {
    let resolved = format!("{:?}", lexicon::Grammar::default().resolved());
    let flow = resolved
        .split_once(' ')
        .map_or(resolved.as_str(), |(_, rest)| rest);
    let all: serde_yaml::Mapping =
        serde_yaml::from_str(flow).map_err(|e| format!("cannot list the default grammar: {e}"))?;
    let mut settable = serde_yaml::Mapping::new();
    for (k, v) in all {
        let mut one = serde_yaml::Mapping::new();
        one.insert(k.clone(), v.clone());
        if serde_yaml::from_value::<lexicon::Grammar>(serde_yaml::Value::Mapping(one)).is_ok() {
            settable.insert(k, v);
        }
    }
    let mut doc = serde_yaml::Mapping::new();
    doc.insert("grammar".into(), serde_yaml::Value::Mapping(settable));
    let body = serde_yaml::to_string(&doc).map_err(|e| e.to_string())?;
    Ok(format!(
        "# The default grammar: the English function words that attribution uses.\n\
         # A lexicon may set any of these lists under `grammar:`; each list it\n\
         # leaves out is the one below. Copy a list to change it.\n{body}"
    ))
}

pub(crate) fn check(file: &Path, corpus: &[String]) -> io::Result<Outcome> {
    let loaded = match lexicon::load_with_source(Some(file)) {
        Ok(l) => l,
        Err(e) => {
            report::check::write_load_error(&mut io::stderr().lock(), &e)?;
            return Ok(Outcome::Problems);
        }
    };
    let failures = stance::eval::example_problems(&loaded.compiled, &loaded.source);
    {
        let mut err = io::stderr().lock();
        report::check::write_problems(&mut err, &loaded.name, &loaded.warnings)?;
        report::check::write_problems(&mut err, &loaded.name, &failures)?;
    }
    report::check::write_summary(&mut io::stdout().lock(), &loaded, failures.len())?;
    let unread = if corpus.is_empty() {
        false
    } else {
        coverage(&loaded, corpus)?
    };
    Ok(if failures.is_empty() && !unread {
        Outcome::Ok
    } else {
        Outcome::Problems
    })
}

/// `lexicon check --corpus`: counts the entries' matches over the inputs
/// ([`stance::corpus::coverage`]) and prints the table in lexicon order.
/// Returns whether an input could not be read (reported on the error
/// stream, and the run goes on).
fn coverage(loaded: &lexicon::Loaded, inputs: &[String]) -> io::Result<bool> {
    use stance::input::{InputOptions, Item};
    let c = &loaded.compiled;
    let mut unread = false;
    let mut results = 0usize;
    let total = stance::corpus::coverage(c, inputs, &InputOptions::default(), |item| match item {
        Item::Skipped(n) => {
            unread |= n.error;
            super::report_notice(&n, false);
        }
        Item::Result(..) => results += 1,
        _ => {}
    });
    if results > 0 {
        super::warning(format!(
            "{} of --corpus carry no text (lines of `analyze --format jsonl`): not counted; give the articles",
            super::plural(results, "analysed result", "analysed results")
        ));
    }
    let rows = total.rows(c);
    let entries: Vec<&str> = rows.iter().map(|r| r.entry.as_str()).collect();
    let mut placed: Vec<_> = lexicon::locate(&loaded.source, &entries)
        .into_iter()
        .zip(rows)
        .collect();
    placed.sort_by_key(|(pos, _)| pos.unwrap_or((usize::MAX, 0)));
    report::check::write_coverage(
        &mut io::stdout().lock(),
        &loaded.name,
        total.articles,
        &placed,
    )?;
    Ok(unread)
}

/// `lexicon show`: the bundled lexicon, or (`--grammar`) the default
/// grammar lists.
pub(crate) fn show(grammar: bool) -> io::Result<Outcome> {
    if !grammar {
        return write_stdout(lexicon::DEFAULT_YAML.as_bytes()).map(|_| Outcome::Ok);
    }
    match default_grammar_yaml() {
        Ok(y) => write_stdout(y.as_bytes()).map(|_| Outcome::Ok),
        Err(e) => {
            error(e);
            Ok(Outcome::Problems)
        }
    }
}
