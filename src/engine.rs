//! Engine: analyses one article and returns data.
//!
//! Runs the stages in order — normalise ([`crate::text`]), match
//! ([`crate::matcher`]), attribute ([`crate::attribution`]), score
//! ([`crate::scoring`]) — and packs the result as an [`ArticleResult`] (the
//! JSONL contract). A text in which no issue term or position phrase can
//! match stops after normalisation ([`Compiled::may_hold_stance`]): it can
//! hold no stance, and its result is the same empty one the full run would
//! give ([`attributions`], for `explain`, always runs in full). It holds no
//! state between articles, so callers may run it on many threads and merge
//! results in any grouping.

use crate::attribution::{attribute, Attribution};
use crate::date::Date;
use crate::lexicon::{Compiled, Kind};
use crate::matcher::{find, Match};
use crate::scoring::{cells, Cell, Evidence, Label, MatchedTerm};
use crate::text::normalize;
use serde::{Deserialize, Serialize};

/// One article to analyse.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub id: String,
    pub date: Option<Date>,
    pub title: String,
    pub source: Option<String>,
    pub text: String,
}

/// The analysis of one article: one line of `--format jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleResult {
    pub id: String,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub cells: Vec<Cell>,
}

impl ArticleResult {
    pub fn parsed_date(&self) -> Option<Date> {
        self.date.as_deref().and_then(Date::parse)
    }
}

/// A short name for what a match is, as shown in evidence.
pub fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Party { .. } => "party",
        Kind::Issue { inverse: false, .. } => "issue",
        Kind::Issue { inverse: true, .. } => "issue-inverse",
        Kind::Cue { sign: 1, .. } => "support-cue",
        Kind::Cue { .. } => "oppose-cue",
        Kind::Reverser => "reverser",
        Kind::Negator => "negator",
        Kind::Hedge => "hedge",
        Kind::Conditional => "conditional",
        Kind::Speech => "speech-verb",
        Kind::Speaker => "speaker",
        Kind::Position { .. } => "position",
        Kind::Discard => "discard",
        Kind::Ignore => "ignore",
        Kind::Threat => "threat",
        Kind::Question => "question",
    }
}

/// Matches and attributions of a text, before scoring (used by `explain`).
pub fn attributions(
    c: &Compiled,
    text: &str,
    date: Option<Date>,
    trace: Option<&mut Vec<String>>,
) -> (Vec<Match>, Vec<Attribution>) {
    let norm = normalize(text);
    let matches = find(c, text, &norm, date);
    let attrs = attribute(c, text, &matches, trace);
    (matches, attrs)
}

/// Analyses a bare text.
pub fn analyze_text(c: &Compiled, text: &str, date: Option<Date>) -> ArticleResult {
    analyze(
        c,
        &Article {
            text: text.to_string(),
            date,
            ..Article::default()
        },
    )
}

/// Analyses one article (skipping matching and attribution when the term gate
/// says the text can hold no stance).
pub fn analyze(c: &Compiled, article: &Article) -> ArticleResult {
    let text = article.text.as_str();
    let norm = normalize(text);
    let (matches, attrs) = if c.may_hold_stance(&norm.text) {
        let matches = find(c, text, &norm, article.date);
        let attrs = attribute(c, text, &matches, None);
        (matches, attrs)
    } else {
        (Vec::new(), Vec::new())
    };
    ArticleResult {
        id: article.id.clone(),
        date: article.date.map(|d| d.to_string()),
        title: article.title.clone(),
        source: article.source.clone(),
        cells: if attrs.is_empty() {
            Vec::new()
        } else {
            evidence_cells(c, text, &matches, attrs)
        },
    }
}

/// Evidence grouped into cells, in lexicon order of party and issue.
fn evidence_cells(
    c: &Compiled,
    text: &str,
    matches: &[Match],
    attrs: Vec<Attribution>,
) -> Vec<Cell> {
    let np = c.lexicon.parties.len();
    let ni = c.lexicon.issues.len();
    let mut grid: Vec<Vec<Evidence>> = vec![Vec::new(); np * ni];
    for a in attrs {
        let (s, e) = a.sentence;
        grid[a.party as usize * ni + a.issue as usize].push(Evidence {
            sentence: text[s..e].to_string(),
            start: s,
            end: e,
            matches: a
                .matches
                .iter()
                .map(|&m| {
                    let m = &matches[m];
                    MatchedTerm {
                        text: text[m.start..m.end].to_string(),
                        kind: kind_name(m.kind).into(),
                        start: m.start,
                        end: m.end,
                    }
                })
                .collect(),
            polarity: if a.sign > 0 {
                Label::Support
            } else {
                Label::Oppose
            },
            weight: a.weight,
            hedged: a.hedged,
            conditional: a.conditional,
            rule: a.rule,
        });
    }
    let groups = grid
        .into_iter()
        .enumerate()
        .filter(|(_, ev)| !ev.is_empty())
        .map(|(k, ev)| {
            (
                (
                    c.party_id(k / ni).to_string(),
                    c.issue_id(k % ni).to_string(),
                ),
                ev,
            )
        })
        .collect();
    cells(groups)
}
