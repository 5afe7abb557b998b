//! Lexicon coverage on a corpus (`stance lexicon check --corpus`).
//!
//! Receives a compiled lexicon and articles; runs the matcher over each
//! article's text and its title where analysis reads it (exactly the
//! matches attribution would see:
//! overlaps resolved, capitals and dates respected, but without the term
//! gate, so an entry is counted wherever it occurs) and counts, per lexicon
//! entry, its matches, the articles it matched in and, for a `*` entry, the
//! words it completed to. Hands the printer [`CoverageRow`]s in lexicon
//! order. [`Coverage::merge`] adds two counts, so a corpus can be counted in
//! parts (in parallel, or on several machines) and combined exactly.
//!
//! ```
//! use stance::eval::Coverage;
//! use stance::lexicon;
//! use stance::model::Article;
//!
//! let (compiled, _, _) = lexicon::load(None).unwrap();
//! let mut cov = Coverage::new(&compiled);
//! let article = Article {
//!     text: "North Korea urged talks. Seoul urges calm.".into(),
//!     ..Article::default()
//! };
//! cov.add(&compiled, &article);
//! let rows = cov.rows(&compiled);
//! let urge = rows.iter().find(|r| r.entry == "urge*").unwrap();
//! assert_eq!((urge.matches, urge.articles), (2, 1));
//! assert_eq!(urge.words, vec![("urged".to_string(), 1), ("urges".to_string(), 1)]);
//! ```

use crate::engine::{kind_name, opens_with};
use crate::lexicon::{Compiled, Kind};
use crate::matcher::find;
use crate::model::Article;
use crate::text::{normalize, Normalized};
use std::collections::{BTreeMap, HashMap};

/// Match counts of every entry of one lexicon over a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Articles counted.
    pub articles: u64,
    /// Per compiled entry: matches, articles, words (for `*` entries).
    counts: Vec<Counts>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Counts {
    matches: u64,
    articles: u64,
    words: BTreeMap<String, u64>,
}

/// One lexicon entry's coverage, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    /// What the entry is: `party US`, `issue talks`, `support-cue`, ...
    pub kind: String,
    /// The entry as written in the lexicon.
    pub entry: String,
    pub matches: u64,
    /// Articles with at least one match.
    pub articles: u64,
    /// For a `*` entry: the words it completed to (lower case) and how
    /// often, most frequent first; empty otherwise.
    pub words: Vec<(String, u64)>,
}

impl Coverage {
    /// An empty count for `c`'s entries.
    pub fn new(c: &Compiled) -> Coverage {
        Coverage {
            articles: 0,
            counts: vec![Counts::default(); c.entries.len()],
        }
    }

    /// Counts the matches in one article's title and text.
    pub fn add(&mut self, c: &Compiled, article: &Article) {
        self.articles += 1;
        let mut seen: Vec<u32> = Vec::new();
        let body = normalize(&article.text);
        // The title counts where analysis reads it: when the text does not
        // open with it.
        let title = article.title.trim();
        let tnorm = normalize(title);
        if !opens_with(&body.text, tnorm.text.trim()) {
            self.count(c, title, &tnorm, article, &mut seen);
        }
        self.count(c, &article.text, &body, article, &mut seen);
        seen.sort_unstable();
        seen.dedup();
        for e in seen {
            self.counts[e as usize].articles += 1;
        }
    }

    /// Counts the matches of one text (the title or the body), noting in
    /// `seen` which entries matched.
    fn count(
        &mut self,
        c: &Compiled,
        text: &str,
        norm: &Normalized,
        article: &Article,
        seen: &mut Vec<u32>,
    ) {
        let mut last: Option<(u32, usize)> = None;
        for m in find(c, text, norm, article.date) {
            // A group name is one match per member, on one span.
            if last == Some((m.entry, m.start)) {
                continue;
            }
            last = Some((m.entry, m.start));
            let Some(n) = self.counts.get_mut(m.entry as usize) else {
                continue;
            };
            n.matches += 1;
            seen.push(m.entry);
            if c.entries[m.entry as usize].star {
                let word = text[m.start..m.end].to_lowercase();
                *n.words.entry(word).or_insert(0) += 1;
            }
        }
    }

    /// Adds another count of the same lexicon.
    pub fn merge(&mut self, other: Coverage) {
        self.articles += other.articles;
        if self.counts.len() < other.counts.len() {
            self.counts.resize(other.counts.len(), Counts::default());
        }
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            mine.matches += theirs.matches;
            mine.articles += theirs.articles;
            for (w, k) in theirs.words {
                *mine.words.entry(w).or_insert(0) += k;
            }
        }
    }

    /// One row per entry as written in the lexicon, in lexicon order. An
    /// entry the compiler expanded (spelling and hyphen variants) is one
    /// row; its article count is the largest of its forms' counts (an
    /// article may hold two forms of one entry).
    pub fn rows(&self, c: &Compiled) -> Vec<CoverageRow> {
        let mut rows: Vec<CoverageRow> = Vec::new();
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        for (i, e) in c.entries.iter().enumerate() {
            let kind = if e.actor {
                "actor".to_string()
            } else {
                kind_label(c, e.kind)
            };
            let key = (kind.clone(), e.text.clone());
            let at = *index.entry(key).or_insert_with(|| {
                rows.push(CoverageRow {
                    kind,
                    entry: e.text.clone(),
                    matches: 0,
                    articles: 0,
                    words: Vec::new(),
                });
                rows.len() - 1
            });
            let Some(n) = self.counts.get(i) else {
                continue;
            };
            let row = &mut rows[at];
            row.matches += n.matches;
            row.articles = row.articles.max(n.articles);
            for (w, k) in &n.words {
                match row.words.iter_mut().find(|(x, _)| x == w) {
                    Some((_, have)) => *have += k,
                    None => row.words.push((w.clone(), *k)),
                }
            }
        }
        for r in &mut rows {
            r.words
                .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        rows
    }
}

/// `party US`, `issue talks`, `position talks`, or the kind's name.
fn kind_label(c: &Compiled, k: Kind) -> String {
    match k {
        Kind::Party { party } => format!("party {}", c.party_id(party as usize)),
        Kind::Issue { issue, .. } | Kind::Position { issue, .. } => {
            format!("{} {}", kind_name(k), c.issue_id(issue as usize))
        }
        _ => kind_name(k).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::compile_source;

    const LEX: &str = "name: t
parties:
  - id: A
    name: Alpha
    aliases: [Alpha, the Alphans]
  - id: B
    name: Beta
    aliases: [Beta]
groups:
  - { parties: [A, B], terms: [both sides] }
issues:
  - id: talks
    proposition: talks
    terms: [talks, negotiat*]
cues:
  support: [want*]
  oppose: [reject*]
";

    fn article(text: &str) -> Article {
        Article {
            text: text.into(),
            ..Article::default()
        }
    }

    fn row<'a>(rows: &'a [CoverageRow], entry: &str) -> &'a CoverageRow {
        rows.iter().find(|r| r.entry == entry).unwrap()
    }

    #[test]
    fn counts_matches_articles_and_star_words() {
        let (c, _) = compile_source("t.yaml", LEX).unwrap();
        let mut cov = Coverage::new(&c);
        cov.add(&c, &article("Alpha wants talks. Beta wanted negotiations."));
        cov.add(&c, &article("Beta rejected talks."));
        let rows = cov.rows(&c);
        assert_eq!(cov.articles, 2);
        let talks = row(&rows, "talks");
        assert_eq!(
            (talks.kind.as_str(), talks.matches, talks.articles),
            ("issue talks", 2, 2)
        );
        assert_eq!(
            row(&rows, "want*").words,
            vec![("wanted".to_string(), 1), ("wants".to_string(), 1)]
        );
        assert_eq!(row(&rows, "Beta").kind, "party B");
        // Never matched: a row with nothing.
        let never = row(&rows, "the Alphans");
        assert_eq!((never.matches, never.articles), (0, 0));
        assert!(row(&rows, "talks").words.is_empty());
    }

    #[test]
    fn a_group_name_counts_once_and_titles_count() {
        let (c, _) = compile_source("t.yaml", LEX).unwrap();
        let mut cov = Coverage::new(&c);
        cov.add(
            &c,
            &Article {
                title: "Both sides want talks".into(),
                text: "Both sides met.".into(),
                ..Article::default()
            },
        );
        let rows = cov.rows(&c);
        let both = row(&rows, "both sides");
        assert_eq!((both.matches, both.articles), (2, 1));
        assert_eq!(row(&rows, "talks").matches, 1);
    }

    #[test]
    fn merging_parts_equals_counting_the_whole() {
        let (c, _) = compile_source("t.yaml", LEX).unwrap();
        let texts = [
            "Alpha wants talks.",
            "Beta rejects negotiating.",
            "Nothing here.",
        ];
        let mut whole = Coverage::new(&c);
        for t in texts {
            whole.add(&c, &article(t));
        }
        let mut a = Coverage::new(&c);
        a.add(&c, &article(texts[0]));
        let mut b = Coverage::new(&c);
        b.add(&c, &article(texts[1]));
        b.add(&c, &article(texts[2]));
        a.merge(b);
        assert_eq!(a, whole);
        let mut empty = Coverage::default();
        empty.merge(whole.clone());
        assert_eq!(empty.rows(&c), whole.rows(&c));
    }
}
