//! Clauses: where a sentence breaks into clauses, and the relative,
//! subordinate and question phrases inside them.
//!
//! Takes a [`Sentence`] whose items know their quotation. Numbers the
//! clauses: a new one at each change of quotation, at `;` and dashes, at
//! contrast words ("while", "but") and after a speech verb ("X rejected A,
//! saying B"). Hands on [`Item::clause`](super::sentence::Item), the scope
//! that cues, negators and hedges stay within, and the queries that let
//! the holder search skip a relative clause (", who met Trump,") or a
//! closed adverbial clause ("because the US came empty-handed,").

use super::sentence::{is_gerund, ItemKind, Sentence};
use crate::lexicon::Kind;

impl<'a> Sentence<'a> {
    pub(super) fn is_clause_break(&self, k: usize) -> usize {
        if let Some(p) = self.punct_at(k) {
            return usize::from(matches!(p, ';' | '\u{2014}' | '\u{2013}'));
        }
        if self.word_at(k).is_some() {
            if self.not_but(k).is_some() {
                return 0;
            }
            return self.seq_at(k, &self.c.words.contrasts);
        }
        // A speech verb opens reported content: "X rejected A, saying B";
        // not when a cue governs it as its object ("has long proposed
        // declaring the war-end", "agreed to declare a moratorium").
        usize::from(matches!(self.kind_at(k), Some(Kind::Speech)) && !self.object_of_cue(k))
    }

    /// "wants not talks but the lifting of sanctions": a one-word contrast
    /// at `k` (a comma may precede it) right after a term, or a reverser
    /// ("not a freeze but …"), that a negator up to five items before it
    /// negates, with no punctuation, cue or speech verb between, and before
    /// a term. The contrast then joins the two terms like a coordinator,
    /// and the negator reaches only the first; after "not only" (grammar
    /// list `additives`) neither. Returns the negator (or the additive
    /// word).
    pub(super) fn not_but(&self, k: usize) -> Option<usize> {
        if k < 2 || self.seq_at(k, &self.c.words.contrasts) != 1 {
            return None;
        }
        // (", but also …": a comma may stand before the contrast)
        let k = if self.punct_at(k - 1) == Some(',') {
            k - 1
        } else {
            k
        };
        if k < 2
            || !matches!(
                self.kind_at(k - 1),
                Some(Kind::Issue { .. } | Kind::Position { .. } | Kind::Reverser)
            )
        {
            return None;
        }
        // A term follows, past determiners and up to two words ("but
        // complete denuclearization"), not a clause ("but he agreed").
        let w = &self.c.words;
        let next_term = (k + 1..(k + 5).min(self.items.len()))
            .take_while(|&j| {
                !matches!(self.kind_at(j), Some(Kind::Party { .. } | Kind::Cue { .. }))
                    && self.seq_at(j, &w.pronouns) == 0
                    && self.punct_at(j).is_none()
            })
            .any(|j| {
                matches!(
                    self.kind_at(j),
                    Some(Kind::Issue { .. } | Kind::Position { .. })
                )
            });
        if !next_term {
            return None;
        }
        // The negator stands on the term's phrase ("not a freeze of
        // Yongbyon"), not on a verb before it ("did not come up in
        // discussions"): a preposition between comes after a term or
        // reverser.
        let n = (k.saturating_sub(7)..k - 1)
            .rev()
            .take_while(|&j| {
                self.punct_at(j).is_none()
                    && !matches!(self.kind_at(j), Some(Kind::Cue { .. } | Kind::Speech))
            })
            .find(|&j| {
                matches!(self.kind_at(j), Some(Kind::Negator)) || self.word_in(j, &w.additives)
            })?;
        let nominal = |p: usize| {
            (n + 1..p).any(|j| {
                matches!(
                    self.kind_at(j),
                    Some(Kind::Issue { .. } | Kind::Position { .. } | Kind::Reverser)
                )
            })
        };
        (n + 1..k - 1)
            .all(|p| !self.word_in(p, &w.prepositions) || nominal(p))
            .then_some(n)
    }

    /// Is the speech verb at `k` a gerund that the cue right before it
    /// governs, with a term as its own object ("proposed declaring the
    /// war-end")? "declined to say talks would resume" stays reported
    /// speech.
    fn object_of_cue(&self, k: usize) -> bool {
        // Only a gerund ("proposed declaring the war-end"): after "declined
        // to say", a term opens a clause of its own ("… say talks would
        // resume").
        let it = &self.items[k];
        if !self.text[it.start..it.end].ends_with("ing") {
            return false;
        }
        let is_cue = |j: usize| matches!(self.kind_at(j), Some(Kind::Cue { .. }));
        let mut next = k + 1;
        while self.word_in(next, &self.c.words.determiners) {
            next += 1;
        }
        if !matches!(self.kind_at(next), Some(Kind::Issue { .. })) {
            return false;
        }
        match k.checked_sub(1) {
            Some(j) if is_cue(j) => true,
            Some(j) if self.item_is_word(j, "to") => j.checked_sub(1).is_some_and(is_cue),
            _ => false,
        }
    }

    /// A speech tag set off by commas inside a clause, from the comma at
    /// `k` to the closing comma it returns: ", Moon said,", ", the agency
    /// said on Monday,", ", according to Seoul officials,". Up to seven
    /// items, one speech verb, no term, cue, negator, coordinator or
    /// quotation mark, and the clause goes on after it ("The North,
    /// according to Seoul, has demanded …"). A list ("The US, Japan and
    /// Seoul said, …") has a coordinator and is no aside.
    fn aside_at(&self, k: usize) -> Option<usize> {
        if self.punct_at(k) != Some(',') || k == 0 {
            return None;
        }
        let quote = self.items[k].quote;
        let w = &self.c.words;
        let mut speech = 0;
        let mut j = k + 1;
        while j < self.items.len() && j <= k + 8 {
            let it = &self.items[j];
            if it.quote != quote || self.is_quote_mark(j) {
                return None;
            }
            if self.punct_at(j) == Some(',') {
                break;
            }
            match &it.kind {
                ItemKind::Punct(_) => return None,
                ItemKind::M(_, Kind::Speech) => speech += 1,
                ItemKind::M(_, Kind::Party { .. } | Kind::Speaker) => {}
                ItemKind::M(..) => return None,
                ItemKind::Word(_) => {
                    if self.seq_at(j, &w.coordinators) > 0
                        || self.seq_at(j, &w.contrasts) > 0
                        || self.word_in(j, &w.relatives)
                        || self.word_in(j, &w.subordinators)
                    {
                        return None;
                    }
                }
            }
            j += 1;
        }
        let closes = j < self.items.len() && j > k + 1 && self.punct_at(j) == Some(',');
        let goes_on = self
            .items
            .get(j + 1)
            .is_some_and(|it| it.quote == quote && !matches!(it.kind, ItemKind::Punct(_)));
        if !(closes && goes_on && speech == 1) {
            return None;
        }
        // (checked last: most commas open no speech tag)
        // "While talks went well, he said, sanctions stay": the comma closes
        // a fronted adverbial clause; what follows is the main clause.
        let fronted = (0..k)
            .rev()
            .take_while(|&x| self.punct_at(x) != Some(',') && self.items[x].quote == quote)
            .any(|x| {
                matches!(self.kind_at(x), Some(Kind::Conditional))
                    || matches!(self.items[x].kind, ItemKind::Word(_))
                        && (self.class_at(x) & w.subordinators.bit != 0
                            || self.seq_at(x, &w.contrasts) > 0)
            });
        // Only between a subject and its predicate ("The North, according
        // to Seoul, has demanded …"): after a verb the tag ends a clause
        // and what follows is a phrase of its own ("Talks should resume,
        // Moon said, adding that …").
        let verb_before = (0..k)
            .rev()
            .take_while(|&x| self.items[x].quote == quote && self.is_clause_break(x) == 0)
            .any(|x| {
                // A cue used as a noun is no verb ("The administration's
                // goal, she said, is …", "the demand").
                let noun = x >= 1
                    && (self.word_in(x - 1, &w.determiners)
                        || self.word_in(x - 1, &w.possessives)
                        || self.item_is_word(x - 1, "s")
                            && x >= 2
                            && matches!(self.punct_at(x - 2), Some('\'' | '\u{2019}')));
                self.word_in(x, &w.auxiliaries)
                    || matches!(self.kind_at(x), Some(Kind::Cue { .. })) && !noun
                    || matches!(
                        self.kind_at(x),
                        Some(
                            Kind::Reverser
                                | Kind::Speech
                                | Kind::Negator
                                | Kind::Threat
                                | Kind::Conditional
                        )
                    )
            });
        // "The North has agreed, according to Seoul, to dismantle …",
        // "North Korea will, Pompeo said, dismantle …": a cue or auxiliary right before
        // the tag leaves its predicate open, and the clause goes on after
        // it unless a phrase of its own follows (a gerund, a preposition, a
        // coordinator, a condition: ", adding that …", ", without …").
        let open_predicate = || {
            let before = k - 1;
            let pending = self.word_in(before, &w.auxiliaries)
                || matches!(self.kind_at(before), Some(Kind::Cue { .. }));
            let next = j + 1;
            let own_phrase = match &self.items[next].kind {
                // ("has agreed, according to Seoul, to dismantle …")
                ItemKind::Word(_) if self.item_is_word(next, "to") => false,
                ItemKind::Word(word) => {
                    is_gerund(word)
                        || self.class_at(next)
                            & (w.prepositions.bit
                                | w.coordinators.bit
                                | w.contrasts.bit
                                | w.subordinators.bit
                                | w.adjuncts.bit)
                            != 0
                }
                ItemKind::M(_, kind) => matches!(
                    kind,
                    Kind::Conditional | Kind::Speech | Kind::Negator | Kind::Hedge
                ),
                ItemKind::Punct(_) => true,
            };
            pending && !own_phrase
        };
        (!fronted && (!verb_before || open_predicate())).then_some(j)
    }

    pub(super) fn mark_clauses(&mut self) {
        // `clause` is the number of the clause being read, `last` the
        // highest number given so far: a new clause takes the next one.
        let (mut clause, mut last) = (0, 0);
        let mut prev_quote = None;
        let n = self.items.len();
        let mut k = 0;
        while k < n {
            if self.items[k].quote != prev_quote {
                last += 1;
                clause = last;
                prev_quote = self.items[k].quote;
            }
            // The aside gets a number of its own; the clause around it
            // goes on after it.
            if let Some(b) = self.aside_at(k) {
                last += 1;
                for it in &mut self.items[k..=b] {
                    it.clause = last;
                    it.aside = true;
                }
                k = b + 1;
                continue;
            }
            let len = self.is_clause_break(k);
            if len > 0 {
                last += 1;
                clause = last;
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

    /// Is item `j` inside a relative clause set off by commas (", who met
    /// Trump,") that closes before `anchor`?
    pub(super) fn in_relative_clause(&self, j: usize, anchor: usize) -> bool {
        let Some(open) = (0..j).rev().find(|&k| self.punct_at(k) == Some(',')) else {
            return false;
        };
        let relative = self.word_in(open + 1, &self.c.words.relatives);
        relative && (j + 1..anchor).any(|k| self.punct_at(k) == Some(','))
    }

    /// Is item `j` inside an adverbial clause ("because the US came
    /// empty-handed") that a comma closes before `anchor`? The clause opens
    /// at a subordinator with no comma between it and `j`.
    pub(super) fn in_closed_subordinate(&self, j: usize, anchor: usize) -> bool {
        let bit = self.c.words.subordinators.bit;
        let opened = (0..j)
            .rev()
            .take_while(|&x| self.punct_at(x) != Some(',') && self.same_scope(x, j))
            .any(|x| {
                matches!(self.items[x].kind, ItemKind::Word(_)) && self.class_at(x) & bit != 0
            });
        opened && (j + 1..anchor).any(|x| self.punct_at(x) == Some(','))
    }

    /// The question phrase ("asked whether") that item `t` follows in the
    /// same quotation and clause with no comma between.
    pub(super) fn question_before(&self, t: usize) -> Option<usize> {
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
}

#[cfg(test)]
mod tests {
    use super::super::testing::{trace, with_sentence};

    /// Are the two items (given by their text) in one clause?
    fn same_clause(text: &str, a: &str, b: &str) -> bool {
        with_sentence(text, |s| s.items[s.at(a)].clause == s.items[s.at(b)].clause)
    }

    #[test]
    fn a_speech_tag_set_off_by_commas_is_an_aside() {
        // (sentence, a word inside the aside or None, two items the clause
        // around it joins)
        let rows = [
            (
                "The North's demand, Moon said, is relief.",
                Some("Moon"),
                true,
            ),
            // After the predicate's verb the tag ends the clause.
            (
                "Pyongyang is willing, Moon said, to hold talks.",
                None,
                false,
            ),
            // A cue or auxiliary right before it leaves the predicate open.
            (
                "The North has agreed, according to Seoul, to talks.",
                Some("Seoul"),
                true,
            ),
            (
                "The North will, Moon said, reject talks.",
                Some("Moon"),
                true,
            ),
            (
                "The North rejected talks, Moon said, without elaborating.",
                None,
                false,
            ),
            (
                "Talks should resume, Moon said, adding that relief helps.",
                None,
                false,
            ),
            (
                "The talks are meaningless, Choe said, without elaborating.",
                None,
                false,
            ),
            (
                "The North, according to Seoul, wants relief.",
                Some("Seoul"),
                true,
            ),
            (
                "Washington, Pompeo told reporters, wants talks.",
                Some("reporters"),
                true,
            ),
            // At the end of the sentence: a speech tag, no aside.
            ("Pyongyang wants relief, Moon said.", None, false),
            // A list with a coordinator.
            (
                "The US, Seoul and Pyongyang said, in turn, that talks help.",
                None,
                false,
            ),
            // A fronted adverbial clause closes at the comma.
            (
                "If talks fail, Moon said, Pyongyang wants relief.",
                None,
                false,
            ),
            (
                "While talks went on, Moon said, Pyongyang wants relief.",
                None,
                false,
            ),
        ];
        for (text, inside, joined) in rows {
            with_sentence(text, |s| {
                let asides: Vec<&str> = (0..s.items.len())
                    .filter(|&k| s.items[k].aside)
                    .map(|k| &s.text[s.items[k].start..s.items[k].end])
                    .collect();
                match inside {
                    Some(w) => assert!(asides.contains(&w), "{text:?}: {asides:?}"),
                    None => assert!(asides.is_empty(), "{text:?}: {asides:?}"),
                }
                let last = s.items.len() - 2;
                assert_eq!(
                    s.items[0].clause == s.items[last].clause,
                    joined,
                    "{text:?}"
                );
            });
        }
    }

    #[test]
    fn where_clauses_break() {
        // (sentence, two items, whether they share a clause)
        let rows = [
            (
                "Pyongyang demanded relief and talks.",
                "demanded",
                "talks",
                true,
            ),
            // An aside's number is its own: a later clause does not share it.
            (
                "The North, Moon said, wants relief; Seoul agreed.",
                "Moon",
                "Seoul",
                false,
            ),
            // "not A but B" joins the two terms; "but" after a verb's
            // negator still opens a clause.
            (
                "Pyongyang demanded not talks but relief.",
                "demanded",
                "relief",
                true,
            ),
            (
                "Seoul did not come to the talks but relief was demanded.",
                "Seoul",
                "relief",
                false,
            ),
            // Contrast words, semicolons and dashes.
            (
                "North Korea demanded relief, while the US rejected talks.",
                "demanded",
                "rejected",
                false,
            ),
            (
                "North Korea demanded relief; the US rejected talks.",
                "demanded",
                "rejected",
                false,
            ),
            (
                "North Korea demanded relief \u{2014} the US rejected talks.",
                "demanded",
                "rejected",
                false,
            ),
            // A speech verb opens reported content.
            (
                "Washington rejected relief, saying it wanted talks.",
                "rejected",
                "wanted",
                false,
            ),
            // Not when a cue governs the speech verb with a term as its object.
            (
                "Pyongyang has long proposed declaring a moratorium.",
                "proposed",
                "declaring",
                true,
            ),
            (
                "Officials refused to say when talks would resume.",
                "refused to",
                "say",
                false,
            ),
            // A quotation is a context of its own.
            (
                "Choe said, “we demand relief,” and left.",
                "said",
                "demand",
                false,
            ),
            (
                "Choe said, “we demand relief,” and left.",
                "demand",
                "relief",
                true,
            ),
        ];
        for (text, a, b, want) in rows {
            assert_eq!(same_clause(text, a, b), want, "{a:?} and {b:?} in {text:?}");
        }
    }

    #[test]
    fn a_relative_clause_set_off_by_commas() {
        with_sentence("Moon, who met Pompeo, welcomed talks.", |s| {
            let cue = s.at("welcomed");
            assert!(s.in_relative_clause(s.at("Pompeo"), cue));
            assert!(!s.in_relative_clause(s.at("Moon"), cue));
        });
    }

    #[test]
    fn an_adverbial_clause_closed_by_a_comma() {
        with_sentence(
            "Because the US rejected talks, Pyongyang dismissed relief.",
            |s| {
                let cue = s.at("dismissed");
                assert!(s.in_closed_subordinate(s.at("US"), cue));
                assert!(!s.in_closed_subordinate(s.at("Pyongyang"), cue));
                // Not yet closed before the first cue.
                assert!(!s.in_closed_subordinate(s.at("US"), s.at("rejected")));
            },
        );
    }

    #[test]
    fn a_question_reaches_to_the_next_comma() {
        with_sentence(
            "Reporters asked whether the US would offer relief, and Seoul welcomed talks.",
            |s| {
                assert_eq!(
                    s.question_before(s.at("relief")),
                    Some(s.at("asked whether"))
                );
                assert_eq!(s.question_before(s.at("talks")), None);
            },
        );
        assert!(
            trace("Reporters asked whether the US would offer relief.").contains(
                &r#"  "relief" (relief): inside the question "asked whether": no stance"#
                    .to_string()
            )
        );
    }
}
