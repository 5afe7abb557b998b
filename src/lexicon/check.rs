//! Semantic validation of a parsed lexicon, and running its examples.
//!
//! Syntax and type errors are found while parsing; this file finds what the
//! types cannot express: empty lists, undefined or duplicate ids, entries that
//! collide after normalisation, entries that are only punctuation, bad date
//! ranges. Each [`Problem`] is located in the source text by searching for the
//! offending entry.

use super::compile::{except_forms, Excepted};
use super::schema::{Lexicon, Term};
use super::Problem;
use crate::date::Date;
use crate::text::{is_word_char, normalize_entry};
use std::collections::{BTreeSet, HashMap};

/// Finds the positions (1-based line, column) where `needle` is written as a
/// YAML scalar value in `source`, in document order.
fn occurrences(source: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    // The indentation of a block scalar's key (`description: >-`) while
    // its lines are being skipped.
    let mut prose: Option<usize> = None;
    for (ln, line) in source.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if let Some(key_indent) = prose {
            if line.trim().is_empty() || indent > key_indent {
                continue;
            }
            prose = None;
        }
        let t = line.trim();
        if t.starts_with('#') {
            continue;
        }
        if t.ends_with(['>', '|', '-', '+']) && t.contains(": ") {
            let value = t.rsplit(": ").next().unwrap_or("");
            if matches!(value, ">" | "|" | ">-" | "|-" | ">+" | "|+") {
                // "- proposition: >": the key is indented past the dash.
                prose = Some(indent + if t.starts_with("- ") { 2 } else { 0 });
                continue;
            }
        }
        let mut from = 0;
        while let Some(i) = line[from..].find(needle) {
            let at = from + i;
            // A value starts a line, follows a key, a list dash or a flow
            // separator: not a word of a comment or of folded prose.
            let before = line[..at].trim_end_matches(['"', '\'']).trim_end();
            let after = line[at + needle.len()..].trim_start_matches(['"', '\'']);
            let before_ok = before.is_empty()
                || before.ends_with(':')
                || before.ends_with('-')
                || before.ends_with('[')
                || before.ends_with(',')
                || before.ends_with('{');
            let after_ok = after.is_empty()
                || after.starts_with(',')
                || after.starts_with(']')
                || after.starts_with('}')
                || after.starts_with(" #")
                || after.trim().is_empty();
            if before_ok && after_ok {
                out.push((ln + 1, line[..at].chars().count() + 1));
            }
            from = at + needle.len().max(1);
        }
    }
    out
}

/// Locator for entries in the source text.
struct Source<'a> {
    text: &'a str,
    seen: HashMap<String, usize>,
}

impl<'a> Source<'a> {
    fn new(text: &'a str) -> Source<'a> {
        Source {
            text,
            seen: HashMap::new(),
        }
    }

    /// Position of the next not-yet-reported occurrence of `needle`.
    fn next(&mut self, needle: &str) -> Option<(usize, usize)> {
        self.next_where(needle, |_| true)
    }

    /// Position of the next not-yet-reported occurrence of `needle` among
    /// those `keep` accepts.
    fn next_where(
        &mut self,
        needle: &str,
        keep: impl Fn(&(usize, usize)) -> bool,
    ) -> Option<(usize, usize)> {
        let occ: Vec<_> = occurrences(self.text, needle)
            .into_iter()
            .filter(keep)
            .collect();
        let n = self.seen.entry(needle.to_string()).or_insert(0);
        let pos = occ.get(*n).or(occ.last()).copied();
        *n += 1;
        pos
    }

    fn nth(&self, needle: &str, n: usize) -> Option<(usize, usize)> {
        let occ = occurrences(self.text, needle);
        occ.get(n).or(occ.last()).copied()
    }

    /// Position of the first `key: value` (block or flow style).
    fn key(&self, key: &str, value: &str) -> Option<(usize, usize)> {
        self.keys(key, value).first().copied()
    }

    /// Positions of every `key: value` (block or flow style), in order.
    fn keys(&self, key: &str, value: &str) -> Vec<(usize, usize)> {
        self.text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                let mut from = 0;
                while let Some(p) = l[from..].find(key) {
                    let at = from + p;
                    from = at + key.len();
                    let before_ok = l[..at].trim_end().is_empty()
                        || l[..at].trim_end().ends_with(['-', '{', ',']);
                    let Some(rest) = l[at + key.len()..].trim_start().strip_prefix(':') else {
                        continue;
                    };
                    let v = rest.trim_start();
                    let end = v.find([',', '}', '#']).unwrap_or(v.len());
                    if before_ok && v[..end].trim().trim_matches(['"', '\'']) == value {
                        return Some((i + 1, l[..at].chars().count() + 1));
                    }
                }
                None
            })
            .collect()
    }
}

/// Where each entry is written in `source` (1-based line and column), in
/// the order given: an entry written twice (in two lists) is found at its
/// first place the first time it is asked for, at its second the next.
pub fn locate(source: &str, entries: &[&str]) -> Vec<Option<(usize, usize)>> {
    let lines: Vec<&str> = source.lines().collect();
    // An entry is a list item or a `term:`/`text:` value, not a party's
    // `name:` or an issue's `proposition:`.
    let is_entry = |(l, c): &(usize, usize)| {
        let line = lines.get(l - 1).copied().unwrap_or("");
        let before: String = line.chars().take(c - 1).collect();
        let before = before.trim_end_matches(['"', '\'']).trim_end();
        !before.ends_with(':') || before.ends_with("term:") || before.ends_with("text:")
    };
    let mut src = Source::new(source);
    entries
        .iter()
        .map(|e| src.next_where(e, is_entry))
        .collect()
}

/// Where an entry is defined, for duplicate reports.
struct Site {
    what: String,
    text: String,
    /// The alias's dates (`from`, `until`), when it has any.
    dates: (Option<Date>, Option<Date>),
}

/// Do the date ranges of these sites never overlap (each dated, one
/// ending before the next begins)? An alias may then repeat: "Trump" as
/// president in two terms.
fn disjoint_dates(sites: &[Site]) -> bool {
    let mut ranges: Vec<(Option<Date>, Option<Date>)> = sites.iter().map(|s| s.dates).collect();
    if ranges.contains(&(None, None)) {
        return false;
    }
    ranges.sort_by_key(|r| r.0);
    ranges
        .windows(2)
        .all(|w| matches!((w[0].1, w[1].0), (Some(until), Some(from)) if until < from))
}

/// Checks the meaning of a lexicon. `source` is its YAML text (for
/// positions). Returns every problem found, errors and warnings.
pub fn check(lex: &Lexicon, source: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut src = Source::new(source);

    if lex.parties.is_empty() {
        out.push(
            Problem::error("`parties` is empty")
                .hint("declare at least one party with id, name and aliases"),
        );
    }
    if lex.issues.is_empty() {
        out.push(
            Problem::error("`issues` is empty")
                .hint("declare at least one issue with id, proposition and terms"),
        );
    }
    if lex.cues.support.is_empty() {
        out.push(
            Problem::error("`cues.support` is empty")
                .at(src.key("support", ""))
                .hint("add words such as \"demanded\" or \"called for\""),
        );
    }
    if lex.cues.oppose.is_empty() {
        out.push(
            Problem::error("`cues.oppose` is empty")
                .at(src.key("oppose", ""))
                .hint("add words such as \"rejected\" or \"ruled out\""),
        );
    }

    // Ids.
    let mut party_ids: HashMap<&str, usize> = HashMap::new();
    for (i, p) in lex.parties.iter().enumerate() {
        check_id(&mut out, &src, "party", &p.id);
        if let Some(first) = party_ids.insert(&p.id, i) {
            out.push(
                Problem::error(format!(
                    "duplicate party id `{}` (parties {} and {})",
                    p.id,
                    first + 1,
                    i + 1
                ))
                .at(src.keys("id", &p.id).get(1).copied())
                .hint("each party id must be unique"),
            );
        }
        if p.aliases.is_empty() {
            out.push(
                Problem::error(format!("party `{}` has no aliases", p.id))
                    .at(src.key("id", &p.id))
                    .hint("list the names the news uses for this party under `aliases`"),
            );
        }
    }
    let mut issue_ids: HashMap<&str, usize> = HashMap::new();
    for (i, is) in lex.issues.iter().enumerate() {
        check_id(&mut out, &src, "issue", &is.id);
        if let Some(first) = issue_ids.insert(&is.id, i) {
            out.push(
                Problem::error(format!(
                    "duplicate issue id `{}` (issues {} and {})",
                    is.id,
                    first + 1,
                    i + 1
                ))
                .at(src.keys("id", &is.id).get(1).copied())
                .hint("each issue id must be unique"),
            );
        }
        if is.terms.is_empty() {
            out.push(
                Problem::error(format!("issue `{}` has no terms", is.id))
                    .at(src.key("id", &is.id))
                    .hint("list the words that mention this issue under `terms`"),
            );
        }
        if is.proposition.trim().is_empty() {
            out.push(
                Problem::error(format!("issue `{}` has an empty proposition", is.id))
                    .at(src.key("id", &is.id)),
            );
        }
    }

    // Every entry, with the section it belongs to.
    let mut entries: Vec<(String, &Term, Allowed)> = Vec::new();
    for p in &lex.parties {
        for t in &p.aliases {
            entries.push((format!("alias of party `{}`", p.id), t, Allowed::DATES));
        }
    }
    for is in &lex.issues {
        for t in &is.terms {
            entries.push((format!("term of issue `{}`", is.id), t, Allowed::INVERSE));
        }
    }
    let lists: [(&str, &Vec<Term>, Allowed); 13] = [
        ("support cue", &lex.cues.support, Allowed::HEDGED),
        ("oppose cue", &lex.cues.oppose, Allowed::HEDGED),
        ("reverser", &lex.reversers, Allowed::NONE),
        ("negator", &lex.negators, Allowed::NONE),
        ("hedge", &lex.hedges, Allowed::NONE),
        ("conditional", &lex.conditionals, Allowed::NONE),
        ("speech verb", &lex.speech_verbs, Allowed::NONE),
        ("non-party speaker", &lex.speakers, Allowed::NONE),
        ("named non-party (actor)", &lex.actors, Allowed::NONE),
        ("discard phrase", &lex.discard, Allowed::NONE),
        ("ignored phrase", &lex.ignore, Allowed::NONE),
        ("threat word", &lex.threats, Allowed::NONE),
        ("question phrase", &lex.questions, Allowed::NONE),
    ];
    for (what, list, allowed) in lists {
        for t in list {
            entries.push((what.to_string(), t, allowed));
        }
    }
    for g in &lex.groups {
        let what = format!("group of {}", g.parties.join(", "));
        for t in &g.terms {
            entries.push((what.clone(), t, Allowed::NONE));
        }
        for id in &g.parties {
            if !lex.parties.iter().any(|p| &p.id == id) {
                out.push(
                    Problem::error(format!("group names undefined party `{id}`"))
                        .at(src.nth(id, 0))
                        .hint("list ids defined under `parties`"),
                );
            }
        }
        let distinct: BTreeSet<&String> = g.parties.iter().collect();
        if distinct.len() < 2 {
            out.push(
                Problem::error(format!(
                    "{what}: a group needs at least two different parties"
                ))
                .at(g.terms.first().and_then(|t| src.nth(&t.text, 0)))
                .hint("use a party alias for a name of one party"),
            );
        }
        if g.terms.is_empty() {
            out.push(
                Problem::error(format!("{what} has no terms"))
                    .hint("list the names the news uses for these parties together under `terms`"),
            );
        }
    }
    let position_terms: Vec<Term> = lex.positions.iter().map(|p| Term::new(&p.term)).collect();
    for (p, t) in lex.positions.iter().zip(&position_terms) {
        entries.push((
            format!("position phrase for `{}`", p.issue),
            t,
            Allowed::NONE,
        ));
        if !issue_ids.contains_key(p.issue.as_str()) {
            out.push(
                Problem::error(format!(
                    "position phrase \"{}\" names undefined issue `{}`",
                    p.term, p.issue
                ))
                .at(src.key("issue", &p.issue))
                .hint(format!(
                    "defined issues: {}",
                    lex.issues
                        .iter()
                        .map(|i| i.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }

    let mut by_form: HashMap<String, Vec<Site>> = HashMap::new();
    let mut stars: Vec<(String, String, Excepted)> = Vec::new();
    for (what, t, allowed) in &entries {
        let raw = t.text.trim();
        let star = raw.ends_with('*');
        let body = raw.trim_end_matches('*');
        let form = normalize_entry(body);
        if form.is_empty() || !form.chars().any(is_word_char) {
            out.push(
                Problem::error(format!(
                    "{what} \"{}\" is empty or only punctuation",
                    t.text
                ))
                .at(src.next(&t.text))
                .hint("an entry needs at least one letter or digit"),
            );
            continue;
        }
        if body.contains('*') {
            out.push(
                Problem::error(format!("{what} \"{}\": `*` may only end an entry", t.text))
                    .at(src.next(&t.text))
                    .hint("write `demand*` to match demand, demands, demanded"),
            );
        }
        // Options that only some kinds of entry take.
        let misplaced = [
            (
                t.inverse && !allowed.inverse,
                "`inverse` applies only to issue terms",
            ),
            (
                t.act && !allowed.inverse,
                "`act` applies only to issue terms",
            ),
            (
                t.event && !allowed.inverse,
                "`event` applies only to issue terms",
            ),
            (t.hedged && !allowed.hedged, "`hedged` applies only to cues"),
            (
                t.person && !allowed.dates,
                "`person` applies only to party aliases",
            ),
            (
                (t.from.is_some() || t.until.is_some()) && !allowed.dates,
                "`from`/`until` apply only to party aliases",
            ),
        ];
        for (_, message) in misplaced.into_iter().filter(|(wrong, _)| *wrong) {
            out.push(
                Problem::error(format!("{what} \"{}\": {message}", t.text)).at(src.next(&t.text)),
            );
        }
        check_except(&mut out, &mut src, what, t, star, &form);
        if t.lowercase && body.chars().any(char::is_uppercase) {
            out.push(
                Problem::error(format!(
                    "{what} \"{}\": `lowercase` on an entry written with capitals never matches",
                    t.text
                ))
                .at(src.next(&t.text))
                .hint("write the entry in lower case"),
            );
        }
        if what != "negator" && !star && ENGLISH_NEGATORS.contains(&form.as_str()) {
            out.push(
                Problem::warning(format!(
                    "{what} \"{}\" is a negator word in another list",
                    t.text
                ))
                .at(src.next(&t.text))
                .hint("if the `negators:` header above it was lost, restore it; otherwise ignore this"),
            );
        }
        check_dates(&mut out, &mut src, what, t);
        let key = if star {
            format!("{form}*")
        } else {
            form.clone()
        };
        if star {
            stars.push((form.clone(), what.clone(), except_forms(t)));
        }
        by_form.entry(key).or_default().push(Site {
            what: what.clone(),
            text: t.text.clone(),
            dates: (
                t.from.as_deref().and_then(Date::parse),
                t.until.as_deref().and_then(Date::parse),
            ),
        });
    }

    // Duplicates after normalisation.
    let mut keys: Vec<&String> = by_form.keys().collect();
    keys.sort();
    for key in keys {
        let sites = &by_form[key];
        if sites.len() < 2 {
            continue;
        }
        // Dated aliases may repeat with disjoint ranges; the checks above
        // cover the ranges themselves.
        let whats: BTreeSet<&str> = sites.iter().map(|s| s.what.as_str()).collect();
        if whats.len() == 1 && disjoint_dates(sites) {
            continue;
        }
        let list = sites
            .iter()
            .map(|s| format!("{} \"{}\"", s.what, s.text))
            .collect::<Vec<_>>()
            .join(", ");
        let (sev, hint) = if whats.len() == 1 {
            (false, "remove the repeated entry")
        } else {
            (
                true,
                "an entry may belong to one section only; keep the one that reads right",
            )
        };
        let p = Problem::error(format!(
            "entry \"{key}\" is defined {} times: {list}",
            sites.len()
        ));
        let p = if sev { p } else { Problem::warning(p.message) };
        out.push(p.at(src.nth(&sites[1].text, 1)).hint(hint));
    }

    // A single word that a star entry of another section already matches.
    for (stem, what, except) in &stars {
        for (key, sites) in &by_form {
            if key.ends_with('*') || !key.starts_with(stem.as_str()) || key.contains(' ') {
                continue;
            }
            if except.iter().any(|(f, prefix)| {
                if *prefix {
                    key.starts_with(f.as_str())
                } else {
                    key == f
                }
            }) {
                continue;
            }
            for s in sites {
                if &s.what != what {
                    out.push(
                        Problem::error(format!(
                            "{} \"{}\" overlaps {} \"{}*\": both match the same word",
                            s.what, s.text, what, stem
                        ))
                        .at(src.nth(&s.text, 0))
                        .hint("remove one of them, or make the literal entry longer"),
                    );
                }
            }
        }
    }

    // Examples name defined ids.
    for ex in &lex.examples {
        for e in &ex.expect {
            if !party_ids.contains_key(e.party.as_str()) {
                out.push(
                    Problem::error(format!("example expects undefined party `{}`", e.party))
                        .at(src.key("party", &e.party)),
                );
            }
            if !issue_ids.contains_key(e.issue.as_str()) {
                out.push(
                    Problem::error(format!("example expects undefined issue `{}`", e.issue))
                        .at(src.key("issue", &e.issue)),
                );
            }
        }
        if let Some(d) = &ex.date {
            if Date::parse(d).is_none() {
                out.push(
                    Problem::error(format!("example date \"{d}\" is not a date"))
                        .at(src.next(d))
                        .hint("write dates as YYYY-MM-DD"),
                );
            }
        }
    }
    out.sort_by_key(|p| (p.line.unwrap_or(0), p.column.unwrap_or(0)));
    out
}

#[derive(Clone, Copy)]
struct Allowed {
    inverse: bool,
    hedged: bool,
    dates: bool,
}

impl Allowed {
    const NONE: Allowed = Allowed {
        inverse: false,
        hedged: false,
        dates: false,
    };
    const INVERSE: Allowed = Allowed {
        inverse: true,
        ..Allowed::NONE
    };
    const HEDGED: Allowed = Allowed {
        hedged: true,
        ..Allowed::NONE
    };
    const DATES: Allowed = Allowed {
        dates: true,
        ..Allowed::NONE
    };
}

fn check_id(out: &mut Vec<Problem>, src: &Source, what: &str, id: &str) {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    if !ok {
        out.push(
            Problem::error(format!("{what} id \"{id}\" is not a valid id"))
                .at(src.key("id", id))
                .hint(
                    "ids are letters, digits, `_` and `-`, as used in CSV columns and gold files",
                ),
        );
    }
}

fn check_dates(out: &mut Vec<Problem>, src: &mut Source, what: &str, t: &Term) {
    let mut parsed = [None, None];
    for (i, d) in [&t.from, &t.until].into_iter().enumerate() {
        if let Some(d) = d {
            match Date::parse(d) {
                Some(x) => parsed[i] = Some(x),
                None => out.push(
                    Problem::error(format!("{what} \"{}\": \"{d}\" is not a date", t.text))
                        .at(src.next(d))
                        .hint("write dates as YYYY-MM-DD"),
                ),
            }
        }
    }
    if let [Some(a), Some(b)] = parsed {
        if a > b {
            out.push(
                Problem::error(format!(
                    "{what} \"{}\": `from` {a} is after `until` {b}",
                    t.text
                ))
                .at(src.next(&t.text))
                .hint("swap the two dates"),
            );
        }
    }
}

/// Negator words of English: in another list they are the sign of a lost
/// `negators:` header.
const ENGLISH_NEGATORS: &[&str] = &["no", "not", "never", "no longer", "neither", "nor", "none"];

/// `except` takes words that the entry's `*` could complete to.
fn check_except(
    out: &mut Vec<Problem>,
    src: &mut Source,
    what: &str,
    t: &Term,
    star: bool,
    stem: &str,
) {
    if t.except.is_empty() {
        return;
    }
    if !star {
        out.push(
            Problem::error(format!(
                "{what} \"{}\": `except` applies only to an entry ending in `*`",
                t.text
            ))
            .at(src.next(&t.text))
            .hint("write the entry with a trailing `*`, or drop `except`"),
        );
        return;
    }
    for (w, (form, _)) in t.except.iter().zip(except_forms(t)) {
        if form.is_empty() || !form.starts_with(stem) || form == stem {
            out.push(
                Problem::warning(format!(
                    "{what} \"{}\": except \"{w}\" is not a word that `{stem}*` matches",
                    t.text
                ))
                .at(src.nth(w, 0))
                .hint(format!(
                    "list words that start with \"{stem}\" and are longer"
                )),
            );
        }
    }
}
