//! Conditions: the scope of "if", "unless", "before", "in exchange for".
//!
//! Takes a [`Sentence`] whose items know their quotation and clause. Marks
//! every item a conditional word governs ([`Item::cond`](super::sentence::Item)):
//! to the first comma when the condition opens its clause ("If A, B") or
//! is a parenthesis of a word or two after a comma ("…, if true, …"), else
//! to the end of the clause, over what a speech verb inside it reports ("if
//! Pyongyang confirmed that it …"), stopping before a speech tag or a gloss
//! (“…, a phrase that …”). Hands on that scope, which the reading of a
//! term inside a condition starts from (`reading.rs`), and the reading
//! steps of such a term: its own cue, reversers and negators, and whether a
//! threat, a refusal or a deferral in the main clause turns it around.

use super::reading::{Reading, Term};
use super::rule::Rule;
use super::sentence::{ItemKind, Sentence};
use crate::lexicon::Kind;

impl<'a> Sentence<'a> {
    pub(super) fn mark_conditions(&mut self) {
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
            // A speech verb inside the condition carries it over the clause
            // it opens ("if Kim confirmed he was ready to …").
            let mut clause = clause;
            let mut j = k + 1;
            while j < n && self.items[j].quote == quote {
                if self.items[j].clause != clause {
                    // (A fronted condition ends at its comma: "If North Korea
                    // says it will freeze tests, Washington will …".)
                    if at_start || !self.opens_complement(j) {
                        break;
                    }
                    clause = self.items[j].clause;
                }
                // "…, if true, could be seen as …": a condition of one or
                // two words set off by commas is a parenthesis.
                let parenthesis = j <= k + 3 && k > 0 && self.punct_at(k - 1) == Some(',');
                if self.punct_at(j) == Some(',')
                    && (at_start || parenthesis || self.tag_follows(j) || self.gloss_follows(j))
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

    /// Is the item at `j` a speech verb that opens its complement: "that",
    /// a party or a pronoun right after it ("confirmed that he was …",
    /// "says Pyongyang will …"; not the noun of "the Joint Statement”")?
    fn opens_complement(&self, j: usize) -> bool {
        matches!(self.kind_at(j), Some(Kind::Speech))
            && (self.item_is_word(j + 1, "that")
                || matches!(self.kind_at(j + 1), Some(Kind::Party { .. }))
                || self.seq_at(j + 1, &self.c.words.pronouns) > 0)
    }

    /// Does a phrase that comments on what came before follow the comma at
    /// `j` (“…, a phrase that covers …”, “…, a term which …”): a determiner,
    /// one or two plain words, then a relative? What it says is not part of
    /// a condition before it.
    pub(super) fn gloss_follows(&self, j: usize) -> bool {
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
    pub(super) fn tag_follows(&self, j: usize) -> bool {
        (j + 1..(j + 7).min(self.items.len()))
            .take_while(|&x| {
                self.items[x].quote == self.items[j].quote && self.punct_at(x).is_none()
            })
            .any(|x| matches!(self.kind_at(x), Some(Kind::Speech | Kind::Threat)))
    }

    pub(super) fn clause_has_condition(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        self.items
            .iter()
            .any(|it| it.quote == q && it.clause == c && it.cond.is_some())
    }

    /// Is the term at `t` in the main clause of a restrictive condition
    /// ("talks can resume only if …", "sanctions will be lifted only after
    /// …", "only when …")? The conditional item says "only", or follows it.
    pub(super) fn under_restrictive_condition(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        if self.items[t].cond.is_some() {
            return false;
        }
        self.items
            .iter()
            .filter(|it| it.quote == q && it.clause == c)
            .filter_map(|it| it.cond)
            .any(|k| {
                let it = &self.items[k];
                let text = &self.text[it.start..it.end];
                text.get(..5)
                    .is_some_and(|h| h.eq_ignore_ascii_case("only "))
                    || (k > 0 && self.item_is_word(k - 1, "only"))
            })
    }

    /// Is item `j` in the main clause of the statement that quotation
    /// context `quote` belongs to (not inside any condition)?
    pub(super) fn in_main(&self, j: usize, quote: Option<usize>) -> bool {
        self.same_statement(self.items[j].quote, quote) && self.items[j].cond.is_none()
    }

    /// What the condition at `k` says of the term inside it: its own cue,
    /// reversers and negators ("if Washington maintains sanctions", "unless
    /// sanctions are lifted", "if the US does not lift sanctions"), and a
    /// reverser on its cue ("… only if the US withdrew its demand for
    /// complete denuclearization": the condition drops the demand).
    pub(super) fn condition_sign(&self, term: &Term, k: usize, r: &mut Reading) {
        let t = term.t;
        r.rules.push(Rule::Condition);
        r.involved.push(k);
        if let Some(g) = self.governing_cue(t) {
            if let Some(Kind::Cue { polarity, .. }) = self.kind_at(g) {
                r.sign *= polarity.sign();
            }
            if g < t {
                if let Some(cr) = self.cue_reverser(g) {
                    r.sign = -r.sign;
                    r.involved.push(cr);
                    r.rules.push(Rule::ReversedCue);
                }
            }
        }
        let revs = if term.act {
            Vec::new()
        } else {
            self.reverser(t, Some(k))
        };
        for &rv in &revs {
            r.sign = -r.sign;
            r.involved.push(rv);
            r.rules.push(Rule::Reverser);
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
            r.rules.push(Rule::Negated);
        }
    }

    /// What the main clause makes of the condition at `k`. A threat
    /// ("warned that …", "threatened to … if"): the holder wants the
    /// condition not to happen. Else a refusal in the condition's clause
    /// ("there will be no talks if the drills go ahead", "will not lift
    /// sanctions as long as …") turns it into a threat; an exception ("no
    /// talks unless …") already says what the holder wants. Returns false
    /// when the term is put off rather than asked for: after a deferral
    /// ("insisted on A before B": B comes later; "no B before A" asks for
    /// A) in a clause that refuses nothing.
    pub(super) fn main_clause_turn(&self, term: &Term, k: usize, r: &mut Reading) -> bool {
        let quote = self.items[term.t].quote;
        let words = &self.c.words;
        let exception = self.class_at(k) & words.exceptions.bit != 0;
        if let Some(th) = (0..self.items.len())
            .find(|&j| self.in_main(j, quote) && matches!(self.kind_at(j), Some(Kind::Threat)))
        {
            // "… walk away if Washington keeps sanctions": the holder wants
            // the condition not to happen; "… unless the drills are halted"
            // already names what the holder wants.
            if !exception {
                r.sign = -r.sign;
            }
            r.involved.push(th);
            r.rules.push(Rule::Threat);
            return true;
        }
        let deferral = self.class_at(k) & words.deferrals.bit != 0;
        let clause = self.items[k].clause;
        let carried = self.clause_before_tag(k);
        if let Some(rf) = (0..self.items.len()).find(|&j| {
            self.in_main(j, quote)
                && (self.items[j].clause == clause || Some(self.items[j].clause) == carried)
                && self.refuses_at(j)
        }) {
            if !exception {
                r.sign = -r.sign;
                r.involved.push(rf);
                r.rules.push(Rule::Refusal);
            }
            return true;
        }
        !deferral
    }

    /// Does the main clause around the condition that item `t` is in state
    /// a stance at all (a cue, negator, reverser, position, speech verb or
    /// threat)? Without one, a condition asks for nothing.
    pub(super) fn main_states_stance(&self, t: usize) -> bool {
        let quote = self.items[t].quote;
        (0..self.items.len()).any(|j| {
            self.in_main(j, quote)
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
                // "Washington would open talks if …": a stated intention
                // on a term of the main clause.
                || (self.in_main(j, quote)
                    && matches!(self.kind_at(j), Some(Kind::Issue { .. }))
                    && (self.intention_before(j).is_some() || self.obligation_before(j).is_some()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check_table, evidence, trace, with_sentence};

    /// The conditional word whose scope covers the item `item`, if any.
    fn condition_of(text: &str, item: &str) -> Option<String> {
        with_sentence(text, |s| {
            s.items[s.at(item)].cond.map(|k| {
                let it = &s.items[k];
                s.text[it.start..it.end].to_string()
            })
        })
    }

    #[test]
    fn the_scope_of_a_condition() {
        // (sentence, item, the condition it is in)
        let rows = [
            // In mid-sentence, to the end of the clause.
            ("Pyongyang will return to talks if Washington lifts sanctions.", "sanctions", Some("if")),
            ("Pyongyang will return to talks if Washington lifts sanctions.", "talks", None),
            // Opening the sentence, to the first comma.
            ("If Washington lifts sanctions, Pyongyang will accept talks.", "sanctions", Some("If")),
            ("If Washington lifts sanctions, Pyongyang will accept talks.", "talks", None),
            // Not over a speech tag after a comma ...
            ("There will be no relief unless North Korea disarms, Biegun said.", "North Korea", Some("unless")),
            ("There will be no relief unless North Korea disarms, Biegun said.", "Biegun", None),
            // ... nor over a phrase that comments on what came before.
            (
                "Seoul welcomed talks unless Pyongyang abandons its “big deal,” a phrase that covers relief.",
                "relief",
                None,
            ),
            // Over what a speech verb inside it reports ...
            ("Seoul will accept talks if Pyongyang says that it will lift sanctions.", "sanctions", Some("if")),
            ("Seoul will accept talks if Pyongyang says it will lift sanctions.", "sanctions", Some("if")),
            // ... but not in a fronted condition, which holds only its own
            // clause.
            ("If Pyongyang says it will lift sanctions, Seoul will accept talks.", "Pyongyang", Some("If")),
            ("If Pyongyang says it will lift sanctions, Seoul will accept talks.", "sanctions", None),
            // A comma inside a condition does not end it ...
            ("Seoul will accept talks if Washington, as expected, lifts sanctions.", "sanctions", Some("if")),
            // ... but a condition of a word or two set off by commas is a parenthesis.
            ("Pyongyang's offer, if genuine, opens talks.", "talks", None),
            ("Pyongyang's offer, if genuine, opens talks.", "genuine", Some("if")),
        ];
        for (text, item, want) in rows {
            assert_eq!(
                condition_of(text, item).as_deref(),
                want,
                "{item:?} in {text:?}"
            );
        }
    }

    #[test]
    fn what_a_condition_asks_for() {
        check_table(
            &[
                // Asked for: support.
                (
                    "Pyongyang offered talks in exchange for sanctions relief.",
                    vec![
                        "DPRK talks support, conditional [subject, cue]",
                        "DPRK relief support [subject, condition]",
                    ],
                ),
                // The condition's own reverser ("unless sanctions are lifted")
                // and cue reverser ("withdrew its demand for").
                (
                    "Pyongyang will reject talks unless Washington lifts sanctions.",
                    vec![
                        "DPRK talks oppose, conditional [subject, cue]",
                        "DPRK relief support [subject, condition, reverser]",
                    ],
                ),
                (
                    "Pyongyang said talks would go ahead only if the US withdrew its demand for complete denuclearization.",
                    vec!["DPRK denuclearization oppose [earlier-subject, condition, reversed-cue]"],
                ),
                // A threat in the main clause: the condition is not wanted.
                (
                    "Pyongyang warned that it would reject talks if the joint drills go ahead.",
                    vec![
                        "DPRK talks oppose, conditional [pronoun, cue]",
                        "DPRK drills support [pronoun, condition, threat]",
                    ],
                ),
                // A refusal in the condition's clause: not wanted either ...
                (
                    "There will be no talks if the joint drills go ahead, Pyongyang said.",
                    vec![
                        "DPRK talks oppose, conditional [speech-tag, negated-term]",
                        "DPRK drills support [speech-tag, condition, refusal]",
                    ],
                ),
                // ... but after an exception ("unless") the refusal stands as it is.
                (
                    "There will be no talks unless Washington offers relief, Pyongyang said.",
                    vec![
                        "DPRK talks oppose, conditional [speech-tag, negated-term]",
                        "DPRK relief support [speech-tag, condition]",
                    ],
                ),
                // A negator inside the condition.
                (
                    "Pyongyang will reject talks unless Washington does not lift sanctions.",
                    vec![
                        "DPRK talks oppose, conditional [subject, cue]",
                        "DPRK relief oppose [subject, condition, reverser, negated]",
                    ],
                ),
                // A fronted condition takes the subject after it.
                (
                    "If Washington offers relief, Pyongyang agreed to talks.",
                    vec![
                        "DPRK relief support [later-subject, condition]",
                        "DPRK talks support, conditional [subject, cue]",
                    ],
                ),
                // After a deferral in a clause that refuses nothing: put off.
                (
                    "Washington insisted on complete denuclearization before any sanctions relief.",
                    vec!["US denuclearization support, conditional [subject, cue]"],
                ),
                // A main clause with a stated intention asks for its
                // condition.
                (
                    "Pyongyang will return to talks if Washington lifts sanctions.",
                    vec![
                        "DPRK talks support, conditional [subject, intention]",
                        "DPRK relief support [subject, condition, reverser]",
                    ],
                ),
            ],
            evidence,
        );
    }

    #[test]
    fn a_put_off_or_idle_condition_says_why() {
        let t =
            trace("Washington insisted on complete denuclearization before any sanctions relief.");
        assert!(t.contains(&r#"  "sanctions relief" (relief): in a condition that comes after the main clause, which refuses nothing: put off, no stance"#.to_string()), "{t:#?}");
        let t = trace("The delegates in Hanoi are Pyongyang's if Washington lifts sanctions.");
        assert!(t.contains(&r#"  "sanctions" (relief): in a condition, but the sentence states no stance: skipped"#.to_string()), "{t:#?}");
    }

    #[test]
    fn the_main_clause_around_a_condition() {
        with_sentence(
            "Pyongyang will return to talks if Washington lifts sanctions.",
            |s| {
                let (k, t) = (s.at("if"), s.at("sanctions"));
                assert!(s.in_main(s.at("talks"), None));
                assert!(!s.in_main(t, None));
                // A stated intention on a term of the main clause.
                assert!(s.main_states_stance(t));
                assert!(s.clause_has_condition(s.at("talks")));
                assert!(s.items[k].cond.is_none());
            },
        );
        with_sentence(
            "Pyongyang rejected talks if Washington lifts sanctions.",
            |s| {
                assert!(s.main_states_stance(s.at("sanctions")));
            },
        );
    }
}
