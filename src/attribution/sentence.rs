//! Items: one sentence as a short list of lexicon matches, plain words and
//! punctuation, and the queries on them that every stage asks.
//!
//! Takes the article text, the sentence's span and its matches (and the
//! [`Carry`] from the sentence before, for a quotation still open). Splits
//! the span into [`Item`]s, then lets the structure stages mark each item's
//! quotation (`quotes.rs`), clause (`clauses.rs`) and condition
//! (`condition.rs`). Hands on a [`Sentence`] whose items know their
//! context; nothing after this changes them.

use super::quotes::{is_open_quote, Quote};
use super::Carry;
use crate::lexicon::{Compiled, Kind, Seqs, Set};
use crate::matcher::Match;
use crate::model::Polarity;
use crate::text::is_word_char;

/// What an item is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ItemKind<'a> {
    /// Index into the article's matches, and the match's kind (read
    /// often, so kept at hand).
    M(usize, Kind),
    /// A word, lower-cased (borrowed from the text when it already is).
    Word(std::borrow::Cow<'a, str>),
    Punct(char),
}

/// One match, word or punctuation mark of a sentence, with its context.
#[derive(Debug, Clone)]
pub(super) struct Item<'a> {
    pub(super) kind: ItemKind<'a>,
    /// Byte span in the article text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Quotation this item is inside (index into `Sentence::quotes`).
    pub(super) quote: Option<usize>,
    /// Clause number, counted through the sentence (`clauses.rs`).
    pub(super) clause: usize,
    /// Conditional item whose scope covers this item.
    pub(super) cond: Option<usize>,
    /// Inside a speech tag set off by commas in the middle of a clause
    /// (", Moon said,", ", according to Seoul,"): no subject of the clause
    /// around it (`clauses.rs`).
    pub(super) aside: bool,
    /// Grammar lists the item's word belongs to or opens
    /// ([`crate::lexicon::WordSets::class`]), looked up the first time a
    /// rule asks ([`Sentence::class_at`]).
    pub(super) class: std::cell::Cell<Option<u32>>,
}

/// One sentence being read: its items and quotations.
pub(super) struct Sentence<'a> {
    pub(super) c: &'a Compiled,
    pub(super) text: &'a str,
    /// Byte span in the article text.
    pub(super) span: (usize, usize),
    /// All the article's matches (items index into them).
    pub(super) matches: &'a [Match],
    pub(super) items: Vec<Item<'a>>,
    pub(super) quotes: Vec<Quote>,
    /// The sentence holds a discard phrase: it gives no evidence.
    pub(super) discard: bool,
}

impl<'a> Item<'a> {
    /// An item not yet placed in a quotation, clause or condition.
    fn new(kind: ItemKind<'a>, start: usize, end: usize) -> Item<'a> {
        Item {
            kind,
            start,
            end,
            quote: None,
            clause: 0,
            cond: None,
            aside: false,
            class: std::cell::Cell::new(None),
        }
    }
}

/// The items of the sentence `span` of `text`: the matches of `range` (in
/// order), the words and the punctuation marks between them. Spaces,
/// zero-width characters and square brackets are no items.
fn items<'a>(
    text: &'a str,
    span: (usize, usize),
    matches: &[Match],
    range: std::ops::Range<usize>,
) -> Vec<Item<'a>> {
    let (s, e) = span;
    // About one item per five bytes of news prose.
    let mut items = Vec::with_capacity((e - s) / 5 + 4);
    let mut mi = range.start;
    let mut pos = s;
    while pos < e {
        if mi < range.end && matches[mi].start <= pos {
            let m = &matches[mi];
            items.push(Item::new(ItemKind::M(mi, m.kind), m.start, m.end));
            pos = pos.max(m.end);
            mi += 1;
            continue;
        }
        let b = text.as_bytes()[pos];
        let ch = if b < 0x80 {
            b as char
        } else {
            match text[pos..].chars().next() {
                Some(ch) => ch,
                None => break,
            }
        };
        if ch.is_whitespace() || ch == '\u{200B}' || ch == '\u{FEFF}' || ch == '[' || ch == ']' {
            pos += ch.len_utf8();
            continue;
        }
        if is_word_char(ch) {
            // A word ends at the next match, if one starts inside it.
            let stop = if mi < range.end {
                matches[mi].start.max(pos + 1)
            } else {
                e
            };
            let end = word_end(text, pos + ch.len_utf8(), e.min(stop));
            items.push(Item::new(ItemKind::Word(lower(&text[pos..end])), pos, end));
            pos = end;
        } else {
            items.push(Item::new(ItemKind::Punct(ch), pos, pos + ch.len_utf8()));
            pos += ch.len_utf8();
        }
    }
    items
}

/// Where the word that goes on at byte `end` of `text` ends, at `limit` at
/// the latest.
fn word_end(text: &str, mut end: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    while end < limit {
        let b = bytes[end];
        if b.is_ascii_alphanumeric() || b == b'_' {
            end += 1;
            continue;
        }
        if b < 0x80 {
            break;
        }
        match text[end..].chars().next() {
            Some(c2) if is_word_char(c2) => end += c2.len_utf8(),
            _ => break,
        }
    }
    end
}

/// Is `w` an "-ing" form of more than four letters ("thanking", "halting")?
pub(super) fn is_gerund(w: &str) -> bool {
    w.len() > 4
        && w.get(w.len() - 3..)
            .is_some_and(|end| end.eq_ignore_ascii_case("ing"))
}

/// The word `w` lower-cased, borrowed when it already is.
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    let upper = if w.is_ascii() {
        w.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        w.chars().any(char::is_uppercase)
    };
    if upper {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

impl<'a> Sentence<'a> {
    /// Reads the sentence `span` of `text`, whose matches are `range` of
    /// `matches`: its items, then their quotations, clauses and conditions.
    pub(super) fn new(
        c: &'a Compiled,
        text: &'a str,
        span: (usize, usize),
        matches: &'a [Match],
        range: std::ops::Range<usize>,
        carry: &Carry,
    ) -> Sentence<'a> {
        let mut sent = Sentence {
            c,
            text,
            span,
            matches,
            items: items(text, span, matches, range),
            quotes: Vec::new(),
            discard: false,
        };
        sent.discard = sent
            .items
            .iter()
            .any(|it| matches!(sent.kind(it), Some(Kind::Discard)));
        sent.drop_additive_negators();
        sent.drop_modifier_terms();
        sent.mark_quotes(carry);
        sent.mark_clauses();
        sent.mark_conditions();
        sent
    }

    /// "not only relief but also guarantees": a negator right before one
    /// of the grammar's `additives`, with a one-word contrast ("but") in
    /// the next fourteen items (commas allowed), negates nothing; it is read as a word. Without
    /// the contrast it negates ("will not simply give up its weapons").
    fn drop_additive_negators(&mut self) {
        for k in 0..self.items.len().saturating_sub(1) {
            if !matches!(self.kind_at(k), Some(Kind::Negator))
                || !self.word_in(k + 1, &self.c.words.additives)
            {
                continue;
            }
            let contrast = (k + 2..(k + 16).min(self.items.len()))
                .take_while(|&j| self.punct_at(j).is_none_or(|p| matches!(p, '-' | ',')))
                .any(|j| self.seq_at(j, &self.c.words.contrasts) == 1);
            if contrast {
                let it = &self.items[k];
                self.items[k].kind = ItemKind::Word(lower(&self.text[it.start..it.end]));
            }
        }
    }

    /// "its missile test moratorium", "the summit talks": a term right
    /// before another of its issue (or joined to it by a hyphen) modifies
    /// it. The later term heads the phrase and is read for both, so the
    /// modifier is dropped.
    fn drop_modifier_terms(&mut self) {
        let issue = |s: &Self, k: usize| match s.kind_at(k) {
            Some(Kind::Issue { issue, .. }) => Some(issue),
            _ => None,
        };
        let mut k = 0;
        while k + 1 < self.items.len() {
            let next = k + 1 + usize::from(self.joining_hyphen(k + 1));
            if issue(self, k).is_some() && issue(self, k) == issue(self, next) {
                self.items.drain(k..next);
            } else {
                k += 1;
            }
        }
    }

    pub(super) fn kind(&self, it: &Item) -> Option<Kind> {
        match it.kind {
            ItemKind::M(_, kind) => Some(kind),
            _ => None,
        }
    }

    pub(super) fn kind_at(&self, k: usize) -> Option<Kind> {
        self.items.get(k).and_then(|it| self.kind(it))
    }

    pub(super) fn word_at(&self, k: usize) -> Option<&str> {
        match self.items.get(k).map(|it| &it.kind) {
            Some(ItemKind::Word(w)) => Some(w),
            _ => None,
        }
    }

    pub(super) fn punct_at(&self, k: usize) -> Option<char> {
        match self.items.get(k).map(|it| &it.kind) {
            Some(ItemKind::Punct(p)) => Some(*p),
            _ => None,
        }
    }

    /// Is item `k` the single word `w` (a plain word, or a one-word match)?
    pub(super) fn item_is_word(&self, k: usize, w: &str) -> bool {
        match self.items.get(k).map(|it| (&it.kind, it.start, it.end)) {
            Some((ItemKind::Word(x), ..)) => x.as_ref() == w,
            Some((ItemKind::M(..), s, e)) => self.text[s..e].eq_ignore_ascii_case(w),
            _ => false,
        }
    }

    /// The grammar lists item `k` belongs to or opens (0 past the end).
    pub(super) fn class_at(&self, k: usize) -> u32 {
        let Some(it) = self.items.get(k) else {
            return 0;
        };
        if let Some(class) = it.class.get() {
            return class;
        }
        let class = match &it.kind {
            ItemKind::Word(w) => self.c.words.class(w),
            ItemKind::M(..) => {
                let t = &self.text[it.start..it.end];
                if t.bytes().any(|b| b.is_ascii_uppercase()) {
                    self.c.words.class(&t.to_ascii_lowercase())
                } else {
                    self.c.words.class(t)
                }
            }
            ItemKind::Punct(_) => 0,
        };
        it.class.set(Some(class));
        class
    }

    /// A year the sentence names that is earlier than the article's
    /// ("at their first summit in 2018", in an article of 2020).
    pub(super) fn earlier_year(&self, carry: &Carry) -> Option<i32> {
        let year = carry.year?;
        self.items.iter().find_map(|it| match &it.kind {
            ItemKind::Word(w) if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) => {
                let y: i32 = w.parse().ok()?;
                (1900..year).contains(&y).then_some(y)
            }
            _ => None,
        })
    }

    /// Is item `j` a refusal: a negator or an oppose cue?
    pub(super) fn refuses_at(&self, j: usize) -> bool {
        matches!(
            self.kind_at(j),
            Some(
                Kind::Negator
                    | Kind::Cue {
                        polarity: Polarity::Oppose,
                        ..
                    }
            )
        )
    }

    /// The bits of the grammar lists whose words can be a subject
    /// (pronouns, references, pair references, first person).
    pub(super) fn subject_word_bits(&self) -> u32 {
        let w = &self.c.words;
        w.pronouns.bit | w.references.bit | w.pair_references.bit | w.first_person.bit
    }

    /// Is item `k` a plain word of the grammar list `set`?
    pub(super) fn word_in(&self, k: usize, set: &Set) -> bool {
        self.items
            .get(k)
            .is_some_and(|it| matches!(it.kind, ItemKind::Word(_)))
            && self.class_at(k) & set.bit != 0
    }

    /// Length of the word sequence from `list` that starts at item `k`.
    pub(super) fn seq_at(&self, k: usize, list: &Seqs) -> usize {
        // The word index says which lists item `k` can open at all.
        if self.class_at(k) & list.bit == 0 {
            return 0;
        }
        for seq in &list.seqs {
            if seq
                .iter()
                .enumerate()
                .all(|(o, w)| self.item_is_word(k + o, w))
            {
                return seq.len();
            }
        }
        0
    }

    /// Is item `k` a lexicon match whose first word is a one-word entry of
    /// `list` ("unlikely to", a negator, opens with the prediction word
    /// "unlikely")? A grammar sequence cannot match inside a lexicon match.
    pub(super) fn match_opens_with(&self, k: usize, list: &Seqs) -> bool {
        let Some(it) = self.items.get(k) else {
            return false;
        };
        if !matches!(it.kind, ItemKind::M(..)) {
            return false;
        }
        let text = &self.text[it.start..it.end];
        let first = text.split(char::is_whitespace).next().unwrap_or("");
        // Lower-cased without a new String for the usual ASCII word.
        if first.is_ascii() {
            let lower = || first.bytes().map(|b| b.to_ascii_lowercase());
            return list
                .seqs
                .iter()
                .any(|s| s.len() == 1 && lower().eq(s[0].bytes()));
        }
        let first = first.to_lowercase();
        list.seqs.iter().any(|s| s.len() == 1 && s[0] == first)
    }

    pub(super) fn same_scope(&self, a: usize, b: usize) -> bool {
        self.items[a].quote == self.items[b].quote
            && self.items[a].clause == self.items[b].clause
            && self.items[a].cond == self.items[b].cond
    }

    /// Is item `j` a quotation mark (straight or typographic)?
    pub(super) fn is_quote_mark(&self, j: usize) -> bool {
        matches!(self.punct_at(j), Some(ch) if ch == '"' || is_open_quote(ch).is_some())
    }

    /// Is item `j` a hyphen joining the two words either side of it, with
    /// no space ("gangster-like")?
    pub(super) fn joining_hyphen(&self, j: usize) -> bool {
        j > 0
            && self.punct_at(j) == Some('-')
            && self
                .items
                .get(j + 1)
                .is_some_and(|n| n.start == self.items[j].end)
            && self.items[j - 1].end == self.items[j].start
    }

    /// Does a coordinator ("and", "as well as") end right before item `k`?
    pub(super) fn after_coordinator(&self, k: usize) -> bool {
        (1..=3).any(|l| k >= l && self.seq_at(k - l, &self.c.words.coordinators) == l)
    }

    /// Is item `k` a plain capitalised word ("Tokyo")?
    /// The item before the name that ends at item `k` (`k` itself when it
    /// is no name): "leader Kim Jong Un" gives the alias "leader Kim".
    pub(super) fn before_name(&self, k: usize) -> usize {
        let mut x = k;
        while x > 0 && self.is_name(x) {
            x -= 1;
        }
        x
    }

    pub(super) fn is_name(&self, k: usize) -> bool {
        matches!(
            self.items.get(k).map(|it| &it.kind),
            Some(ItemKind::Word(_))
        ) && self.text[self.items[k].start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Is item `k` a plain lower-case "-ly" adverb of more than four
    /// letters ("abruptly", "repeatedly")?
    pub(super) fn adverb_at(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|it| {
            let w = &self.text[it.start..it.end];
            matches!(it.kind, ItemKind::Word(_))
                && w.len() > 4
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && w.ends_with("ly")
        })
    }

    /// Does item `k` (a word or a match) start with a word in "-ing"
    /// ("refusing", "halting the tests")?
    pub(super) fn starts_with_gerund(&self, k: usize) -> bool {
        self.items.get(k).is_some_and(|it| {
            self.text[it.start..it.end]
                .split(' ')
                .next()
                .is_some_and(is_gerund)
        })
    }

    /// Is item `j` inside an aside (`clauses.rs`) that item `t` is not in?
    /// Then it is skipped when reading `t`'s clause.
    pub(super) fn aside_apart(&self, j: usize, t: usize) -> bool {
        self.items[j].aside && !self.items[t].aside
    }

    /// The first item of the phrase that ends with item `k`: `k` moved back
    /// over the determiners before it ("the", "a").
    pub(super) fn phrase_start(&self, k: usize) -> usize {
        let mut j = k;
        while j > 0 && self.word_in(j - 1, &self.c.words.determiners) {
            j -= 1;
        }
        j
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check_table, with_sentence};
    use super::*;

    /// The items of a sentence written out: `<match>`, a word (lower-cased)
    /// or a punctuation mark.
    fn items_of(text: &str) -> String {
        with_sentence(text, |s| {
            s.items
                .iter()
                .map(|it| match &it.kind {
                    ItemKind::M(..) => format!("<{}>", &s.text[it.start..it.end]),
                    ItemKind::Word(w) => w.to_string(),
                    ItemKind::Punct(p) => p.to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn a_term_before_another_of_its_issue_modifies_it() {
        super::super::testing::check_table(
            &[
                // The head is read for both, once.
                (
                    "Pyongyang rejected the nuclear tests moratorium.",
                    vec!["DPRK moratorium oppose [subject, cue]"],
                ),
                (
                    "Pyongyang rejected the nuclear tests-moratorium.",
                    vec!["DPRK moratorium oppose [subject, cue]"],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn items_are_matches_words_and_punctuation() {
        check_table(
            &[
                (
                    "North Korea demanded sanctions relief.",
                    "<North Korea> <demanded> <sanctions relief> .",
                ),
                // Words are lower-cased; a possessive is a mark and an "s".
                (
                    "Pyongyang’s Envoy SAID nothing",
                    "<Pyongyang> ’ s envoy <SAID> nothing",
                ),
                // Square brackets, spaces and zero-width characters are no items.
                (
                    "Seoul  [sic]\u{200B} rejected\u{FEFF} talks",
                    "<Seoul> sic <rejected> <talks>",
                ),
                ("US-led talks", "<US> - led <talks>"),
                ("Élysée talks", "élysée <talks>"),
                (
                    "“We want talks,” Choe said.",
                    "“ we <want> <talks> , ” <Choe> <said> .",
                ),
            ],
            items_of,
        );
    }

    #[test]
    fn lower_borrows_a_word_already_in_lower_case() {
        assert!(matches!(
            lower("talks"),
            std::borrow::Cow::Borrowed("talks")
        ));
        assert_eq!(lower("Talks"), "talks");
        assert_eq!(lower("ÉLAN"), "élan");
    }

    #[test]
    fn a_word_ends_at_a_non_word_character_or_the_limit() {
        assert_eq!(word_end("abc def", 1, 7), 3);
        assert_eq!(word_end("naïve x", 1, 8), 6);
        assert_eq!(word_end("abcdef", 1, 3), 3);
    }

    #[test]
    fn token_queries() {
        with_sentence(
            "Pyongyang, as well as the US, is unlikely to accept gangster-like talks.",
            |s| {
                let first = s.at("Pyongyang");
                assert!(matches!(s.kind_at(first), Some(Kind::Party { .. })));
                assert_eq!(s.punct_at(first + 1), Some(','));
                assert_eq!(s.word_at(s.at("gangster")), Some("gangster"));
                // "as well as" is one coordinator of three words.
                assert_eq!(s.seq_at(s.at("as"), &s.c.words.coordinators), 3);
                assert!(s.after_coordinator(s.at("the")));
                assert!(s.word_in(s.at("the"), &s.c.words.determiners));
                assert_eq!(s.phrase_start(s.at("US")), s.at("the"));
                assert!(s.joining_hyphen(s.at("-")));
                assert!(s.item_is_word(s.at("accept"), "accept"));
                // A negator match that opens with a prediction word.
                assert!(s.match_opens_with(s.at("unlikely to"), &s.c.words.predictions));
                assert!(!s.is_name(s.at("gangster")));
                // The grammar class is looked up once, then kept.
                let is = s.at("is");
                assert_eq!(s.class_at(is), s.class_at(is));
                assert!(s.items[is].class.get().is_some());
                assert_eq!(s.class_at(s.items.len()), 0);
            },
        );
        with_sentence("Pyongyang rejected talks, but Tokyo said “no”.", |s| {
            assert!(s.is_name(s.at("Tokyo")));
            assert!(s.is_quote_mark(s.at("“")) && s.is_quote_mark(s.at("”")));
            assert!(!s.same_scope(s.at("rejected"), s.at("Tokyo")));
            assert!(s.same_scope(s.at("rejected"), s.at("talks")));
        });
    }

    #[test]
    fn a_discard_phrase_marks_the_sentence() {
        with_sentence("KCNA said the US wants a big deal in a parody.", |s| {
            assert!(s.discard)
        });
        with_sentence("KCNA said the US wants a big deal.", |s| {
            assert!(!s.discard)
        });
    }
}
