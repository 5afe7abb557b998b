//! Holders: who holds a stance.
//!
//! Takes a [`Sentence`] with its quotations, clauses and conditions marked,
//! and the [`Carry`] (the last subject, speaker and parties mentioned).
//! Searches for the subject of a cue: the nearest party mention that is not
//! possessive, a modifier or an object, with coordinated parties and group
//! names all credited; pronouns, references ("the statement") and "the two
//! sides"; the people who speak for a party ("officials in Pyongyang"); a
//! name the lexicon does not know; a passive agent, a speech tag, a later
//! subject; the owner of an inner cue, the speaker who lays down an
//! obligation, and a party that answers the term from a later clause. Hands
//! the reading (`reading.rs`) a [`Holder`] and the [`Rule`] that found it.

use super::rule::Rule;
use super::sentence::{is_gerund, ItemKind, Sentence};
use super::Carry;
use crate::lexicon::Kind;

/// Who holds a stance.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Holder {
    Parties(Vec<u16>),
    /// A non-party speaker (analyst, expert).
    Outsider,
    /// Someone the lexicon does not know ("Hong Min said").
    Unknown,
}

impl<'a> Sentence<'a> {
    /// "North Korea's", "the two sides'": the party is a possessor.
    pub(super) fn is_possessive(&self, k: usize) -> bool {
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
    pub(super) fn possessive_of_issue(&self, k: usize) -> bool {
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
    pub(super) fn is_modifier(&self, k: usize) -> bool {
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

    /// The party that owns the noun phrase before item `t` (a term, or the
    /// cue that judges it): a possessor ("the United States' pursuit of
    /// dialogue") or a party before a noun that a preposition or a verb
    /// follows ("US overtures are", "the US offer of talks"), with no cue,
    /// speech verb, comma or other party between it and `t`.
    pub(super) fn judged_owner(&self, t: usize) -> Option<usize> {
        let quote = self.items[t].quote;
        let j = (0..t)
            .rev()
            .take_while(|&j| self.items[j].quote == quote)
            .find(|&j| {
                self.punct_at(j) == Some(',')
                    || matches!(
                        self.kind_at(j),
                        Some(Kind::Party { .. } | Kind::Cue { .. } | Kind::Speech | Kind::Speaker)
                    )
            })?;
        if !matches!(self.kind_at(j), Some(Kind::Party { .. })) {
            return None;
        }
        if self.is_possessive(j) {
            // Inside the term's own phrase: the term, or a noun and a
            // preposition before it ("the US pursuit of “meaningful
            // dialogue”"), not "Trump's aides believe the talks …".
            let w = &self.c.words;
            let plain = |x: usize| {
                matches!(self.items[x].kind, ItemKind::Word(_))
                    && !self.item_is_word(x, "s")
                    && !self.word_in(x, &w.determiners)
            };
            let mut words = (j + 1..t).filter(|&x| plain(x));
            let (first, second) = (words.next(), words.next());
            let in_phrase = first.is_none()
                || second
                    .is_some_and(|x| self.word_in(x, &w.prepositions) && 2 + words.count() <= 6);
            return in_phrase.then_some(j);
        }
        // "US overtures are", "the US offer of": a plain lowercase word,
        // then a preposition or an auxiliary.
        let noun = match &self.items.get(j + 1)?.kind {
            ItemKind::Word(w) => w.chars().next().is_some_and(|ch| ch.is_lowercase()),
            _ => false,
        };
        let w = &self.c.words;
        (noun
            && j + 1 < t
            && !self.word_in(j + 1, &w.auxiliaries)
            && (self.word_in(j + 2, &w.prepositions) || self.word_in(j + 2, &w.auxiliaries)))
        .then_some(j)
    }

    /// Is the event term at `t` the setting of something else: inside a
    /// phrase opened by a preposition or an adjunct word, past its
    /// determiners, possessors, party compounds, names and up to two other
    /// words, none an auxiliary or coordinator ("for the Trump-Kim summit",
    /// "since their first meeting", "at the DPRK-U.S. summit talks"; not
    /// "after Seoul and Washington began their drills")?
    pub(super) fn in_setting_phrase(&self, t: usize) -> bool {
        let w = &self.c.words;
        let mut plain = 0;
        let mut j = t;
        while j > 0 {
            j -= 1;
            if self.word_in(j, &w.prepositions) || self.seq_at(j, &w.adjuncts) > 0 {
                return true;
            }
            let skip = match &self.items[j].kind {
                ItemKind::M(_, Kind::Party { .. }) => true,
                ItemKind::Punct(p) => matches!(p, '-' | '/' | '\'' | '\u{2019}'),
                ItemKind::Word(word) => {
                    let lower = !word.chars().next().is_some_and(char::is_uppercase);
                    let minor = self.word_in(j, &w.determiners)
                        || self.seq_at(j, &w.pronouns) > 0
                        || self.word_in(j, &w.plural_pronouns)
                        || word.as_ref() == "s";
                    if lower && !minor {
                        plain += 1;
                    }
                    plain <= 2
                        && !self.word_in(j, &w.auxiliaries)
                        && self.seq_at(j, &w.coordinators) == 0
                }
                _ => false,
            };
            if !skip {
                return false;
            }
        }
        false
    }

    /// Is the party at `k` the possessor of the cue at `anchor`, at most one
    /// plain word between ("the North's excessive demands", "Seoul's call";
    /// not "Kim's letter but dismissed")?
    pub(super) fn possesses_cue(&self, k: usize, anchor: usize) -> bool {
        let possessor = self.is_possessive(k) || self.word_in(k, &self.c.words.possessives);
        if k >= anchor || !possessor || !matches!(self.kind_at(anchor), Some(Kind::Cue { .. })) {
            return false;
        }
        let words = (k + 1..anchor)
            .filter(|&j| matches!(self.items[j].kind, ItemKind::Word(_)))
            .filter(|&j| !self.item_is_word(j, "s"))
            .count();
        let w = &self.c.words;
        words <= 1
            && (k + 1..anchor).all(|j| match &self.items[j].kind {
                ItemKind::Word(_) => {
                    self.seq_at(j, &w.coordinators) == 0 && self.seq_at(j, &w.contrasts) == 0
                }
                ItemKind::Punct(p) => matches!(p, '\'' | '\u{2019}' | '-'),
                ItemKind::M(..) => false,
            })
    }

    pub(super) fn preceded_by_preposition(&self, k: usize) -> bool {
        let party = match self.kind_at(k) {
            Some(Kind::Party { party }) => Some(party),
            _ => None,
        };
        let mut j = k;
        while j > 0 {
            j -= 1;
            if self.word_in(j, &self.c.words.determiners) {
                continue;
            }
            // A title alias before a name alias of the same party is one
            // phrase, title words between them too: "of U.S. President
            // Donald Trump", "with South Korean Foreign Minister Kang".
            let same = |x: usize| {
                party.is_some()
                    && matches!(self.kind_at(x), Some(Kind::Party { party: q }) if Some(q) == party)
            };
            if same(j) {
                continue;
            }
            if party.is_some() && self.is_name(j) {
                let x = self.before_name(j);
                if same(x) {
                    j = x;
                    continue;
                }
            }
            // A speech verb the grammar lists among the prepositions takes
            // an object too ("told reporters", "told him").
            let speech = matches!(self.kind_at(j), Some(Kind::Speech))
                && self.class_at(j) & self.c.words.prepositions.bit != 0;
            return speech
                || self.word_in(j, &self.c.words.prepositions)
                || self.word_in(j, &self.c.words.causatives);
        }
        false
    }

    /// Does a verb follow the party at `k` ("after Kim demands", "with Trump
    /// saying", "since Pyongyang has rejected")? Then a word such as "after"
    /// opens a clause and the party is its subject, not an object.
    pub(super) fn starts_clause(&self, k: usize) -> bool {
        let mut j = k + 1;
        if self.is_possessive(k) {
            return false;
        }
        // "making the DPRK abandon …": after a verb of influence the party
        // is its object, before a bare verb too.
        let p = self.phrase_start(k);
        if p > 0 && self.word_in(p - 1, &self.c.words.causatives) {
            return false;
        }
        // "talks with the US are meaningless": after a partner word the
        // party is the partner, and the verb is the phrase's; only a gerund
        // opens a clause there ("with Washington refusing to …").
        let partner = p > 0 && self.word_in(p - 1, &self.c.words.partners);
        let gerund = || {
            // (past adverbs: "with the US still demanding …")
            let mut j = j;
            while self.word_in(j, &self.c.words.auxiliaries) {
                j += 1;
            }
            self.starts_with_gerund(j)
        };
        if partner && !gerund() {
            return false;
        }
        // (past auxiliaries, and after an adjunct word past "-ly" adverbs
        // too: "after Trump abruptly cancelled", not "the envoy to
        // Washington strongly urged")
        let adjunct = p > 0 && self.seq_at(p - 1, &self.c.words.adjuncts) == 1;
        while self.word_in(j, &self.c.words.auxiliaries) || (adjunct && self.adverb_at(j)) {
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
    pub(super) fn is_object(&self, k: usize) -> bool {
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
                if is_gerund(word) {
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
    /// Not when the whole phrase is a preposition's object ("dialogue with
    /// the leader of the DPRK").
    pub(super) fn represented(&self, k: usize) -> bool {
        let j = self.phrase_start(k);
        (1..=4).any(|l| {
            j >= l
                && self.seq_at(j - l, &self.c.words.representatives) == l
                && !self.preceded_by_preposition(j - l)
        })
    }

    pub(super) fn preceded_by_agent_marker(&self, k: usize) -> bool {
        k > 0 && self.word_in(k - 1, &self.c.words.agent_markers)
    }

    /// Is item `j` a party mention through an alias marked `person: true`?
    pub(super) fn is_person(&self, j: usize) -> bool {
        matches!(self.items[j].kind, ItemKind::M(m, Kind::Party { .. })
            if self.c.entries[self.matches[m].entry as usize].person)
    }

    /// The coordinated group of party mentions ending at item `k`, if it can
    /// be a subject. Returns the holder and the first item of the group.
    pub(super) fn subject_group(&self, k: usize) -> Option<(Holder, usize)> {
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
            // "Kim and visiting President Moon": a title alias
            // of the same party, and a participle right after the
            // coordinator, belong to the mention.
            if let Some(Kind::Party { party: p0 }) = self.kind_at(first) {
                while j > 0
                    && matches!(self.kind_at(j - 1), Some(Kind::Party { party: q }) if q == p0)
                    && !self.is_possessive(j - 1)
                {
                    j = self.phrase_start(j - 1);
                }
                let participle = j >= 2
                    && self.word_at(j - 1).is_some_and(is_gerund)
                    && self.class_at(j - 1) == 0
                    && self.seq_at(j - 2, &self.c.words.coordinators) == 1;
                if participle {
                    j -= 1;
                }
            }
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
            // "leader Kim Jong Un and …": the rest of a name after its alias.
            if self.is_name(before) {
                let x = self.before_name(before);
                if matches!(self.kind_at(x), Some(Kind::Party { .. })) {
                    before = x;
                }
            }
            // "According to Seoul, Pyongyang …", "In Washington, Seoul's
            // envoy …": a party that a fronted phrase ends with is not
            // listed with the subject by a bare comma.
            // So is a coordinated group in it, titles and names aside ("Under an
            // accord drawn up by Moon and Kim Jong-un, North Korea said").
            let fronted = !coordinated && {
                let mut x = self.phrase_start(before);
                while x > 0
                    && !self.word_in(x - 1, &self.c.words.prepositions)
                    && (matches!(self.kind_at(x - 1), Some(Kind::Party { .. }))
                        || self.is_name(x - 1)
                        || self.word_in(x - 1, &self.c.words.determiners)
                        || self.seq_at(x - 1, &self.c.words.coordinators) == 1)
                {
                    x -= 1;
                }
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
                // "Kim says he and Moon have agreed": a subject pronoun joined
                // to the party names whom it refers to in the sentence.
                None if coordinated
                    && self.seq_at(before, &self.c.words.pronouns) == 1
                    && self.seq_at(before, &self.c.words.expletives) == 0
                    && !self.word_in(before, &self.c.words.possessives)
                    && !self.preceded_by_preposition(before) =>
                {
                    let w = &self.c.words;
                    let personal = self.c.persons && self.word_in(before, &w.personal_pronouns);
                    let impersonal = self.c.persons && self.word_in(before, &w.impersonal_pronouns);
                    match self.resolve_in_sentence(before, personal, impersonal) {
                        Some(Holder::Parties(ps)) => {
                            for p in ps {
                                if !parties.contains(&p) {
                                    parties.push(p);
                                }
                            }
                            first = before;
                        }
                        _ => break,
                    }
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
    pub(super) fn last_pair(&self, k: usize, carry: &Carry) -> Option<Holder> {
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
    pub(super) fn resolve_pronoun(&self, k: usize, carry: &Carry) -> Option<Holder> {
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
        if let Some(h) = self.plural_antecedent(k) {
            return Some(h);
        }
        if let Some(p) = self.causee_possessor(k) {
            return Some(Holder::Parties(vec![p]));
        }
        // "they" in a party's quotation is the other side ("As Trump
        // said, “they wanted the sanctions lifted”").
        let speaker = quote.and_then(|q| match &self.quotes[q].speaker {
            Some(Holder::Parties(p)) if p.len() == 1 => Some(p[0]),
            _ => None,
        });
        // Only in a quotation that opens in this sentence: one carried on
        // from before may have named "they" already ("Our negotiators
        // worked hard. They want …").
        let opened_here = self.items.first().is_some_and(|it| it.quote != quote);
        if let Some(me) = speaker.filter(|_| opened_here && self.word_in(k, &w.plural_pronouns)) {
            let found = self.resolve_in_sentence(k, personal, impersonal);
            if found
                .as_ref()
                .is_some_and(|h| *h != Holder::Parties(vec![me]))
            {
                return found;
            }
            let before = (0..k).rev().find_map(|j| match self.kind_at(j) {
                Some(Kind::Party { party }) if party != me => Some(party),
                _ => None,
            });
            return before
                .or_else(|| carry.recent.iter().copied().find(|&p| p != me))
                .map(|p| Holder::Parties(vec![p]));
        }
        if let Some(h) = self.resolve_in_sentence(k, personal, impersonal) {
            return Some(h);
        }
        // Across a sentence break "he" and "she" still name a person.
        if personal {
            carry.last_person.clone()
        } else {
            carry.last_subject.clone()
        }
    }

    /// The relative word ("which", "that") right after the term at `t`,
    /// past the closing mark of a scare-quoted term.
    fn relative_after(&self, t: usize) -> Option<usize> {
        let r = if self.is_quote_mark(t + 1) {
            t + 2
        } else {
            t + 1
        };
        (self.word_in(r, &self.c.words.relatives) || self.item_is_word(r, "that")).then_some(r)
    }

    /// "… met Kim Yong-chol, who said …": a relative word right after a
    /// comma and a party stands for that party, the subject of its clause.
    fn relative_antecedent(&self, j: usize) -> Option<Holder> {
        if j < 2 || !self.word_in(j, &self.c.words.relatives) || self.punct_at(j - 1) != Some(',') {
            return None;
        }
        // Only a subject relative: not "whom he urged", nor one with a
        // subject of its own ("who he hopes will …", "which it said …").
        let w = &self.c.words;
        if self.item_is_word(j, "whom")
            || self.seq_at(j + 1, &w.pronouns) > 0
            || matches!(self.kind_at(j + 1), Some(Kind::Party { .. }))
        {
            return None;
        }
        match self.kind_at(j - 2) {
            Some(Kind::Party { party })
                if !self.is_possessive(j - 2) && self.items[j - 2].quote == self.items[j].quote =>
            {
                Some(Holder::Parties(vec![party]))
            }
            _ => None,
        }
    }

    /// Is item `j` inside a relative clause closed before `k` whose
    /// antecedent is a party or a name ("Kim, who met Trump, said he …")?
    /// After a thing ("The letter, which Kim sent, said he …") the subject
    /// inside may be the only one the pronoun can name.
    fn in_relative_of_party(&self, j: usize, k: usize) -> bool {
        if !self.in_relative_clause(j, k) {
            return false;
        }
        let open = (0..j).rev().find(|&x| self.punct_at(x) == Some(','));
        open.and_then(|o| o.checked_sub(1))
            .is_some_and(|a| matches!(self.kind_at(a), Some(Kind::Party { .. })) || self.is_name(a))
    }

    /// "urged Washington to drop its demand": a possessive pronoun right
    /// after a reverser in an infinitive whose subject is the object of the
    /// verb before it names that object; what one is asked to give up is
    /// one's own. Not after other verbs ("urged the US to accept its
    /// proposal": the proposal is the asker's).
    pub(super) fn causee_possessor(&self, k: usize) -> Option<u16> {
        if k < 4
            || !self.word_in(k, &self.c.words.possessives)
            || !matches!(self.kind_at(k - 1), Some(Kind::Reverser))
            || !self.item_is_word(k - 2, "to")
        {
            return None;
        }
        let x = k - 3;
        match self.kind_at(x) {
            Some(Kind::Party { party })
                if !self.is_possessive(x)
                    && self.same_scope(x, k)
                    && self.is_object(x)
                    && (!self.c.persons
                        || self.word_in(k, &self.c.words.personal_pronouns)
                            == self.is_person(x)) =>
            {
                Some(party)
            }
            _ => None,
        }
    }

    /// The subject a pronoun at `k` refers to within its sentence and
    /// quotation context.
    fn resolve_in_sentence(&self, k: usize, personal: bool, impersonal: bool) -> Option<Holder> {
        let (quote, cond) = (self.items[k].quote, self.items[k].cond);
        // A quoted fragment is part of the reporter's sentence (“… had
        // expressed “his eagerness to meet …”): its pronouns may name the
        // narrative's subjects before it.
        let fragment = quote.is_some_and(|q| self.is_fragment(q));
        for j in (0..k).rev() {
            // A subject inside a condition is out of reach, unless the
            // pronoun is in the same condition ("if Kim confirmed he was
            // ready to …").
            let other_condition = self.items[j].cond.is_some() && self.items[j].cond != cond;
            let reach = self.items[j].quote == quote || (fragment && self.items[j].quote.is_none());
            if !reach || other_condition {
                continue;
            }
            // "… Kim Yong-chol, who said he wanted relief": he is Kim, when
            // the relative clause is still open at the pronoun.
            if self.word_in(j, &self.c.words.relatives)
                && !(j + 1..k).any(|x| self.punct_at(x) == Some(','))
            {
                if let Some(h) = self.relative_antecedent(j) {
                    if !(personal || impersonal) || self.is_person(j - 2) == personal {
                        return Some(h);
                    }
                }
            }
            if (personal || impersonal) && self.is_person(j) != personal {
                continue;
            }
            // Nor a subject inside a relative clause closed before the
            // pronoun ("Kim, who met Trump, said he …": Kim).
            if let Some((h, _)) = self
                .subject_group(j)
                .filter(|_| !self.in_closed_subordinate(j, k) && !self.in_relative_of_party(j, k))
            {
                return Some(h);
            }
        }
        None
    }

    /// The subject of a relative clause between the term at `t` and the
    /// cue at `c` after it ("the approach that Kim called for", "talks
    /// which Washington rejected"): a relative word right after the term,
    /// then a party or pronoun, auxiliaries, and the cue.
    pub(super) fn relative_subject(
        &self,
        t: usize,
        c: usize,
        carry: &Carry,
    ) -> Option<(Holder, Rule)> {
        let w = &self.c.words;
        let r = self.relative_after(t)?;
        let mut k = c;
        while k > r + 1 && self.word_in(k - 1, &w.auxiliaries) {
            k -= 1;
        }
        let s = r + 1;
        if k <= s {
            return None;
        }
        if let Some((h, first)) = self.subject_group(k - 1) {
            return (first == s).then_some((h, Rule::Subject));
        }
        (k - 1 == s && self.seq_at(s, &w.pronouns) == 1)
            .then(|| self.resolve_pronoun(s, carry))
            .flatten()
            .map(|h| (h, Rule::Pronoun))
    }

    /// The parties joined by a coordinator nearest before the plural
    /// pronoun at `k`, in its quotation ("after Seoul and Washington
    /// started their drills": Seoul and Washington, even after a
    /// preposition).
    fn plural_antecedent(&self, k: usize) -> Option<Holder> {
        if !self.word_in(k, &self.c.words.plural_pronouns) {
            return None;
        }
        let quote = self.items[k].quote;
        let party = |x: usize| match self.kind_at(x) {
            Some(Kind::Party { party }) => Some(party),
            _ => None,
        };
        (1..k).rev().find_map(|x| {
            if self.items[x].quote != quote {
                return None;
            }
            let n = self.seq_at(x, &self.c.words.coordinators);
            let (a, b) = (party(x - 1)?, party(x + n).filter(|_| n > 0)?);
            let mut ps = vec![a, b];
            ps.sort_unstable();
            ps.dedup();
            Some(Holder::Parties(ps))
        })
    }

    /// The first person mentioned as a subject in this sentence, else the
    /// last person mentioned at all (for "he"/"she" in the next sentence).
    pub(super) fn person_subject(&self) -> Option<Holder> {
        if !self.c.persons {
            return None;
        }
        let persons = || (0..self.items.len()).filter(|&j| self.is_person(j));
        persons()
            .find_map(|j| self.subject_group(j).map(|(h, _)| h))
            .or_else(|| {
                persons().next_back().and_then(|j| match self.kind_at(j) {
                    Some(Kind::Party { party }) => Some(Holder::Parties(vec![party])),
                    _ => None,
                })
            })
    }

    /// Does the sentence open with a person the lexicon does not know as
    /// its subject ("Donald Trump attempted …" in an article after his
    /// term, "Analyst Go Myong-hyun said …", "John Bolton, a former
    /// adviser, spoke …")? Then "he" in the next sentence is that person,
    /// not a party's person named before. Two names or more (or one after
    /// a non-party speaker word), an apposition set off by commas, then a
    /// verb: a speech verb, cue, reverser or a plain lower-case word.
    pub(super) fn unknown_person_subject(&self) -> bool {
        let w = &self.c.words;
        let mut k = 0;
        let after_speaker = matches!(self.kind_at(0), Some(Kind::Speaker));
        if after_speaker {
            k = 1;
        }
        let mut names = 0;
        // A title or a speakers word among the names describes a person
        // ("Chinese President Xi Jinping", "Republican Senator Jim Roe").
        let mut described = after_speaker;
        while k < self.items.len() && self.items[k].quote.is_none() {
            if self.is_name(k) {
                let word = &self.text[self.items[k].start..self.items[k].end];
                described |= !self.word_in(k, &w.determiners)
                    && self.c.titles.iter().any(|t| t.eq_ignore_ascii_case(word));
                k += 1;
                names += 1;
            } else if names > 0 && matches!(self.kind_at(k), Some(Kind::Speaker)) {
                described = true;
                k += 1;
            } else if names > 0
                && self.punct_at(k) == Some('-')
                && matches!(
                    self.items.get(k + 1).map(|it| &it.kind),
                    Some(ItemKind::Word(_))
                )
            {
                k += 2; // "Min-ho"
            } else {
                break;
            }
        }
        if names < if after_speaker { 1 } else { 2 } {
            return false;
        }
        // (", a professor at …,")
        if self.punct_at(k) == Some(',') {
            match (k + 1..(k + 9).min(self.items.len())).find(|&j| self.punct_at(j).is_some()) {
                Some(j) if self.punct_at(j) == Some(',') => {
                    described |= (k + 1..j).any(|x| matches!(self.kind_at(x), Some(Kind::Speaker)));
                    k = j + 1;
                }
                _ => return false,
            }
        }
        // A person a speakers word or title describes, or a bare name of
        // two words ("Hong Min-ho said"); not a determiner's ("The Kremlin
        // said") nor three words or more ("Yonhap News Agency reported"):
        // organisations.
        if !described && (names != 2 || self.word_in(0, &w.determiners)) {
            return false;
        }
        while self.word_in(k, &w.auxiliaries) {
            k += 1;
        }
        match self.items.get(k).map(|it| &it.kind) {
            Some(ItemKind::M(
                _,
                Kind::Speech | Kind::Cue { .. } | Kind::Reverser | Kind::Threat | Kind::Negator,
            )) => true,
            Some(ItemKind::Word(_)) => {
                !self.is_name(k)
                    && self.class_at(k)
                        & (w.prepositions.bit
                            | w.determiners.bit
                            | w.coordinators.bit
                            | w.relatives.bit
                            | w.subordinators.bit)
                        == 0
            }
            _ => false,
        }
    }

    /// Is the cue at `anchor` the verb of a relative clause about a thing
    /// ("the summit, which aims to eliminate …", "talks which would lead
    /// to …")? Its subject is the thing, so no party further back holds
    /// it. The clause has no subject of its own between the relative and
    /// the cue ("which the US rejected" has one).
    pub(super) fn about_a_thing(&self, anchor: usize) -> bool {
        if !matches!(
            self.kind_at(anchor),
            Some(Kind::Cue { .. } | Kind::Reverser)
        ) {
            return false;
        }
        let quote = self.items[anchor].quote;
        let subject_words = self.subject_word_bits();
        let mut j = anchor;
        while j > 0 && anchor - j < 6 {
            j -= 1;
            if self.items[j].quote != quote || self.punct_at(j).is_some() {
                return false;
            }
            if matches!(self.kind_at(j), Some(Kind::Party { .. } | Kind::Speaker))
                || self.class_at(j) & subject_words != 0
            {
                return false;
            }
            if self.item_is_word(j, "which") {
                // The antecedent: a plain word before it, over a comma.
                let a = if j > 0 && self.punct_at(j - 1) == Some(',') {
                    j.saturating_sub(2)
                } else {
                    j.saturating_sub(1)
                };
                let thing = matches!(self.items[a].kind, ItemKind::Word(_)) && !self.is_name(a)
                    || matches!(self.kind_at(a), Some(Kind::Issue { .. }));
                return j > 0 && self.items[a].quote == quote && thing;
            }
        }
        false
    }

    /// Is the cue at `anchor` right after a name the lexicon does not know
    /// ("…, while Special Representative Sung Kim rejected …", "KCNA
    /// ruled out …"), auxiliaries aside? A capitalised plain word there
    /// that opens its clause or ends a title is the subject: someone other
    /// than the parties named elsewhere.
    pub(super) fn unknown_subject(&self, anchor: usize) -> bool {
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
        // The name goes on a party's name or title ("Chairman Kim Jong Un
        // accepted", "US Ambassador Harry Harris said"): that party is the
        // subject.
        if matches!(self.kind_at(self.before_name(p)), Some(Kind::Party { .. })) {
            return false;
        }
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

    /// Holder found by searching backward from item `anchor` (exclusive) in
    /// the same context. Returns the holder and the rule name.
    pub(super) fn subject_before(&self, anchor: usize, carry: &Carry) -> Option<(Holder, Rule)> {
        let quote = self.items[anchor].quote;
        let clause = self.items[anchor].clause;
        let w = &self.c.words;
        let subject_words = self.subject_word_bits();
        if self.unknown_subject(anchor) {
            return Some((Holder::Unknown, Rule::UnknownSubject));
        }
        if self.about_a_thing(anchor) {
            return Some((Holder::Unknown, Rule::ThingRelative));
        }
        let mut j = anchor;
        while j > 0 {
            j -= 1;
            let it = &self.items[j];
            if it.quote != quote {
                if quote.is_some() {
                    // A quotation's subject must be inside it, unless it
                    // opens right after a party that is its subject,
                    // auxiliaries aside ("said that Pyongyang “wanted the
                    // sanctions lifted”", "Washington had “conducted …”").
                    if self.is_quote_mark(j) && j > 0 && it.quote.is_none() {
                        let mut k = j - 1;
                        while k > 0 && self.word_in(k, &w.auxiliaries) {
                            k -= 1;
                        }
                        if let Some((h, _)) = self.subject_group(k) {
                            return Some((h, Rule::Subject));
                        }
                    }
                    break;
                }
                continue;
            }
            if it.cond.is_some() && self.items[anchor].cond != it.cond {
                continue;
            }
            if self.in_relative_clause(j, anchor) || self.aside_apart(j, anchor) {
                continue; // "Moon, who met Trump, is pushing for …"
            }
            if let Some(h) = self.relative_antecedent(j) {
                return Some((h, Rule::Subject));
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
                // "over the North's excessive demands for relief": the
                // possessor of the cue holds it, even after a preposition.
                Some(Kind::Party { party }) if self.possesses_cue(j, anchor) => {
                    let rule = if it.clause == clause {
                        Rule::Subject
                    } else {
                        Rule::EarlierSubject
                    };
                    return Some((Holder::Parties(vec![party]), rule));
                }
                Some(Kind::Party { .. }) => {
                    if let Some((h, first)) = self.subject_group(j) {
                        let rule = if first != j {
                            Rule::CoordinatedSubject
                        } else if it.clause == clause {
                            Rule::Subject
                        } else {
                            Rule::EarlierSubject
                        };
                        return Some((h, rule));
                    }
                }
                // An outsider after a preposition is an object, not who
                // holds the stance ("added the firm to the list of analysts'
                // picks", "talks in Beijing").
                // "Washington and Tokyo have long opposed": a party joined
                // to the outsider is among the subjects and holds it.
                Some(Kind::Speaker)
                    if j >= 2
                        && self.seq_at(j - 1, &self.c.words.coordinators) == 1
                        && matches!(self.kind_at(j - 2), Some(Kind::Party { .. })) => {}
                Some(Kind::Speaker) if !self.preceded_by_preposition(j) => {
                    return Some((Holder::Outsider, Rule::OutsiderSubject))
                }
                _ => {}
            }
            // "… at the growth of our nuclear force": a first
            // person after a preposition is no subject.
            if self.seq_at(j, &self.c.words.first_person) > 0 && !self.preceded_by_preposition(j) {
                match quote {
                    Some(q) => {
                        return self.quotes[q]
                            .speaker
                            .clone()
                            .map(|h| (h, Rule::FirstPerson))
                    }
                    None if carry.voice.is_some() => {
                        return carry.voice.clone().map(|h| (h, Rule::StatementVoice))
                    }
                    None => {}
                }
            }
            // A possessive pronoun that possesses the cue holds it, even
            // after a preposition ("the absence of his familiar demand that").
            // Not the possessive of what an object is urged to give up
            // ("urged Washington to drop its demand": the urger holds it).
            if self.word_in(j, &self.c.words.possessives)
                && self.possesses_cue(j, anchor)
                && self.causee_possessor(j).is_none()
            {
                if let Some(h) = self.resolve_pronoun(j, carry) {
                    return Some((h, Rule::Pronoun));
                }
            }
            // A pronoun after a preposition or an object-taking verb is an
            // object ("pressed it to resume talks", "talks with them").
            if self.seq_at(j, &self.c.words.pronouns) > 0
                && self.seq_at(j, &self.c.words.expletives) == 0
                && !self.preceded_by_preposition(j)
                && self.causee_possessor(j).is_none()
            {
                if let Some(h) = self.resolve_pronoun(j, carry) {
                    return Some((h, Rule::Pronoun));
                }
            }
            // "The statement welcomed …", "the spokesman rejected …": a
            // reference to the last speaker, read like a pronoun.
            if self.seq_at(j, &self.c.words.references) > 0 && !self.preceded_by_preposition(j) {
                if let Some(h) = carry.last_speaker.clone().or(carry.last_subject.clone()) {
                    return Some((h, Rule::Reference));
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
                        return Some((h, Rule::PairReference));
                    }
                }
            }
        }
        None
    }

    /// Holder named after item `t`: a passive agent ("by X"), a speech tag
    /// ("…, X said"), "according to X", or a fronted clause's subject.
    pub(super) fn subject_after(&self, t: usize) -> Option<(Holder, Rule)> {
        let quote = self.items[t].quote;
        let mut comma = false;
        let mut skip_to_comma = false;
        for j in t + 1..self.items.len() {
            if self.items[j].quote != quote {
                continue;
            }
            // "…, but the United States is wary": another clause's subject.
            // An aside inside the clause is its speech tag ("Sanctions,
            // Pompeo said, will not be eased").
            if self.items[j].clause != self.items[t].clause && !self.aside_apart(j, t) {
                break;
            }
            if self.punct_at(j) == Some(',') {
                // ", which Pyongyang has long sought": a relative clause on
                // what came before says who holds that, not this reading;
                // a speech tag after it still does ("…, which remains the
                // goal, Pompeo said").
                if self.nonrestrictive_relative(j - 1).is_some() {
                    skip_to_comma = true;
                    continue;
                }
                if skip_to_comma {
                    skip_to_comma = false;
                    continue;
                }
                comma = true;
            }
            if skip_to_comma {
                continue;
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
                        return Some((Holder::Parties(vec![party]), Rule::PassiveAgent));
                    }
                    // A preposition's object before any comma is part of
                    // the term's phrase, not who holds it ("sanctions on
                    // North Korea will remain, Pompeo said").
                    if !comma && self.preceded_by_preposition(j) {
                        continue;
                    }
                    // "…, KCNA warned": a threat word is a speech verb too.
                    let near_speech = (j.saturating_sub(2)..(j + 3).min(self.items.len()))
                        .any(|x| matches!(self.kind_at(x), Some(Kind::Speech | Kind::Threat)));
                    if near_speech {
                        return self
                            .subject_group(j)
                            .map(|(h, _)| (h, Rule::SpeechTag))
                            .or(Some((Holder::Parties(vec![party]), Rule::SpeechTag)));
                    }
                    if comma {
                        if let Some((h, _)) = self.subject_group(j) {
                            return Some((h, Rule::LaterSubject));
                        }
                    }
                    return None;
                }
                Some(Kind::Speaker) => return Some((Holder::Outsider, Rule::OutsiderSubject)),
                _ => {}
            }
        }
        None
    }

    /// A party that owns an inner cue of a chain: "the US demand", "the
    /// North's proposal".
    pub(super) fn cue_owner(&self, outer: usize, inner: usize, carry: &Carry) -> Option<u16> {
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
            let p = match self.resolve_pronoun(j, carry)? {
                Holder::Parties(p) if p.len() == 1 => p[0],
                _ => return None,
            };
            // "Pyongyang said Washington had rejected its proposal for …":
            // a party refusing a proposal refuses another's, so a possessive
            // that refers to the refusing subject stands for the subject
            // before it in the sentence (none there: its own, "walked away
            // from its pledge").
            if self.cue_sign(outer) < 0 {
                let me = Holder::Parties(vec![p]);
                if self.subject_before(outer, carry).map(|(h, _)| h) == Some(me.clone()) {
                    let other = |h: Option<Holder>| match h {
                        Some(Holder::Parties(o)) if o.len() == 1 && o[0] != p => Some(o[0]),
                        _ => None,
                    };
                    let first = (0..outer)
                        .rev()
                        .find(|&x| self.subject_group(x).is_some_and(|(g, _)| g == me))
                        .and_then(|x| self.subject_group(x))
                        .map(|(_, f)| f);
                    let before = first.and_then(|f| self.subject_before(f, carry));
                    return match before {
                        Some((
                            h,
                            Rule::Subject
                            | Rule::CoordinatedSubject
                            | Rule::EarlierSubject
                            | Rule::Reference
                            | Rule::Pronoun,
                        )) => other(Some(h)),
                        _ => Some(p),
                    };
                }
            }
            Some(p)
        };
        (outer + 1..inner)
            .find_map(|j| match self.kind_at(j) {
                // "the US demand", "the North's proposal", "accused Washington of
                // seeking", "blamed the US for continuing"
                Some(Kind::Party { party })
                    if (j + 1 == inner && !self.causee_of_verb(j))
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

    /// Is the party at `j` the causee of a verb before it: after a
    /// causative ("made Pyongyang accept") or a plain verb after "to"
    /// ("wanted to have North Korea commit to …": what the causee is to do
    /// is the asker's wish, not the causee's)?
    fn causee_of_verb(&self, j: usize) -> bool {
        let p = self.phrase_start(j);
        // ("to" may end a cue: "aimed to have …")
        let infinitive = |k: usize| {
            let it = &self.items[k];
            self.text[it.start..it.end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("to"))
        };
        p > 0
            && (self.word_in(p - 1, &self.c.words.causatives)
                || (p > 1
                    && infinitive(p - 2)
                    && matches!(self.items[p - 1].kind, ItemKind::Word(_))))
    }

    pub(super) fn obliged(&self, anchor: usize) -> bool {
        (0..anchor)
            .rev()
            .take_while(|&j| self.same_scope(j, anchor))
            .any(|j| self.seq_at(j, &self.c.words.obligations) > 0)
    }

    /// Who lays down an obligation at item `t`: the party speaking the
    /// quotation, or the party whose speech verb reports the sentence.
    pub(super) fn demander(&self, t: usize) -> Option<Holder> {
        if let Some(q) = self.items[t].quote {
            return match &self.quotes[q].speaker {
                Some(h @ Holder::Parties(_)) => Some(h.clone()),
                _ => None,
            };
        }
        // The speech verb that reports the term: the last one before it,
        // else the first ("Experts predicted …, but Pompeo said
        // Washington must …" is Pompeo's).
        let speech = |j: usize| {
            self.items[j].quote.is_none() && matches!(self.kind_at(j), Some(Kind::Speech))
        };
        let Some(v) = (0..t)
            .rev()
            .find(|&j| speech(j))
            .or_else(|| (t..self.items.len()).find(|&j| speech(j)))
        else {
            return self.viewpoint();
        };
        // Its subject, past a relative clause set off by commas ("Pompeo,
        // who briefed reporters in Seoul, said …").
        let before = (0..v)
            .rev()
            .filter(|&j| !self.in_relative_clause(j, v))
            .take(7)
            .find_map(|j| self.subject_group(j).map(|(h, _)| h));
        // "Former aide Mark Hale said the U.S. should resume …": a
        // speaker the lexicon does not know, or an outsider, lays down the
        // obligation; the party it is laid on holds nothing.
        let outsider = || {
            let mut p = v;
            while p > 0 && self.word_in(p - 1, &self.c.words.auxiliaries) {
                p -= 1;
            }
            if p > 1
                && self.is_name(p - 1)
                && !matches!(
                    self.kind_at(self.before_name(p - 1)),
                    Some(Kind::Party { .. })
                )
            {
                return Some(Holder::Unknown);
            }
            // "Analysts said …": the outsider is the verb's own subject,
            // right before it (auxiliaries aside).
            (p > 0
                && matches!(self.kind_at(p - 1), Some(Kind::Speaker))
                && !self.preceded_by_preposition(p - 1))
            .then_some(Holder::Outsider)
        };
        // A speech tag names its speaker right after the verb only after a
        // comma or a quotation (", said Pompeo"), not the subject of what
        // it reports ("said the U.S. should …").
        let tag = v > 0 && (self.punct_at(v - 1) == Some(',') || self.is_quote_mark(v - 1));
        let after = || {
            (v + 1..(v + 4).min(self.items.len()))
                .filter(|_| tag)
                .find_map(|j| match self.kind_at(j) {
                    // (the tag ends there: ", said Pompeo.")
                    Some(Kind::Party { party })
                        if self
                            .items
                            .get(j + 1)
                            .is_none_or(|it| matches!(it.kind, ItemKind::Punct(_))) =>
                    {
                        Some(Holder::Parties(vec![party]))
                    }
                    _ => None,
                })
        };
        before.or_else(outsider).or_else(after)
    }

    /// The party whose view a fronted phrase frames the sentence in: "In
    /// Pyongyang's view, the US must …", "For Seoul's negotiators, …". The
    /// phrase opens with a preposition, ends at the first comma, and holds
    /// a possessive party and nothing that states a stance.
    pub(super) fn viewpoint(&self) -> Option<Holder> {
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

    /// A cue that answers the term at `t` from a later clause, with nothing
    /// after it but a pronoun ("…, but Pompeo refused", "; Seoul agreed",
    /// "…, and Washington rejected it"), and the party subject of that
    /// clause. The clause holds no term of its own and none comes between.
    pub(super) fn response_to(&self, t: usize, carry: &Carry) -> Option<(usize, Holder)> {
        let (quote, clause) = (self.items[t].quote, self.items[t].clause);
        // Once past a clause break or ", and", the scan is in a later clause.
        let mut later = false;
        // "… offered to meet Trump and Trump has accepted": a coordinator
        // right before a party subject opens a clause too.
        let party_after = |x: usize| {
            let x = x + usize::from(self.word_in(x, &self.c.words.determiners));
            matches!(self.kind_at(x), Some(Kind::Party { .. })) && !self.is_possessive(x)
        };
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
                    && self.seq_at(j + 1, &self.c.words.coordinators) > 0)
                || (self.seq_at(j, &self.c.words.coordinators) == 1 && party_after(j + 1));
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
            (h @ Holder::Parties(_), Rule::Subject | Rule::CoordinatedSubject | Rule::Pronoun) => {
                Some((c, h))
            }
            _ => None,
        }
    }

    /// A restrictive relative clause right after the term (and the terms
    /// coordinated with it) whose party subject answers it with a cue of its
    /// own: "wanting sanctions relief and security guarantees that Washington
    /// has long refused to grant". Only auxiliaries and
    /// up to three plain words may stand between the party and the cue, and
    /// the cue (or "to" and one plain verb after it) ends the clause. What
    /// it says of the term does not depend on the main clause. Returns the
    /// cue and the party.
    pub(super) fn relative_answer(&self, t: usize, set_off: bool) -> Option<(usize, Holder)> {
        let w = &self.c.words;
        let term = |x: usize| {
            matches!(
                self.kind_at(x),
                Some(Kind::Issue { .. } | Kind::Position { .. })
            )
        };
        // Past terms coordinated with this one ("relief and guarantees that …").
        let mut last = t;
        while let Some(x) = (last + 2..(last + 6).min(self.items.len()))
            .find(|&x| term(x))
            .filter(|&x| self.coordinated_terms(last, x))
        {
            last = x;
        }
        let (r, aside) = match self.relative_after(last) {
            Some(r) => (r, false),
            None if set_off => (self.nonrestrictive_relative(last)?, true),
            None => return None,
        };
        if let Some(answer) = self.passive_relative(r) {
            return Some(answer);
        }
        let s = r + 1 + usize::from(self.word_in(r + 1, &w.determiners));
        let holder = (s..(s + 4).min(self.items.len()))
            .rev()
            .find_map(|k| self.subject_group(k).filter(|&(_, f)| f <= s))
            .map(|(h, _)| h)?;
        let mut c = (s + 1..(s + 9).min(self.items.len()))
            .find(|&k| !matches!(self.kind_at(k), Some(Kind::Party { .. })) && !self.is_name(k))?;
        let mut plain = 0;
        while c < self.items.len() && !matches!(self.kind_at(c), Some(Kind::Cue { .. })) {
            let is_plain = matches!(self.items[c].kind, ItemKind::Word(_));
            if !is_plain
                || (!self.word_in(c, &w.auxiliaries) && {
                    plain += 1;
                    plain > 3
                })
            {
                return None;
            }
            c += 1;
        }
        // The cue ends the relative clause, or "to" and one plain verb do
        // ("refused to grant"), before a condition, an exception or the
        // end: not "wants halted", "demanded Washington cancel", "accused
        // the US of derailing".
        if c >= self.items.len() {
            return None;
        }
        let clause = self.items[c].clause;
        let end = |k: usize| {
            self.items.get(k).is_none_or(|it| {
                matches!(it.kind, ItemKind::Punct(_))
                    || it.clause != clause
                    || matches!(self.kind_at(k), Some(Kind::Conditional))
                    || self.class_at(k) & w.exceptions.bit != 0
            })
        };
        // Set off by a comma, the clause may go on with a phrase of its
        // own (", which Pyongyang has long sought in return for …").
        let bare = end(c + 1)
            || (aside && self.class_at(c + 1) & w.prepositions.bit != 0)
            || (self.item_is_word(c + 1, "to")
                && matches!(
                    self.items.get(c + 2).map(|it| &it.kind),
                    Some(ItemKind::Word(_))
                )
                && end(c + 3));
        bare.then_some((c, holder))
    }

    /// The relative word of a clause set off by a comma right after the
    /// term at `t` (past a closing scare quote): ", which Pyongyang has
    /// long sought", ", both of which were demanded by the North" (after
    /// "both", "all" or "each": "none of which" denies).
    pub(super) fn nonrestrictive_relative(&self, t: usize) -> Option<usize> {
        let comma = t + 1 + usize::from(self.is_quote_mark(t + 1));
        if self.punct_at(comma) != Some(',') {
            return None;
        }
        let rel = |k: usize| self.word_in(k, &self.c.words.relatives);
        if rel(comma + 1) {
            return Some(comma + 1);
        }
        let quantifier = ["both", "all", "each"]
            .iter()
            .any(|q| self.item_is_word(comma + 1, q));
        (quantifier && self.item_is_word(comma + 2, "of") && rel(comma + 3)).then_some(comma + 3)
    }

    /// A passive relative clause after the relative word at `r`: up to
    /// three auxiliaries or adverbs, a cue, the agent marker and a party
    /// that ends the clause (", which was demanded by Pyongyang"). Returns
    /// the cue and the party.
    fn passive_relative(&self, r: usize) -> Option<(usize, Holder)> {
        let w = &self.c.words;
        let c = (r + 1..(r + 5).min(self.items.len()))
            .find(|&k| !matches!(self.items[k].kind, ItemKind::Word(_)))?;
        if c == r + 1
            || !(r + 1..c).any(|k| self.word_in(k, &w.auxiliaries))
            || !matches!(self.kind_at(c), Some(Kind::Cue { .. }))
            || !self.word_in(c + 1, &w.agent_markers)
        {
            return None;
        }
        let (h, _) = self.subject_group(c + 2)?;
        let last = (c + 2..self.items.len())
            .take_while(|&k| {
                matches!(self.kind_at(k), Some(Kind::Party { .. }))
                    || self.seq_at(k, &w.coordinators) > 0
                    || self.word_in(k, &w.determiners)
            })
            .last()?;
        // (or another verb coordinated with the cue: "… demanded by the
        // North and considered by Washington")
        let ends = self.items.get(last + 1).is_none_or(|it| {
            matches!(it.kind, ItemKind::Punct(_)) || self.seq_at(last + 1, &w.coordinators) > 0
        });
        ends.then_some((c, h))
    }

    /// Does nothing but punctuation and pronouns follow the cue at `c` in
    /// its clause ("…, but Pompeo refused.", "…, and Seoul rejected it"),
    /// or a determiner and one plain word or cue noun that points back
    /// ("… accepted the invitation", "… rejected the demand")?
    pub(super) fn bare_after(&self, c: usize) -> bool {
        let (quote, clause) = (self.items[c].quote, self.items[c].clause);
        let mut rest = (c + 1..self.items.len())
            .take_while(|&j| self.items[j].quote == quote && self.items[j].clause == clause)
            .filter(|&j| !matches!(self.punct_at(j), Some('.' | '!' | ';' | ',' | ')')));
        match (rest.next(), rest.next(), rest.next()) {
            (None, ..) => true,
            (Some(a), None, _) => self.seq_at(a, &self.c.words.pronouns) > 0,
            // "the invitation", "the offer", "the demand"
            (Some(a), Some(b), None) => {
                self.word_in(a, &self.c.words.determiners)
                    && match self.items[b].kind {
                        ItemKind::Word(_) => self.class_at(b) == 0,
                        ItemKind::M(_, kind) => matches!(kind, Kind::Cue { .. }),
                        ItemKind::Punct(_) => false,
                    }
            }
            _ => false,
        }
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
    pub(super) fn appositive_answer(&self, comma: usize) -> Option<(usize, Holder)> {
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
            } else if l > 0
                && (self.is_name(k + l) || matches!(self.kind_at(k + l), Some(Kind::Speaker)))
            {
                // "Washington and Tokyo": a name the lexicon does not
                // know, or a named non-party
                k += l + 1;
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

    /// The first subject of the narrator's text in this sentence.
    pub(super) fn first_subject(&self) -> Option<Holder> {
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

    /// The holder of the term at `t` inside the condition at `k`: the
    /// subject of the main clause's cue before the condition (else of the
    /// condition word); for a fronted condition the subject after it, else
    /// a speech tag after the condition ("no relief before X denuclearizes,
    /// the State Department said"); else the quotation's speaker. An
    /// obligation before the condition makes it the speaker's demand.
    pub(super) fn condition_holder(
        &self,
        t: usize,
        k: usize,
        carry: &Carry,
    ) -> Option<(Holder, Rule)> {
        let quote = self.items[t].quote;
        let main_anchor = (0..k)
            .rev()
            .find(|&j| self.in_main(j, quote) && matches!(self.kind_at(j), Some(Kind::Cue { .. })))
            .unwrap_or(k);
        let fronted = self.items[..k]
            .iter()
            .all(|x| x.cond.is_some() || matches!(x.kind, ItemKind::Punct(_)) || x.quote != quote);
        let tag_after = || {
            (k + 1..self.items.len())
                .find(|&j| self.items[j].quote == quote && self.punct_at(j) == Some(','))
                .and_then(|comma| self.subject_after(comma))
                .filter(|&(_, rule)| rule == Rule::SpeechTag)
        };
        // "Pyongyang said US overtures are meaningless as long as …": the
        // owner of what the refusal judges is not who judges it.
        let main_anchor = match self.kind_at(main_anchor) {
            Some(Kind::Cue { .. }) if self.cue_sign(main_anchor) < 0 => {
                self.judged_owner(main_anchor).unwrap_or(main_anchor)
            }
            _ => main_anchor,
        };
        let holder = self
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
                return Some((d, Rule::DemandBySpeaker));
            }
        }
        holder
    }

    /// The object pronoun of a cue that governs the term at `t`: right
    /// after a cue of `chain`, or after an object-taking verb and before
    /// "to" ("pressed it to resume"), before `anchor`.
    pub(super) fn object_pronoun(&self, t: usize, chain: &[usize], anchor: usize) -> Option<usize> {
        let quote = self.items[t].quote;
        let pronouns = &self.c.words.pronouns;
        // A possessive before the term's own phrase is no object ("staged
        // their joint drills"): only plain words stand between them.
        let determiner = |p: usize| {
            t.saturating_sub(p) <= 3
                && (p + 1..t).all(|x| matches!(self.items[x].kind, ItemKind::Word(_)))
        };
        chain
            .iter()
            .map(|&c| c + 1)
            .find(|&p| {
                p < t
                    && self.seq_at(p, pronouns) > 0
                    && !determiner(p + self.seq_at(p, pronouns) - 1)
                    // "rejected its proposal for": the inner cue's owner.
                    && !chain.contains(&(p + self.seq_at(p, pronouns)))
            })
            .or_else(|| {
                (0..anchor).rev().find(|&p| {
                    self.items[p].quote == quote
                        && self.seq_at(p, pronouns) > 0
                        && self.preceded_by_preposition(p)
                        && self.item_is_word(p + 1, "to")
                })
            })
    }

    /// The parties an `event` term at item `t` belongs to: a party
    /// compound or possessor in its noun phrase ("the US-North Korea talks",
    /// "Trump's summit", "their first meeting", "our talks" in a party's
    /// quotation), and the parties after a partner word ("the summit
    /// between Kim and Moon", "his meeting with Kim"). Empty when the
    /// phrase names none.
    pub(super) fn participants(&self, t: usize, carry: &Carry) -> Vec<u16> {
        let mut out: Vec<u16> = Vec::new();
        fn add(out: &mut Vec<u16>, h: Option<Holder>) {
            if let Some(Holder::Parties(ps)) = h {
                for p in ps {
                    if !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
        }
        let w = &self.c.words;
        let clause = self.items[t].clause;
        // Back over the noun phrase: parties joined to what follows them,
        // a possessor, at most two plain modifiers; a determiner, a
        // grammar word or anything else ends it.
        let mut plain = 0;
        let mut j = t;
        while j > 0 && plain <= 2 {
            j -= 1;
            if self.items[j].clause != clause {
                break;
            }
            match &self.items[j].kind {
                ItemKind::M(_, Kind::Party { party }) => {
                    let joined = j + 1 == t
                        || self.is_possessive(j)
                        || self.joining_hyphen(j + 1)
                        || matches!(self.kind_at(j + 1), Some(Kind::Party { .. }));
                    if !joined {
                        break;
                    }
                    add(&mut out, Some(Holder::Parties(vec![*party])));
                    // A group name is one match per party, on one span.
                    let (start, end) = (self.items[j].start, self.items[j].end);
                    while j > 0 && self.items[j - 1].start == start && self.items[j - 1].end == end
                    {
                        j -= 1;
                        if let Some(Kind::Party { party }) = self.kind_at(j) {
                            add(&mut out, Some(Holder::Parties(vec![party])));
                        }
                    }
                    if self.is_possessive(j) {
                        break;
                    }
                }
                ItemKind::Punct('-') if self.joining_hyphen(j) => {}
                ItemKind::Punct('\'' | '\u{2019}') if self.is_possessive(j.saturating_sub(1)) => {}
                ItemKind::Word(word)
                    if word.as_ref() == "s" && j > 0 && self.is_possessive(j - 1) => {}
                ItemKind::Word(_) if self.seq_at(j, &w.pronouns) == 1 => {
                    add(&mut out, self.resolve_pronoun(j, carry));
                    break;
                }
                ItemKind::Word(_) if self.seq_at(j, &w.first_person) == 1 => {
                    if self.items[j].quote.is_some() {
                        add(&mut out, self.quote_speaker(t).map(|(h, _)| h));
                    } else {
                        add(&mut out, carry.voice.clone());
                    }
                    break;
                }
                ItemKind::Word(_) if self.class_at(j) == 0 && !self.is_name(j) => plain += 1,
                _ => break,
            }
        }
        // Forward: "between Kim and Moon", "with Kim", over determiners,
        // coordinators and titles.
        if !out.is_empty()
            && self
                .items
                .get(t + 1)
                .is_some_and(|_| self.word_in(t + 1, &w.partners))
        {
            let mut k = t + 2;
            while k < self.items.len() && k <= t + 10 {
                match &self.items[k].kind {
                    ItemKind::M(_, Kind::Party { party }) => {
                        add(&mut out, Some(Holder::Parties(vec![*party])))
                    }
                    ItemKind::Word(_)
                        if self.word_in(k, &w.determiners)
                            || self.seq_at(k, &w.coordinators) == 1
                            || self.is_name(k) => {}
                    _ => break,
                }
                k += 1;
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{
        carry_of, check_table, holder_name, lex, show_holder, with_sentence, with_sentence_after,
    };
    use super::*;

    #[test]
    fn a_plural_pronoun_names_the_parties_joined_before_it() {
        check_table(
            &[
                // After a preposition, and past a nearer single party.
                (
                    "Pyongyang fumed after Seoul and the United States began their war games.",
                    vec![
                        "US drills oppose [participants, inverse-term]",
                        "ROK drills oppose [participants, inverse-term]",
                    ],
                ),
                // A possessive right before the term's phrase is no object
                // of the cue.
                (
                    "Choe warned as Seoul and Washington rejected their suspension of drills.",
                    vec![
                        "US drills oppose [coordinated-subject, cue]",
                        "ROK drills oppose [coordinated-subject, cue]",
                    ],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn a_sentence_opened_by_a_person_the_lexicon_does_not_know() {
        let rows = [
            ("Analyst Ahn rejected the talks.", true),
            // A title or a speakers word among the names.
            ("Chinese President Xi Jinping rejected the talks.", true),
            ("Republican analyst Jim Roe rejected the talks.", true),
            (
                "Jane Roe, a researcher at an institute, warned of new tests.",
                true,
            ),
            ("Analyst Hong Min-ho has long rejected the talks.", true),
            // A bare name of two words; not a determiner's, nor three
            // words: perhaps organisations ("The Kremlin said", "Yonhap
            // News Agency reported").
            ("Hong Min-ho said the summit went well.", true),
            ("Jane Roe, a former aide, warned of new tests.", true),
            ("The Kremlin said the summit went well.", false),
            ("Yonhap News Agency said the summit went well.", false),
            // A party, a lone capitalised word, a name before a preposition.
            ("Pompeo said the summit went well.", false),
            ("Later the summit went well.", false),
            ("In Hanoi the summit went well.", false),
            (
                "Analyst Hong Min-ho of the institute said the talks.",
                false,
            ),
        ];
        for (text, want) in rows {
            let got = with_sentence(text, |s| s.unknown_person_subject());
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn a_pronoun_in_a_quoted_fragment_names_the_subject_before_it() {
        super::super::testing::check_table(
            &[
                // The fragment is the reporter's sentence: "his" is Kim.
                (
                    "Pompeo flew home. Seoul said Kim Jong-un had repeated \u{201c}his demand for relief\u{201d} on Monday.",
                    vec!["DPRK relief support [pronoun, cue]"],
                ),
                // A quotation set off by a colon is the speaker's own words.
                (
                    "Pompeo flew home. Kim Jong-un told Seoul: \u{201c}his demand for relief is a trick.\u{201d}",
                    vec!["US relief support [pronoun, cue]"],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn a_relative_word_after_a_party_is_that_party() {
        check_table(
            &[
                (
                    "Pompeo met Choe, who rejected the talks.",
                    vec!["DPRK talks oppose [subject, cue]"],
                ),
                (
                    "Pompeo met Choe, who said he wants talks.",
                    vec!["DPRK talks support [pronoun, cue]"],
                ),
                // Not an object relative, nor one with its own subject, nor
                // for a pronoun after the clause has closed.
                (
                    "Choe wrote to Pompeo, whom he asked to lift sanctions.",
                    vec!["DPRK relief support [pronoun, reverser, inverse-term]"],
                ),
                (
                    "Choe met Pompeo, who was in Seoul, and said he wants talks.",
                    vec!["DPRK talks support [pronoun, cue]"],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    #[test]
    fn a_pronoun_skips_a_relative_clause_closed_before_it() {
        check_table(
            &[
                // "he" is Choe, not Pompeo inside ", who met Pompeo,".
                (
                    "Choe, who met Pompeo twice, said he rejected the talks.",
                    vec!["DPRK talks oppose [pronoun, cue]"],
                ),
                // Inside the relative clause the pronoun still looks there.
                (
                    "Choe, who said he wants talks, left.",
                    vec!["DPRK talks support [pronoun, cue]"],
                ),
            ],
            super::super::testing::evidence,
        );
    }

    /// The holder found searching back from the cue `cue` of a sentence,
    /// after the sentences that left `carry`.
    fn subject_of(text: &str, cue: &str, carry: &Carry) -> String {
        with_sentence_after(text, carry, |s| {
            show_holder(s.subject_before(s.at(cue), carry))
        })
    }

    #[test]
    fn the_subject_before_a_cue() {
        let none = Carry::default();
        // (sentence, cue, holder and rule)
        let rows = [
            ("North Korea demanded relief.", "demanded", "DPRK (subject)"),
            // After an adjunct word a party opens a clause when a cue
            // follows, past auxiliaries and "-ly" adverbs.
            (
                "Seoul met Kim Jong-un after Washington abruptly rejected talks.",
                "rejected",
                "US (subject)",
            ),
            (
                "The envoy to Washington strongly demanded relief.",
                "demanded",
                "none",
            ),
            (
                "Moon spoke hours after Pompeo had repeatedly demanded relief.",
                "demanded",
                "US (subject)",
            ),
            (
                "The US and Seoul welcomed talks.",
                "welcomed",
                "US+ROK (coordinated-subject)",
            ),
            (
                "North Korea, South Korea and the US welcomed talks.",
                "welcomed",
                "US+DPRK+ROK (coordinated-subject)",
            ),
            (
                "The two Koreas welcomed talks.",
                "welcomed",
                "DPRK+ROK (coordinated-subject)",
            ),
            // A participle after the coordinator, and a subject pronoun
            // joined to a party.
            (
                "Kim Jong-un and visiting Moon welcomed talks.",
                "welcomed",
                "DPRK+ROK (coordinated-subject)",
            ),
            (
                "Kim Jong-un said he and Moon welcomed talks.",
                "welcomed",
                "DPRK+ROK (coordinated-subject)",
            ),
            // A fronted phrase's coordinated object is not joined by a bare
            // comma; an appositive is no object.
            (
                "In a letter by Moon and Kim Jong-un, North Korea welcomed talks.",
                "welcomed",
                "DPRK (subject)",
            ),
            (
                "Pompeo and Kim Jong-un, North Korea's leader, welcomed talks.",
                "welcomed",
                "US+DPRK (coordinated-subject)",
            ),
            (
                "Pyongyang welcomed talks \u{2014} and rejected relief.",
                "rejected",
                "DPRK (earlier-subject)",
            ),
            (
                "Pyongyang welcomed talks; it rejected relief.",
                "rejected",
                "DPRK (pronoun)",
            ),
            // A first person after a preposition is no subject.
            (
                "“Washington, afraid of our strength, rejected talks,” Choe said.",
                "rejected",
                "US (subject)",
            ),
            // A pronoun in a condition refers to a subject in the same
            // condition.
            (
                "Washington would act if Pyongyang said it rejected relief.",
                "rejected",
                "DPRK (pronoun)",
            ),
            // "he" names a person, "it" does not.
            (
                "Kim Jong-un met Seoul, and he rejected relief.",
                "rejected",
                "DPRK (pronoun)",
            ),
            (
                "Seoul met Kim Jong-un, and it rejected relief.",
                "rejected",
                "ROK (pronoun)",
            ),
            // The people a party's name stands after speak for it, unless
            // the whole phrase is a preposition's object.
            (
                "Pompeo sought talks with the leader of North Korea and welcomed relief.",
                "welcomed",
                "US (subject)",
            ),
            // A quotation that opens right after its subject, auxiliaries
            // aside.
            (
                "Choe said Washington had \u{201C}rejected relief\u{201D} again.",
                "rejected",
                "US (subject)",
            ),
            (
                "Analysts rejected talks.",
                "rejected",
                "outsider (outsider-subject)",
            ),
            (
                "Talks were welcomed, but Tokyo dismissed relief.",
                "dismissed",
                "unknown (unknown-subject)",
            ),
            // Capitalised words going on a party's name are that party.
            (
                "Talks were welcomed, but Chairman Kim Jong Un dismissed relief.",
                "dismissed",
                "DPRK (subject)",
            ),
            // The verb of a relative clause about a thing; one with a
            // subject of its own.
            (
                "Moon praised the summit, which demanded sanctions relief.",
                "demanded",
                "unknown (thing-relative)",
            ),
            (
                "Moon praised the plan, which Pyongyang rejected.",
                "rejected",
                "DPRK (subject)",
            ),
            // Not a subject: inside a relative or closed adverbial clause,
            // a possessor, or a fronted phrase's object.
            (
                "Moon, who met Pompeo, welcomed talks.",
                "welcomed",
                "ROK (subject)",
            ),
            (
                "Because the US rejected talks, Pyongyang dismissed relief.",
                "dismissed",
                "DPRK (subject)",
            ),
            (
                "According to Seoul, Pyongyang welcomed talks.",
                "welcomed",
                "DPRK (subject)",
            ),
            (
                "Pyongyang's negotiators rejected talks.",
                "rejected",
                "DPRK (subject)",
            ),
            // The people who speak for a party.
            (
                "Officials in Pyongyang rejected relief.",
                "rejected",
                "DPRK (subject)",
            ),
            // The speaker of a quotation for "we".
            ("“We want talks,” Choe said.", "want", "DPRK (first-person)"),
            ("Talks were welcomed.", "welcomed", "none"),
        ];
        for (text, cue, want) in rows {
            assert_eq!(subject_of(text, cue, &none), want, "{cue:?} in {text:?}");
        }
    }

    #[test]
    fn subjects_from_the_sentences_before() {
        let dprk = carry_of("DPRK");
        let mut pair = carry_of("DPRK");
        pair.recent = ["US", "DPRK"]
            .iter()
            .map(|p| lex().party_index(p).unwrap() as u16)
            .collect();
        let rows = [
            ("It rejected talks.", "rejected", &dprk, "DPRK (pronoun)"),
            (
                "The statement rejected talks.",
                "rejected",
                &dprk,
                "DPRK (reference)",
            ),
            (
                "The two sides agreed to talks.",
                "agreed to",
                &pair,
                "US+DPRK (pair-reference)",
            ),
        ];
        for (text, cue, carry, want) in rows {
            assert_eq!(subject_of(text, cue, carry), want, "{cue:?} in {text:?}");
        }
    }

    #[test]
    fn a_holder_named_after_the_term() {
        // (sentence, item to search after, holder and rule)
        let rows = [
            (
                "Talks were rejected by Pyongyang.",
                "rejected",
                "DPRK (passive-agent)",
            ),
            (
                "We will reject talks, Kim Jong-un said.",
                "talks",
                "DPRK (speech-tag)",
            ),
            (
                "Since announcing the talks, North Korea has dismissed relief.",
                "talks",
                "DPRK (later-subject)",
            ),
            (
                "Talks were welcomed by an analyst.",
                "welcomed",
                "outsider (outsider-subject)",
            ),
            // Another clause's subject is not the holder.
            (
                "Both sides want talks, but the United States is wary.",
                "talks",
                "none",
            ),
        ];
        for (text, after, want) in rows {
            let got = with_sentence(text, |s| show_holder(s.subject_after(s.at(after))));
            assert_eq!(got, want, "after {after:?} in {text:?}");
        }
    }

    #[test]
    fn the_owner_of_a_judged_phrase() {
        // (sentence, the item judged, the owner found)
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "Seoul said the US pursuit of talks was a waste.",
                "talks",
                Some("US"),
            ),
            (
                "Seoul said Washington's pursuit of talks was a waste.",
                "talks",
                Some("Washington"),
            ),
            ("Seoul said the US rejected talks.", "talks", None),
            (
                "Seoul said US overtures are criticized.",
                "criticized",
                Some("US"),
            ),
            // A cue, speech verb or comma between: no owner of the phrase.
            ("Washington said talks were a waste.", "talks", None),
            ("The US rejected talks.", "talks", None),
            ("The US, Seoul said, wants talks.", "talks", None),
        ];
        for &(text, item, want) in rows {
            let got = with_sentence(text, |s| {
                s.judged_owner(s.at(item))
                    .map(|j| s.text[s.items[j].start..s.items[j].end].to_string())
            });
            assert_eq!(got.as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn the_possessor_of_a_cue() {
        // (sentence, party, cue, whether the party possesses the cue)
        let rows = [
            (
                "Talks failed over Pyongyang's demands for relief.",
                "Pyongyang",
                "demands",
                true,
            ),
            (
                "Talks failed over Pyongyang's bold demands for relief.",
                "Pyongyang",
                "demands",
                true,
            ),
            (
                "Talks failed over Pyongyang's new and bold demands for relief.",
                "Pyongyang",
                "demands",
                false,
            ),
            (
                "Seoul took Pyongyang's letter but rejected relief.",
                "Pyongyang",
                "rejected",
                false,
            ),
            (
                "Talks failed over their demands for relief.",
                "their",
                "demands",
                true,
            ),
            (
                "Talks failed over them and demands for relief.",
                "them",
                "demands",
                false,
            ),
            (
                "Talks failed over Pyongyang, which demands relief.",
                "Pyongyang",
                "demands",
                false,
            ),
            (
                "Talks failed over Pyongyang demands for relief.",
                "Pyongyang",
                "demands",
                false,
            ),
        ];
        for (text, party, cue, want) in rows {
            let got = with_sentence(text, |s| s.possesses_cue(s.at(party), s.at(cue)));
            assert_eq!(got, want, "{text:?}");
        }
        assert_eq!(
            subject_of(
                "Talks failed over Pyongyang's demands for relief.",
                "demands",
                &Carry::default()
            ),
            "DPRK (subject)"
        );
    }

    #[test]
    fn mentions_that_are_no_subject() {
        check_table(
            &[
                (
                    "North Korea's complete denuclearization was demanded.",
                    false,
                ),
                ("North Korea-US talks were welcomed.", false),
                ("Seoul urged Pyongyang to accept talks.", false),
                ("Seoul thanked Pyongyang for talks.", false),
                ("Pressure on Pyongyang grew.", false),
                // After a verb of influence, before a bare verb too.
                ("Seoul hoped to persuade Pyongyang to accept talks.", false),
                ("Seoul is making Pyongyang accept talks.", false),
                ("Pyongyang's negotiators rejected talks.", true),
                ("Seoul hopes Pyongyang will accept talks.", true),
                ("Talks began after Pyongyang demanded relief.", true),
                ("Officials in Pyongyang rejected relief.", true),
                ("Talks were rejected by Pyongyang.", true),
            ],
            |text| {
                with_sentence(text, |s| {
                    let k = (0..s.items.len())
                        .find(|&k| {
                            s.text[s.items[k].start..].starts_with("Pyongyang")
                                || s.text[s.items[k].start..].starts_with("North Korea")
                        })
                        .unwrap();
                    s.subject_group(k).is_some()
                })
            },
        );
        with_sentence("North Korea's envoy said it.", |s| {
            assert!(s.is_possessive(s.at("North Korea")));
            assert!(!s.possessive_of_issue(s.at("North Korea")));
        });
        with_sentence("North Korea-US talks", |s| {
            assert!(s.is_modifier(s.at("North Korea")))
        });
        with_sentence("Seoul thanked Pyongyang for talks.", |s| {
            assert!(s.is_object(s.at("Pyongyang")))
        });
        with_sentence("Seoul hopes Pyongyang will accept talks.", |s| {
            assert!(!s.is_object(s.at("Pyongyang")))
        });
        with_sentence("Officials in Pyongyang rejected relief.", |s| {
            let p = s.at("Pyongyang");
            assert!(s.preceded_by_preposition(p) && s.represented(p));
        });
    }

    #[test]
    fn what_an_object_is_urged_to_give_up_is_its_own() {
        // (sentence, the possessive pronoun's party as the object's)
        let rows = [
            (
                "Pyongyang wants Seoul to drop its demand for talks.",
                Some("ROK"),
            ),
            (
                "The North told Washington to drop its insistence on talks.",
                Some("US"),
            ),
            (
                "Choe wants Pompeo to drop his demand for talks.",
                Some("US"),
            ),
            // Another verb than a reverser: the proposal may be the asker's.
            ("Pyongyang wants Seoul to accept its offer of talks.", None),
            // No object before "to".
            ("Pyongyang wants to drop its demand for talks.", None),
            // "it" names a thing, "his" a person: no match.
            ("Choe wants Washington to drop his demand for talks.", None),
        ];
        for (text, want) in rows {
            let got = with_sentence(text, |s| {
                let k = (0..s.items.len())
                    .find(|&k| s.word_in(k, &s.c.words.possessives))
                    .expect("a possessive");
                s.causee_possessor(k)
                    .map(|p| lex().party_id(p as usize).to_string())
            });
            assert_eq!(got.as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn the_owner_of_an_inner_cue() {
        // (sentence, outer cue, inner cue, owner)
        let rows = [
            (
                "Washington rejected the North's demand for a phased deal.",
                "rejected",
                "demand",
                Some("DPRK"),
            ),
            (
                "Washington rejected the US demand for a phased deal.",
                "rejected",
                "demand",
                Some("US"),
            ),
            (
                "Pompeo ridiculed Kim Jong-un and rejected his demand for relief.",
                "rejected",
                "demand",
                Some("DPRK"),
            ),
            (
                "Washington rejected a demand for relief.",
                "rejected",
                "demand",
                None,
            ),
            // Right after the cue, or after a determiner and one word.
            (
                "Washington rejected North Korea demands for relief.",
                "rejected",
                "demands",
                Some("DPRK"),
            ),
            (
                "Washington rejected the latest Pyongyang demand for relief.",
                "rejected",
                "demand",
                Some("DPRK"),
            ),
            // Not the causee of a verb: what it is to do is the asker's wish.
            (
                "Washington wants to have Pyongyang accept a phased deal.",
                "wants",
                "accept",
                None,
            ),
            // An adjective before the party is no verb.
            (
                "Washington rejected fresh Pyongyang demands for relief.",
                "rejected",
                "demands",
                Some("DPRK"),
            ),
        ];
        for (text, outer, inner, want) in rows {
            let got = with_sentence(text, |s| {
                s.cue_owner(s.at(outer), s.at(inner), &Carry::default())
                    .map(|p| lex().party_id(p as usize).to_string())
            });
            assert_eq!(got.as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn an_answer_from_a_later_clause() {
        // (sentence, the cue that answers and who gives it)
        let rows = [
            (
                "North Korea demanded relief, but Pompeo refused.",
                Some(("refused", "US")),
            ),
            (
                "Pyongyang rejected talks, and Seoul agreed.",
                Some(("agreed", "ROK")),
            ),
            (
                "Pyongyang demanded relief, which Washington dismissed.",
                Some(("dismissed", "US")),
            ),
            (
                "Pyongyang demanded relief, a move Washington has long dismissed.",
                Some(("dismissed", "US")),
            ),
            // A coordinator right before a party opens the later clause.
            (
                "Pyongyang demanded relief and Washington refused.",
                Some(("refused", "US")),
            ),
            // A noun that points back at what was said.
            (
                "Pyongyang demanded relief, but Seoul rejected the demand.",
                Some(("rejected", "ROK")),
            ),
            // A restrictive relative clause after the term.
            (
                "Pyongyang demanded relief that Washington has long refused.",
                Some(("refused", "US")),
            ),
            (
                "Pyongyang demanded relief that Washington tied to talks.",
                None,
            ),
            (
                "Seoul held the joint drills that Pyongyang wants halted.",
                None,
            ),
            // The later clause has a term of its own.
            ("Pyongyang demanded relief, but Seoul rejected talks.", None),
            (
                "Pyongyang demanded relief and Seoul rejected the talks.",
                None,
            ),
        ];
        for (text, want) in rows {
            with_sentence(text, |s| {
                let t = s.nth_term();
                let got = s
                    .response_to(t, &Carry::default())
                    .or_else(|| s.relative_answer(t, false));
                let want = want.map(|(cue, party)| (s.at(cue), party.to_string()));
                assert_eq!(got.map(|(c, h)| (c, holder_name(&h))), want, "{text:?}");
            });
        }
    }

    #[test]
    fn who_lays_down_an_obligation() {
        // (sentence, the party that demands)
        let rows = [
            (
                "“Washington must lift the sanctions,” Choe said.",
                Some("DPRK"),
            ),
            (
                "Choe said Washington must lift the sanctions.",
                Some("DPRK"),
            ),
            (
                "In Pyongyang's view, Washington must lift sanctions.",
                Some("DPRK"),
            ),
            ("Washington must lift sanctions.", None),
            // A speaker the lexicon does not know; a party right after the
            // verb is the subject of what it reports, not a speech tag.
            (
                "Former adviser John Hong said Washington must lift sanctions.",
                Some("unknown"),
            ),
            ("It was said that Washington must lift sanctions.", None),
        ];
        for (text, want) in rows {
            let got = with_sentence(text, |s| {
                assert!(s.obliged(s.at("lift")));
                s.demander(s.at("lift")).map(|h| holder_name(&h))
            });
            assert_eq!(got.as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn the_holder_of_a_condition() {
        // (sentence, holder and rule of the term "relief" in the condition)
        let rows = [
            (
                "Pyongyang offered talks in exchange for sanctions relief.",
                "DPRK (subject)",
            ),
            (
                "If Washington offers relief, Pyongyang agreed to talks.",
                "DPRK (later-subject)",
            ),
            (
                "There will be no talks unless Washington offers relief, Pyongyang said.",
                "DPRK (speech-tag)",
            ),
            (
                "“There will be no talks unless Washington offers relief,” Choe said.",
                "DPRK (quote-speaker)",
            ),
        ];
        for (text, want) in rows {
            let got = with_sentence(text, |s| {
                let t = s.at(if text.contains("sanctions relief") {
                    "sanctions relief"
                } else {
                    "relief"
                });
                let k = s.items[t].cond.expect("in a condition");
                show_holder(s.condition_holder(t, k, &Carry::default()))
            });
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn the_first_subject_and_an_object_pronoun() {
        with_sentence("Analysts said Pyongyang rejected talks.", |s| {
            assert_eq!(s.first_subject(), Some(Holder::Outsider));
        });
        with_sentence(
            "Seoul said Pyongyang had come empty-handed and pressed it to accept talks.",
            |s| {
                let t = s.at("talks");
                let cue = s.at("accept");
                assert_eq!(s.object_pronoun(t, &[cue], cue), Some(s.at("it")));
            },
        );
    }

    impl Sentence<'_> {
        /// The first issue term of the sentence.
        fn nth_term(&self) -> usize {
            (0..self.items.len())
                .find(|&k| matches!(self.kind_at(k), Some(Kind::Issue { .. })))
                .unwrap()
        }
    }
}
