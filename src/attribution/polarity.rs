//! Polarity: which sign a term's context gives it.
//!
//! Takes a [`Sentence`] with its quotations, clauses and conditions marked.
//! Finds, for the term at an item, the governing cue (before it, or just
//! after: "was ruled out"), the chain of cues above it ("refused to resume"),
//! a passive cue after it, reversers on the term or on the cue, the
//! negators in scope, a negator before the subject, hedges, obligations and
//! stated intentions. Hands the reading (`reading.rs`) item indices; it
//! multiplies the signs and names the rules.

use super::sentence::{ItemKind, Sentence};
use crate::lexicon::{Kind, Seqs};

impl<'a> Sentence<'a> {
    /// The governing cue of the term at `t`: the nearest cue before it in
    /// the clause, else a cue right after it (≤ 4 items).
    pub(super) fn governing_cue(&self, t: usize) -> Option<usize> {
        // Walking back, a cue reaches past another issue term only through a
        // coordination ("demanded guarantees and relief"), not through an
        // adjunct ("rules out relief after missile launches").
        let mut before = None;
        let mut j = t;
        while j > 0 {
            j -= 1;
            // (past a speech tag set off by commas: "The goal, she said, is …")
            if self.aside_apart(j, t) {
                continue;
            }
            if !self.same_scope(j, t) {
                break;
            }
            // "hinted at talks amid crippling sanctions": a phrase of
            // time, place or circumstance is out of the cue's reach.
            if self.opens_adjunct_over(j, t) {
                break;
            }
            match self.kind_at(j) {
                // "sanctions imposed over its nuclear program": a reduced
                // passive that describes the term before it governs nothing.
                Some(Kind::Cue { .. }) if self.reduced_passive(j) => break,
                Some(Kind::Cue { .. }) => {
                    before = Some(j);
                    break;
                }
                Some(Kind::Issue { .. } | Kind::Position { .. }) => {
                    let coordinated = (j + 1..t).any(|x| {
                        self.punct_at(x) == Some(',')
                            || self.seq_at(x, &self.c.words.coordinators) > 0
                            || self.item_is_word(x, "or")
                            || self.not_but(x).is_some()
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
        before.or_else(|| self.cue_after(t))
    }

    /// A cue right after the term at `t` (≤ 4 items), in its scope, with no
    /// comma or other term between, except terms coordinated with it,
    /// which it governs too ("all sanctions and maximum pressure must
    /// remain").
    fn cue_after(&self, t: usize) -> Option<usize> {
        // Steps since the last term: a hyphenated word ("time-saving") is
        // one, and determiners and the marks of scare quotes (was a
        // “trick”) are none.
        let (mut last, mut steps, mut j) = (t, 0, t + 1);
        while j < self.items.len() && steps < 4 && self.same_scope(j, t) {
            match self.kind_at(j) {
                // "sanctions imposed over its nuclear program": a participle
                // right after the term, before a preposition, is a reduced
                // passive that describes the term; its agent is not named.
                Some(Kind::Cue { .. }) if self.reduced_passive(j) => return None,
                Some(Kind::Cue { .. }) => return Some(j),
                Some(Kind::Issue { .. }) if self.coordinated_terms(last, j) => {
                    (last, steps) = (j, 0);
                }
                Some(Kind::Issue { .. }) => return None,
                _ if self.punct_at(j) == Some(',') => return None,
                _ if self.joining_hyphen(j) => j += 1,
                _ if matches!(self.punct_at(j), Some('"' | '\u{201c}' | '\u{201d}')) => {}
                _ if self.word_in(j, &self.c.words.determiners) => {}
                _ => steps += 1,
            }
            j += 1;
        }
        None
    }

    /// Is the cue at `c` a past participle ("imposed") right after a term
    /// and before a preposition ("sanctions imposed over"), describing the
    /// term? Only when that term is no subject: a preposition or another
    /// cue stands before its phrase ("through heavy sanctions imposed over
    /// …"; not "Pyongyang said talks resumed in Stockholm").
    fn reduced_passive(&self, c: usize) -> bool {
        let it = &self.items[c];
        if c == 0
            || !matches!(
                self.kind_at(c - 1),
                Some(Kind::Issue { .. } | Kind::Position { .. })
            )
            || !self.text[it.start..it.end].ends_with("ed")
            || !self.word_in(c + 1, &self.c.words.prepositions)
        {
            return false;
        }
        let w = &self.c.words;
        let mut j = c - 1; // the term
        let mut words = 0;
        while j > 0 {
            j -= 1;
            if self.word_in(j, &w.prepositions) || matches!(self.kind_at(j), Some(Kind::Cue { .. }))
            {
                return true;
            }
            match self.items[j].kind {
                ItemKind::Word(_) if !self.word_in(j, &w.auxiliaries) && words < 2 => {
                    if !self.word_in(j, &w.determiners) {
                        words += 1;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// A cue in the passive voice soon after the term at `t` ("… was
    /// rejected", "… has been ruled out"), in its scope, with no comma,
    /// term or party between.
    pub(super) fn passive_cue_after(&self, t: usize) -> Option<usize> {
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
    /// with no comma or issue term between, and no coordinator right before
    /// the later cue.
    pub(super) fn cue_chain(&self, g: usize) -> Vec<usize> {
        let mut chain = vec![g];
        let mut cur = g;
        'outer: loop {
            let mut j = cur;
            let mut steps = 0;
            // "denounced the new government in Washington for pursuing":
            // the object of a cue that a gerund after "for" or "of"
            // describes may take a few more words.
            // Only a direct object: "criticism from the administration in
            // Washington of seeking" names the critic.
            let frame = cur >= 2
                && matches!(self.word_at(cur - 1), Some("for" | "of"))
                && (cur.saturating_sub(7)..cur - 1).any(|x| {
                    matches!(self.kind_at(x), Some(Kind::Party { .. }))
                        && (!self.preceded_by_preposition(x) || self.represented(x))
                });
            let reach = if frame { 7 } else { 4 };
            while j > 0 && steps < reach {
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
                // Coordinated verbs each take their own object ("ignored
                // his proposals and urged it to lift …"); a coordinator
                // inside the noun phrase does not end the chain ("rejected
                // the American and Japanese calls for talks").
                if self.seq_at(j, &self.c.words.coordinators) == 1
                    && (j + 1..cur).all(|x| self.word_in(x, &self.c.words.auxiliaries))
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
    pub(super) fn cue_reverser(&self, o: usize) -> Option<usize> {
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

    /// A reverser applying to the term at `t`: up to 4 items before it (after
    /// the cue, no comma or other term between) or up to 3 items after it.
    pub(super) fn reverser(&self, t: usize, cue: Option<usize>) -> Vec<usize> {
        // A cue after the term ("the lifting of sanctions was ruled out")
        // does not bound the search before it.
        let lo = cue.filter(|&g| g < t).map_or(0, |g| g + 1);
        let mut j = t;
        let mut steps = 0;
        let mut found = Vec::new();
        while j > lo && steps < 5 {
            j -= 1;
            // A hyphenated word ("large-scale") is one step, and so is a
            // possessor with its ending ("the country's", "North Korea's").
            if self.joining_hyphen(j) && j - 1 > lo {
                j -= 1; // the word before the hyphen: counted with the one after
            } else if !self.possessive_ending(j) {
                steps += 1;
            }
            if let (Some(Kind::Issue { inverse: a, .. }), Some(Kind::Issue { inverse: b, .. })) =
                (self.kind_at(j), self.kind_at(t))
            {
                // "suspend nuclear and missile tests", "halt the drills and
                // war games": terms of one direction joined by a
                // coordinator share the reversers of the first.
                if a == b && self.same_scope(j, t) && self.coordinated_terms(j, t) {
                    let shared = self.reverser(j, cue);
                    if !shared.is_empty() {
                        return shared;
                    }
                }
                break;
            }
            if !self.same_scope(j, t)
                || self.punct_at(j) == Some(',')
                || matches!(self.kind_at(j), Some(Kind::Issue { .. } | Kind::Cue { .. }))
                || self.not_but(j).is_some()
            {
                break;
            }
            if self.opens_adjunct_over(j, t) {
                break; // "refrain from tests during talks"
            }
            if matches!(self.kind_at(j), Some(Kind::Reverser)) {
                // "reconsider its moratorium on tests": each one reverses
                found.push(j);
            }
        }
        if !found.is_empty() {
            return found;
        }
        // After the term only through a passive: "sanctions will be lifted",
        // past terms of its direction coordinated with it ("nuclear arms and
        // sanctions could both be lifted").
        let inverse = |x: usize| match self.kind_at(x) {
            Some(Kind::Issue { inverse, .. }) => Some(inverse),
            _ => None,
        };
        let mut last = t;
        let mut after = None;
        // Determiners and a party after a preposition ("its talks with the
        // US had been suspended") take no step.
        let mut steps = 0;
        for j in t + 1..(t + 11).min(self.items.len()) {
            // ("Sanctions, Pompeo said, will not be eased": past an aside)
            if self.aside_apart(j, t) {
                continue;
            }
            if !self.same_scope(j, t) || self.punct_at(j) == Some(',') {
                break;
            }
            // "sanctions are not a bargaining chip and will be lifted …": a
            // coordinator opens another predicate; what the first one
            // negates stays there. (Coordinated terms are taken below.)
            if self.seq_at(j, &self.c.words.coordinators) > 0
                && !matches!(self.kind_at(j + 1), Some(Kind::Issue { .. }))
                && !self.word_in(j + 1, &self.c.words.determiners)
            {
                break;
            }
            match self.kind_at(j) {
                Some(Kind::Issue { .. })
                    if inverse(j) == inverse(t) && self.coordinated_terms(last, j) =>
                {
                    last = j;
                    steps = 0;
                }
                Some(Kind::Issue { .. } | Kind::Cue { .. }) => break,
                Some(Kind::Reverser) => {
                    after = Some(j);
                    break;
                }
                Some(Kind::Party { .. }) if self.preceded_by_preposition(j) => {}
                // Nor do auxiliaries, passive words and negators
                // ("sanctions are not going to be lifted").
                Some(Kind::Negator) => {}
                _ if self.word_in(j, &self.c.words.determiners)
                    || self.word_in(j, &self.c.words.auxiliaries)
                    || self.word_in(j, &self.c.words.passives) => {}
                _ if steps >= 4 => break,
                _ => steps += 1,
            }
        }
        // The passive stands right before the reverser, an adverb aside
        // ("will soon be lifted"): not "sanctions are the way to stop …",
        // "talks were vital to ending …".
        let passive_before = |r: usize| {
            let p = &self.c.words.passives;
            (r >= 1 && r - 1 > last && self.word_in(r - 1, p))
                || (r >= 2
                    && r - 2 > last
                    && self.word_in(r - 2, p)
                    && matches!(self.items[r - 1].kind, ItemKind::Word(_))
                    && self.class_at(r - 1) == 0)
        };
        after
            .filter(|&r| r == last + 1 || passive_before(r) || self.subject_of_reverser(last, r))
            .into_iter()
            .collect()
    }

    /// Is the term ending at `last` the subject of the reverser at `r`, with
    /// only auxiliaries between them, one a modal, after a short phrase that
    /// a preposition opens on a party ("the war games with South Korea will
    /// stop", "the drills would cease")? Only when the reverser ends its
    /// clause: not "tests would end the talks", "will end Tuesday".
    fn subject_of_reverser(&self, last: usize, r: usize) -> bool {
        let w = &self.c.words;
        let mut j = last + 1;
        if self.word_in(j, &w.prepositions) {
            j += 1;
            while j < r && self.word_in(j, &w.determiners) {
                j += 1;
            }
            if !matches!(self.kind_at(j), Some(Kind::Party { .. })) {
                return false;
            }
            j += 1;
        }
        let aux = j;
        let mut modal = false;
        while j < r && self.word_in(j, &w.auxiliaries) {
            modal |= self.word_in(j, &w.modals);
            j += 1;
        }
        // Only what will or would stop, with nothing after the reverser in
        // its clause: not a past ending ("the summit had ended without a
        // deal"), nor a schedule ("the drills will end Tuesday").
        let ends_clause = self.items.get(r + 1).is_none_or(|it| {
            matches!(it.kind, ItemKind::Punct(_)) || it.clause != self.items[r].clause
        });
        j == r && j > aux && modal && ends_clause && self.seq_at(r, &w.failures) == 0
    }

    /// Is item `j` the ending of a possessor ("'s", or the apostrophe of
    /// "allies'") glued to the word before it?
    fn possessive_ending(&self, j: usize) -> bool {
        if j == 0 || self.items[j].start != self.items[j - 1].end {
            return false;
        }
        match &self.items[j].kind {
            ItemKind::Punct('\'' | '\u{2019}') => true,
            ItemKind::Word(w) => {
                w.as_ref() == "s"
                    && j >= 2
                    && matches!(self.punct_at(j - 1), Some('\'' | '\u{2019}'))
            }
            _ => false,
        }
    }

    /// Does item `j` open a phrase of time, place or circumstance ("amid",
    /// "during") that still holds the term at `t`? A coordinator between
    /// them ends the phrase ("after 65 years and relief from sanctions").
    /// Parties joined by one ("after South Korea and the United States
    /// began drills") stay inside it.
    pub(super) fn opens_adjunct_over(&self, j: usize, t: usize) -> bool {
        let party = |x: usize| matches!(self.kind_at(x), Some(Kind::Party { .. }));
        self.seq_at(j, &self.c.words.adjuncts) > 0
            && !(j + 1..t).any(|x| {
                let n = self.seq_at(x, &self.c.words.coordinators);
                (n > 0 && !(x > 0 && party(x - 1) && party(x + n))) || self.punct_at(x) == Some(',')
            })
    }

    /// Are the terms at items `a` and `b` (`a` first) joined by a
    /// coordinator alone ("nuclear weapons and missile tests"), a
    /// determiner or possessive after it aside?
    pub(super) fn coordinated_terms(&self, a: usize, b: usize) -> bool {
        let n = self.seq_at(a + 1, &self.c.words.coordinators);
        n > 0
            && (a + 1 + n..b).all(|j| {
                self.word_in(j, &self.c.words.determiners)
                    || self.seq_at(j, &self.c.words.pronouns) == 1
            })
    }

    /// Negators in scope: between the cue (or up to 3 items before it) and
    /// the term. Without a cue, a negator at most one word before the term
    /// (or its reverser).
    pub(super) fn negators(&self, t: usize, cue: Option<usize>, rev: &[usize]) -> Vec<usize> {
        let is_neg = |j: usize| matches!(self.kind_at(j), Some(Kind::Negator));
        // "sanctions would not be lifted": between the term and its reverser.
        let after: Vec<usize> = rev
            .iter()
            .filter(|&&r| r > t)
            .flat_map(|&r| (t + 1..r).filter(|&j| is_neg(j)))
            .collect();
        let mut v = self.negators_before(t, cue, rev);
        v.extend(after);
        // "not talks but relief": the negator stays with the first term.
        if let Some(g) = cue.filter(|&g| g < t && !v.is_empty()) {
            v.retain(|&n| !(g + 1..t).any(|k| self.not_but(k) == Some(n)));
        }
        v
    }

    pub(super) fn negators_before(
        &self,
        t: usize,
        cue: Option<usize>,
        rev: &[usize],
    ) -> Vec<usize> {
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
                // (One the walk above found already counts once.)
                if let Some(n) = self.raised_negator(g).filter(|n| !v.contains(n)) {
                    v.push(n);
                }
                v
            }
            Some(g) => {
                // cue after the term: "was not ruled out"
                (t + 1..g).filter(|&j| is_neg(j)).collect()
            }
            None => {
                let mut head = rev.iter().copied().filter(|&r| r < t).min().unwrap_or(t);
                // "is not going to lift sanctions", "will not be lifted",
                // "promised not to lift": past an intention, a passive word
                // and "to".
                let w = &self.c.words;
                for _ in 0..3 {
                    let Some(j) = head.checked_sub(1).filter(|&j| self.same_scope(j, t)) else {
                        break;
                    };
                    // ("going to" opens at "going")
                    if !(self.item_is_word(j, "to")
                        || self.word_in(j, &w.passives)
                        || self.seq_at(j, &w.intentions) > 0)
                    {
                        break;
                    }
                    head = j;
                }
                let lo = head.saturating_sub(2);
                (lo..head)
                    .filter(|&j| is_neg(j) && self.same_scope(j, t))
                    .collect()
            }
        }
    }

    /// "I don't think they are ready to talk", "does not believe Pyongyang
    /// wants relief": a negator right before a verb of belief (grammar list
    /// `beliefs`) negates the clause it reports, whose subject stands right
    /// before the cue at `g` (auxiliaries and a contraction's ending
    /// between).
    fn raised_negator(&self, g: usize) -> Option<usize> {
        let w = &self.c.words;
        let quote = self.items[g].quote;
        let ending = |j: usize| {
            matches!(self.punct_at(j), Some('\'' | '\u{2019}'))
                || matches!(self.word_at(j), Some("re" | "s" | "ll" | "ve" | "d" | "m"))
        };
        let mut j = g;
        loop {
            j = j.checked_sub(1)?;
            if self.items[j].quote != quote || g - j > 6 {
                return None;
            }
            if !(self.word_in(j, &w.auxiliaries) || ending(j)) {
                break;
            }
        }
        let subject = match self.kind_at(j) {
            Some(Kind::Party { .. }) => self.phrase_start(self.subject_group(j)?.1),
            _ if self.word_in(j, &w.personal_pronouns)
                || self.word_in(j, &w.plural_pronouns)
                || self.word_in(j, &w.impersonal_pronouns)
                || self.seq_at(j, &w.first_person) > 0 =>
            {
                j
            }
            _ => return None,
        };
        let mut b = subject.checked_sub(1)?;
        if self.item_is_word(b, "that") {
            b = b.checked_sub(1)?;
        }
        if !self.word_in(b, &w.beliefs) {
            return None;
        }
        // "does not really think"
        (b.saturating_sub(2)..b).rev().find(|&n| {
            matches!(self.kind_at(n), Some(Kind::Negator)) && self.items[n].quote == quote
        })
    }

    /// A word of condemnation (grammar list `pejoratives`) next to the term
    /// at `t`: up to three items before it or four after it, in its
    /// quotation and clause, with no other term between ("aggressive war
    /// drills", "drills targeting us", "drills with a clear aggressive
    /// nature").
    pub(super) fn pejorative_near(&self, t: usize) -> Option<usize> {
        self.near(t, |j| {
            self.seq_at(j, &self.c.words.pejoratives) > 0
                // After the term, one right before another term is that
                // term's ("talks instead of provocative missile launches").
                && (j < t
                    || !(j + 1..(j + 3).min(self.items.len()))
                        .any(|x| matches!(self.kind_at(x), Some(Kind::Issue { .. }))))
        })
    }

    /// A word of failure (grammar list `failures`) next to the event term at
    /// `t`: up to three items before it or four after it, in its quotation
    /// and clause, with no other term between ("the failed summit", "the
    /// talks broke down", "Talks Come to Abrupt End").
    pub(super) fn failure_near(&self, t: usize) -> Option<usize> {
        let list = &self.c.words.failures;
        self.near(t, |j| {
            // "failed to deter" is the lexicon's negator, and "would not
            // fail" no failure.
            let negated = j > 0 && matches!(self.kind_at(j - 1), Some(Kind::Negator));
            !negated
                && !matches!(self.kind_at(j), Some(Kind::Negator))
                && (self.seq_at(j, list) > 0 || self.match_opens_with(j, list))
        })
    }

    /// The first item up to three steps before the term at `t` (nearest
    /// first), else up to four after it, that `pick` accepts, in the term's
    /// quotation and clause with no other term between. A party and the
    /// hyphen of a compound are no step ("the collapse of the Trump-Kim
    /// summit").
    fn near(&self, t: usize, pick: impl Fn(usize) -> bool) -> Option<usize> {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        let scope = |j: usize| self.items[j].quote == q && self.items[j].clause == c;
        let free = |j: usize| {
            matches!(self.kind_at(j), Some(Kind::Party { .. })) || self.joining_hyphen(j)
        };
        let scan = |js: &mut dyn Iterator<Item = usize>, max: usize| {
            let mut steps = 0;
            for j in js {
                if !scope(j) || matches!(self.kind_at(j), Some(Kind::Issue { .. })) {
                    return None;
                }
                if pick(j) {
                    return Some(j);
                }
                if !free(j) {
                    steps += 1;
                    if steps == max {
                        return None;
                    }
                }
            }
            None
        };
        scan(&mut (0..t).rev(), 3).or_else(|| scan(&mut (t + 1..self.items.len()), 4))
    }

    pub(super) fn hedged(&self, t: usize) -> bool {
        let (q, c) = (self.items[t].quote, self.items[t].clause);
        self.items
            .iter()
            .any(|it| it.quote == q && it.clause == c && matches!(self.kind(it), Some(Kind::Hedge)))
    }

    /// Is there an obligation ("must", "should", "has to") in the clause
    /// before item `anchor`?
    /// The negator right before the subject of the clause of item
    /// `anchor` ("neither Washington nor Pyongyang", "no party"), if any.
    pub(super) fn subject_negator(&self, anchor: usize) -> Option<usize> {
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
    pub(super) fn obligation_before(&self, t: usize) -> Option<usize> {
        self.modal_before(t, &self.c.words.obligations)
    }

    /// A word of `list` ("must", "will") up to 4 items before the term at
    /// `t`, with only plain words between ("should sign a peace
    /// declaration", "would meet").
    pub(super) fn modal_before(&self, t: usize, list: &Seqs) -> Option<usize> {
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

    /// A party's stated intention ("would", "will") at most four items
    /// before the term `t`, as for an obligation. Only a party's own: the
    /// modal follows a party or a pronoun ("he would meet", "we will
    /// sign"), not "the world would see".
    pub(super) fn intention_before(&self, t: usize) -> Option<usize> {
        let w = &self.c.words;
        self.modal_before(t, &w.intentions).filter(|&m| {
            m > 0
                && (matches!(self.kind_at(m - 1), Some(Kind::Party { .. }))
                    || self.seq_at(m - 1, &w.pronouns) == 1
                    || self.seq_at(m - 1, &w.first_person) == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check_table, readings_of, with_sentence};
    use super::*;

    /// The texts of items `ks` of a sentence.
    fn texts(s: &Sentence, ks: impl IntoIterator<Item = usize>) -> Vec<String> {
        ks.into_iter()
            .map(|k| s.text[s.items[k].start..s.items[k].end].to_string())
            .collect()
    }

    /// The governing cues of the term `term`, outermost first.
    fn cues_of(text: &str, term: &str) -> Vec<String> {
        with_sentence(text, |s| {
            let t = s.at(term);
            let chain = s
                .governing_cue(t)
                .map(|g| s.cue_chain(g))
                .unwrap_or_default();
            texts(s, chain)
        })
    }

    #[test]
    fn the_governing_cue_and_its_chain() {
        // (sentence, term, cues outermost first)
        let rows: &[(&str, &str, &[&str])] = &[
            ("Pyongyang demanded relief.", "relief", &["demanded"]),
            // A cue's object before "for" and a gerund may take a few words.
            (
                "Seoul criticized the new government in Pyongyang for demanding relief.",
                "relief",
                &["criticized", "demanding"],
            ),
            // After the term.
            (
                "Sanctions relief was ruled out.",
                "Sanctions relief",
                &["ruled out"],
            ),
            // After the term, past a term coordinated with it.
            ("Talks and relief were ruled out.", "Talks", &["ruled out"]),
            // A participle before a preposition right after a term is a
            // reduced passive: it governs neither that term nor the next.
            (
                "Seoul welcomed talks proposed by Pyongyang.",
                "talks",
                &["welcomed"],
            ),
            (
                "They live with sanctions proposed over Yongbyon.",
                "sanctions",
                &[],
            ),
            (
                "They live with sanctions proposed over Yongbyon.",
                "Yongbyon",
                &[],
            ),
            // ... but not a verb whose subject the term is.
            (
                "They said sanctions proposed over time.",
                "sanctions",
                &["proposed"],
            ),
            // Not into a phrase of time, place or circumstance ...
            ("Pyongyang welcomed talks amid sanctions.", "sanctions", &[]),
            // ... which a coordinator ends.
            (
                "Pyongyang welcomed talks after a year and relief.",
                "relief",
                &["welcomed"],
            ),
            // Past a coordinated term, not past an adjunct.
            (
                "Pyongyang demanded talks and relief.",
                "relief",
                &["demanded"],
            ),
            // A chain ends at a coordinator: each verb has its own object.
            (
                "Seoul rejected the plan and demanded relief.",
                "relief",
                &["demanded"],
            ),
            (
                "Pyongyang rejected talks after the nuclear tests.",
                "nuclear tests",
                &[],
            ),
            // A chain of cues; a party's phrase is one step.
            (
                "Pyongyang refused to accept talks.",
                "talks",
                &["refused to", "accept"],
            ),
            (
                "Washington rejected the North's demand for a phased deal.",
                "phased deal",
                &["rejected", "demand"],
            ),
            (
                "Pyongyang welcomed talks; it rejected relief.",
                "talks",
                &["welcomed"],
            ),
        ];
        for (text, term, want) in rows {
            assert_eq!(cues_of(text, term), *want, "{term:?} in {text:?}");
        }
        with_sentence("Pyongyang's demand for relief was dismissed.", |s| {
            assert_eq!(s.passive_cue_after(s.at("relief")), Some(s.at("dismissed")));
        });
        with_sentence("Pyongyang demanded relief.", |s| {
            assert_eq!(s.passive_cue_after(s.at("relief")), None);
        });
    }

    #[test]
    fn reversers_and_negators_in_scope() {
        // (sentence, term, reversers, negators)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "Washington will lift sanctions.",
                "sanctions",
                &["lift"],
                &[],
            ),
            (
                "Pyongyang called for the lifting of sanctions.",
                "sanctions",
                &["lifting"],
                &[],
            ),
            // A possessor and its ending are one step of the reach.
            (
                "Seoul agreed to halt the country's two annual joint drills.",
                "joint drills",
                &["halt"],
                &[],
            ),
            // Terms of one direction joined by a coordinator share it ...
            (
                "Seoul offered to halt the joint drills and war games.",
                "war games",
                &["halt"],
                &[],
            ),
            // ... terms of opposite directions do not.
            (
                "Kim demanded the lifting of sanctions and relief.",
                "relief",
                &[],
                &[],
            ),
            // After the term only through a passive.
            (
                "The sanctions will be lifted.",
                "sanctions",
                &["lifted"],
                &[],
            ),
            // ... past determiners and a party after a preposition.
            (
                "The sanctions on the North will soon be lifted.",
                "sanctions",
                &["lifted"],
                &[],
            ),
            (
                "Sanctions would not be lifted.",
                "Sanctions",
                &["lifted"],
                &["not"],
            ),
            ("Pyongyang did not demand relief.", "relief", &[], &["not"]),
            // After the term, past auxiliaries and a negator.
            (
                "Sanctions are not going to be lifted.",
                "Sanctions",
                &["lifted"],
                &["not"],
            ),
            // With no cue, past an intention, a passive word and "to".
            (
                "Washington is not going to lift sanctions.",
                "sanctions",
                &["lift"],
                &["not"],
            ),
            (
                "Seoul vowed never to halt the joint drills.",
                "joint drills",
                &["halt"],
                &["never"],
            ),
            (
                "Washington is not ready, and it is going to lift sanctions.",
                "sanctions",
                &["lift"],
                &[],
            ),
            // ... or as its subject through auxiliaries, past a party
            // after a preposition, when the reverser has no object.
            (
                "The war games with Seoul will halt.",
                "war games",
                &["halt"],
                &[],
            ),
            (
                "Joint drills would halt the talks.",
                "Joint drills",
                &[],
                &[],
            ),
            (
                "There will be no sanctions relief.",
                "sanctions relief",
                &[],
                &["no"],
            ),
            // A negator far from a term with no cue does not reach it.
            (
                "No one said there would be sanctions relief.",
                "sanctions relief",
                &[],
                &[],
            ),
        ];
        for (text, term, revs, negs) in rows {
            with_sentence(text, |s| {
                let t = s.at(term);
                let cue = s.governing_cue(t);
                let rev = s.reverser(t, cue);
                assert_eq!(
                    texts(s, rev.iter().copied()),
                    *revs,
                    "reversers in {text:?}"
                );
                assert_eq!(
                    texts(s, s.negators(t, cue, &rev)),
                    *negs,
                    "negators in {text:?}"
                );
            });
        }
        with_sentence(
            "The US dropped its demand for complete denuclearization.",
            |s| {
                assert_eq!(s.cue_reverser(s.at("demand")), Some(s.at("dropped")));
            },
        );
        with_sentence(
            "Neither Washington nor Pyongyang has welcomed talks.",
            |s| {
                assert_eq!(s.subject_negator(s.at("welcomed")), Some(s.at("Neither")));
            },
        );
    }

    #[test]
    fn hedges_obligations_and_intentions() {
        with_sentence("Washington reportedly rejected talks; Seoul agreed.", |s| {
            assert!(s.hedged(s.at("talks")));
            assert!(!s.hedged(s.at("agreed")));
        });
        with_sentence("The two Koreas should sign a summit declaration.", |s| {
            assert_eq!(s.obligation_before(s.at("summit")), Some(s.at("should")));
        });
        with_sentence("He said he would hold a summit.", |s| {
            assert_eq!(s.intention_before(s.at("summit")), Some(s.at("would")));
        });
        // Only a party's own: not "the world would see".
        with_sentence("The world would see a summit.", |s| {
            assert_eq!(s.intention_before(s.at("summit")), None);
        });
    }

    #[test]
    fn the_sign_and_the_rules_that_decide_it() {
        check_table(
            &[
                (
                    "North Korea demanded sanctions relief.",
                    vec!["DPRK relief support [subject, cue]"],
                ),
                (
                    "Sanctions relief was ruled out by Washington.",
                    vec!["US relief oppose [passive-agent, cue-after]"],
                ),
                (
                    "Pyongyang refused to accept talks.",
                    vec!["DPRK talks oppose [subject, cue-chain]"],
                ),
                (
                    "The US dropped its demand for complete denuclearization.",
                    vec!["US denuclearization oppose [pronoun, cue, reversed-cue]"],
                ),
                (
                    "Pyongyang called for the lifting of sanctions.",
                    vec!["DPRK relief support [subject, cue, reverser, inverse-term]"],
                ),
                (
                    "Pyongyang did not demand relief.",
                    vec!["DPRK relief oppose [subject, cue, negated-cue]"],
                ),
                (
                    "Pyongyang demanded no relief.",
                    vec!["DPRK relief oppose [subject, cue, negated-term]"],
                ),
                // A passive reverser after coordinated terms of one
                // direction reverses each.
                (
                    "Pyongyang said sanctions and the joint drills will be lifted.",
                    vec!["DPRK relief support [earlier-subject, reverser, inverse-term]"],
                ),
                // A negated verb of belief negates the clause it reports.
                (
                    "Seoul does not believe that Pyongyang demanded relief.",
                    vec!["DPRK relief oppose [subject, cue, negated-cue]"],
                ),
                (
                    "Seoul did not really think the North has demanded relief.",
                    vec!["DPRK relief oppose [subject, cue, negated-cue]"],
                ),
                (
                    "Seoul believes Pyongyang demanded relief.",
                    vec!["DPRK relief support [subject, cue]"],
                ),
                (
                    "Neither Washington nor Pyongyang has welcomed talks.",
                    vec!["US+DPRK talks oppose [coordinated-subject, cue, negated-subject]"],
                ),
                (
                    "Washington proposed a big deal.",
                    vec!["US phased oppose [subject, cue, inverse-term]"],
                ),
                (
                    "Denuclearization is off the table, Pyongyang said.",
                    vec!["DPRK denuclearization oppose [speech-tag, position]"],
                ),
                (
                    "Seoul hinted at talks.",
                    vec!["ROK talks support, hedged [subject, cue]"],
                ),
                (
                    "Washington reportedly rejected talks.",
                    vec!["US talks oppose, hedged [subject, cue]"],
                ),
                (
                    "The two Koreas should sign a summit declaration.",
                    vec!["DPRK+ROK talks support [coordinated-subject, obligation]"],
                ),
                (
                    "He said he would hold a summit.",
                    vec!["- talks support [intention]"],
                ),
                // An act term: its verb states it, a negator still negates.
                (
                    "Pyongyang began to dismantle Yongbyon.",
                    vec!["DPRK yongbyon support [subject]"],
                ),
                (
                    "North Korea said it will never dismantle Yongbyon.",
                    vec!["DPRK yongbyon oppose [pronoun, negated-term]"],
                ),
            ],
            |text| {
                let term = with_sentence(text, |s| {
                    let t = (0..s.items.len())
                        .find(|&k| {
                            matches!(
                                s.kind_at(k),
                                Some(Kind::Issue { .. } | Kind::Position { .. })
                            )
                        })
                        .unwrap();
                    s.text[s.items[t].start..s.items[t].end].to_string()
                });
                readings_of(text, &term)
            },
        );
    }
}
