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

use crate::attribution::{attribute, Attribution, Rule};
use crate::date::Date;
use crate::lexicon::{Compiled, Kind};
use crate::matcher::{find, Match};
use crate::model::{Article, ArticleResult, Cell, Evidence, MatchedTerm, Polarity};
use crate::scoring::cells;
use crate::text::normalize;

/// A short name for what a match is, as shown in evidence.
pub(crate) fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Party { .. } => "party",
        Kind::Issue { inverse: false, .. } => "issue",
        Kind::Issue { inverse: true, .. } => "issue-inverse",
        Kind::Cue {
            polarity: Polarity::Support,
            ..
        } => "support-cue",
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
    let attrs = attribute(c, text, &matches, date, trace);
    (matches, attrs)
}

/// What `stance explain` shows of a text: every match, the trace of the
/// sentences read and of each attribution decision, and the result.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub matches: Vec<Match>,
    pub trace: Vec<String>,
    pub result: ArticleResult,
}

/// Explains a text: its matches and trace (always the full run, see
/// [`attributions`]) and its analysis.
pub fn explain(c: &Compiled, text: &str, date: Option<Date>) -> Explanation {
    let mut trace = Vec::new();
    let (matches, _) = attributions(c, text, date, Some(&mut trace));
    Explanation {
        matches,
        trace,
        result: analyze_text(c, text, date),
    }
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
    let mut grid = Grid::new(c);
    if c.may_hold_stance(&norm.text) {
        let matches = find(c, text, &norm, article.date);
        let attrs = attribute(c, text, &matches, article.date, None);
        grid.add(text, &matches, attrs, false);
    }
    // A title the text does not open with is read as a sentence of its own
    // (headlines carry stances); its evidence says so. It is normalised
    // once, and a title that can hold no stance costs nothing more.
    let title = article.title.trim();
    if !title.is_empty() {
        let tnorm = normalize(title);
        if c.may_hold_stance(&tnorm.text) && !opens_with(&norm.text, tnorm.text.trim()) {
            let matches = find(c, title, &tnorm, article.date);
            let attrs = attribute(c, title, &matches, article.date, None);
            grid.add(title, &matches, attrs, true);
        }
    }
    ArticleResult {
        id: article.id.clone(),
        date: article.date.map(|d| d.to_string()),
        title: article.title.clone(),
        source: article.source.clone(),
        cells: grid.cells(c),
    }
}

/// Does the (normalised) text open with the (normalised) title: do its
/// first 400 bytes past the title's length hold it?
pub(crate) fn opens_with(norm_text: &str, norm_title: &str) -> bool {
    let head = crate::text::floor_boundary(norm_text, norm_title.len() + 400);
    norm_title.is_empty() || norm_text[..head].contains(norm_title)
}

/// Evidence by party and issue, in lexicon order (allocated with the first
/// evidence: an article without any costs nothing here).
struct Grid {
    ni: usize,
    np: usize,
    cells: Vec<Vec<Evidence>>,
}

impl Grid {
    fn new(c: &Compiled) -> Grid {
        Grid {
            ni: c.lexicon.issues.len(),
            np: c.lexicon.parties.len(),
            cells: Vec::new(),
        }
    }

    /// Adds the evidence of `attrs`, sentences of `text` (the article's text,
    /// or its title when `in_title`).
    fn add(&mut self, text: &str, matches: &[Match], attrs: Vec<Attribution>, in_title: bool) {
        if attrs.is_empty() {
            return;
        }
        if self.cells.is_empty() {
            self.cells = vec![Vec::new(); self.np * self.ni];
        }
        evidence_into(&mut self.cells, self.ni, text, matches, attrs, in_title);
    }

    /// The cells, in lexicon order of party and issue.
    fn cells(self, c: &Compiled) -> Vec<Cell> {
        if self.cells.is_empty() {
            return Vec::new();
        }
        // In an article whose only evidence is taking part in events, an
        // event that is the setting of something else ("security zone
        // declared for the Trump-Kim summit") is no position.
        let mut grid = self.cells;
        let setting = |e: &Evidence| held_by(&e.rule, Rule::Setting);
        if grid
            .iter()
            .flatten()
            .all(|e| setting(e) || held_by(&e.rule, Rule::Participants))
        {
            for ev in &mut grid {
                ev.retain(|e| !setting(e));
            }
        }
        let ni = self.ni;
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
}

/// Did the holder rule `r` find this evidence (its rule string names the
/// holder rule first)?
fn held_by(rule: &str, r: Rule) -> bool {
    rule.split(", ").next() == Some(r.name())
}

/// Adds each attribution to its party and issue's evidence.
fn evidence_into(
    grid: &mut [Vec<Evidence>],
    ni: usize,
    text: &str,
    matches: &[Match],
    attrs: Vec<Attribution>,
    in_title: bool,
) {
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
            polarity: a.polarity,
            weight: a.weight,
            hedged: a.hedged,
            conditional: a.conditional,
            rule: a.rule,
            in_title,
        });
    }
}
