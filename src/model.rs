//! The data model every stage shares: what goes in, what comes out.
//!
//! Owns the [`Article`] that [`crate::input`] reads and [`crate::engine`]
//! analyses, the [`ArticleResult`] it hands back (one line of `--format
//! jsonl`: its [`Cell`]s, each with its [`Evidence`]), and [`Polarity`], the
//! one type for "support or oppose" wherever it is written: a lexicon's cue,
//! position and example stances, a piece of evidence, a gold stance. A
//! cell's [`Label`] adds `mixed`. The serialised spellings (`support`,
//! `oppose`, `mixed`) are those of the JSONL contract and of lexicon YAML.
//! Scoring ([`crate::scoring`]) decides labels; the reports print these types.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// Support or oppose: the direction of a stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Support,
    Oppose,
}

impl Polarity {
    /// `support` or `oppose`, as every output writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Support => "support",
            Polarity::Oppose => "oppose",
        }
    }

    /// +1 or -1: the factor attribution multiplies a reading's sign by.
    pub fn sign(self) -> i8 {
        match self {
            Polarity::Support => 1,
            Polarity::Oppose => -1,
        }
    }

    /// The polarity of a sign: positive is support.
    pub fn of_sign(sign: i8) -> Polarity {
        if sign > 0 {
            Polarity::Support
        } else {
            Polarity::Oppose
        }
    }
}

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
    /// The date, parsed.
    pub fn parsed_date(&self) -> Option<Date> {
        self.date.as_deref().and_then(Date::parse)
    }
}

/// A cell's stance: the label of its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Support,
    Oppose,
    Mixed,
}

impl Label {
    /// `support`, `oppose` or `mixed`, as every output writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Support => "support",
            Label::Oppose => "oppose",
            Label::Mixed => "mixed",
        }
    }

    /// The polarity of a `support` or `oppose` cell; `None` when mixed.
    pub fn polarity(self) -> Option<Polarity> {
        match self {
            Label::Support => Some(Polarity::Support),
            Label::Oppose => Some(Polarity::Oppose),
            Label::Mixed => None,
        }
    }
}

impl From<Polarity> for Label {
    fn from(p: Polarity) -> Label {
        match p {
            Polarity::Support => Label::Support,
            Polarity::Oppose => Label::Oppose,
        }
    }
}

/// A matched lexicon entry inside an evidence sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchedTerm {
    /// The text as written in the article.
    pub text: String,
    /// What the entry is: party, issue, cue, reverser, negator, hedge, ...
    /// (a name from a fixed set when analysed here, so usually borrowed).
    pub kind: std::borrow::Cow<'static, str>,
    /// Byte span in the article text.
    pub start: usize,
    pub end: usize,
}

/// One sentence that shows a party's stance on an issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub sentence: String,
    /// Byte span of the sentence in the article text (end exclusive).
    pub start: usize,
    pub end: usize,
    pub matches: Vec<MatchedTerm>,
    pub polarity: Polarity,
    pub weight: f64,
    pub hedged: bool,
    pub conditional: bool,
    pub rule: String,
    /// The sentence is the article's title, read on its own because the
    /// text does not open with it: `start`/`end` and the matches' offsets
    /// are then offsets into the title. Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_title: bool,
}

/// A party's stance on an issue in one article (or in a corpus).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub party: String,
    pub issue: String,
    #[serde(rename = "stance")]
    pub label: Label,
    pub score: f64,
    pub support: f64,
    pub oppose: f64,
    pub evidence_count: usize,
    /// Articles with evidence for this cell (1 for an article's own cell).
    #[serde(default = "one")]
    pub articles: usize,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

fn one() -> usize {
    1
}
