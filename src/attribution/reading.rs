//! Readings: what one issue term or position phrase says, as an ordered
//! list of steps.
//!
//! Takes a [`Sentence`] (items, quotations, clauses, conditions) and the
//! index of one term in it, with the [`Carry`]. Asks the stage files in
//! turn which question, condition, cue, reverser, negator and holder apply,
//! multiplies the signs and records each [`Rule`] used. Hands emit
//! (`emit.rs`) the term's [`Reading`]s: usually one; a chain of cues with an
//! owner ("rejected the US demand for …") or a later answer ("…, but Pompeo
//! refused") adds one.

use super::holder::Holder;
use super::rule::Rule;
use super::sentence::{ItemKind, Sentence};
use super::{Carry, Trace};
use crate::lexicon::Kind;

/// One way the engine reads a term: holder, polarity and the rules used.
#[derive(Debug, Clone, Default)]
pub(super) struct Reading {
    pub(super) issue: u16,
    pub(super) sign: i8,
    pub(super) hedged: bool,
    pub(super) conditional: bool,
    pub(super) holder: Option<(Holder, Rule)>,
    pub(super) rules: Vec<Rule>,
    pub(super) involved: Vec<usize>,
}

impl<'a> Sentence<'a> {
    /// The stances that the term at item `t` shows: who holds it, and how.
    /// Usually one; a chain of cues with an owner ("rejected the US demand
    /// for a big deal") adds one for the owner of the inner cue.
    pub(super) fn readings(&self, t: usize, carry: &Carry, log: &mut Trace) -> Vec<Reading> {
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
            r.rules.push(Rule::Condition);
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
                        r.rules.push(Rule::ReversedCue);
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
                r.rules.push(Rule::Threat);
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
                        r.rules.push(Rule::Refusal);
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
                    .filter(|&(_, rule)| rule == Rule::SpeechTag)
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
                    r.holder = Some((d, Rule::DemandBySpeaker));
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
            r.rules.push(Rule::Obligation);
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
            r.rules.push(Rule::Intention);
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
                o.holder = Some((Holder::Parties(vec![owner]), Rule::CueOwner));
                o.rules = vec![Rule::Cue];
                owner_reading = Some(o);
            }
        }
        // Under a passive cue, the subject of the cue before the term holds
        // that cue's stance ("Pyongyang's demand for relief was dismissed").
        if let (Some(_), None) = (passive, &owner_reading) {
            if let Some((h, _)) = self.subject_before(g[1], carry) {
                let mut o = r.clone();
                o.sign = term_sign * g[1..].iter().map(|&x| cue_sign(x)).product::<i8>();
                o.holder = Some((h, Rule::CueOwner));
                o.rules = vec![Rule::Cue];
                owner_reading = Some(o);
            }
        }
        match (g.len(), inner) {
            (0, _) => {}
            (1, Some(i)) if i > t => r.rules.push(Rule::CueAfter),
            (1, _) => r.rules.push(Rule::Cue),
            _ => r.rules.push(Rule::CueChain),
        }
        // A reverser on the cue itself: "dropped its demand for", "ended its
        // support for".
        if let Some(o) = outer.filter(|&o| o < t) {
            if let Some(cr) = self.cue_reverser(o) {
                r.sign = -r.sign;
                r.involved.push(cr);
                r.rules.push(Rule::ReversedCue);
            }
        }
        for &rv in &rev {
            for x in std::iter::once(&mut r).chain(owner_reading.as_mut()) {
                x.sign = -x.sign;
                x.involved.push(rv);
                x.rules.push(Rule::Reverser);
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
            r.rules.push(Rule::Prerequisite);
            prerequisite = true;
        }
        for &ng in &negs {
            r.sign = -r.sign;
            r.involved.push(ng);
        }
        if !negs.is_empty() {
            r.rules
                .push(if inner.is_some_and(|i| negs.iter().any(|&x| x < i)) {
                    Rule::NegatedCue
                } else {
                    Rule::NegatedTerm
                });
        }
        if position {
            r.rules.push(Rule::Position);
        } else if term_sign < 0 {
            r.rules.push(Rule::InverseTerm);
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
                            r.holder = Some((h2, Rule::SubjectPastObject));
                        }
                    }
                }
            }
        }
        // "Neither Washington nor Pyongyang has shown any interest in
        // talks": a negator before the subject negates what it says.
        if matches!(
            r.holder,
            Some((_, Rule::Subject | Rule::CoordinatedSubject))
        ) {
            if let Some(ng) = self.subject_negator(anchor) {
                r.sign = -r.sign;
                r.involved.push(ng);
                r.rules.push(Rule::NegatedSubject);
            }
        }
        // "Washington must lift the sanctions," Choe said: an obligation
        // laid on the subject is the speaker's demand.
        if self.obliged(anchor) {
            if let Some(d) = self.demander(t) {
                if r.holder.as_ref().map(|h| &h.0) != Some(&d) {
                    r.holder = Some((d, Rule::DemandBySpeaker));
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
            o.holder = Some((h, Rule::Response));
            o.rules = vec![Rule::Cue];
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

    /// An earlier term of the same issue that the term at `t` completes:
    /// "moratorium on nuclear tests", "halt to nuclear tests and ICBM
    /// launches", "moratorium on nuclear and intercontinental missile
    /// tests"). Only words (no punctuation, cue, party or negator) may stand
    /// between, at most 5 of them (a hyphenated word is one).
    pub(super) fn phrase_head(&self, t: usize, issue: u16) -> Option<usize> {
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
}
