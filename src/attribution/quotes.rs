//! Quotations: quotation marks, their speakers and speech tags, and
//! quotations carried over from an earlier sentence.
//!
//! Takes a [`Sentence`]'s items and the [`Carry`] (a quotation still open,
//! the last subject and speaker). Marks each item with the quotation it is
//! in, turns short scare quotes back into plain text, finds each
//! quotation's speaker (“…,” X said / X said, “…” / "the statement
//! continued") and joins a quotation cut in two by its speech tag. Hands on
//! [`Sentence::quotes`], which the holder search falls back on.

use super::holder::Holder;
use super::rule::Rule;
use super::sentence::{ItemKind, Sentence};
use super::Carry;
use crate::lexicon::{Kind, Seqs};
use crate::text::{is_word_char, sentence_around};

/// One quotation of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Quote {
    pub(super) speaker: Option<Holder>,
    /// How the speaker was found (read only when there is one).
    pub(super) speaker_rule: Rule,
    /// A scare quote: a short quoted phrase that is a term, not a
    /// quotation (its items are outside it, and it has no speaker).
    pub(super) scare: bool,
    /// The quotation this one goes on with across a speech tag (“A,” X
    /// said, “B”): one statement, cut in two.
    pub(super) continues: Option<usize>,
}

/// Is `ch` a typographic opening (`Some(true)`) or closing (`Some(false)`)
/// quotation mark?
pub(super) fn is_open_quote(ch: char) -> Option<bool> {
    match ch {
        '\u{201C}' | '\u{00AB}' | '\u{201E}' => Some(true),
        '\u{201D}' | '\u{00BB}' => Some(false),
        _ => None,
    }
}

impl<'a> Sentence<'a> {
    /// Marks the quotations of the sentence: which items each holds, which
    /// are scare quotes, who speaks each, and which go on with the one
    /// before across a speech tag.
    pub(super) fn mark_quotes(&mut self, carry: &Carry) {
        let (opened_at, open) = self.open_quotes(carry);
        self.unquote_scare_quotes(&opened_at);
        self.find_speakers(opened_at, open, carry);
        self.join_cut_quotes();
    }

    /// Marks each item with the quotation it is inside: one carried open
    /// from an earlier sentence, one opened here, or one whose closing mark
    /// comes with no opening one. Returns each quotation with the item of
    /// its opening mark (none when it opened earlier), and the quotation
    /// still open at the end of the sentence.
    fn open_quotes(&mut self, carry: &Carry) -> (Vec<(usize, Option<usize>)>, Option<usize>) {
        // Quotation open at the sentence start (opened in an earlier sentence)?
        let mut open: Option<usize> = None;
        if let Some(sp) = &carry.open_quote {
            self.quotes.push(Quote {
                speaker: sp.clone(),
                speaker_rule: Rule::QuoteSpeaker,
                scare: false,
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
                        speaker_rule: Rule::QuoteSpeaker,
                        scare: false,
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
                        speaker_rule: Rule::QuoteSpeaker,
                        scare: false,
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
        (opened_at, open)
    }

    /// Scare quotes: a short quoted phrase inside the sentence, not set off
    /// by a comma, colon or speech verb, is a term, not a quotation. Its
    /// items go back outside.
    fn unquote_scare_quotes(&mut self, opened_at: &[(usize, Option<usize>)]) {
        let n = self.items.len();
        for &(q, open_item) in opened_at {
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
                self.quotes[q].scare = true;
            }
        }
    }

    /// The speaker of each quotation: from a tag after its closing mark
    /// (“…,” X said / the statement continued), from a tag after the
    /// sentence for one that runs on, from before its opening mark (X said,
    /// “…), else the previous speaker.
    fn find_speakers(
        &mut self,
        opened_at: Vec<(usize, Option<usize>)>,
        open: Option<usize>,
        carry: &Carry,
    ) {
        let n = self.items.len();
        for (q, open_item) in opened_at {
            if self.quotes[q].scare {
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
            let mut found: Option<(Holder, Rule)> = None;
            if closes_here && open.is_none_or(|o| o != q) {
                // Tag after the closing mark: “…,” X said / the statement continued.
                let from = close.unwrap_or(n) + 1;
                found = self.speaker_in(from, n, carry);
            } else if open == Some(q) {
                // The quotation runs past this sentence: look for its tag.
                found = self.tag_after_sentence(carry);
            }
            // X said, “… (also over a tag after it that names no one:
            // "As Trump told reporters, “…,” adding, “…”").
            if found
                .as_ref()
                .is_none_or(|(_, r)| *r == Rule::UnknownSpeaker)
            {
                if let Some(before) = open_item.and_then(|o| self.speaker_before(o, carry)) {
                    found = Some(before);
                }
            }
            if found.is_none() {
                found = carry
                    .last_speaker
                    .clone()
                    .map(|h| (h, Rule::PreviousSpeaker));
            }
            if let Some((h, rule)) = found {
                self.quotes[q].speaker = Some(h);
                self.quotes[q].speaker_rule = rule;
            }
        }
    }

    /// “A,” X said, “B”: the second part goes on with the first when only
    /// a speech tag, set off by commas, stands between them.
    fn join_cut_quotes(&mut self) {
        let n = self.items.len();
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
    pub(super) fn clause_before_tag(&self, k: usize) -> Option<usize> {
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

    /// Is quotation `q` a fragment of the reporter's sentence: one that
    /// opens in this sentence on a lower-case word, after a word rather
    /// than a comma or colon (had expressed “his eagerness to …”)?
    pub(super) fn is_fragment(&self, q: usize) -> bool {
        let Some(f) = self.items.iter().position(|it| it.quote == Some(q)) else {
            return false;
        };
        let lower = self.text[self.items[f].start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let before = f
            .checked_sub(1)
            .filter(|&m| self.is_quote_mark(m))
            .and_then(|m| m.checked_sub(1));
        lower
            && before
                .is_some_and(|b| matches!(self.items[b].kind, ItemKind::Word(_) | ItemKind::M(..)))
    }

    /// Are quotation contexts `a` and `b` one statement (the same
    /// quotation, parts of one cut by a speech tag, or both the narrator)?
    pub(super) fn same_statement(&self, a: Option<usize>, b: Option<usize>) -> bool {
        let root = |q: Option<usize>| q.map(|q| self.quotes[q].continues.unwrap_or(q));
        root(a) == root(b)
    }

    /// A speaker named in items `from..to` (a speech tag): a party, an
    /// outsider, a pronoun or a reference such as "the statement".
    pub(super) fn speaker_in(
        &self,
        from: usize,
        to: usize,
        carry: &Carry,
    ) -> Option<(Holder, Rule)> {
        let mut k = from;
        let mut speech = false;
        while k < to {
            if self.items[k].quote.is_some() {
                break;
            }
            match self.kind_at(k) {
                Some(Kind::Party { party }) => {
                    return Some((Holder::Parties(vec![party]), Rule::QuoteSpeaker))
                }
                // "…," she told reporters: spoken to, not speaking.
                Some(Kind::Speaker) if !self.addressed(k) => {
                    return Some((Holder::Outsider, Rule::QuoteSpeaker))
                }
                Some(Kind::Speech) => speech = true,
                _ => {}
            }
            if self.seq_at(k, &self.c.words.references) > 0 {
                return carry
                    .last_speaker
                    .clone()
                    .or(carry.last_subject.clone())
                    .map(|h| (h, Rule::StatementContinued));
            }
            if self.seq_at(k, &self.c.words.pronouns) > 0 {
                return self
                    .resolve_pronoun(k, carry)
                    .map(|h| (h, Rule::QuoteSpeakerPronoun));
            }
            if matches!(self.punct_at(k), Some('.' | ';')) {
                break;
            }
            k += 1;
        }
        speech.then_some((Holder::Unknown, Rule::UnknownSpeaker))
    }

    /// Is item `k` right after a speech verb that takes an object ("told
    /// reporters"; the grammar lists such verbs among the prepositions)?
    pub(super) fn addressed(&self, k: usize) -> bool {
        let j = self.phrase_start(k);
        j > 0
            && matches!(self.kind_at(j - 1), Some(Kind::Speech))
            && self.class_at(j - 1) & self.c.words.prepositions.bit != 0
    }

    pub(super) fn speaker_before(&self, open: usize, carry: &Carry) -> Option<(Holder, Rule)> {
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
                        return Some((h, Rule::QuoteSpeaker));
                    }
                }
                Some(Kind::Speaker) => return Some((Holder::Outsider, Rule::QuoteSpeaker)),
                _ => {}
            }
            // "He stressed …, insisting, “…”": the pronoun as any other
            // ("he" a person, when the lexicon marks people).
            if self.seq_at(k, &self.c.words.pronouns) > 0 {
                return self
                    .resolve_pronoun(k, carry)
                    .map(|h| (h, Rule::QuoteSpeakerPronoun));
            }
            if self.seq_at(k, &self.c.words.references) > 0 {
                return carry
                    .last_subject
                    .clone()
                    .map(|h| (h, Rule::QuoteSpeakerPronoun));
            }
        }
        // "According to KCNA, “…": a speaker after the verb.
        if let Some(v) = verb {
            for k in v + 1..open {
                match self.kind_at(k) {
                    Some(Kind::Party { party }) => {
                        return Some((Holder::Parties(vec![party]), Rule::QuoteSpeaker))
                    }
                    Some(Kind::Speaker) => return Some((Holder::Outsider, Rule::QuoteSpeaker)),
                    _ => {}
                }
            }
        }
        verb.map(|_| (Holder::Unknown, Rule::UnknownSpeaker))
    }

    /// For a quotation that continues past this sentence: find the closing
    /// mark later in the paragraph and read the tag after it.
    pub(super) fn tag_after_sentence(&self, carry: &Carry) -> Option<(Holder, Rule)> {
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
                    return Some((Holder::Parties(vec![party]), Rule::QuoteSpeaker))
                }
                Kind::Speaker => return Some((Holder::Outsider, Rule::QuoteSpeaker)),
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
                .map(|h| (h, Rule::StatementContinued));
        }
        if has(&self.c.words.pronouns) {
            // "he"/"she" names a person, when the lexicon marks people.
            let person = self.c.persons
                && tag
                    .split(|c: char| !is_word_char(c))
                    .any(|w| self.c.words.personal_pronouns.words.contains(w));
            let h = if person {
                &carry.last_person
            } else {
                &carry.last_subject
            };
            return h.clone().map(|h| (h, Rule::QuoteSpeakerPronoun));
        }
        None
    }

    pub(super) fn quote_speaker(&self, t: usize) -> Option<(Holder, Rule)> {
        let q = self.items[t].quote?;
        self.quotes[q]
            .speaker
            .clone()
            .map(|h| (h, self.quotes[q].speaker_rule))
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

#[cfg(test)]
mod tests {
    use super::super::testing::{
        carry_of, check_table, evidence, holder_name, lex, with_sentence, with_sentence_after,
    };
    use super::super::Carry;
    use super::*;

    /// The quotations of a sentence written out: "DPRK (quote-speaker)",
    /// "none" without a speaker, "scare" for a scare quote, and
    /// "…, continues 0" for the second part of a cut one.
    fn quotes_of(s: &Sentence) -> Vec<String> {
        s.quotes
            .iter()
            .map(|q| {
                let mut out = if q.scare {
                    "scare".to_string()
                } else {
                    match &q.speaker {
                        Some(h) => format!("{} ({})", holder_name(h), q.speaker_rule),
                        None => "none".to_string(),
                    }
                };
                if let Some(c) = q.continues {
                    out += &format!(", continues {c}");
                }
                out
            })
            .collect()
    }

    #[test]
    fn speakers_and_the_rules_that_find_them() {
        check_table(
            &[
                // A tag after the closing mark.
                ("“We want talks,” Choe said.", vec!["DPRK (quote-speaker)"]),
                (
                    "“Talks are over,” an analyst said.",
                    vec!["outsider (quote-speaker)"],
                ),
                // A tag before the opening mark, or after "according to".
                (
                    "Pompeo said, “We remain open to talks.”",
                    vec!["US (quote-speaker)"],
                ),
                (
                    "According to KCNA, “talks are over.”",
                    vec!["DPRK (quote-speaker)"],
                ),
                // A speech verb with a speaker the lexicon does not know.
                (
                    "“We reject talks,” Hong Min said.",
                    vec!["unknown (unknown-speaker)"],
                ),
                // No speaker at all.
                ("“Talks are over.”", vec!["none"]),
                // A short quoted phrase in running text is a term.
                (
                    "Pyongyang rejected the “big deal” offered by Washington.",
                    vec!["scare"],
                ),
                // A quotation cut in two by its speech tag is one statement.
                (
                    "“There will be no relief,” Pompeo said, “before complete denuclearization.”",
                    vec!["US (quote-speaker)", "US (quote-speaker), continues 0"],
                ),
                // A closing mark with no opening one: begun earlier.
                ("talks are over,” Choe said.", vec!["DPRK (quote-speaker)"]),
            ],
            |text| with_sentence(text, quotes_of),
        );
    }

    #[test]
    fn speakers_from_the_sentences_before() {
        let dprk = carry_of("DPRK");
        check_table(
            &[
                (
                    "“Talks are over,” she said.",
                    vec!["DPRK (quote-speaker-pronoun)"],
                ),
                (
                    "“Talks are over,” the statement continued.",
                    vec!["DPRK (statement-continued)"],
                ),
                ("“Talks are over.”", vec!["DPRK (previous-speaker)"]),
            ],
            |text| with_sentence_after(text, &dprk, quotes_of),
        );
        // A quotation still open from the sentence before: its items are
        // inside it from the start, and it keeps its speaker.
        let open = Carry {
            open_quote: Some(
                lex()
                    .party_index("US")
                    .map(|p| Holder::Parties(vec![p as u16])),
            ),
            ..Carry::default()
        };
        with_sentence_after("We remain open to talks.”", &open, |s| {
            assert_eq!(quotes_of(s), vec!["US (quote-speaker)"]);
            assert_eq!(s.items[s.at("talks")].quote, Some(0));
        });
    }

    #[test]
    fn a_scare_quote_leaves_its_items_outside() {
        with_sentence(
            "Pyongyang rejected the “big deal” offered by Washington.",
            |s| {
                assert_eq!(s.items[s.at("big deal")].quote, None);
            },
        );
        with_sentence("“We want talks,” Choe said.", |s| {
            assert_eq!(s.items[s.at("talks")].quote, Some(0));
            assert_eq!(s.items[s.at("Choe")].quote, None);
            // The marks themselves are outside.
            assert_eq!(s.items[s.at("“")].quote, None);
        });
    }

    #[test]
    fn a_cut_quotation_reads_as_one_statement() {
        with_sentence(
            "“There will be no relief,” Pompeo said, “before complete denuclearization.”",
            |s| {
                assert!(s.same_statement(Some(0), Some(1)));
                assert!(!s.same_statement(None, Some(1)));
                // The condition's clause is read with the clause before the tag.
                let before = s.at("before");
                assert_eq!(
                    s.clause_before_tag(before),
                    Some(s.items[s.at("relief")].clause)
                );
                assert_eq!(s.clause_before_tag(s.at("relief")), None);
            },
        );
    }

    #[test]
    fn a_tag_before_the_quotation_outranks_a_nameless_one_after_it() {
        assert_eq!(
            evidence("As Choe told reporters, \u{201C}We reject relief,\u{201D} adding, \u{201C}Nothing else.\u{201D}"),
            vec!["DPRK relief oppose [first-person, cue]"]
        );
    }

    #[test]
    fn they_in_a_party_quotation_is_the_other_side() {
        assert_eq!(
            evidence("Seoul waited. Choe said, \u{201C}They rejected relief.\u{201D}"),
            vec!["ROK relief oppose [pronoun, cue]"]
        );
        // An antecedent in the sentence that is not the speaker stands.
        assert_eq!(
            evidence("Choe said, \u{201C}Washington met us, but they rejected relief.\u{201D}"),
            vec!["US relief oppose [pronoun, cue]"]
        );
    }

    #[test]
    fn a_quotation_that_runs_on_takes_the_tag_after_its_close() {
        // The first sentence ends inside the quotation; the tag that names
        // its speaker is in the next one.
        assert_eq!(
            evidence("“We want talks. We reject relief,” Choe said."),
            vec![
                "DPRK talks support [first-person, cue]",
                "DPRK relief oppose [first-person, cue]"
            ]
        );
    }

    #[test]
    fn whole_words_only() {
        assert!(contains_words("the statement said", "statement"));
        assert!(contains_words("statement", "statement"));
        assert!(!contains_words("the statements said", "statement"));
        assert!(contains_words("restatement, statement", "statement"));
    }
}
