//! Attribution: who holds each issue mention, and with what polarity.
//!
//! Receives the article text and the matcher's sorted [`Match`]es. Works one
//! sentence at a time, and only on sentences that contain matches. Each
//! sentence becomes a short list of *items* (lexicon matches, plain words and
//! punctuation); items are grouped into *contexts* (the narrator's text and
//! each quotation) and *clauses* (split at `;`, dashes and contrast words such
//! as "while" or "but"). For every issue term or position phrase:
//!
//! * **polarity** = governing cue (the nearest cue before the term in its
//!   clause, or just after it: "was ruled out") × reverser ("lift", "halt")
//!   × each negator in scope ("not willing to", "no sanctions relief") × the
//!   term's direction (`inverse` terms name the opposite proposition). A term
//!   inside a condition ("before complete denuclearization", "in exchange for
//!   relief") is something the holder asks for: support, unless reversed or
//!   negated inside the condition. A term with no cue, reverser, adjacent
//!   negator or condition carries no stance.
//! * **holder** = the subject of the governing cue: the nearest party mention
//!   before it that is not possessive ("North Korea's"), not the object of a
//!   preposition ("pressure on the US"), not a modifier ("North Korea-US
//!   talks"), with coordinated subjects ("X and Y agreed") all credited;
//!   pronouns ("it", "they") resolve to the last subject; inside a quotation
//!   a party subject outranks the quotation's speaker; otherwise the speaker
//!   (“…,” X said / X said, “…” / "the statement continued"); a passive agent
//!   ("by X") or a trailing speech tag ("…, X said") or "according to X".
//!   A non-party speaker (analyst) holds no stance.
//! * **weight** = 1, halved when hedged (a hedge word in the clause, a hedged
//!   cue, or a party reported inside an outsider's quotation). A clause that
//!   contains a condition marks its evidence `conditional`.
//!
//! Hands scoring a list of [`Attribution`]s, each with its evidence.

use crate::lexicon::{Compiled, Kind, Seqs, Set};
use crate::matcher::Match;
use crate::text::{is_word_char, next_boundary, sentence_around, trim_span};

/// One party's stance on one issue, shown by one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub party: u16,
    pub issue: u16,
    /// +1 support, -1 oppose.
    pub sign: i8,
    pub weight: f64,
    pub hedged: bool,
    pub conditional: bool,
    /// Which rules decided holder and polarity, e.g. `subject; cue`.
    pub rule: String,
    /// Sentence span in the article text.
    pub sentence: (usize, usize),
    /// Indices into the article's match list that support this attribution.
    pub matches: Vec<usize>,
}

/// One way the engine reads a term: holder, polarity and the rules used.
#[derive(Debug, Clone, Default)]
struct Reading {
    issue: u16,
    sign: i8,
    hedged: bool,
    conditional: bool,
    holder: Option<(Holder, &'static str)>,
    rules: Vec<&'static str>,
    involved: Vec<usize>,
}

/// Who holds a stance.
#[derive(Debug, Clone, PartialEq)]
enum Holder {
    Parties(Vec<u16>),
    /// A non-party speaker (analyst, expert).
    Outsider,
    /// Someone the lexicon does not know ("Hong Min said").
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
enum ItemKind<'a> {
    /// Index into the article's matches, and the match's kind (read
    /// often, so kept at hand).
    M(usize, Kind),
    /// A word, lower-cased (borrowed from the text when it already is).
    Word(std::borrow::Cow<'a, str>),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Item<'a> {
    kind: ItemKind<'a>,
    start: usize,
    end: usize,
    /// Quotation this item is inside (index into `Sentence::quotes`).
    quote: Option<usize>,
    clause: usize,
    /// Conditional item whose scope covers this item.
    cond: Option<usize>,
    /// Grammar lists the item's word belongs to or opens
    /// ([`crate::lexicon::WordSets::class`]), looked up the first time a
    /// rule asks ([`Sentence::class_at`]).
    class: std::cell::Cell<Option<u32>>,
}

#[derive(Debug, Clone)]
struct Quote {
    speaker: Option<Holder>,
    speaker_rule: &'static str,
    /// The quotation this one goes on with across a speech tag (“A,” X
    /// said, “B”): one statement, cut in two.
    continues: Option<usize>,
}

/// State carried from one sentence to the next.
#[derive(Debug, Default, Clone)]
pub struct Carry {
    last_subject: Option<Holder>,
    last_speaker: Option<Holder>,
    /// A quotation opened in an earlier sentence and not yet closed.
    open_quote: Option<Option<Holder>>,
    /// Parties mentioned most recently, latest first, each once.
    recent: Vec<u16>,
}

/// Attributes every issue mention of an article. `trace`, when given,
/// receives one line per decision (for `stance explain`).
pub fn attribute(
    c: &Compiled,
    text: &str,
    matches: &[Match],
    mut trace: Option<&mut Vec<String>>,
) -> Vec<Attribution> {
    // Only sentences with an anchor (an issue term, a position phrase, a
    // party, a speaker or a speech verb) are read, so text without one costs
    // nothing here; while a quotation is open the following sentences are
    // read too, to find its end and speaker.
    let anchor = |m: &Match| {
        matches!(
            m.kind,
            Kind::Issue { .. }
                | Kind::Position { .. }
                | Kind::Party { .. }
                | Kind::Speaker
                | Kind::Speech
        )
    };
    // Only issue terms and position phrases give evidence; nothing after the
    // last of them can change the result, and an article without one is not
    // read at all.
    let Some(last_term) = matches
        .iter()
        .rposition(|m| matches!(m.kind, Kind::Issue { .. } | Kind::Position { .. }))
    else {
        return Vec::new();
    };
    // Every holder is a party named in this article (directly, or through a
    // pronoun or speech tag that resolves to one): without a party mention
    // nothing can be credited. `explain` still reads such texts.
    if trace.is_none() && !matches.iter().any(|m| matches!(m.kind, Kind::Party { .. })) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut carry = Carry::default();
    let mut read_to = 0; // text before this byte has been read
    let mut i = 0; // first match not yet read
    let mut quote_run = 0; // sentences read only to follow an open quotation
    while i <= last_term {
        let (s, e) = if carry.open_quote.is_some()
            && quote_run < MAX_QUOTE_SENTENCES
            && read_to < text.len()
        {
            quote_run += 1;
            let (s, e) = trim_span(text, read_to, next_boundary(text, read_to));
            if s >= e {
                read_to = next_boundary(text, read_to)
                    .max(read_to + 1)
                    .min(text.len());
                continue;
            }
            (s, e)
        } else {
            carry.open_quote = None;
            quote_run = 0;
            let Some(k) = (i..matches.len()).find(|&k| anchor(&matches[k])) else {
                break;
            };
            let (s, e) = sentence_around(text, matches[k].start);
            (s.max(read_to).min(matches[k].start), e.max(matches[k].end))
        };
        let lo = matches.partition_point(|m| m.start < s).max(i);
        let mut j = lo;
        let mut e = e;
        while j < matches.len() && matches[j].start < e {
            e = e.max(matches[j].end);
            j += 1;
        }
        read_to = e;
        i = j;
        // A sentence whose only anchor is a speech verb ("forecasters said")
        // and that holds no quotation mark changes nothing a later sentence
        // reads: it names no party or speaker, opens no quotation and holds no
        // term. Skipped (explain still shows it).
        if trace.is_none()
            && carry.open_quote.is_none()
            && matches[lo..j]
                .iter()
                .all(|m| !anchor(m) || matches!(m.kind, Kind::Speech))
            && !text[s..e].contains([
                '"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{00BB}', '\u{201E}',
            ])
        {
            continue;
        }
        let mut sent = Sentence::new(c, text, (s, e), matches, lo..j, &carry);
        if let Some(t) = trace.as_deref_mut() {
            t.push(format!("sentence {s}..{e}: {}", one_line(&text[s..e])));
        }
        sent.attribute(&mut out, &mut carry, trace.as_deref_mut());
        if carry.open_quote.is_none() {
            quote_run = 0;
        }
    }
    out
}

/// Where `stance explain` collects decisions; the lines are only formatted
/// when someone reads them.
struct Trace<'t>(Option<&'t mut Vec<String>>);

impl Trace<'_> {
    fn note(&mut self, line: impl FnOnce() -> String) {
        if let Some(t) = self.0.as_deref_mut() {
            t.push(format!("  {}", line()));
        }
    }
}

/// Sentences read past the last anchor while following an open quotation.
const MAX_QUOTE_SENTENCES: usize = 8;

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Sentence<'a> {
    c: &'a Compiled,
    text: &'a str,
    span: (usize, usize),
    matches: &'a [Match],
    items: Vec<Item<'a>>,
    quotes: Vec<Quote>,
    discard: bool,
}

fn is_open_quote(ch: char) -> Option<bool> {
    match ch {
        '\u{201C}' | '\u{00AB}' | '\u{201E}' => Some(true),
        '\u{201D}' | '\u{00BB}' => Some(false),
        _ => None,
    }
}

impl<'a> Sentence<'a> {
    fn new(
        c: &'a Compiled,
        text: &'a str,
        span: (usize, usize),
        matches: &'a [Match],
        range: std::ops::Range<usize>,
        carry: &Carry,
    ) -> Sentence<'a> {
        let (s, e) = span;
        // About one item per five bytes of news prose.
        let mut items = Vec::with_capacity((e - s) / 5 + 4);
        let mut mi = range.start;
        let mut pos = s;
        while pos < e {
            if mi < range.end && matches[mi].start <= pos {
                let m = &matches[mi];
                items.push(Item {
                    kind: ItemKind::M(mi, m.kind),
                    start: m.start,
                    end: m.end,
                    quote: None,
                    clause: 0,
                    cond: None,
                    class: std::cell::Cell::new(None),
                });
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
            if ch.is_whitespace() || ch == '\u{200B}' || ch == '\u{FEFF}' || ch == '[' || ch == ']'
            {
                pos += ch.len_utf8();
                continue;
            }
            if is_word_char(ch) {
                let stop = if mi < range.end {
                    matches[mi].start.max(pos + 1)
                } else {
                    e
                };
                let mut end = pos + ch.len_utf8();
                let bytes = text.as_bytes();
                while end < e.min(stop) {
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
                items.push(Item {
                    kind: ItemKind::Word({
                        let w = &text[pos..end];
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
                    }),
                    start: pos,
                    end,
                    quote: None,
                    clause: 0,
                    cond: None,
                    class: std::cell::Cell::new(None),
                });
                pos = end;
            } else {
                items.push(Item {
                    kind: ItemKind::Punct(ch),
                    start: pos,
                    end: pos + ch.len_utf8(),
                    quote: None,
                    clause: 0,
                    cond: None,
                    class: std::cell::Cell::new(None),
                });
                pos += ch.len_utf8();
            }
        }
        let mut sent = Sentence {
            c,
            text,
            span,
            matches,
            items,
            quotes: Vec::new(),
            discard: false,
        };
        sent.discard = sent
            .items
            .iter()
            .any(|it| matches!(sent.kind(it), Some(Kind::Discard)));
        sent.mark_quotes(carry);
        sent.mark_clauses();
        sent.mark_conditions();
        sent
    }

    fn kind(&self, it: &Item) -> Option<Kind> {
        match it.kind {
            ItemKind::M(_, kind) => Some(kind),
            _ => None,
        }
    }

    fn kind_at(&self, k: usize) -> Option<Kind> {
        self.items.get(k).and_then(|it| self.kind(it))
    }

    fn word_at(&self, k: usize) -> Option<&str> {
        match self.items.get(k).map(|it| &it.kind) {
            Some(ItemKind::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn punct_at(&self, k: usize) -> Option<char> {
        match self.items.get(k).map(|it| &it.kind) {
            Some(ItemKind::Punct(p)) => Some(*p),
            _ => None,
        }
    }

    /// Is item `k` the single word `w` (a plain word, or a one-word match)?
    fn item_is_word(&self, k: usize, w: &str) -> bool {
        match self.items.get(k).map(|it| (&it.kind, it.start, it.end)) {
            Some((ItemKind::Word(x), ..)) => x.as_ref() == w,
            Some((ItemKind::M(..), s, e)) => self.text[s..e].eq_ignore_ascii_case(w),
            _ => false,
        }
    }

    /// The grammar lists item `k` belongs to or opens (0 past the end).
    fn class_at(&self, k: usize) -> u32 {
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

    /// Is item `k` a plain word of the grammar list `set`?
    fn word_in(&self, k: usize, set: &Set) -> bool {
        self.items
            .get(k)
            .is_some_and(|it| matches!(it.kind, ItemKind::Word(_)))
            && self.class_at(k) & set.bit != 0
    }

    /// Length of the word sequence from `list` that starts at item `k`.
    fn seq_at(&self, k: usize, list: &Seqs) -> usize {
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
    fn match_opens_with(&self, k: usize, list: &Seqs) -> bool {
        let Some(it) = self.items.get(k) else {
            return false;
        };
        if !matches!(it.kind, ItemKind::M(..)) {
            return false;
        }
        let text = &self.text[it.start..it.end];
        let first = text.split(char::is_whitespace).next().unwrap_or("");
        let first = first.to_lowercase();
        list.seqs.iter().any(|s| s.len() == 1 && s[0] == first)
    }

    // -- structure ---------------------------------------------------------

    fn mark_quotes(&mut self, carry: &Carry) {
        // Quotation open at the sentence start (opened in an earlier sentence)?
        let mut open: Option<usize> = None;
        if let Some(sp) = &carry.open_quote {
            self.quotes.push(Quote {
                speaker: sp.clone(),
                speaker_rule: "quote-speaker",
                continues: None,
            });
            open = Some(0);
        }
        let n = self.items.len();
        let mut straight_open = open.is_some();
        let mut opened_at: Vec<(usize, Option<usize>)> = Vec::new(); // (quote, open item)
        if open.is_some() {
            opened_at.push((0, None));
        }
        for k in 0..n {
            let toggle = match self.items[k].kind {
                ItemKind::Punct('"') => Some(!straight_open),
                ItemKind::Punct(ch) => is_open_quote(ch),
                _ => None,
            };
            match toggle {
                Some(true) if open.is_none() => {
                    self.quotes.push(Quote {
                        speaker: None,
                        speaker_rule: "",
                        continues: None,
                    });
                    open = Some(self.quotes.len() - 1);
                    opened_at.push((self.quotes.len() - 1, Some(k)));
                    straight_open = true;
                    continue; // the quote mark itself is outside
                }
                Some(false) if open.is_some() => {
                    open = None;
                    straight_open = false;
                    continue;
                }
                // A closing mark with no opening one: the quotation began in
                // an earlier sentence that was not read.
                Some(false)
                    if self.quotes.is_empty()
                        && k > 0
                        && ItemKind::Punct('"') != self.items[k].kind =>
                {
                    self.quotes.push(Quote {
                        speaker: None,
                        speaker_rule: "",
                        continues: None,
                    });
                    for it in &mut self.items[..k] {
                        it.quote = Some(0);
                    }
                    opened_at.push((0, None));
                    continue;
                }
                _ => {}
            }
            self.items[k].quote = open;
        }
        // Scare quotes: a short quoted phrase inside the sentence, not set
        // off by a comma, colon or speech verb, is a term, not a quotation.
        for &(q, open_item) in &opened_at {
            let Some(o) = open_item else { continue };
            let inside: Vec<usize> = (0..n).filter(|&k| self.items[k].quote == Some(q)).collect();
            let Some(&last) = inside.last() else { continue };
            if last + 1 >= n {
                continue; // runs to the end of the sentence
            }
            let words = inside
                .iter()
                .filter(|&&k| !matches!(self.items[k].kind, ItemKind::Punct(_)))
                .count();
            let set_off_before = o > 0
                && (matches!(self.punct_at(o - 1), Some(',' | ':'))
                    || matches!(self.kind_at(o - 1), Some(Kind::Speech)));
            // A comma inside the closing mark sets the quotation off only
            // when a speech tag follows (“…,” X said); American style puts
            // it inside scare quotes too (abandon its “hostile policy,” a
            // phrase that …).
            let tag_follows = (last + 2..(last + 8).min(n))
                .take_while(|&k| self.punct_at(k).is_none())
                .any(|k| matches!(self.kind_at(k), Some(Kind::Speech)));
            let set_off_inside = (self.punct_at(last) == Some(',') && tag_follows)
                || (matches!(self.punct_at(last), Some('?' | '!')) && last + 2 < n);
            if o > 0 && words < 8 && !set_off_before && !set_off_inside {
                for &k in &inside {
                    self.items[k].quote = None;
                }
                self.quotes[q].speaker_rule = "scare-quote";
            }
        }
        // Speakers.
        for (q, open_item) in opened_at {
            if self.quotes[q].speaker_rule == "scare-quote" {
                continue;
            }
            if self.quotes[q].speaker.is_some() {
                continue;
            }
            let close = (0..n)
                .rev()
                .find(|&k| self.items[k].quote == Some(q))
                .map(|k| k + 1);
            let closes_here =
                close.is_some_and(|k| k < n && matches!(self.items[k].kind, ItemKind::Punct(_)));
            let mut found: Option<(Holder, &'static str)> = None;
            if closes_here && open.is_none_or(|o| o != q) {
                // Tag after the closing mark: “…,” X said / the statement continued.
                let from = close.unwrap_or(n) + 1;
                found = self.speaker_in(from, n, carry);
            } else if open == Some(q) {
                // The quotation runs past this sentence: look for its tag.
                found = self.tag_after_sentence(carry);
            }
            if found.is_none() {
                if let Some(o) = open_item {
                    // X said, “…
                    found = self.speaker_before(o, carry);
                }
            }
            if found.is_none() {
                found = carry.last_speaker.clone().map(|h| (h, "previous-speaker"));
            }
            if let Some((h, rule)) = found {
                self.quotes[q].speaker = Some(h);
                self.quotes[q].speaker_rule = rule;
            }
        }
        // “A,” X said, “B”: the second part goes on with the first when
        // only a speech tag, set off by commas, stands between them.
        for q in 1..self.quotes.len() {
            let last_of_prev = (0..n).rev().find(|&k| self.items[k].quote == Some(q - 1));
            let first_of_this = (0..n).find(|&k| self.items[k].quote == Some(q));
            let (Some(a), Some(b)) = (last_of_prev, first_of_this) else {
                continue;
            };
            let is_tag = self.punct_at(a) == Some(',')
                && (a + 1..b).all(|k| {
                    self.items[k].quote.is_none()
                        && !matches!(self.punct_at(k), Some('.' | ';' | ':'))
                })
                && (a + 1..b).any(|k| matches!(self.kind_at(k), Some(Kind::Speech)))
                && (a + 1..b)
                    .rev()
                    .find(|&k| !self.is_quote_mark(k))
                    .is_some_and(|k| self.punct_at(k) == Some(','));
            if is_tag && self.quotes[q].speaker == self.quotes[q - 1].speaker {
                self.quotes[q].continues = Some(self.quotes[q - 1].continues.unwrap_or(q - 1));
            }
        }
    }

    /// For item `k` in the first clause of a quotation that goes on with
    /// an earlier one (“There will be no relief,” X said, “before …”), the
    /// clause the earlier part ended with: the two read as one clause.
    fn clause_before_tag(&self, k: usize) -> Option<usize> {
        let q = self.items[k].quote?;
        self.quotes[q].continues?;
        let first = (0..=k).find(|&j| self.items[j].quote == Some(q))?;
        if self.items[first].clause != self.items[k].clause {
            return None;
        }
        let last = (0..first)
            .rev()
            .find(|&j| self.items[j].quote == Some(q - 1))?;
        Some(self.items[last].clause)
    }

    /// Are quotation contexts `a` and `b` one statement (the same
    /// quotation, parts of one cut by a speech tag, or both the narrator)?
    fn same_statement(&self, a: Option<usize>, b: Option<usize>) -> bool {
        let root = |q: Option<usize>| q.map(|q| self.quotes[q].continues.unwrap_or(q));
        root(a) == root(b)
    }

    /// A speaker named in items `from..to` (a speech tag): a party, an
    /// outsider, a pronoun or a reference such as "the statement".
    fn speaker_in(&self, from: usize, to: usize, carry: &Carry) -> Option<(Holder, &'static str)> {
        let mut k = from;
        let mut speech = false;
        while k < to {
            if self.items[k].quote.is_some() {
                break;
            }
            match self.kind_at(k) {
                Some(Kind::Party { party }) => {
                    return Some((Holder::Parties(vec![party]), "quote-speaker"))
                }
                // "…," she told reporters: spoken to, not speaking.
                Some(Kind::Speaker) if !self.addressed(k) => {
                    return Some((Holder::Outsider, "quote-speaker"))
                }
                Some(Kind::Speech) => speech = true,
                _ => {}
            }
            if self.seq_at(k, &self.c.words.references) > 0 {
                return carry
                    .last_speaker
                    .clone()
                    .or(carry.last_subject.clone())
                    .map(|h| (h, "statement-continued"));
            }
            if self.seq_at(k, &self.c.words.pronouns) > 0 {
                return carry
                    .last_subject
                    .clone()
                    .map(|h| (h, "quote-speaker-pronoun"));
            }
            if matches!(self.punct_at(k), Some('.' | ';')) {
                break;
            }
            k += 1;
        }
        speech.then_some((Holder::Unknown, "unknown-speaker"))
    }

    /// The first item of the phrase that ends with item `k`: `k` moved back
    /// over the determiners before it ("the", "a").
    fn phrase_start(&self, k: usize) -> usize {
        let mut j = k;
        while j > 0 && self.word_in(j - 1, &self.c.words.determiners) {
            j -= 1;
        }
        j
    }

    /// Is item `j` a party mention through an alias marked `person: true`?
    fn is_person(&self, j: usize) -> bool {
        matches!(self.items[j].kind, ItemKind::M(m, Kind::Party { .. })
            if self.c.entries[self.matches[m].entry as usize].person)
    }

    /// Is item `k` right after a speech verb that takes an object ("told
    /// reporters"; the grammar lists such verbs among the prepositions)?
    fn addressed(&self, k: usize) -> bool {
        let j = self.phrase_start(k);
        j > 0
            && matches!(self.kind_at(j - 1), Some(Kind::Speech))
            && self.class_at(j - 1) & self.c.words.prepositions.bit != 0
    }

    fn speaker_before(&self, open: usize, carry: &Carry) -> Option<(Holder, &'static str)> {
        let outside = |k: usize| self.items[k].quote.is_none();
        // "X said, “…" / "X told reporters: “…": the subject of the speech verb.
        let verb = (0..open)
            .rev()
            .take_while(|&k| outside(k))
            .find(|&k| matches!(self.kind_at(k), Some(Kind::Speech)));
        let from = verb.unwrap_or(open);
        let mut k = from;
        while k > 0 {
            k -= 1;
            if !outside(k) {
                break;
            }
            match self.kind_at(k) {
                Some(Kind::Party { .. }) => {
                    if let Some((h, _)) = self.subject_group(k) {
                        return Some((h, "quote-speaker"));
                    }
                }
                Some(Kind::Speaker) => return Some((Holder::Outsider, "quote-speaker")),
                _ => {}
            }
            if self.seq_at(k, &self.c.words.pronouns) > 0
                || self.seq_at(k, &self.c.words.references) > 0
            {
                return carry
                    .last_subject
                    .clone()
                    .map(|h| (h, "quote-speaker-pronoun"));
            }
        }
        // "According to KCNA, “…": a speaker after the verb.
        if let Some(v) = verb {
            for k in v + 1..open {
                match self.kind_at(k) {
                    Some(Kind::Party { party }) => {
                        return Some((Holder::Parties(vec![party]), "quote-speaker"))
                    }
                    Some(Kind::Speaker) => return Some((Holder::Outsider, "quote-speaker")),
                    _ => {}
                }
            }
        }
        verb.map(|_| (Holder::Unknown, "unknown-speaker"))
    }

    /// For a quotation that continues past this sentence: find the closing
    /// mark later in the paragraph and read the tag after it.
    fn tag_after_sentence(&self, carry: &Carry) -> Option<(Holder, &'static str)> {
        let text = self.text;
        let from = self.span.1;
        let para_end = text[from..].find('\n').map_or(text.len(), |p| from + p);
        let rest = &text[from..para_end];
        let close = rest.find(['\u{201D}', '"'])? + from;
        let (_, tag_end) = sentence_around(text, close + 1);
        let lo = self.matches.partition_point(|m| m.start <= close);
        for m in &self.matches[lo..] {
            if m.start >= tag_end {
                break;
            }
            match m.kind {
                Kind::Party { party } => {
                    return Some((Holder::Parties(vec![party]), "quote-speaker"))
                }
                Kind::Speaker => return Some((Holder::Outsider, "quote-speaker")),
                _ => {}
            }
        }
        let tag = text[close..tag_end].to_lowercase();
        let has = |list: &Seqs| {
            list.seqs
                .iter()
                .any(|seq| contains_words(&tag, &seq.join(" ")))
        };
        if has(&self.c.words.references) {
            return carry
                .last_speaker
                .clone()
                .map(|h| (h, "statement-continued"));
        }
        if has(&self.c.words.pronouns) {
            return carry
                .last_subject
                .clone()
                .map(|h| (h, "quote-speaker-pronoun"));
        }
        None
    }

    fn is_clause_break(&self, k: usize) -> usize {
        if let Some(p) = self.punct_at(k) {
            return usize::from(matches!(p, ';' | '\u{2014}' | '\u{2013}'));
        }
        if self.word_at(k).is_some() {
            return self.seq_at(k, &self.c.words.contrasts);
        }
        // A speech verb opens reported content: "X rejected A, saying B".
        usize::from(matches!(self.kind_at(k), Some(Kind::Speech)))
    }

    fn mark_clauses(&mut self) {
        let mut clause = 0;
        let mut prev_quote = None;
        let n = self.items.len();
        let mut k = 0;
        while k < n {
            if self.items[k].quote != prev_quote {
                clause += 1;
                prev_quote = self.items[k].quote;
            }
            let len = self.is_clause_break(k);
            if len > 0 {
                clause += 1;
                for o in 0..len {
                    if k + o < n {
                        self.items[k + o].clause = clause;
                    }
                }
                k += len;
                continue;
            }
            self.items[k].clause = clause;
            k += 1;
        }
    }

    fn mark_conditions(&mut self) {
        let n = self.items.len();
        for k in 0..n {
            if !matches!(self.kind_at(k), Some(Kind::Conditional)) {
                continue;
            }
            let clause = self.items[k].clause;
            let quote = self.items[k].quote;
            // At the start of its clause ("If A, B"): the condition ends at
            // the first comma. Otherwise it runs to the end of the clause.
            let at_start = (0..k)
                .rev()
                .take_while(|&j| self.items[j].clause == clause && self.items[j].quote == quote)
                .all(|j| {
                    matches!(self.items[j].kind, ItemKind::Punct(_))
                        || matches!(
                            self.word_at(j),
                            Some("only" | "even" | "and" | "but" | "so")
                        )
                });
            let mut j = k + 1;
            while j < n && self.items[j].clause == clause && self.items[j].quote == quote {
                if self.punct_at(j) == Some(',')
                    && (at_start || self.tag_follows(j) || self.gloss_follows(j))
                {
                    break;
                }
                if self.items[j].cond.is_none() {
                    self.items[j].cond = Some(k);
                }
                j += 1;
            }
        }
    }

    /// Does a phrase that comments on what came before follow the comma at
    /// `j` (“…, a phrase that covers …”, “…, a term which …”): a determiner,
    /// one or two plain words, then a relative? What it says is not part of
    /// a condition before it.
    fn gloss_follows(&self, j: usize) -> bool {
        let w = &self.c.words;
        // (past the mark of a scare quote the comma sits inside)
        let j = if self.is_quote_mark(j + 1) { j + 1 } else { j };
        if !self.word_in(j + 1, &w.determiners) {
            return false;
        }
        (j + 3..=j + 4).any(|r| {
            (j + 2..r).all(|x| {
                matches!(
                    self.items.get(x).map(|it| &it.kind),
                    Some(ItemKind::Word(_))
                )
            }) && (self.word_in(r, &w.relatives) || self.item_is_word(r, "that"))
        })
    }

    /// Does a speech tag follow the comma at `j` ("…, the State Department
    /// said")? It is not part of a condition before it.
    fn tag_follows(&self, j: usize) -> bool {
        (j + 1..(j + 7).min(self.items.len()))
            .take_while(|&x| {
                self.items[x].quote == self.items[j].quote && self.punct_at(x).is_none()
            })
            .any(|x| matches!(self.kind_at(x), Some(Kind::Speech)))
    }

    // -- subjects ------------------------------------------------------------

    /// "North Korea's", "the two sides'": the party is a possessor.
    fn is_possessive(&self, k: usize) -> bool {
        let Some(apos) = self.items.get(k + 1) else {
            return false;
        };
        if !matches!(apos.kind, ItemKind::Punct('\'' | '\u{2019}'))
            || apos.start != self.items[k].end
        {
            return false;
        }
        match self.items.get(k + 2) {
            Some(it) if it.start == apos.end => {
                matches!(&it.kind, ItemKind::Word(w) if w.as_ref() == "s")
            }
            _ => true,
        }
    }

    /// A possessor whose possession is an issue ("North Korea's complete
    /// denuclearization"): not a subject. "Pyongyang's negotiators" is.
    fn possessive_of_issue(&self, k: usize) -> bool {
        self.is_possessive(k)
            && (k + 2..(k + 6).min(self.items.len()))
                .take_while(|&j| self.punct_at(j).is_none() || j == k + 2)
                .take_while(|&j| {
                    !matches!(self.kind_at(j), Some(Kind::Cue { .. } | Kind::Party { .. }))
                })
                .any(|j| {
                    matches!(
                        self.kind_at(j),
                        Some(Kind::Issue { .. } | Kind::Position { .. })
                    )
                })
    }

    /// A party mention used as a modifier: "North Korea-US talks", "US sanctions".
    fn is_modifier(&self, k: usize) -> bool {
        let next = k + 1;
        let adjacent = |a: usize, b: usize| {
            self.items
                .get(b)
                .is_some_and(|it| it.start <= self.items[a].end + 1)
        };
        match self.kind_at(next) {
            Some(Kind::Party { .. }) | Some(Kind::Issue { .. }) => return adjacent(k, next),
            _ => {}
        }
        if self.punct_at(next) == Some('-') && adjacent(k, next) {
            return matches!(
                self.kind_at(next + 1),
                Some(Kind::Party { .. }) | Some(Kind::Issue { .. })
            );
        }
        false
    }

    fn preceded_by_preposition(&self, k: usize) -> bool {
        let mut j = k;
        while j > 0 {
            j -= 1;
            if self.word_in(j, &self.c.words.determiners) {
                continue;
            }
            return self.word_in(j, &self.c.words.prepositions);
        }
        false
    }

    /// Does a verb follow the party at `k` ("after Kim demands", "with Trump
    /// saying", "since Pyongyang has rejected")? Then a word such as "after"
    /// opens a clause and the party is its subject, not an object.
    fn starts_clause(&self, k: usize) -> bool {
        let mut j = k + 1;
        if self.is_possessive(k) {
            return false;
        }
        while self.word_in(j, &self.c.words.auxiliaries) {
            j += 1;
        }
        matches!(
            self.kind_at(j),
            Some(Kind::Cue { .. } | Kind::Speech | Kind::Negator | Kind::Reverser)
        )
    }

    /// Is the party mention at `k` the object of a verb rather than a
    /// subject? Determiners may come between. It is when the word before is
    /// * a cue or reverser ("urged Pyongyang", "called on Washington"), or a
    ///   speech verb listed among the prepositions ("told Moon"),
    /// * an issue term used as a verb ("meet Kim"; a term before a clause,
    ///   "the relief Pyongyang seeks", is caught by the verb after it),
    /// * a word ending in "-ing" ("thanking Seoul"), or
    /// * a plain lower-case word right after a party subject and its
    ///   auxiliaries ("Trump praised Kim", "Seoul has pressed Washington").
    ///
    /// Not when an auxiliary and a verb follow ("Seoul hopes Pyongyang will
    /// return"): then the mention opens a clause. A speech verb never makes an object
    /// ("said Pyongyang would …").
    fn is_object(&self, k: usize) -> bool {
        let w = &self.c.words;
        let mut next = k + 1;
        while self.word_in(next, &w.auxiliaries) {
            next += 1;
        }
        let opens_clause = next > k + 1
            && match self.items.get(next).map(|it| &it.kind) {
                Some(ItemKind::M(..)) => true,
                Some(ItemKind::Word(_)) => {
                    self.class_at(next) & w.prepositions.bit == 0
                        && self.seq_at(next, &w.coordinators) == 0
                        && self.seq_at(next, &w.contrasts) == 0
                }
                _ => false,
            };
        if opens_clause {
            return false;
        }
        let Some(prev) = self.phrase_start(k).checked_sub(1) else {
            return false;
        };
        let it = &self.items[prev];
        let word = &self.text[it.start..it.end];
        match &it.kind {
            ItemKind::M(_, Kind::Cue { .. } | Kind::Reverser | Kind::Issue { .. }) => true,
            // "Kim told Moon he …": a speech verb that takes an object (the
            // grammar lists it among the prepositions).
            ItemKind::M(_, Kind::Speech) => self.class_at(prev) & w.prepositions.bit != 0,
            ItemKind::Word(_) => {
                let gerund = word.len() > 4
                    && word
                        .get(word.len() - 3..)
                        .is_some_and(|end| end.eq_ignore_ascii_case("ing"));
                if gerund {
                    return true;
                }
                let plain_verb = word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                    && self.class_at(prev)
                        & (w.prepositions.bit
                            | w.determiners.bit
                            | w.relatives.bit
                            | w.subordinators.bit
                            | w.exceptions.bit
                            | w.auxiliaries.bit)
                        == 0
                    && self.seq_at(prev, &w.coordinators) == 0
                    && self.seq_at(prev, &w.contrasts) == 0;
                if !plain_verb {
                    return false;
                }
                let mut s = prev;
                while s > 0 && self.word_in(s - 1, &w.auxiliaries) {
                    s -= 1;
                }
                s > 0
                    && matches!(self.kind_at(s - 1), Some(Kind::Party { .. }))
                    && !self.is_possessive(s - 1)
            }
            _ => false,
        }
    }

    /// Is the party at `k` named as the one that people before it speak
    /// for ("officials in Pyongyang", "a spokesman for the North")?
    fn represented(&self, k: usize) -> bool {
        let j = self.phrase_start(k);
        (1..=4).any(|l| j >= l && self.seq_at(j - l, &self.c.words.representatives) == l)
    }

    fn preceded_by_agent_marker(&self, k: usize) -> bool {
        k > 0 && self.word_in(k - 1, &self.c.words.agent_markers)
    }

    /// The coordinated group of party mentions ending at item `k`, if it can
    /// be a subject. Returns the holder and the first item of the group.
    fn subject_group(&self, k: usize) -> Option<(Holder, usize)> {
        let Some(Kind::Party { party }) = self.kind_at(k) else {
            return None;
        };
        if self.possessive_of_issue(k) || self.is_modifier(k) {
            return None;
        }
        let mut parties = vec![party];
        let mut first = k;
        // A group name ("the two Koreas") is one match per party, on one
        // span: all of them are the subject.
        let same_span = |a: usize, b: usize| {
            self.items[a].start == self.items[b].start && self.items[a].end == self.items[b].end
        };
        let mut g = k;
        while g + 1 < self.items.len() && same_span(g + 1, k) {
            g += 1;
        }
        while first > 0 && same_span(first - 1, k) {
            first -= 1;
        }
        for x in first..=g {
            if let Some(Kind::Party { party: p }) = self.kind_at(x) {
                if !parties.contains(&p) {
                    parties.push(p);
                }
            }
        }
        loop {
            // "X and Y", "X, Y and Z", "X as well as Y"
            let mut j = self.phrase_start(first);
            let mut joined = false;
            let mut coordinated = false;
            while j > 0 {
                let prev = j - 1;
                if self.punct_at(prev) == Some(',') {
                    j = prev;
                    joined = true;
                    continue;
                }
                if let Some(len) = (1..=3).find(|&l| {
                    prev + 1 >= l && self.seq_at(prev + 1 - l, &self.c.words.coordinators) == l
                }) {
                    j = prev + 1 - len;
                    joined = true;
                    coordinated = true;
                    continue;
                }
                break;
            }
            if !joined || j == 0 {
                break;
            }
            let mut before = j - 1;
            while before > 0 && self.word_in(before, &self.c.words.determiners) {
                before -= 1;
            }
            // "According to Seoul, Pyongyang …", "In Washington, Seoul's
            // envoy …": a party that a fronted phrase ends with is not
            // listed with the subject by a bare comma.
            let fronted = !coordinated && {
                let x = self.phrase_start(before);
                x > 0
                    && (self.word_in(x - 1, &self.c.words.prepositions)
                        || matches!(self.kind_at(x - 1), Some(Kind::Speech)))
            };
            match self.kind_at(before) {
                Some(Kind::Party { party: p }) if !self.is_possessive(before) && !fronted => {
                    if !parties.contains(&p) {
                        parties.push(p);
                    }
                    first = before;
                }
                _ => break,
            }
        }
        if (self.preceded_by_preposition(first)
            && !self.preceded_by_agent_marker(first)
            && !self.represented(first)
            || self.is_object(first))
            && !self.starts_clause(k)
        {
            return None;
        }
        parties.sort_unstable();
        Some((Holder::Parties(parties), first))
    }

    /// The two parties mentioned last before item `k` (this sentence first,
    /// then earlier ones).
    fn last_pair(&self, k: usize, carry: &Carry) -> Option<Holder> {
        let mut seen: Vec<u16> = Vec::new();
        let here = (0..k).rev().filter_map(|j| match self.kind_at(j) {
            Some(Kind::Party { party }) => Some(party),
            _ => None,
        });
        for p in here.chain(carry.recent.iter().copied()) {
            if !seen.contains(&p) {
                seen.push(p);
            }
            if seen.len() == 2 {
                seen.sort_unstable();
                return Some(Holder::Parties(seen));
            }
        }
        None
    }

    /// Resolves a pronoun at item `k` to the last subject before it in this
    /// sentence, else to the carried subject.
    fn resolve_pronoun(&self, k: usize, carry: &Carry) -> Option<Holder> {
        let quote = self.items[k].quote;
        // When the lexicon tells people from places, "he" skips "North
        // Korea" and "it" skips "Trump".
        let w = &self.c.words;
        let (personal, impersonal) = if self.c.persons {
            (
                self.word_in(k, &w.personal_pronouns),
                self.word_in(k, &w.impersonal_pronouns),
            )
        } else {
            (false, false)
        };
        for j in (0..k).rev() {
            if self.items[j].quote != quote || self.items[j].cond.is_some() {
                continue;
            }
            if (personal || impersonal) && self.is_person(j) != personal {
                continue;
            }
            if let Some((h, _)) = self
                .subject_group(j)
                .filter(|_| !self.in_closed_subordinate(j, k))
            {
                return Some(h);
            }
        }
        carry.last_subject.clone()
    }

    /// Is item `j` inside a relative clause set off by commas (", who met
    /// Trump,") that closes before `anchor`?
    fn in_relative_clause(&self, j: usize, anchor: usize) -> bool {
        let Some(open) = (0..j).rev().find(|&k| self.punct_at(k) == Some(',')) else {
            return false;
        };
        let relative = self.word_in(open + 1, &self.c.words.relatives);
        relative && (j + 1..anchor).any(|k| self.punct_at(k) == Some(','))
    }

    /// Is the cue at `anchor` right after a name the lexicon does not know
    /// ("…, while Special Representative Sung Kim rejected …", "KCNA
    /// ruled out …"), auxiliaries aside? A capitalised plain word there
    /// that opens its clause or ends a title is the subject: someone other
    /// than the parties named elsewhere.
    fn unknown_subject(&self, anchor: usize) -> bool {
        // Only before a verb: "the June summit" names no one.
        if !matches!(
            self.kind_at(anchor),
            Some(Kind::Cue { .. } | Kind::Reverser | Kind::Speech)
        ) {
            return false;
        }
        let mut k = anchor;
        while k > 0 && self.word_in(k - 1, &self.c.words.auxiliaries) {
            k -= 1;
        }
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if p == 0 || !self.same_scope(p, anchor) || !self.is_name(p) {
            return false;
        }
        // The name opens its clause ("…, while Biegun rejected", "…; KCNA
        // said") or ends a title ("Special Representative Sung Kim"): not
        // "the two Koreas resume", nor a headline's "says North ready".
        let w = &self.c.words;
        let b = p - 1;
        // "the US and Japan rejected …": a party is among the subjects.
        if self.seq_at(b, &w.coordinators) == 1
            && b > 0
            && matches!(self.kind_at(b - 1), Some(Kind::Party { .. }))
        {
            return false;
        }
        self.is_name(b)
            || matches!(
                self.punct_at(b),
                Some(',' | ';' | ':' | '\u{2014}' | '\u{2013}')
            )
            || self.seq_at(b, &w.contrasts) == 1
            || self.seq_at(b, &w.coordinators) == 1
            || self.word_in(b, &w.subordinators)
    }

    /// Is item `j` inside an adverbial clause ("because the US came
    /// empty-handed") that a comma closes before `anchor`? The clause opens
    /// at a subordinator with no comma between it and `j`.
    fn in_closed_subordinate(&self, j: usize, anchor: usize) -> bool {
        let bit = self.c.words.subordinators.bit;
        let opened = (0..j)
            .rev()
            .take_while(|&x| self.punct_at(x) != Some(',') && self.same_scope(x, j))
            .any(|x| {
                matches!(self.items[x].kind, ItemKind::Word(_)) && self.class_at(x) & bit != 0
            });
        opened && (j + 1..anchor).any(|x| self.punct_at(x) == Some(','))
    }

    /// Holder found by searching backward from item `anchor` (exclusive) in
    /// the same context. Returns the holder and the rule name.
    fn subject_before(&self, anchor: usize, carry: &Carry) -> Option<(Holder, &'static str)> {
        let quote = self.items[anchor].quote;
        let clause = self.items[anchor].clause;
        let w = &self.c.words;
        let subject_words =
            w.pronouns.bit | w.references.bit | w.pair_references.bit | w.first_person.bit;
        if self.unknown_subject(anchor) {
            return Some((Holder::Unknown, "unknown-subject"));
        }
        let mut j = anchor;
        while j > 0 {
            j -= 1;
            let it = &self.items[j];
            if it.quote != quote {
                if quote.is_some() {
                    // A quotation's subject must be inside it, unless it
                    // opens right after a party that is its subject ("said
                    // that Pyongyang “wanted the sanctions lifted”").
                    if self.is_quote_mark(j) && j > 0 && it.quote.is_none() {
                        if let Some((h, _)) = self.subject_group(j - 1) {
                            return Some((h, "subject"));
                        }
                    }
                    break;
                }
                continue;
            }
            if it.cond.is_some() && self.items[anchor].cond != it.cond {
                continue;
            }
            if self.in_relative_clause(j, anchor) {
                continue; // "Moon, who met Trump, is pushing for …"
            }
            // Only an item that could be the subject is looked at further
            // ("… because the US came empty-handed, and he ruled out …").
            let could_be_subject =
                matches!(self.kind_at(j), Some(Kind::Party { .. } | Kind::Speaker))
                    || self.class_at(j) & subject_words != 0;
            if could_be_subject && self.in_closed_subordinate(j, anchor) {
                continue;
            }
            match self.kind_at(j) {
                Some(Kind::Party { .. }) => {
                    if let Some((h, first)) = self.subject_group(j) {
                        let rule = if first != j {
                            "coordinated-subject"
                        } else if it.clause == clause {
                            "subject"
                        } else {
                            "earlier-subject"
                        };
                        return Some((h, rule));
                    }
                }
                Some(Kind::Speaker) => return Some((Holder::Outsider, "outsider-subject")),
                _ => {}
            }
            if quote.is_some() && self.seq_at(j, &self.c.words.first_person) > 0 {
                return self.quotes[quote.unwrap_or(0)]
                    .speaker
                    .clone()
                    .map(|h| (h, "first-person"));
            }
            // A pronoun after a preposition or an object-taking verb is an
            // object ("pressed it to resume talks", "talks with them").
            if self.seq_at(j, &self.c.words.pronouns) > 0
                && self.seq_at(j, &self.c.words.expletives) == 0
                && !self.preceded_by_preposition(j)
            {
                if let Some(h) = self.resolve_pronoun(j, carry) {
                    return Some((h, "pronoun"));
                }
            }
            // "The statement welcomed …", "the spokesman rejected …": a
            // reference to the last speaker, read like a pronoun.
            if self.seq_at(j, &self.c.words.references) > 0 && !self.preceded_by_preposition(j) {
                if let Some(h) = carry.last_speaker.clone().or(carry.last_subject.clone()) {
                    return Some((h, "reference"));
                }
            }
            if self.seq_at(j, &self.c.words.pair_references) > 0 && !self.preceded_by_preposition(j)
            {
                // "the two sides": the two parties mentioned last, unless the
                // sentence reports a hypothetical ("X said the two sides
                // might … if …"), which is the speaker's view only.
                let reported = (0..j).any(|x| matches!(self.kind_at(x), Some(Kind::Speech)))
                    && self.items.iter().any(|x| x.cond.is_some());
                if !reported {
                    if let Some(h) = self.last_pair(j, carry) {
                        return Some((h, "pair-reference"));
                    }
                }
            }
        }
        None
    }

    /// Holder named after item `t`: a passive agent ("by X"), a speech tag
    /// ("…, X said"), "according to X", or a fronted clause's subject.
    fn subject_after(&self, t: usize) -> Option<(Holder, &'static str)> {
        let quote = self.items[t].quote;
        let mut comma = false;
        for j in t + 1..self.items.len() {
            if self.items[j].quote != quote {
                continue;
            }
            // "…, but the United States is wary": another clause's subject.
            if self.items[j].clause != self.items[t].clause {
                break;
            }
            if self.punct_at(j) == Some(',') {
                comma = true;
            }
            // A party inside a condition the term is not in ("must wait
            // until North Korea acts, Biegun said") is not the holder; one
            // after a comma may be ("…, Seoul insisted").
            if !comma && self.items[j].cond.is_some() && self.items[j].cond != self.items[t].cond {
                continue;
            }
            match self.kind_at(j) {
                Some(Kind::Party { party }) => {
                    if self.possessive_of_issue(j) || self.is_modifier(j) {
                        continue;
                    }
                    if self.preceded_by_agent_marker(j) {
                        return Some((Holder::Parties(vec![party]), "passive-agent"));
                    }
                    let near_speech = (j.saturating_sub(2)..(j + 3).min(self.items.len()))
                        .any(|x| matches!(self.kind_at(x), Some(Kind::Speech)));
                    if near_speech {
                        return self
                            .subject_group(j)
                            .map(|(h, _)| (h, "speech-tag"))
                            .or(Some((Holder::Parties(vec![party]), "speech-tag")));
                    }
                    if comma {
                        if let Some((h, _)) = self.subject_group(j) {
                            return Some((h, "later-subject"));
                        }
                    }
                    return None;
                }
                Some(Kind::Speaker) => return Some((Holder::Outsider, "outsider-subject")),
                _ => {}
            }
        }
        None
    }

    // -- polarity ------------------------------------------------------------

    fn same_scope(&self, a: usize, b: usize) -> bool {
        self.items[a].quote == self.items[b].quote
            && self.items[a].clause == self.items[b].clause
            && self.items[a].cond == self.items[b].cond
    }

    /// The governing cue of the term at `t`: the nearest cue before it in
    /// the clause, else a cue right after it (≤ 4 items).
    fn governing_cue(&self, t: usize) -> Option<usize> {
        // Walking back, a cue reaches past another issue term only through a
        // coordination ("demanded guarantees and relief"), not through an
        // adjunct ("rules out relief after missile launches").
        let mut before = None;
        let mut j = t;
        while j > 0 {
            j -= 1;
            if !self.same_scope(j, t) {
                break;
            }
            match self.kind_at(j) {
                Some(Kind::Cue { .. }) => {
                    before = Some(j);
                    break;
                }
                Some(Kind::Issue { .. } | Kind::Position { .. }) => {
                    let coordinated = (j + 1..t).any(|x| {
                        self.punct_at(x) == Some(',')
                            || self.seq_at(x, &self.c.words.coordinators) > 0
                            || self.item_is_word(x, "or")
                    });
                    // "… withdrew its demand for X and lifted sanctions": a
                    // reverser right after the coordinator is a verb of
                    // its own, not part of what the cue takes.
                    let own_verb = (j + 1..t).any(|x| {
                        matches!(self.kind_at(x), Some(Kind::Reverser)) && self.after_coordinator(x)
                    });
                    if !coordinated || own_verb {
                        break;
                    }
                }
                _ => {}
            }
        }
        before.or_else(|| {
            (t + 1..self.items.len())
                .take_while(|&j| self.same_scope(j, t) && j <= t + 4)
                .take_while(|&j| {
                    !matches!(self.kind_at(j), Some(Kind::Issue { .. }))
                        && self.punct_at(j) != Some(',')
                })
                .find(|&j| matches!(self.kind_at(j), Some(Kind::Cue { .. })))
        })
    }

    /// A cue in the passive voice soon after the term at `t` ("… was
    /// rejected", "… has been ruled out"), in its scope, with no comma,
    /// term or party between.
    fn passive_cue_after(&self, t: usize) -> Option<usize> {
        let mut passive = false;
        for j in t + 1..(t + 6).min(self.items.len()) {
            if !self.same_scope(j, t) || self.punct_at(j).is_some() {
                return None;
            }
            match &self.items[j].kind {
                ItemKind::M(_, Kind::Cue { .. }) => return passive.then_some(j),
                ItemKind::M(..) => return None,
                ItemKind::Word(_) => passive |= self.word_in(j, &self.c.words.passives),
                ItemKind::Punct(_) => return None,
            }
        }
        None
    }

    /// The cues that govern the term through `g`, outermost first: "refused
    /// to resume" talks, "rejected the US demand for" a big deal. A cue
    /// joins the chain when it stands at most 4 items before the next one,
    /// with no comma or issue term between.
    fn cue_chain(&self, g: usize) -> Vec<usize> {
        let mut chain = vec![g];
        let mut cur = g;
        'outer: loop {
            let mut j = cur;
            let mut steps = 0;
            while j > 0 && steps < 4 {
                j -= 1;
                // A hyphenated word ("gangster-like") is one step.
                if self.joining_hyphen(j) {
                    j -= 1;
                    continue;
                }
                // The marks of a scare quote ("accused Washington of
                // “gangster-like” demands") are no step; past a real
                // quotation's mark the scope changes.
                if self.is_quote_mark(j) {
                    continue;
                }
                // A party's phrase is one step: its determiner ("the US")
                // and its possessive ending ("the North's") add none.
                let party_at = |k: usize| matches!(self.kind_at(k), Some(Kind::Party { .. }));
                if party_at(j + 1) && self.word_in(j, &self.c.words.determiners) {
                    continue;
                }
                let ending_of = |p: usize| party_at(p) && self.is_possessive(p);
                let glued = j >= 1 && self.items[j].start == self.items[j - 1].end;
                if (j >= 1 && ending_of(j - 1)) || (glued && j >= 2 && ending_of(j - 2)) {
                    continue;
                }
                steps += 1;
                let apostrophe = matches!(self.punct_at(j), Some('\'' | '\u{2019}'));
                if !self.same_scope(j, cur)
                    || (self.punct_at(j).is_some() && !apostrophe)
                    || matches!(
                        self.kind_at(j),
                        Some(Kind::Issue { .. } | Kind::Position { .. } | Kind::Speech)
                    )
                {
                    break 'outer;
                }
                if matches!(self.kind_at(j), Some(Kind::Cue { .. })) {
                    chain.insert(0, j);
                    cur = j;
                    continue 'outer;
                }
            }
            break;
        }
        chain
    }

    /// A reverser on the cue at `o` itself ("dropped its demand for",
    /// "withdrew its demand for"): up to 4 items before it, with no
    /// punctuation, party, term or other cue between.
    fn cue_reverser(&self, o: usize) -> Option<usize> {
        (o.saturating_sub(4)..o)
            .rev()
            .take_while(|&j| {
                self.same_scope(j, o)
                    && self.punct_at(j).is_none()
                    && !matches!(
                        self.kind_at(j),
                        Some(Kind::Party { .. } | Kind::Issue { .. } | Kind::Cue { .. })
                    )
            })
            .find(|&j| matches!(self.kind_at(j), Some(Kind::Reverser)))
    }

    /// Does a coordinator ("and", "as well as") end right before item `k`?
    fn after_coordinator(&self, k: usize) -> bool {
        (1..=3).any(|l| k >= l && self.seq_at(k - l, &self.c.words.coordinators) == l)
    }

    /// Is item `j` a quotation mark (straight or typographic)?
    fn is_quote_mark(&self, j: usize) -> bool {
        matches!(self.punct_at(j), Some(ch) if ch == '"' || is_open_quote(ch).is_some())
    }

    /// Is item `j` a hyphen joining the two words either side of it, with
    /// no space ("gangster-like")?
    fn joining_hyphen(&self, j: usize) -> bool {
        j > 0
            && self.punct_at(j) == Some('-')
            && self
                .items
                .get(j + 1)
                .is_some_and(|n| n.start == self.items[j].end)
            && self.items[j - 1].end == self.items[j].start
    }

    /// A party that owns an inner cue of a chain: "the US demand", "the
    /// North's proposal".
    fn cue_owner(&self, outer: usize, inner: usize, carry: &Carry) -> Option<u16> {
        // "criticized his demands for …": a possessive pronoun right before
        // the inner cue stands for the party it refers to.
        let pronoun_owner = || {
            let j = inner.checked_sub(1).filter(|&j| j > outer)?;
            if self.seq_at(j, &self.c.words.pronouns) == 0 {
                return None;
            }
            // "ridiculed Biegun and rejected his proposal": a personal
            // possessive names the nearest person, object or not.
            if self.c.persons && self.word_in(j, &self.c.words.personal_pronouns) {
                if let Some(p) = (0..j).rev().find_map(|x| match self.kind_at(x) {
                    Some(Kind::Party { party }) if self.is_person(x) => Some(party),
                    _ => None,
                }) {
                    return Some(p);
                }
            }
            match self.resolve_pronoun(j, carry)? {
                Holder::Parties(p) if p.len() == 1 => Some(p[0]),
                _ => None,
            }
        };
        (outer + 1..inner)
            .find_map(|j| match self.kind_at(j) {
                // "the US demand", "the North's proposal", "accused Washington of
                // seeking", "blamed the US for continuing"
                Some(Kind::Party { party })
                    if j + 1 == inner
                        || self.is_possessive(j)
                        || (j + 2 <= inner
                            && matches!(self.word_at(j + 1), Some("for" | "of"))
                            && (j + 2..inner)
                                .all(|x| !matches!(self.items[x].kind, ItemKind::M(..)))) =>
                {
                    Some(party)
                }
                _ => None,
            })
            .or_else(pronoun_owner)
    }

    /// A reverser applying to the term at `t`: up to 4 items before it (after
    /// the cue, no comma or other term between) or up to 3 items after it.
    fn reverser(&self, t: usize, cue: Option<usize>) -> Vec<usize> {
        // A cue after the term ("the lifting of sanctions was ruled out")
        // does not bound the search before it.
        let lo = cue.filter(|&g| g < t).map_or(0, |g| g + 1);
        let mut j = t;
        let mut steps = 0;
        let mut found = Vec::new();
        while j > lo && steps < 5 {
            j -= 1;
            // A hyphenated word ("large-scale") is one step.
            if self.joining_hyphen(j) && j - 1 > lo {
                j -= 1; // the word before the hyphen: counted with the one after
            } else {
                steps += 1;
            }
            if !self.same_scope(j, t)
                || self.punct_at(j) == Some(',')
                || matches!(self.kind_at(j), Some(Kind::Issue { .. } | Kind::Cue { .. }))
            {
                break;
            }
            if matches!(self.kind_at(j), Some(Kind::Reverser)) {
                // "reconsider its moratorium on tests": each one reverses
                found.push(j);
            }
        }
        if !found.is_empty() {
            return found;
        }
        // After the term only through a passive: "sanctions will be lifted".
        (t + 1..(t + 5).min(self.items.len()))
            .take_while(|&j| {
                self.same_scope(j, t)
                    && self.punct_at(j) != Some(',')
                    && !matches!(self.kind_at(j), Some(Kind::Issue { .. } | Kind::Cue { .. }))
            })
            .find(|&j| matches!(self.kind_at(j), Some(Kind::Reverser)))
            .filter(|&r| r == t + 1 || (t + 1..r).any(|j| self.word_in(j, &self.c.words.passives)))
            .into_iter()
            .collect()
    }

    /// Negators in scope: between the cue (or up to 3 items before it) and
    /// the term. Without a cue, a negator at most one word before the term
    /// (or its reverser).
    fn negators(&self, t: usize, cue: Option<usize>, rev: &[usize]) -> Vec<usize> {
        let is_neg = |j: usize| matches!(self.kind_at(j), Some(Kind::Negator));
        // "sanctions would not be lifted": between the term and its reverser.
        let after: Vec<usize> = rev
            .iter()
            .filter(|&&r| r > t)
            .flat_map(|&r| (t + 1..r).filter(|&j| is_neg(j)))
            .collect();
        let mut v = self.negators_before(t, cue, rev);
        v.extend(after);
        v
    }

    fn negators_before(&self, t: usize, cue: Option<usize>, rev: &[usize]) -> Vec<usize> {
        let is_neg = |j: usize| matches!(self.kind_at(j), Some(Kind::Negator));
        match cue {
            Some(g) if g < t => {
                let mut v: Vec<usize> = (g + 1..t)
                    .filter(|&j| is_neg(j) && self.same_scope(j, t))
                    .collect();
                let mut j = g;
                let mut steps = 0;
                while j > 0 && steps < 3 {
                    j -= 1;
                    // Scare-quote marks (had “no intention” of returning)
                    // are no step.
                    if self.is_quote_mark(j) {
                        continue;
                    }
                    steps += 1;
                    if !self.same_scope(j, g)
                        || matches!(
                            self.kind_at(j),
                            Some(Kind::Party { .. } | Kind::Issue { .. })
                        )
                        || self.punct_at(j).is_some()
                    {
                        break;
                    }
                    if is_neg(j) {
                        v.push(j);
                    }
                }
                v
            }
            Some(g) => {
                // cue after the term: "was not ruled out"
                (t + 1..g).filter(|&j| is_neg(j)).collect()
            }
            None => {
                let head = rev.iter().copied().filter(|&r| r < t).min().unwrap_or(t);
                let lo = head.saturating_sub(2);
                (lo..head)
                    .filter(|&j| is_neg(j) && self.same_scope(j, t))
                    .collect()
            }
        }
    }

    fn hedged(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        self.items
            .iter()
            .any(|it| it.quote == q && it.clause == c && matches!(self.kind(it), Some(Kind::Hedge)))
    }

    fn clause_has_condition(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        self.items
            .iter()
            .any(|it| it.quote == q && it.clause == c && it.cond.is_some())
    }

    // -- the decision --------------------------------------------------------

    /// The stances that the term at item `t` shows: who holds it, and how.
    /// Usually one; a chain of cues with an owner ("rejected the US demand
    /// for a big deal") adds one for the owner of the inner cue.
    fn readings(&self, t: usize, carry: &Carry, log: &mut Trace) -> Vec<Reading> {
        let it = &self.items[t];
        let (issue, term_sign, position, act) = match self.kind_at(t) {
            Some(Kind::Issue {
                issue,
                inverse,
                act,
            }) => (issue, if inverse { -1i8 } else { 1 }, false, act),
            Some(Kind::Position { issue, sign }) => (issue, sign, true, false),
            _ => return Vec::new(),
        };
        let term_text = &self.text[it.start..it.end];
        let issue_id = self.c.issue_id(issue as usize);
        if let Some(q) = self.question_before(t) {
            let qt = &self.text[self.items[q].start..self.items[q].end];
            log.note(|| {
                format!("\"{term_text}\" ({issue_id}): inside the question \"{qt}\": no stance")
            });
            return Vec::new();
        }
        if let Some(head) = self.phrase_head(t, issue) {
            let h = &self.items[head];
            log.note(|| {
                format!(
                    "\"{term_text}\" ({issue_id}): part of the phrase \"{}\": read with it",
                    &self.text[h.start..h.end]
                )
            });
            return Vec::new();
        }
        let mut r = Reading {
            issue,
            sign: term_sign,
            hedged: self.hedged(t),
            involved: vec![t],
            ..Reading::default()
        };
        if let Some(k) = it.cond {
            // A condition the holder sets: support, unless reversed or
            // negated inside the condition. The holder is the main clause's.
            r.rules.push("condition");
            r.involved.push(k);
            // What the condition says: its own cue, reversers and negators
            // ("if Washington maintains sanctions", "unless sanctions are
            // lifted", "if the US does not lift sanctions").
            if let Some(g) = self.governing_cue(t) {
                if let Some(Kind::Cue { sign, .. }) = self.kind_at(g) {
                    r.sign *= sign;
                }
                // "… only if the US withdrew its demand for complete
                // denuclearization": the condition drops the demand.
                if g < t {
                    if let Some(cr) = self.cue_reverser(g) {
                        r.sign = -r.sign;
                        r.involved.push(cr);
                        r.rules.push("reversed-cue");
                    }
                }
            }
            let revs = if act {
                Vec::new()
            } else {
                self.reverser(t, Some(k))
            };
            for &rv in &revs {
                r.sign = -r.sign;
                r.involved.push(rv);
                r.rules.push("reverser");
            }
            let after_rev: Vec<usize> = revs
                .iter()
                .filter(|&&x| x > t)
                .flat_map(|&x| t + 1..x)
                .collect();
            for ng in (k + 1..t)
                .chain(after_rev)
                .filter(|&j| matches!(self.kind_at(j), Some(Kind::Negator)))
            {
                r.sign = -r.sign;
                r.involved.push(ng);
                r.rules.push("negated");
            }
            let main = |j: usize| {
                self.same_statement(self.items[j].quote, it.quote) && self.items[j].cond.is_none()
            };
            // A threat ("warned that …", "threatened to … if"): the holder
            // wants the condition not to happen.
            if let Some(th) = (0..self.items.len())
                .find(|&j| main(j) && matches!(self.kind_at(j), Some(Kind::Threat)))
            {
                r.sign = -r.sign;
                r.involved.push(th);
                r.rules.push("threat");
            } else {
                // A refusal in the condition's clause ("there will be no
                // talks if the drills go ahead", "will not lift sanctions as
                // long as …") turns it into a threat. An exception ("no
                // talks unless …") already says what the holder wants.
                let words = &self.c.words;
                let exception = self.class_at(k) & words.exceptions.bit != 0;
                let deferral = self.class_at(k) & words.deferrals.bit != 0;
                let clause = self.items[k].clause;
                let carried = self.clause_before_tag(k);
                if let Some(rf) = (0..self.items.len()).find(|&j| {
                    main(j)
                        && (self.items[j].clause == clause || Some(self.items[j].clause) == carried)
                        && matches!(
                            self.kind_at(j),
                            Some(Kind::Negator | Kind::Cue { sign: -1, .. })
                        )
                }) {
                    if !exception {
                        r.sign = -r.sign;
                        r.involved.push(rf);
                        r.rules.push("refusal");
                    }
                } else if deferral {
                    // "insisted on A before B": B comes later, put off
                    // rather than asked for ("no B before A" asks for A).
                    log.note(|| format!("\"{term_text}\" ({issue_id}): in a condition that comes after the main clause, which refuses nothing: put off, no stance"));
                    return Vec::new();
                }
            }
            let stance_in_main = (0..self.items.len()).any(|j| {
                main(j)
                    && matches!(
                        self.kind_at(j),
                        Some(
                            Kind::Cue { .. }
                                | Kind::Negator
                                | Kind::Reverser
                                | Kind::Position { .. }
                                | Kind::Speech
                                | Kind::Threat
                        )
                    )
            });
            if !stance_in_main {
                log.note(|| format!("\"{term_text}\" ({issue_id}): in a condition, but the sentence states no stance: skipped"));
                return Vec::new();
            }
            let main_anchor = (0..k)
                .rev()
                .find(|&j| main(j) && matches!(self.kind_at(j), Some(Kind::Cue { .. })))
                .unwrap_or(k);
            let fronted = self.items[..k].iter().all(|x| {
                x.cond.is_some() || matches!(x.kind, ItemKind::Punct(_)) || x.quote != it.quote
            });
            // A speech tag after the condition ("no relief before X
            // denuclearizes, the State Department said") names the holder.
            let tag_after = || {
                (k + 1..self.items.len())
                    .find(|&j| self.items[j].quote == it.quote && self.punct_at(j) == Some(','))
                    .and_then(|comma| self.subject_after(comma))
                    .filter(|&(_, rule)| rule == "speech-tag")
            };
            r.holder = self
                .subject_before(main_anchor, carry)
                .or_else(|| {
                    if fronted {
                        self.subject_after(k)
                    } else {
                        tag_after()
                    }
                })
                .or_else(|| self.quote_speaker(t));
            if self.obliged(k) {
                if let Some(d) = self.demander(t) {
                    r.holder = Some((d, "demand-by-speaker"));
                }
            }
            return vec![r];
        }
        // Governing cues (none for an act: "suspended the drills", an
        // adjacent negator: "no sanctions relief", or a position phrase).
        let g = self
            .governing_cue(t)
            .map(|g| self.cue_chain(g))
            .unwrap_or_default();
        // "The proposal for a phased deal was rejected by Washington": a
        // passive cue after the term governs the cue before it.
        let mut g = g;
        let passive = g
            .first()
            .is_some_and(|&o| o < t)
            .then(|| self.passive_cue_after(t))
            .flatten();
        if let Some(p) = passive {
            g.insert(0, p);
        }
        let (outer, inner) = (g.first().copied(), g.last().copied());
        let rev = if act {
            Vec::new()
        } else {
            self.reverser(t, inner)
        };
        // For an act term the verb ("dismantle Yongbyon") states the act
        // without reversing it; a negator before the verb still negates
        // ("no dismantlement of the Yongbyon complex").
        let act_verbs = if act {
            self.reverser(t, inner)
        } else {
            Vec::new()
        };
        let negs = self.negators(t, outer, if act { &act_verbs } else { &rev });
        r.involved.extend(&act_verbs);
        // "The two Koreas should sign a peace declaration": an obligation
        // right before a term with nothing else on it asks for the term.
        let obligation = if g.is_empty() && rev.is_empty() && negs.is_empty() {
            self.obligation_before(t)
        } else {
            None
        };
        if let Some(o) = obligation {
            r.involved.push(o);
            r.rules.push("obligation");
        }
        // "Kim said he would meet Trump": a party's stated intention right
        // before a term with nothing else on it. (An outsider's prediction
        // is dropped later, as for any reading.)
        let intention = if g.is_empty() && rev.is_empty() && negs.is_empty() && obligation.is_none()
        {
            // Only a party's own: the modal follows a party or a pronoun
            // ("he would meet", "we will sign"), not "the world would see".
            let w = &self.c.words;
            self.modal_before(t, &w.intentions).filter(|&m| {
                m > 0
                    && (matches!(self.kind_at(m - 1), Some(Kind::Party { .. }))
                        || self.seq_at(m - 1, &w.pronouns) == 1
                        || self.seq_at(m - 1, &w.first_person) == 1)
            })
        } else {
            None
        };
        if let Some(o) = intention {
            r.involved.push(o);
            r.rules.push("intention");
        }
        if g.is_empty()
            && rev.is_empty()
            && negs.is_empty()
            && act_verbs.is_empty()
            && !position
            && obligation.is_none()
            && intention.is_none()
        {
            log.note(|| format!("\"{term_text}\" ({issue_id}): no cue, reverser or negator in its clause: no stance"));
            return Vec::new();
        }
        let cue_sign = |x: usize| match self.kind_at(x) {
            Some(Kind::Cue { sign, .. }) => sign,
            _ => 1,
        };
        let mut owner_reading = None;
        for (i, &c) in g.iter().enumerate() {
            r.sign *= cue_sign(c);
            r.hedged |= matches!(self.kind_at(c), Some(Kind::Cue { hedged: true, .. }));
            r.involved.push(c);
            if let Some(owner) = i
                .checked_sub(1)
                .and_then(|p| self.cue_owner(g[p], c, carry))
            {
                // The owner of an inner cue holds the inner stance.
                let mut o = r.clone();
                o.sign = term_sign * g[i..].iter().map(|&x| cue_sign(x)).product::<i8>();
                o.holder = Some((Holder::Parties(vec![owner]), "cue-owner"));
                o.rules = vec!["cue"];
                owner_reading = Some(o);
            }
        }
        // Under a passive cue, the subject of the cue before the term holds
        // that cue's stance ("Pyongyang's demand for relief was dismissed").
        if let (Some(_), None) = (passive, &owner_reading) {
            if let Some((h, _)) = self.subject_before(g[1], carry) {
                let mut o = r.clone();
                o.sign = term_sign * g[1..].iter().map(|&x| cue_sign(x)).product::<i8>();
                o.holder = Some((h, "cue-owner"));
                o.rules = vec!["cue"];
                owner_reading = Some(o);
            }
        }
        match (g.len(), inner) {
            (0, _) => {}
            (1, Some(i)) if i > t => r.rules.push("cue-after"),
            (1, _) => r.rules.push("cue"),
            _ => r.rules.push("cue-chain"),
        }
        // A reverser on the cue itself: "dropped its demand for", "ended its
        // support for".
        if let Some(o) = outer.filter(|&o| o < t) {
            if let Some(cr) = self.cue_reverser(o) {
                r.sign = -r.sign;
                r.involved.push(cr);
                r.rules.push("reversed-cue");
            }
        }
        for &rv in &rev {
            for x in std::iter::once(&mut r).chain(owner_reading.as_mut()) {
                x.sign = -x.sign;
                x.involved.push(rv);
                x.rules.push("reverser");
            }
        }
        // "No denuclearization without an end to US hostility": after a
        // refusal, an exception word that negates ("without") names what
        // the holder asks for, like "unless".
        let mut negs = negs;
        let mut prerequisite = false;
        if let Some(pos) = negs.iter().position(|&ng| {
            self.class_at(ng) & self.c.words.exceptions.bit != 0
                && (0..ng).any(|j| {
                    !negs.contains(&j)
                        && self.same_scope(j, ng)
                        && self.items[j].cond.is_none()
                        && matches!(
                            self.kind_at(j),
                            Some(Kind::Negator | Kind::Cue { sign: -1, .. })
                        )
                })
        }) {
            r.involved.push(negs.remove(pos));
            r.rules.push("prerequisite");
            prerequisite = true;
        }
        for &ng in &negs {
            r.sign = -r.sign;
            r.involved.push(ng);
        }
        if !negs.is_empty() {
            r.rules
                .push(if inner.is_some_and(|i| negs.iter().any(|&x| x < i)) {
                    "negated-cue"
                } else {
                    "negated-term"
                });
        }
        if position {
            r.rules.push("position");
        } else if term_sign < 0 {
            r.rules.push("inverse-term");
        }
        r.conditional = prerequisite || self.clause_has_condition(t);
        let anchor = outer.filter(|&o| o < t).unwrap_or(t);
        r.holder = match passive {
            // The agent of the passive cue, or a speech tag.
            Some(p) => self.subject_after(p).or_else(|| self.quote_speaker(t)),
            None => self
                .subject_before(anchor, carry)
                .or_else(|| self.subject_after(t))
                .or_else(|| self.quote_speaker(t)),
        };
        // "… said Washington had come empty-handed and urged it to offer
        // guarantees": a cue whose object pronoun refers to the subject
        // found has another subject, further back.
        // The pronoun right after a cue of the chain, or one after an
        // object-taking verb and before "to" ("pressed it to resume").
        let object_pronoun = g
            .iter()
            .map(|&c| c + 1)
            .find(|&p| p < t && self.seq_at(p, &self.c.words.pronouns) > 0)
            .or_else(|| {
                (0..anchor).rev().find(|&p| {
                    self.items[p].quote == it.quote
                        && self.seq_at(p, &self.c.words.pronouns) > 0
                        && self.preceded_by_preposition(p)
                        && self.item_is_word(p + 1, "to")
                })
            });
        if let (Some(p), Some((h, _))) = (object_pronoun, r.holder.clone()) {
            if self.resolve_pronoun(p, carry).as_ref() == Some(&h) {
                let found = (0..p).rev().find(|&j| {
                    self.items[j].quote == it.quote
                        && self.subject_group(j).is_some_and(|(g, _)| g == h)
                });
                if let Some(first) = found.and_then(|j| self.subject_group(j)).map(|(_, f)| f) {
                    if let Some((h2, _)) = self.subject_before(first, carry) {
                        if h2 != h {
                            r.holder = Some((h2, "subject-past-object"));
                        }
                    }
                }
            }
        }
        // "Neither Washington nor Pyongyang has shown any interest in
        // talks": a negator before the subject negates what it says.
        if matches!(r.holder, Some((_, "subject" | "coordinated-subject"))) {
            if let Some(ng) = self.subject_negator(anchor) {
                r.sign = -r.sign;
                r.involved.push(ng);
                r.rules.push("negated-subject");
            }
        }
        // "Washington must lift the sanctions," Choe said: an obligation
        // laid on the subject is the speaker's demand.
        if self.obliged(anchor) {
            if let Some(d) = self.demander(t) {
                if r.holder.as_ref().map(|h| &h.0) != Some(&d) {
                    r.holder = Some((d, "demand-by-speaker"));
                }
            }
        }
        // "The North demanded sanctions relief, but Pompeo refused": a
        // bare cue answering the term in a later clause.
        let response = self.response_to(t, carry).map(|(c, h)| {
            let mut o = r.clone();
            let base = r.sign * g.iter().map(|&x| cue_sign(x)).product::<i8>();
            o.sign = base * cue_sign(c);
            o.hedged = self.hedged(c);
            o.conditional = false;
            o.holder = Some((h, "response"));
            o.rules = vec!["cue"];
            o.involved = vec![t, c];
            o
        });
        let conditional = r.conditional;
        // An owner who is the holder adds nothing ("North Korea repeated
        // its demand for …").
        let owner_reading = owner_reading
            .filter(|o| o.holder.as_ref().map(|h| &h.0) != r.holder.as_ref().map(|h| &h.0));
        let mut v = vec![r];
        if let Some(mut o) = owner_reading {
            o.conditional = conditional;
            v.push(o);
        }
        // An answer comes from the other side: one that resolves to the
        // term's own holder is a misread pronoun ("X wanted A, and he
        // refused", he = the reporting speaker).
        let holder = v[0].holder.as_ref().map(|h| &h.0);
        v.extend(response.filter(|o| o.holder.as_ref().map(|h| &h.0) != holder));
        v
    }

    /// A cue that answers the term at `t` from a later clause, with nothing
    /// after it but a pronoun ("…, but Pompeo refused", "; Seoul agreed",
    /// "…, and Washington rejected it"), and the party subject of that
    /// clause. The clause holds no term of its own and none comes between.
    fn response_to(&self, t: usize, carry: &Carry) -> Option<(usize, Holder)> {
        let (quote, clause) = (self.items[t].quote, self.items[t].clause);
        // Once past a clause break or ", and", the scan is in a later clause.
        let mut later = false;
        let mut c = None;
        for j in t + 1..self.items.len() {
            if self.items[j].quote != quote {
                continue;
            }
            // ", a move Washington has long resisted": the answer is given
            // in a phrase that points back at what was just said.
            if !later && self.punct_at(j) == Some(',') {
                if let Some((c, h)) = self.appositive_answer(j) {
                    return self.bare_after(c).then_some((c, h));
                }
            }
            later |= self.items[j].clause != clause
                || (self.punct_at(j) == Some(',')
                    && self.seq_at(j + 1, &self.c.words.coordinators) > 0);
            match self.kind_at(j) {
                // Terms coordinated with this one share the answer.
                Some(Kind::Issue { .. } | Kind::Position { .. }) if !later => {}
                Some(Kind::Issue { .. } | Kind::Position { .. } | Kind::Conditional) => {
                    return None
                }
                Some(Kind::Cue { .. }) if later => {
                    c = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let c = c?;
        if !self.bare_after(c) {
            return None;
        }
        match self.subject_before(c, carry)? {
            (h @ Holder::Parties(_), "subject" | "coordinated-subject" | "pronoun") => Some((c, h)),
            _ => None,
        }
    }

    /// Is item `k` a plain capitalised word ("Tokyo")?
    fn is_name(&self, k: usize) -> bool {
        matches!(
            self.items.get(k).map(|it| &it.kind),
            Some(ItemKind::Word(_))
        ) && self.text[self.items[k].start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Does nothing but punctuation and pronouns follow the cue at `c` in
    /// its clause ("…, but Pompeo refused.", "…, and Seoul rejected it")?
    fn bare_after(&self, c: usize) -> bool {
        let (quote, clause) = (self.items[c].quote, self.items[c].clause);
        (c + 1..self.items.len())
            .take_while(|&j| self.items[j].quote == quote && self.items[j].clause == clause)
            .all(|j| {
                matches!(self.punct_at(j), Some('.' | '!' | ';' | ',' | ')'))
                    || self.seq_at(j, &self.c.words.pronouns) > 0
            })
    }

    /// A phrase after the comma at `comma` that points back at what the
    /// clause before it said and answers it with a party subject and a cue
    /// of its own: a relative ("…, which Washington rejected") or a
    /// determiner and a short head ("…, a move Washington has long
    /// resisted", "…, a demand Pyongyang dismissed"). Returns the cue and
    /// the party (or coordinated parties) that answer. Only plain words
    /// (auxiliaries, adverbs) may stand between the party and the cue; a
    /// preposition in the head ("…, a day after Washington refused") is not
    /// such a phrase.
    fn appositive_answer(&self, comma: usize) -> Option<(usize, Holder)> {
        let w = &self.c.words;
        let quote = self.items[comma].quote;
        let plain = |k: usize| {
            matches!(
                self.items.get(k).map(|it| &it.kind),
                Some(ItemKind::Word(_))
            ) && self.class_at(k) & w.prepositions.bit == 0
                && self.seq_at(k, &w.pronouns) == 0
        };
        let mut k = comma + 1;
        if self.word_in(k, &w.relatives) {
            k += 1;
        } else if self.word_in(k, &w.determiners) {
            k += 1;
            let head = k;
            while k < head + 3 && (plain(k) || matches!(self.kind_at(k), Some(Kind::Cue { .. }))) {
                k += 1;
            }
            if k == head {
                return None;
            }
        } else {
            return None;
        }
        let mut parties = Vec::new();
        while let Some(Kind::Party { party }) = self.kind_at(k) {
            if self.is_possessive(k) {
                return None; // "…, a move Washington's allies rejected"
            }
            if !parties.contains(&party) {
                parties.push(party);
            }
            let l = self.seq_at(k + 1, &w.coordinators);
            k += 1;
            if l > 0 && matches!(self.kind_at(k + l), Some(Kind::Party { .. })) {
                k += l;
            } else if l > 0 && self.is_name(k + l) {
                k += l + 1; // "Washington and Tokyo": a name the lexicon does not know
            }
        }
        if parties.is_empty() {
            return None;
        }
        let verb = k;
        while k < verb + 3 && plain(k) {
            k += 1;
        }
        if !matches!(self.kind_at(k), Some(Kind::Cue { .. })) || self.items[k].quote != quote {
            return None;
        }
        parties.sort_unstable();
        Some((k, Holder::Parties(parties)))
    }

    /// The question phrase ("asked whether") that item `t` follows in the
    /// same quotation and clause with no comma between.
    fn question_before(&self, t: usize) -> Option<usize> {
        let (quote, clause) = (self.items[t].quote, self.items[t].clause);
        (0..t)
            .rev()
            .take_while(|&j| {
                self.items[j].quote == quote
                    && self.items[j].clause == clause
                    && self.punct_at(j) != Some(',')
            })
            .find(|&j| matches!(self.kind_at(j), Some(Kind::Question)))
    }

    /// An earlier term of the same issue that the term at `t` completes:
    /// "moratorium on nuclear tests", "halt to nuclear tests and ICBM
    /// launches", "moratorium on nuclear and intercontinental missile
    /// tests"). Only words (no punctuation, cue, party or negator) may stand
    /// between, at most 5 of them (a hyphenated word is one).
    fn phrase_head(&self, t: usize, issue: u16) -> Option<usize> {
        let mut j = t;
        let mut words = 0;
        while j > 0 && words <= 5 {
            j -= 1;
            if !self.same_scope(j, t) {
                return None;
            }
            if self.joining_hyphen(j) {
                j -= 1;
                continue;
            }
            words += 1;
            match &self.items[j].kind {
                ItemKind::Word(_) => {}
                ItemKind::Punct(_) => return None,
                ItemKind::M(..) => {
                    return match self.kind_at(j) {
                        Some(Kind::Issue { issue: i, .. } | Kind::Position { issue: i, .. })
                            if i == issue =>
                        {
                            Some(j)
                        }
                        // "… and shut down its test site": a reverser after
                        // a coordinator is a verb of its own.
                        Some(Kind::Reverser) if self.after_coordinator(j) => None,
                        Some(Kind::Reverser | Kind::Hedge | Kind::Ignore) => continue,
                        _ => None,
                    };
                }
            }
        }
        None
    }

    /// Is there an obligation ("must", "should", "has to") in the clause
    /// before item `anchor`?
    /// The negator right before the subject of the clause of item
    /// `anchor` ("neither Washington nor Pyongyang", "no party"), if any.
    fn subject_negator(&self, anchor: usize) -> Option<usize> {
        let j = (0..anchor)
            .rev()
            .take_while(|&j| self.same_scope(j, anchor))
            .find(|&j| matches!(self.kind_at(j), Some(Kind::Party { .. })))?;
        let (_, first) = self.subject_group(j)?;
        let ng = self.phrase_start(first).checked_sub(1)?;
        (matches!(self.kind_at(ng), Some(Kind::Negator)) && self.same_scope(ng, anchor))
            .then_some(ng)
    }

    /// An obligation ("should", "must") at most four items before the term
    /// `t`, in its scope, with no other term, party or punctuation between.
    fn obligation_before(&self, t: usize) -> Option<usize> {
        self.modal_before(t, &self.c.words.obligations)
    }

    /// A word of `list` ("must", "will") up to 4 items before the term at
    /// `t`, with only plain words between ("should sign a peace
    /// declaration", "would meet").
    fn modal_before(&self, t: usize, list: &Seqs) -> Option<usize> {
        (t.saturating_sub(4)..t).rev().find(|&j| {
            self.seq_at(j, list) > 0
                && (j..t).all(|x| {
                    self.same_scope(x, t)
                        && self.punct_at(x).is_none()
                        && !matches!(
                            self.kind_at(x),
                            Some(Kind::Issue { .. } | Kind::Position { .. } | Kind::Party { .. })
                        )
                })
        })
    }

    fn obliged(&self, anchor: usize) -> bool {
        (0..anchor)
            .rev()
            .take_while(|&j| self.same_scope(j, anchor))
            .any(|j| self.seq_at(j, &self.c.words.obligations) > 0)
    }

    /// Who lays down an obligation at item `t`: the party speaking the
    /// quotation, or the party whose speech verb reports the sentence.
    fn demander(&self, t: usize) -> Option<Holder> {
        if let Some(q) = self.items[t].quote {
            return match &self.quotes[q].speaker {
                Some(h @ Holder::Parties(_)) => Some(h.clone()),
                _ => None,
            };
        }
        let Some(v) = (0..self.items.len()).find(|&j| {
            self.items[j].quote.is_none() && matches!(self.kind_at(j), Some(Kind::Speech))
        }) else {
            return self.viewpoint();
        };
        let before = (0..v)
            .rev()
            .take(7)
            .find_map(|j| self.subject_group(j).map(|(h, _)| h));
        let after = (v + 1..(v + 4).min(self.items.len())).find_map(|j| match self.kind_at(j) {
            Some(Kind::Party { party }) => Some(Holder::Parties(vec![party])),
            _ => None,
        });
        before.or(after)
    }

    /// The party whose view a fronted phrase frames the sentence in: "In
    /// Pyongyang's view, the US must …", "For Seoul's negotiators, …". The
    /// phrase opens with a preposition, ends at the first comma, and holds
    /// a possessive party and nothing that states a stance.
    fn viewpoint(&self) -> Option<Holder> {
        if !self.word_in(0, &self.c.words.prepositions) {
            return None;
        }
        let comma = (1..self.items.len().min(8)).find(|&j| self.punct_at(j) == Some(','))?;
        let mut party = None;
        for j in 1..comma {
            match self.kind_at(j) {
                Some(Kind::Party { party: p }) if self.is_possessive(j) => party = Some(p),
                Some(Kind::Party { .. } | Kind::Cue { .. } | Kind::Issue { .. } | Kind::Speech) => {
                    return None
                }
                _ => {}
            }
        }
        party.map(|p| Holder::Parties(vec![p]))
    }

    fn quote_speaker(&self, t: usize) -> Option<(Holder, &'static str)> {
        let q = self.items[t].quote?;
        self.quotes[q]
            .speaker
            .clone()
            .map(|h| (h, self.quotes[q].speaker_rule))
    }

    fn attribute(
        &mut self,
        out: &mut Vec<Attribution>,
        carry: &mut Carry,
        trace: Option<&mut Vec<String>>,
    ) {
        let mut log = Trace(trace);
        if self.discard {
            log.note(|| "discard phrase present: sentence ignored".into());
            return;
        }
        let mut produced: Vec<Attribution> = Vec::new();
        let mut last_holder: Option<Vec<u16>> = None;
        for t in 0..self.items.len() {
            for mut r in self.readings(t, carry, &mut log) {
                let it = &self.items[t];
                let term_text = &self.text[it.start..it.end];
                let issue_id = self.c.issue_id(r.issue as usize);
                let Some((holder, hrule)) = r.holder.take() else {
                    log.note(|| format!("\"{term_text}\" ({issue_id}): no party holds it"));
                    continue;
                };
                // "Analysts doubt that Washington will agree to …": an
                // outsider's prediction, not the party's stance.
                // Also "North Korea is unlikely to accept …, said a
                // researcher": an outsider's speech tag after the term.
                if it.quote.is_none() && matches!(holder, Holder::Parties(_)) {
                    let outsider = |j: usize| {
                        self.items[j].quote.is_none()
                            && matches!(self.kind_at(j), Some(Kind::Speaker))
                    };
                    // The tag's own speech verb, right after it or right
                    // before it ("said a researcher").
                    let speech_near = |j: usize| {
                        let mut before = j.wrapping_sub(1);
                        if self.word_in(before, &self.c.words.determiners) {
                            before = before.wrapping_sub(1);
                        }
                        [before, j + 1]
                            .iter()
                            .any(|&x| matches!(self.kind_at(x), Some(Kind::Speech)))
                    };
                    // "Diplomats from Pyongyang told reporters that …": an
                    // outsider right after a party's speech verb is spoken to.
                    let addressee = |j: usize| {
                        let mut before = j.wrapping_sub(1);
                        if self.word_in(before, &self.c.words.determiners) {
                            before = before.wrapping_sub(1);
                        }
                        matches!(self.kind_at(before), Some(Kind::Speech))
                            && (0..before)
                                .any(|x| matches!(self.kind_at(x), Some(Kind::Party { .. })))
                    };
                    // Predictions count after an outsider before the term,
                    // or anywhere before it under a trailing outsider's tag.
                    let predicted_from = (0..t)
                        .find(|&j| outsider(j) && !addressee(j))
                        .map(|sp| sp + 1)
                        .or_else(|| {
                            (t + 1..self.items.len())
                                .any(|j| outsider(j) && speech_near(j))
                                .then_some(0)
                        });
                    if let Some(from) = predicted_from {
                        let predictions = &self.c.words.predictions;
                        if (from..t).any(|j| {
                            self.seq_at(j, predictions) > 0 || self.match_opens_with(j, predictions)
                        }) {
                            log.note(|| format!("\"{term_text}\" ({issue_id}): an outsider's prediction ({hrule}): not a party stance"));
                            continue;
                        }
                    }
                }
                let parties = match holder {
                    Holder::Outsider | Holder::Unknown => {
                        log.note(|| format!("\"{term_text}\" ({issue_id}): held by a non-party speaker ({hrule}): not a party stance"));
                        continue;
                    }
                    Holder::Parties(p) => p,
                };
                // A party inside an outsider's quotation is reported, not quoted.
                if let Some(q) = it.quote {
                    if self.quotes[q].speaker == Some(Holder::Outsider) {
                        r.hedged = true;
                        r.rules.push("reported-by-outsider");
                    }
                }
                let rule = std::iter::once(hrule)
                    .chain(r.rules.iter().copied())
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut ms: Vec<usize> = r
                    .involved
                    .iter()
                    .filter_map(|&k| match self.items[k].kind {
                        ItemKind::M(m, _) => Some(m),
                        _ => None,
                    })
                    .collect();
                // Mark the holder's mention too: the nearest mention of each
                // holding party in the sentence.
                for &p in &parties {
                    let nearest = (0..self.items.len())
                        .filter(|&j| matches!(self.kind_at(j), Some(Kind::Party { party }) if party == p))
                        .min_by_key(|&j| (j.abs_diff(t), j > t));
                    if let Some(ItemKind::M(m, _)) = nearest.map(|j| &self.items[j].kind) {
                        ms.push(*m);
                    }
                }
                ms.sort_unstable();
                ms.dedup();
                for &p in &parties {
                    log.note(|| {
                        format!(
                            "\"{term_text}\" ({issue_id}) -> {} {}{}{} [{rule}]",
                            self.c.party_id(p as usize),
                            if r.sign > 0 { "support" } else { "oppose" },
                            if r.hedged { ", hedged" } else { "" },
                            if r.conditional { ", conditional" } else { "" },
                        )
                    });
                    produced.push(Attribution {
                        party: p,
                        issue: r.issue,
                        sign: r.sign,
                        weight: if r.hedged { 0.5 } else { 1.0 },
                        hedged: r.hedged,
                        conditional: r.conditional,
                        rule: rule.clone(),
                        sentence: self.span,
                        matches: ms.clone(),
                    });
                }
                if hrule != "cue-owner" {
                    last_holder = Some(parties);
                }
            }
        }
        // One evidence per party, issue and polarity in a sentence.
        let mut merged: Vec<Attribution> = Vec::new();
        for a in produced {
            if let Some(m) = merged
                .iter_mut()
                .find(|m| m.party == a.party && m.issue == a.issue && m.sign == a.sign)
            {
                m.matches.extend(a.matches);
                m.matches.sort_unstable();
                m.matches.dedup();
                if m.weight < a.weight {
                    m.weight = a.weight;
                    m.hedged = a.hedged;
                    m.rule = a.rule;
                }
                m.conditional &= a.conditional;
            } else {
                merged.push(a);
            }
        }
        // Carry state to the next sentence.
        match last_holder {
            Some(ps) => carry.last_subject = Some(Holder::Parties(ps)),
            None => {
                if let Some(h) = self.first_subject() {
                    carry.last_subject = Some(h);
                }
            }
        }
        if let Some(q) = self
            .quotes
            .iter()
            .rev()
            .find(|q| q.speaker_rule != "scare-quote")
        {
            if q.speaker.is_some() {
                carry.last_speaker = q.speaker.clone();
            }
        } else if let Some(h) = self.first_subject() {
            carry.last_speaker = Some(h);
        }
        let mentioned: Vec<u16> = self
            .items
            .iter()
            .rev()
            .filter_map(|it| match self.kind(it) {
                Some(Kind::Party { party }) => Some(party),
                _ => None,
            })
            .collect();
        for p in mentioned.into_iter().rev() {
            carry.recent.retain(|&x| x != p);
            carry.recent.insert(0, p);
        }
        carry.recent.truncate(4);
        carry.open_quote = self
            .items
            .last()
            .and_then(|it| it.quote)
            .map(|q| self.quotes[q].speaker.clone());
        out.extend(merged);
    }

    /// The first subject of the narrator's text in this sentence.
    fn first_subject(&self) -> Option<Holder> {
        (0..self.items.len()).find_map(|k| {
            if self.items[k].quote.is_some() {
                return None;
            }
            match self.kind_at(k) {
                Some(Kind::Speaker) => Some(Holder::Outsider),
                Some(Kind::Party { .. }) => self.subject_group(k).map(|(h, _)| h),
                _ => None,
            }
        })
    }
}

fn contains_words(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let ok_s = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let ok_e = hay[e..].chars().next().is_none_or(|c| !is_word_char(c));
        if ok_s && ok_e {
            return true;
        }
        from = s + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}
