//! Readings: what one issue term or position phrase says, as an ordered
//! list of steps.
//!
//! Takes a [`Sentence`] (items, quotations, clauses, conditions) and the
//! index of one term in it, with the [`Carry`]. Runs the steps listed in
//! [`Sentence::readings`], in that order: each asks a stage file a
//! question (which cue governs the term, which reversers and negators are
//! in scope: `polarity.rs`; who holds it: `holder.rs`; what a condition
//! does: `condition.rs`), multiplies the sign and records the [`Rule`] it
//! used. Hands emit (`emit.rs`) the term's [`Reading`]s: usually one; a chain
//! of cues with an owner ("rejected the US demand for …"), a later answer
//! ("…, but Pompeo refused") or a speaker's complaint ("… staged aggressive
//! drills targeting us") adds one.

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
    /// Items that support the reading (their matches become evidence).
    pub(super) involved: Vec<usize>,
}

/// The term being read, as the lexicon gives it.
pub(super) struct Term<'s> {
    /// Its item.
    pub(super) t: usize,
    pub(super) issue: u16,
    /// The term's own direction: −1 for an `inverse` term, a position
    /// phrase's sign, else +1.
    pub(super) sign: i8,
    pub(super) position: bool,
    /// An act term ("dismantle Yongbyon"): its verb states it, not reverses it.
    pub(super) act: bool,
    /// For the trace: the term as written, and its issue's id.
    pub(super) text: &'s str,
    pub(super) issue_id: &'s str,
}

/// A reading of a term outside a condition, while its steps run.
#[derive(Default)]
struct Draft {
    r: Reading,
    /// The governing cues, outermost first (a passive cue after the term
    /// first of all).
    chain: Vec<usize>,
    /// A passive cue after the term ("… was dismissed"), if it heads the chain.
    passive: Option<usize>,
    /// Reversers on the term (none for an act term).
    rev: Vec<usize>,
    /// For an act term, the verbs that state it.
    act_verbs: Vec<usize>,
    negs: Vec<usize>,
    obligation: Option<usize>,
    intention: Option<usize>,
    /// The stance of the owner of an inner cue ("the US demand").
    owner: Option<Reading>,
    prerequisite: bool,
    /// The item whose subject holds the stance: the outer cue before the
    /// term, else the term.
    anchor: usize,
}

impl Draft {
    fn outer(&self) -> Option<usize> {
        self.chain.first().copied()
    }

    fn inner(&self) -> Option<usize> {
        self.chain.last().copied()
    }
}

impl<'a> Sentence<'a> {
    /// The stances that the term at item `t` shows: who holds it, and how.
    /// Usually one; a chain of cues with an owner ("rejected the US demand
    /// for a big deal") adds one for the owner of the inner cue, a later
    /// answer ("…, but Pompeo refused") one for the answering party.
    ///
    /// The steps, in order:
    /// 1. the term itself ([`Self::term_at`]); a term inside a question, or
    ///    one that completes an earlier term, says nothing of its own;
    /// 2. a term inside a condition is read by the condition's steps
    ///    ([`Self::read_in_condition`], `condition.rs`);
    /// 3. any other term by the words that govern it
    ///    ([`Self::read_governed`]);
    /// 4. a word of condemnation next to the term, in the voice of a party
    ///    other than the holder, adds that party's opposite stance
    ///    ([`Self::complaint`]).
    pub(super) fn readings(&self, t: usize, carry: &Carry, log: &mut Trace) -> Vec<Reading> {
        let Some(term) = self.term_at(t) else {
            return Vec::new();
        };
        if self.in_question(&term, log) || self.completes_phrase(&term, log) {
            return Vec::new();
        }
        let r = Reading {
            issue: term.issue,
            sign: term.sign,
            hedged: self.hedged(t),
            involved: vec![t],
            ..Reading::default()
        };
        let mut out: Vec<Reading> = match self.items[t].cond {
            Some(k) => self
                .read_in_condition(&term, k, r, carry, log)
                .into_iter()
                .collect(),
            None => self.read_governed(&term, r, carry, log),
        };
        if let Some(c) = out
            .first()
            .and_then(|r| self.complaint(&term, r, carry, log))
        {
            out.push(c);
        }
        out
    }

    /// Step 4: "the US and south Korean authorities staged aggressive war
    /// drills targeting us" (KCNA): a word of condemnation next to the term
    /// (grammar list `pejoratives`) that the voice of the sentence (the
    /// speaker of its quotation or report, else a statement's voice) says
    /// another party holds: the speaker opposes the thing condemned, as the
    /// term names it. Only the term's first reading is looked at.
    fn complaint(
        &self,
        term: &Term,
        r: &Reading,
        carry: &Carry,
        log: &mut Trace,
    ) -> Option<Reading> {
        let Some((Holder::Parties(holders), _)) = &r.holder else {
            return None;
        };
        let word = self.pejorative_near(term.t)?;
        let voice = self
            .demander(term.t)
            .or_else(|| self.voice_of(term.t, carry).map(|(h, _)| h));
        let speaker = match voice? {
            Holder::Parties(p) if p.len() == 1 && !holders.contains(&p[0]) => p[0],
            _ => return None,
        };
        log.note(|| {
            let w = &self.items[word];
            let pej = &self.text[w.start..w.end];
            let (term_text, issue_id) = (term.text, term.issue_id);
            format!("\"{term_text}\" ({issue_id}): \"{pej}\" condemns what another party holds: the speaker holds the opposite")
        });
        // The speaker opposes the thing condemned, as the term names it
        // ("aggressive war drills": halting them is wanted), whatever the
        // other party does with it ("agreed to stop its provocative tests").
        let mut o = r.clone();
        o.sign = -term.sign;
        o.holder = Some((Holder::Parties(vec![speaker]), Rule::Complaint));
        o.rules = if term.sign < 0 {
            vec![Rule::InverseTerm]
        } else {
            Vec::new()
        };
        o.involved = vec![term.t, word];
        Some(o)
    }

    /// The term at item `t`, if it is an issue term or a position phrase.
    fn term_at(&self, t: usize) -> Option<Term<'a>> {
        let (issue, sign, position, act) = match self.kind_at(t)? {
            Kind::Issue {
                issue,
                inverse,
                act,
            } => (issue, if inverse { -1i8 } else { 1 }, false, act),
            Kind::Position { issue, polarity } => (issue, polarity.sign(), true, false),
            _ => return None,
        };
        let it = &self.items[t];
        Some(Term {
            t,
            issue,
            sign,
            position,
            act,
            text: &self.text[it.start..it.end],
            issue_id: self.c.issue_id(issue as usize),
        })
    }

    /// Step 1: is the term inside a question ("asked whether")? Then it
    /// holds no stance.
    fn in_question(&self, term: &Term, log: &mut Trace) -> bool {
        let Some(q) = self.question_before(term.t) else {
            return false;
        };
        let qt = &self.text[self.items[q].start..self.items[q].end];
        let (term_text, issue_id) = (term.text, term.issue_id);
        log.note(|| {
            format!("\"{term_text}\" ({issue_id}): inside the question \"{qt}\": no stance")
        });
        true
    }

    /// Step 1: does the term complete an earlier term of its issue
    /// ("moratorium on nuclear tests")? Then it is read with that one.
    fn completes_phrase(&self, term: &Term, log: &mut Trace) -> bool {
        let Some(head) = self.phrase_head(term.t, term.issue) else {
            return false;
        };
        let h = &self.items[head];
        let (term_text, issue_id) = (term.text, term.issue_id);
        log.note(|| {
            format!(
                "\"{term_text}\" ({issue_id}): part of the phrase \"{}\": read with it",
                &self.text[h.start..h.end]
            )
        });
        true
    }

    /// Step 3: the reading of a term outside a condition, from the words
    /// that govern it. Each line is one step; a later step sees what the
    /// earlier ones found.
    fn read_governed(
        &self,
        term: &Term,
        r: Reading,
        carry: &Carry,
        log: &mut Trace,
    ) -> Vec<Reading> {
        let mut d = Draft {
            r,
            ..Draft::default()
        };
        // What governs the term: cues, reversers, negators; else an
        // obligation or a stated intention. With none of them, no stance.
        self.find_governors(term, &mut d);
        self.find_modal(term, &mut d);
        if self.ungoverned(term, &d) {
            if let Some(r) = self.read_participants(term, &d.r, carry, log) {
                return vec![r];
            }
            // "… no mention of a peace treaty, which Pyongyang has long
            // sought": a relative clause on the term says who holds it.
            // (not an inverse term: ", which Pyongyang had long sought"
            // after "toned down the joint drills" is about the toning down)
            if let Some((c, h)) = self.relative_answer(term.t, term.sign > 0) {
                return vec![self.answer(term, &d.r, c, h, term.sign)];
            }
            let (term_text, issue_id) = (term.text, term.issue_id);
            log.note(|| format!("\"{term_text}\" ({issue_id}): no cue, reverser or negator in its clause: no stance"));
            return Vec::new();
        }
        // The sign, factor by factor.
        self.apply_cues(term, &mut d, carry);
        self.passive_owner(term, &mut d, carry);
        self.name_cues(term, &mut d);
        self.apply_cue_reverser(term, &mut d);
        self.apply_reversers(&mut d);
        self.find_prerequisite(&mut d);
        self.apply_negators(&mut d);
        self.name_direction(term, &mut d);
        d.r.conditional = d.prerequisite || self.clause_has_condition(term.t);
        // "Talks can resume only if …", "sanctions will be lifted only
        // after …": with the term as the subject of a modal verb after it,
        // not before the condition is met, so it is refused for now. A
        // holder's own offer stays an offer ("willing to hold a summit only
        // if …"), a past fact a fact ("talks resumed only after …").
        let t = term.t;
        let after = match d.chain.first() {
            Some(&c) => Some(c).filter(|&c| c > t),
            None => d.rev.iter().copied().find(|&r| r > t),
        };
        let modal =
            after.is_some_and(|a| (t + 1..a).any(|j| self.word_in(j, &self.c.words.modals)));
        if modal && self.under_restrictive_condition(t) {
            d.r.sign = -d.r.sign;
            d.r.rules.push(Rule::OnlyIf);
        }
        // Who holds it.
        self.find_holder(term, &mut d, carry);
        self.subject_past_object(term, &mut d, carry);
        self.apply_subject_negator(&mut d);
        self.demand_by_speaker(term, &mut d);
        // The readings: this one, the inner cue's owner's, an answer's.
        let response = self.response_reading(term, &d, carry);
        finish(d, response)
    }

    /// Governing cues (none for an act: "suspended the drills", an adjacent
    /// negator: "no sanctions relief", or a position phrase), a passive cue
    /// after the term ("The proposal for a phased deal was rejected by
    /// Washington": it governs the cue before it), reversers and negators.
    fn find_governors(&self, term: &Term, d: &mut Draft) {
        let t = term.t;
        let mut g = self
            .governing_cue(t)
            .map(|g| self.cue_chain(g))
            .unwrap_or_default();
        let passive = g
            .first()
            .is_some_and(|&o| o < t)
            .then(|| self.passive_cue_after(t))
            .flatten();
        if let Some(p) = passive {
            g.insert(0, p);
        }
        d.chain = g;
        d.passive = passive;
        let (outer, inner) = (d.outer(), d.inner());
        if !term.act {
            d.rev = self.reverser(t, inner);
        } else {
            // For an act term the verb ("dismantle Yongbyon") states the
            // act without reversing it; a negator before the verb still
            // negates ("no dismantlement of the Yongbyon complex").
            d.act_verbs = self.reverser(t, inner);
        }
        d.negs = self.negators(t, outer, if term.act { &d.act_verbs } else { &d.rev });
        d.r.involved.extend(&d.act_verbs);
    }

    /// With no cue, reverser or negator: an obligation ("The two Koreas
    /// should sign a peace declaration") or, failing that, a party's
    /// stated intention ("Kim said he would meet Trump") right before the
    /// term asks for it. (An outsider's prediction is dropped later, as for
    /// any reading.)
    fn find_modal(&self, term: &Term, d: &mut Draft) {
        if !(d.chain.is_empty() && d.rev.is_empty() && d.negs.is_empty()) {
            return;
        }
        d.obligation = self.obligation_before(term.t);
        if let Some(o) = d.obligation {
            d.r.involved.push(o);
            d.r.rules.push(Rule::Obligation);
            return;
        }
        d.intention = self.intention_before(term.t);
        if let Some(o) = d.intention {
            d.r.involved.push(o);
            d.r.rules.push(Rule::Intention);
        }
    }

    /// With nothing on it, an `event` term is held by its participants
    /// ("their summit", "the summit between Kim and Moon"): taking part
    /// supports it (an inverse event, "the allies' joint drills", opposes
    /// the proposition).
    fn read_participants(
        &self,
        term: &Term,
        r: &Reading,
        carry: &Carry,
        log: &mut Trace,
    ) -> Option<Reading> {
        if !self.is_event(term.t) {
            return None;
        }
        if let Some(f) = self.failure_near(term.t) {
            log.note(|| {
                let len = self.seq_at(f, &self.c.words.failures).max(1);
                let fw = &self.text[self.items[f].start..self.items[f + len - 1].end];
                let (term_text, issue_id) = (term.text, term.issue_id);
                format!("\"{term_text}\" ({issue_id}): an event that \"{fw}\": its failure is nobody's position")
            });
            return None;
        }
        if let Some(y) = self.earlier_year(carry) {
            let term_text = term.text;
            log.note(|| {
                format!("\"{term_text}\": an event of {y}, before the article: history, no stance")
            });
            return None;
        }
        let parties = self.participants(term.t, carry);
        if parties.is_empty() {
            return None;
        }
        let (term_text, issue_id) = (term.text, term.issue_id);
        log.note(|| format!("\"{term_text}\" ({issue_id}): an event with nothing on it: its participants take part"));
        let mut r = r.clone();
        let rule = if self.in_setting_phrase(term.t) {
            Rule::Setting
        } else {
            Rule::Participants
        };
        r.holder = Some((Holder::Parties(parties), rule));
        if term.sign < 0 {
            r.rules.push(Rule::InverseTerm);
        }
        Some(r)
    }

    /// Is the term at `t` an `event` term (a summit, talks, drills)?
    fn is_event(&self, t: usize) -> bool {
        match self.items[t].kind {
            ItemKind::M(mi, _) => self.c.entries[self.matches[mi].entry as usize].event,
            _ => false,
        }
    }

    /// Nothing governs the term, and it is no position phrase: no stance.
    fn ungoverned(&self, term: &Term, d: &Draft) -> bool {
        d.chain.is_empty()
            && d.rev.is_empty()
            && d.negs.is_empty()
            && d.act_verbs.is_empty()
            && !term.position
            && d.obligation.is_none()
            && d.intention.is_none()
    }

    /// The sign of a cue (+1 for an item that is none).
    pub(super) fn cue_sign(&self, x: usize) -> i8 {
        match self.kind_at(x) {
            Some(Kind::Cue { polarity, .. }) => polarity.sign(),
            _ => 1,
        }
    }

    /// The reading of `party`, who owns the cue at `d.chain[from]`: the
    /// stance of that cue and those after it on the term ("rejected the US
    /// demand for …": the US holds the demand).
    fn owner_reading(&self, term: &Term, d: &Draft, from: usize, party: u16) -> Reading {
        let mut o = d.r.clone();
        o.sign = term.sign
            * d.chain[from..]
                .iter()
                .map(|&x| self.cue_sign(x))
                .product::<i8>();
        o.holder = Some((Holder::Parties(vec![party]), Rule::CueOwner));
        o.rules = vec![Rule::Cue];
        o
    }

    /// Each cue of the chain multiplies the sign (and a hedged cue hedges).
    /// The owner of an inner cue ("rejected the US demand for …") holds the
    /// inner stance: a reading of its own.
    fn apply_cues(&self, term: &Term, d: &mut Draft, carry: &Carry) {
        let g = &d.chain;
        for (i, &c) in g.iter().enumerate() {
            d.r.sign *= self.cue_sign(c);
            d.r.hedged |= matches!(self.kind_at(c), Some(Kind::Cue { hedged: true, .. }));
            d.r.involved.push(c);
            if let Some(owner) = i
                .checked_sub(1)
                .and_then(|p| self.cue_owner(g[p], c, carry))
            {
                d.owner = Some(self.owner_reading(term, d, i, owner));
            }
        }
        // "praised Pyongyang for halting nuclear tests": the party a
        // reverser after the last cue belongs to holds the reversed term.
        if d.owner.is_none() {
            // Only the object right before "for"/"of" and a gerund ("for
            // halting") or a possessor ("Pyongyang's suspension of tests",
            // "its suspension") owns it; not the party a demand is made of
            // ("demanded that North Korea halt …", "asked North Korea for a
            // halt to tests").
            let owner = g.last().and_then(|&last| {
                let r = d.rev.iter().copied().find(|&r| r > last)?;
                let p = self.cue_owner(last, r, carry)?;
                let framed = r >= 2
                    && matches!(self.word_at(r - 1), Some("for" | "of"))
                    && matches!(self.kind_at(r - 2), Some(Kind::Party { party }) if party == p)
                    && self.starts_with_gerund(r);
                let possessed = (last + 1..r).any(|j| {
                    matches!(self.kind_at(j), Some(Kind::Party { party }) if party == p)
                        && self.is_possessive(j)
                }) || self.word_in(r - 1, &self.c.words.possessives);
                (framed || possessed).then_some(p)
            });
            if let Some(owner) = owner {
                let mut o = d.r.clone();
                o.sign = term.sign;
                o.holder = Some((Holder::Parties(vec![owner]), Rule::CueOwner));
                o.rules = Vec::new();
                d.owner = Some(o);
            }
        }
    }

    /// Under a passive cue, the subject of the cue before the term holds
    /// that cue's stance ("Pyongyang's demand for relief was dismissed").
    fn passive_owner(&self, term: &Term, d: &mut Draft, carry: &Carry) {
        if d.passive.is_none() || d.owner.is_some() {
            return;
        }
        if let Some((h, _)) = self.subject_before(d.chain[1], carry) {
            let mut o = d.r.clone();
            o.sign = term.sign
                * d.chain[1..]
                    .iter()
                    .map(|&x| self.cue_sign(x))
                    .product::<i8>();
            o.holder = Some((h, Rule::CueOwner));
            o.rules = vec![Rule::Cue];
            d.owner = Some(o);
        }
    }

    /// Names the cues: one before the term, one after it, or a chain.
    fn name_cues(&self, term: &Term, d: &mut Draft) {
        match (d.chain.len(), d.inner()) {
            (0, _) => {}
            (1, Some(i)) if i > term.t => d.r.rules.push(Rule::CueAfter),
            (1, _) => d.r.rules.push(Rule::Cue),
            _ => d.r.rules.push(Rule::CueChain),
        }
    }

    /// A reverser on the cue itself: "dropped its demand for", "ended its
    /// support for".
    /// An inner cue can carry one too: "demanded that Seoul stop holding
    /// the drills".
    /// "urged Washington to drop its demand for …": the object told to
    /// give up its own cue holds that cue's stance, a reading of its own.
    fn apply_cue_reverser(&self, term: &Term, d: &mut Draft) {
        let mut seen: Vec<usize> = Vec::new();
        for (i, &o) in d.chain.iter().enumerate().filter(|&(_, &o)| o < term.t) {
            if let Some(cr) = self.cue_reverser(o).filter(|cr| !seen.contains(cr)) {
                seen.push(cr);
                let causee = (o > 0 && d.owner.is_none())
                    .then(|| self.causee_possessor(o - 1))
                    .flatten();
                if let Some(p) = causee {
                    d.owner = Some(self.owner_reading(term, d, i, p));
                }
                d.r.sign = -d.r.sign;
                d.r.involved.push(cr);
                d.r.rules.push(Rule::ReversedCue);
            }
        }
    }

    /// Each reverser on the term reverses this reading and the owner's.
    fn apply_reversers(&self, d: &mut Draft) {
        for &rv in &d.rev {
            for x in std::iter::once(&mut d.r).chain(d.owner.as_mut()) {
                x.sign = -x.sign;
                x.involved.push(rv);
                x.rules.push(Rule::Reverser);
            }
        }
    }

    /// "No denuclearization without an end to US hostility": after a
    /// refusal, an exception word that negates ("without") names what the
    /// holder asks for, like "unless": it negates nothing, and makes the
    /// reading conditional.
    fn find_prerequisite(&self, d: &mut Draft) {
        let negs = &d.negs;
        if let Some(pos) = negs.iter().position(|&ng| {
            self.class_at(ng) & self.c.words.exceptions.bit != 0
                && (0..ng).any(|j| {
                    !negs.contains(&j)
                        && self.same_scope(j, ng)
                        && self.items[j].cond.is_none()
                        && self.refuses_at(j)
                })
        }) {
            d.r.involved.push(d.negs.remove(pos));
            d.r.rules.push(Rule::Prerequisite);
            d.prerequisite = true;
        }
    }

    /// Each negator in scope reverses the sign; they negate the cue when
    /// one stands before the inner cue, else the term.
    fn apply_negators(&self, d: &mut Draft) {
        for &ng in &d.negs {
            d.r.sign = -d.r.sign;
            d.r.involved.push(ng);
        }
        if !d.negs.is_empty() {
            let before_cue = d.inner().is_some_and(|i| d.negs.iter().any(|&x| x < i));
            d.r.rules.push(if before_cue {
                Rule::NegatedCue
            } else {
                Rule::NegatedTerm
            });
        }
    }

    /// Names the term's own direction: a position phrase, or an `inverse`
    /// term (its sign is already in the reading).
    fn name_direction(&self, term: &Term, d: &mut Draft) {
        if term.position {
            d.r.rules.push(Rule::Position);
        } else if term.sign < 0 {
            d.r.rules.push(Rule::InverseTerm);
        }
    }

    /// The holder: under a passive cue its agent or a speech tag; else the
    /// subject of the outer cue before the term (or of the term), a holder
    /// named after the term, or the quotation's speaker.
    fn find_holder(&self, term: &Term, d: &mut Draft, carry: &Carry) {
        let t = term.t;
        d.anchor = d.outer().filter(|&o| o < t).unwrap_or(t);
        // "the new approach that Kim called for": a relative clause after
        // the term names who holds the cue after it.
        if let Some(h) = d
            .inner()
            .filter(|&c| c > t && d.passive.is_none())
            .and_then(|c| self.relative_subject(t, c, carry))
        {
            d.r.holder = Some(h);
            return;
        }
        // "Pyongyang said the US pursuit of dialogue was a trick": a party
        // that owns the phrase an oppose cue after it judges is not who
        // judges it; the search goes on before it.
        let anchor = match d.inner().filter(|&c| c > t && d.chain.len() == 1) {
            Some(c) if self.cue_sign(c) < 0 => self.judged_owner(t).unwrap_or(d.anchor),
            _ => d.anchor,
        };
        d.r.holder = match d.passive {
            Some(p) => self.subject_after(p).or_else(|| self.quote_speaker(t)),
            None => self
                .subject_before(anchor, carry)
                .or_else(|| self.subject_after(t))
                .or_else(|| self.quote_speaker(t))
                .or_else(|| {
                    // Not for a cue or reverser after the term ("the first
                    // exercise was conducted in 1954", "the drills were
                    // halted"): its agent is unnamed.
                    (d.inner().is_none_or(|c| c < t) && d.rev.iter().all(|&r| r < t))
                        .then(|| self.voice_of(t, carry))
                        .flatten()
                })
                .or_else(|| self.event_predicate(term, d, carry)),
        };
    }

    /// "The North Korea-US talks are back on track": with no holder found,
    /// a cue after an `event` term is said of the event, and its
    /// participants hold it.
    fn event_predicate(&self, term: &Term, d: &Draft, carry: &Carry) -> Option<(Holder, Rule)> {
        // Not through a passive ("the summit was widely welcomed"): its
        // agent is unnamed.
        let c = d.inner().filter(|&c| c > term.t && self.is_event(term.t))?;
        let cue = &self.text[self.items[c].start..self.items[c].end];
        let participle = cue.ends_with("ed") || cue.ends_with("en");
        if participle && (term.t + 1..c).any(|j| self.word_in(j, &self.c.words.passives)) {
            return None;
        }
        let parties = self.participants(term.t, carry);
        (!parties.is_empty()).then_some((Holder::Parties(parties), Rule::Participants))
    }

    /// "It is necessary to withdraw the hostile policy first", with no
    /// subject, in a statement printed without quotation marks: the
    /// statement's voice holds it.
    fn voice_of(&self, t: usize, carry: &Carry) -> Option<(Holder, Rule)> {
        if self.items[t].quote.is_some() {
            return None;
        }
        carry.voice.clone().map(|h| (h, Rule::StatementVoice))
    }

    /// "… said Washington had come empty-handed and urged it to offer
    /// guarantees": a cue whose object pronoun refers to the subject found
    /// has another subject, further back ([`Self::object_pronoun`]).
    fn subject_past_object(&self, term: &Term, d: &mut Draft, carry: &Carry) {
        let quote = self.items[term.t].quote;
        let object_pronoun = self.object_pronoun(term.t, &d.chain, d.anchor);
        let (Some(p), Some((h, _))) = (object_pronoun, d.r.holder.clone()) else {
            return;
        };
        // A party right before the cue ("Washington urged it to …", "the US
        // was pushing for the country to …") is the cue's own subject, and
        // the pronoun refers to someone else; only a subject past another
        // verb ("… had come empty-handed and urged it") may be wrong.
        let direct = (d.anchor.saturating_sub(4)..d.anchor)
            .rev()
            .take_while(|&j| {
                self.punct_at(j).is_none() && self.seq_at(j, &self.c.words.coordinators) == 0
            })
            .any(|j| matches!(self.kind_at(j), Some(Kind::Party { .. })));
        if direct {
            return;
        }
        if self.resolve_pronoun(p, carry).as_ref() != Some(&h) {
            return;
        }
        let found = (0..p).rev().find(|&j| {
            self.items[j].quote == quote && self.subject_group(j).is_some_and(|(g, _)| g == h)
        });
        if let Some(first) = found.and_then(|j| self.subject_group(j)).map(|(_, f)| f) {
            if let Some((h2, _)) = self.subject_before(first, carry) {
                if h2 != h {
                    d.r.holder = Some((h2, Rule::SubjectPastObject));
                }
            }
        }
    }

    /// "Neither Washington nor Pyongyang has shown any interest in talks":
    /// a negator before the subject negates what it says.
    fn apply_subject_negator(&self, d: &mut Draft) {
        if !matches!(
            d.r.holder,
            Some((_, Rule::Subject | Rule::CoordinatedSubject))
        ) {
            return;
        }
        if let Some(ng) = self.subject_negator(d.anchor) {
            d.r.sign = -d.r.sign;
            d.r.involved.push(ng);
            d.r.rules.push(Rule::NegatedSubject);
        }
    }

    /// "Washington must lift the sanctions," Choe said: an obligation laid
    /// on the subject is the speaker's demand.
    fn demand_by_speaker(&self, term: &Term, d: &mut Draft) {
        if !self.obliged(d.anchor) {
            return;
        }
        if let Some(dm) = self.demander(term.t) {
            if d.r.holder.as_ref().map(|h| &h.0) != Some(&dm) {
                d.r.holder = Some((dm, Rule::DemandBySpeaker));
            }
        }
    }

    /// "The North demanded sanctions relief, but Pompeo refused": a bare
    /// cue answering the term in a later clause gives the answering party
    /// the cue's stance on what the term's reading says.
    fn response_reading(&self, term: &Term, d: &Draft, carry: &Carry) -> Option<Reading> {
        // A later clause answers what the term's reading says; a relative
        // clause on the term ("the relief that Washington refused to
        // provide") answers the term itself, whatever the main clause says.
        // After a term that names the proposition, one set off by a comma
        // answers the term too ("would not offer relief, which Pyongyang has
        // long sought"); after an inverse term it answers what the clause
        // does with it ("must lift its sanctions, which Washington has
        // refused to do").
        let on_term = (term.sign > 0)
            .then(|| self.relative_answer(term.t, true))
            .flatten();
        if let Some((c, h)) = on_term {
            return Some(self.answer(term, &d.r, c, h, term.sign));
        }
        let (c, h, base) = match self.response_to(term.t, carry) {
            Some((c, h)) => {
                let base = d.r.sign * d.chain.iter().map(|&x| self.cue_sign(x)).product::<i8>();
                (c, h, base)
            }
            // (after a term that names the proposition the restrictive
            // clause was looked for above)
            None if term.sign > 0 => return None,
            None => {
                let (c, h) = self.relative_answer(term.t, false)?;
                (c, h, term.sign)
            }
        };
        Some(self.answer(term, &d.r, c, h, base))
    }

    /// The reading of the party `h` that answers with the cue at `c` what
    /// reads `base` (+1 support, -1 oppose) of the term.
    fn answer(&self, term: &Term, r: &Reading, c: usize, h: Holder, base: i8) -> Reading {
        let mut o = r.clone();
        o.sign = base * self.cue_sign(c);
        o.hedged = self.hedged(c);
        o.conditional = false;
        o.holder = Some((h, Rule::Response));
        o.rules = vec![Rule::Cue];
        o.involved = vec![term.t, c];
        o
    }

    /// Step 2: the reading of a term inside the condition at item `k`: a
    /// condition the holder sets, so support unless reversed or negated
    /// inside the condition; the holder is the main clause's.
    fn read_in_condition(
        &self,
        term: &Term,
        k: usize,
        mut r: Reading,
        carry: &Carry,
        log: &mut Trace,
    ) -> Option<Reading> {
        let (term_text, issue_id) = (term.text, term.issue_id);
        // What the condition says: its own cue, reversers and negators.
        self.condition_sign(term, k, &mut r);
        // What the main clause makes of it: a threat, a refusal; or it is
        // put off.
        if !self.main_clause_turn(term, k, &mut r) {
            log.note(|| format!("\"{term_text}\" ({issue_id}): in a condition that comes after the main clause, which refuses nothing: put off, no stance"));
            return None;
        }
        if !self.main_states_stance(term.t) {
            log.note(|| format!("\"{term_text}\" ({issue_id}): in a condition, but the sentence states no stance: skipped"));
            return None;
        }
        r.holder = self.condition_holder(term.t, k, carry);
        Some(r)
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

/// The readings of a term, in order: this one; the inner cue's owner's,
/// unless the owner is the holder ("North Korea repeated its demand for
/// …"); an answer's, unless it resolves to the term's own holder (a misread
/// pronoun: "X wanted A, and he refused", he = the reporting speaker).
fn finish(d: Draft, response: Option<Reading>) -> Vec<Reading> {
    let Draft { r, owner, .. } = d;
    let conditional = r.conditional;
    let owner =
        owner.filter(|o| o.holder.as_ref().map(|h| &h.0) != r.holder.as_ref().map(|h| &h.0));
    let mut v = vec![r];
    if let Some(mut o) = owner {
        o.conditional = conditional;
        v.push(o);
    }
    let holder = v[0].holder.as_ref().map(|h| &h.0);
    v.extend(response.filter(|o| o.holder.as_ref().map(|h| &h.0) != holder));
    v
}

#[cfg(test)]
mod tests {
    use super::super::testing::{readings_of, trace, with_sentence};
    use super::*;

    #[test]
    fn a_relative_clause_after_the_term_names_the_holder_of_its_cue() {
        super::super::testing::check_table(
            &[
                (
                    "Pompeo said Seoul had studied the phased deal that Pyongyang proposed.",
                    vec!["DPRK phased support [subject, cue-after]"],
                ),
                (
                    "Moon praised the step-by-step deal which Washington has rejected.",
                    vec!["US phased oppose [subject, cue-after]"],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn a_relative_clause_set_off_after_the_term_says_who_holds_it() {
        super::super::testing::check_table(
            &[
                // With nothing else on the term, the relative clause holds it.
                (
                    "The accord made no mention of sanctions relief, which Pyongyang has long demanded.",
                    vec!["DPRK relief support [response, cue]"],
                ),
                // A passive one, past a quantifier ("both of which").
                (
                    "The summit gave neither relief nor a phased deal, both of which were demanded by the North.",
                    vec![
                        "DPRK relief support [response, cue]",
                        "DPRK phased support [response, cue]",
                    ],
                ),
                // Its agent is not the holder of the main clause's reading.
                (
                    "The summit produced no sanctions relief, which was long demanded by Pyongyang.",
                    vec!["DPRK relief support [response, cue]"],
                ),
                // Beside the main clause's own reading.
                (
                    "Pompeo rejected sanctions relief, which Pyongyang wants.",
                    vec![
                        "US relief oppose [subject, cue]",
                        "DPRK relief support [response, cue]",
                    ],
                ),
                // "neither of which", "none of which" deny: no such clause.
                (
                    "The accord made no mention of sanctions relief, neither of which Pyongyang demanded.",
                    vec![],
                ),
                (
                    "The accord made no mention of relief, none of which Pyongyang demanded.",
                    vec![],
                ),
                // After an inverse term it is about what the clause does
                // with it, not the term.
                (
                    "Seoul toned down the joint drills, which Pyongyang had demanded.",
                    vec![],
                ),
                // A speech tag after it still names the main clause's holder.
                (
                    "There will be no sanctions relief, which is no surprise, Pompeo said.",
                    vec!["US relief oppose [speech-tag, negated-term]"],
                ),
                // After a refusal, the term's own reading is answered.
                (
                    "Pompeo would not accept a phased deal, which Pyongyang has long demanded.",
                    vec![
                        "US phased oppose [subject, cue, negated-cue]",
                        "DPRK phased support [response, cue]",
                    ],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn an_event_of_an_earlier_year_is_history() {
        let c = super::super::testing::lex();
        let text = "Choe and Moon shook hands at their meeting in 2018.";
        let matches = crate::matcher::find(c, text, &crate::text::normalize(text), None);
        let read = |date: &str| {
            super::super::attribute(c, text, &matches, crate::date::Date::parse(date), None).len()
        };
        // In an article of 2018 the meeting is news; in one of 2020, history.
        assert_eq!(read("2018-05-01"), 2);
        assert_eq!(read("2020-06-16"), 0);
        assert!(trace(text)
            .iter()
            .any(|l| l.contains("participants take part")));
    }

    #[test]
    fn the_readings_of_a_term() {
        // (sentence, term, its readings in order)
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "North Korea demanded sanctions relief.",
                "sanctions relief",
                &["DPRK relief support [subject, cue]"],
            ),
            // A cue after an event term, with no holder found: its
            // participants hold it.
            // (not through a passive, whose agent is unnamed)
            (
                "The US-South Korea war games were accepted.",
                "war games",
                &["- drills oppose [cue-after, inverse-term]"],
            ),
            // An event that failed is nobody's position: no participants.
            ("The US-South Korea war games collapsed on Monday.", "war games", &[]),
            // (a negated failure is none)
            (
                "The US-South Korea war games would not collapse.",
                "war games",
                &["US+ROK drills oppose [participants, inverse-term]"],
            ),
            (
                "After the collapse of the Moon-Kim Jong-un meeting, Pyongyang rejected talks.",
                "meeting",
                &[],
            ),
            // A word of condemnation next to a term another party holds,
            // in a party's voice: the speaker holds the opposite ...
            (
                "Pyongyang said Seoul had accepted reckless joint drills.",
                "joint drills",
                &[
                    "ROK drills oppose [subject, cue, inverse-term]",
                    "DPRK drills support [complaint, inverse-term]",
                ],
            ),
            (
                "“Washington accepted the joint drills targeting us,” Choe said.",
                "joint drills",
                &[
                    "US drills oppose [subject, cue, inverse-term]",
                    "DPRK drills support [complaint, inverse-term]",
                ],
            ),
            // The speaker opposes the thing condemned, whatever the other
            // party does with it.
            (
                "Pyongyang said Washington had agreed to halt its reckless joint drills.",
                "joint drills",
                &[
                    "US drills support [subject, cue, reverser, inverse-term]",
                    "DPRK drills support [complaint, inverse-term]",
                ],
            ),
            // ... not in the narrator's voice, nor of the speaker's own stance.
            (
                "Seoul had accepted reckless joint drills.",
                "joint drills",
                &["ROK drills oppose [subject, cue, inverse-term]"],
            ),
            (
                "Seoul said it had accepted reckless joint drills.",
                "joint drills",
                &["ROK drills oppose [pronoun, cue, inverse-term]"],
            ),
            // The owner of an inner cue holds the inner stance ...
            (
                "Washington rejected the North's demand for a phased deal.",
                "phased deal",
                &[
                    "US phased oppose [subject, cue-chain]",
                    "DPRK phased support [cue-owner, cue]",
                ],
            ),
            // A refusing subject's possessive is another party's: the
            // subject before it.
            (
                "Seoul said Pyongyang rejected its demand for relief.",
                "relief",
                &[
                    "DPRK relief oppose [subject, cue-chain]",
                    "ROK relief support [cue-owner, cue]",
                ],
            ),
            // The object before "for" owns a reverser after it; the party
            // a demand is made of does not.
            (
                "Seoul criticized Pyongyang for lifting sanctions.",
                "sanctions",
                &[
                    "ROK relief oppose [subject, cue, reverser, inverse-term]",
                    "DPRK relief support [cue-owner, reverser]",
                ],
            ),
            (
                "Seoul demanded that Pyongyang lift sanctions.",
                "sanctions",
                &["ROK relief support [subject, cue, reverser, inverse-term]"],
            ),
            // ... unless it is the holder.
            (
                "North Korea welcomed its demand for relief.",
                "relief",
                &["DPRK relief support [subject, cue-chain]"],
            ),
            // Under a passive cue, the subject of the cue before the term.
            (
                "Pyongyang's demand for relief was dismissed.",
                "relief",
                &[
                    "- relief oppose [cue-chain]",
                    "DPRK relief support [cue-owner, cue]",
                ],
            ),
            // An event with nothing on it: its participants take part
            // (a party compound, a possessor, partners after them) ...
            (
                "The US-South Korea war games began on Monday.",
                "war games",
                &["US+ROK drills oppose [participants, inverse-term]"],
            ),
            (
                "Pompeo recalled his meeting with Kim Jong-un in Pyongyang.",
                "meeting",
                &["US+DPRK talks support [participants]"],
            ),
            // ... the setting of something else, after a preposition ...
            (
                "Moon flew to Pyongyang for his meeting with Kim Jong-un.",
                "meeting",
                &["DPRK+ROK talks support [setting]"],
            ),
            // ... but an event that names no one, or that a cue governs,
            // is read as any term.
            (
                "The meeting with Kim Jong-un lasted an hour.",
                "meeting",
                &[],
            ),
            (
                "Pyongyang rejected the US war games.",
                "war games",
                &["DPRK drills support [subject, cue, inverse-term]"],
            ),
            // A restrictive condition refuses the term that is the subject
            // of the main clause for now; a holder's own offer stays one.
            (
                "Washington said sanctions will be lifted only if Pyongyang disarms.",
                "sanctions",
                &["US relief oppose, conditional [earlier-subject, reverser, inverse-term, only-if]"],
            ),
            (
                "Washington said it wants talks only if Pyongyang disarms.",
                "talks",
                &["US talks support, conditional [pronoun, cue]"],
            ),
            // An answer from a later clause.
            (
                "North Korea demanded relief, but Pompeo refused.",
                "relief",
                &[
                    "DPRK relief support [subject, cue]",
                    "US relief oppose [response, cue]",
                ],
            ),
            // An obligation laid on the subject is the speaker's demand.
            (
                "“Washington must lift the sanctions,” Choe said.",
                "sanctions",
                &["DPRK relief support [demand-by-speaker, reverser, inverse-term]"],
            ),
            // A cue whose object pronoun is the subject found has another subject.
            (
                "Seoul said Pyongyang had come empty-handed and pressed it to accept talks.",
                "talks",
                &["ROK talks support [subject-past-object, cue]"],
            ),
            // ... but a party right before the cue is its own subject, and
            // the object pronoun someone else.
            (
                "Seoul said Pyongyang pressed it to accept talks.",
                "talks",
                &["DPRK talks support [subject, cue]"],
            ),
            // After a refusal, "without" names a prerequisite.
            (
                "No denuclearization without sanctions relief, Pyongyang said.",
                "sanctions relief",
                &["DPRK relief support, conditional [speech-tag, prerequisite]"],
            ),
            // A term in a condition.
            (
                "Pyongyang offered talks in exchange for sanctions relief.",
                "sanctions relief",
                &["DPRK relief support [subject, condition]"],
            ),
            // No stance: no cue, a question, a phrase read with its head.
            ("The world would see a summit.", "summit", &[]),
            (
                "Reporters asked whether the US would offer relief.",
                "relief",
                &[],
            ),
            (
                "Seoul welcomed a moratorium on nuclear tests.",
                "nuclear tests",
                &[],
            ),
            (
                "Seoul welcomed a moratorium on nuclear tests.",
                "moratorium",
                &["ROK moratorium support [subject, cue]"],
            ),
        ];
        for (text, term, want) in rows {
            assert_eq!(readings_of(text, term), *want, "{term:?} in {text:?}");
        }
    }

    #[test]
    fn only_terms_have_readings() {
        with_sentence("North Korea demanded sanctions relief.", |s| {
            assert!(s.term_at(s.at("demanded")).is_none());
            assert!(s.term_at(s.at("North Korea")).is_none());
            let t = s.term_at(s.at("sanctions relief")).unwrap();
            assert_eq!(
                (t.text, t.issue_id, t.sign),
                ("sanctions relief", "relief", 1)
            );
            let inverse = with_sentence("Washington will lift sanctions.", |s| {
                s.term_at(s.at("sanctions")).unwrap().sign
            });
            assert_eq!(inverse, -1);
        });
    }

    #[test]
    fn a_term_without_a_stance_says_why() {
        let rows = [
            (
                "The world would see a summit.",
                r#"  "summit" (talks): no cue, reverser or negator in its clause: no stance"#,
            ),
            (
                "Seoul welcomed a moratorium on nuclear tests.",
                r#"  "nuclear tests" (moratorium): part of the phrase "moratorium": read with it"#,
            ),
        ];
        for (text, line) in rows {
            let t = trace(text);
            assert!(t.iter().any(|l| l == line), "{line:?} not in {t:#?}");
        }
    }

    #[test]
    fn finishing_drops_an_owner_who_is_the_holder_and_an_answer_from_the_holder() {
        let holder = |p: u16| Some((Holder::Parties(vec![p]), Rule::Subject));
        let reading = |p: u16| Reading {
            holder: holder(p),
            conditional: true,
            ..Reading::default()
        };
        let d = Draft {
            r: reading(0),
            owner: Some(Reading {
                conditional: false,
                ..reading(1)
            }),
            ..Draft::default()
        };
        let v = finish(d, Some(reading(2)));
        assert_eq!(v.len(), 3);
        // The owner's reading is as conditional as the term's.
        assert!(v[1].conditional);
        let d = Draft {
            r: reading(0),
            owner: Some(reading(0)),
            ..Draft::default()
        };
        assert_eq!(finish(d, Some(reading(0))).len(), 1);
    }
}
