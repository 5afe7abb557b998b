//! Emit: from readings to attributions, and what goes on to the next
//! sentence.
//!
//! Takes a [`Sentence`] and the readings of each of its terms
//! (`reading.rs`). Drops what holds no party stance (no holder, an outsider
//! or unknown speaker, an outsider's prediction about a party), hedges a
//! party inside an outsider's quotation, lists the matches that support
//! each reading, and merges the evidence to one per party, issue and sign.
//! Hands on [`Attribution`]s for scoring, and updates the [`Carry`] (last
//! subject and speaker, recent parties, an open quotation).

use super::holder::Holder;
use super::reading::Reading;
use super::rule::Rule;
use super::sentence::{ItemKind, Sentence};
use super::{Attribution, Carry, Trace};
use crate::lexicon::Kind;
use crate::model::Polarity;

impl<'a> Sentence<'a> {
    /// Reads every term of the sentence and adds its evidence to `out`;
    /// updates `carry` for the next sentence. `trace` receives the
    /// decisions.
    pub(super) fn attribute(
        &self,
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
            for r in self.readings(t, carry, &mut log) {
                // The holder of an inner cue is no subject for what follows.
                if let Some((parties, hrule)) = self.emit(t, r, &mut produced, &mut log) {
                    if hrule != Rule::CueOwner {
                        last_holder = Some(parties);
                    }
                }
            }
        }
        let merged = merge(produced);
        self.carry_on(carry, last_holder);
        out.extend(merged);
    }

    /// Turns one reading of the term at `t` into evidence, one per holding
    /// party, unless it holds no party stance (no holder, an outsider or an
    /// unknown speaker, an outsider's prediction). Returns the parties and
    /// the holder's rule.
    fn emit(
        &self,
        t: usize,
        mut r: Reading,
        produced: &mut Vec<Attribution>,
        log: &mut Trace,
    ) -> Option<(Vec<u16>, Rule)> {
        let it = &self.items[t];
        let term_text = &self.text[it.start..it.end];
        let issue_id = self.c.issue_id(r.issue as usize);
        let Some((holder, hrule)) = r.holder.take() else {
            log.note(|| format!("\"{term_text}\" ({issue_id}): no party holds it"));
            return None;
        };
        if it.quote.is_none() && matches!(holder, Holder::Parties(_)) && self.outsider_prediction(t)
        {
            log.note(|| format!("\"{term_text}\" ({issue_id}): an outsider's prediction ({hrule}): not a party stance"));
            return None;
        }
        let parties = match holder {
            Holder::Outsider | Holder::Unknown => {
                log.note(|| format!("\"{term_text}\" ({issue_id}): held by a non-party speaker ({hrule}): not a party stance"));
                return None;
            }
            Holder::Parties(p) => p,
        };
        // A party inside an outsider's quotation is reported, not quoted.
        if let Some(q) = it.quote {
            if self.quotes[q].speaker == Some(Holder::Outsider) {
                r.hedged = true;
                r.rules.push(Rule::ReportedByOutsider);
            }
        }
        let rule = std::iter::once(hrule)
            .chain(r.rules.iter().copied())
            .map(Rule::name)
            .collect::<Vec<_>>()
            .join(", ");
        let ms = self.evidence_matches(t, &r.involved, &parties);
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
                polarity: Polarity::of_sign(r.sign),
                weight: if r.hedged { 0.5 } else { 1.0 },
                hedged: r.hedged,
                conditional: r.conditional,
                rule: rule.clone(),
                sentence: self.span,
                matches: ms.clone(),
            });
        }
        Some((parties, hrule))
    }

    /// Is a party's stance at the term `t` (outside quotations) what an
    /// outsider predicts? "Analysts doubt that Washington will agree to …";
    /// also "North Korea is unlikely to accept …, said a researcher": an
    /// outsider's speech tag after the term. A prediction word or a verb of
    /// belief ("Analysts believe North Korea wants talks") counts after an
    /// outsider before the term, or anywhere before it under a trailing
    /// outsider's tag.
    fn outsider_prediction(&self, t: usize) -> bool {
        let outsider = |j: usize| {
            self.items[j].quote.is_none() && matches!(self.kind_at(j), Some(Kind::Speaker))
        };
        // The tag's own speech verb, right after it or right before it
        // ("said a researcher").
        let speech_near = |j: usize| {
            let mut before = j.wrapping_sub(1);
            if self.word_in(before, &self.c.words.determiners) {
                before = before.wrapping_sub(1);
            }
            [before, j + 1]
                .iter()
                .any(|&x| matches!(self.kind_at(x), Some(Kind::Speech)))
        };
        // "Diplomats from Pyongyang told reporters that …": an outsider
        // right after a party's speech verb is spoken to.
        let addressee = |j: usize| {
            let mut before = j.wrapping_sub(1);
            if self.word_in(before, &self.c.words.determiners) {
                before = before.wrapping_sub(1);
            }
            matches!(self.kind_at(before), Some(Kind::Speech))
                && (0..before).any(|x| matches!(self.kind_at(x), Some(Kind::Party { .. })))
        };
        let predicted_from = (0..t)
            .find(|&j| outsider(j) && !addressee(j))
            .map(|sp| sp + 1)
            .or_else(|| {
                (t + 1..self.items.len())
                    .any(|j| outsider(j) && speech_near(j))
                    .then_some(0)
            });
        let Some(from) = predicted_from else {
            return false;
        };
        // What an outsider predicts or believes ("Analysts believe North
        // Korea wants talks") is the outsider's view.
        let w = &self.c.words;
        // (A belief reaches only over what it reports: not past a comma or
        // a contrast, "…, but Seoul rejected …".)
        let reports = |j: usize| {
            !(j..t).any(|x| self.punct_at(x) == Some(',') || self.seq_at(x, &w.contrasts) > 0)
        };
        (from..t).any(|j| {
            self.seq_at(j, &w.predictions) > 0
                || self.match_opens_with(j, &w.predictions)
                || (self.word_in(j, &w.beliefs) && reports(j))
        })
    }

    /// The matches that support a reading of the term at `t`: those of its
    /// `involved` items, and the nearest mention of each holding party in
    /// the sentence. Sorted, each once.
    fn evidence_matches(&self, t: usize, involved: &[usize], parties: &[u16]) -> Vec<usize> {
        let mut ms: Vec<usize> = involved
            .iter()
            .filter_map(|&k| match self.items[k].kind {
                ItemKind::M(m, _) => Some(m),
                _ => None,
            })
            .collect();
        for &p in parties {
            let nearest = (0..self.items.len())
                .filter(|&j| matches!(self.kind_at(j), Some(Kind::Party { party }) if party == p))
                .min_by_key(|&j| (j.abs_diff(t), j > t));
            if let Some(ItemKind::M(m, _)) = nearest.map(|j| &self.items[j].kind) {
                ms.push(*m);
            }
        }
        ms.sort_unstable();
        ms.dedup();
        ms
    }

    /// Does this sentence introduce a statement printed without quotation
    /// marks, and whose? It is the narrator's and ends in a colon followed
    /// by a line break (no quotation mark opens after it), or it is a short
    /// line of speech that opens with a reference ("The statement reads.",
    /// "It said."). Its party subject (else, after a short line, the party
    /// mentioned last; after a colon, the last subject carried in) speaks
    /// from then on; a lead-in by anyone else ends the voice (`Some(None)`).
    fn statement_lead_in(&self, carry: &Carry) -> Option<Option<Holder>> {
        let last = self.items.last()?;
        let short_lead_in =
            matches!(last.kind, ItemKind::Punct('.')) && self.short_line_of_speech();
        if short_lead_in && self.first_subject().is_none() {
            // "… criticized a statement by Kim Yo Jong. / The statement
            // reads.": the party named last.
            return self
                .line_break_after()
                .then(|| carry.recent.first().map(|&p| Holder::Parties(vec![p])));
        }
        if last.quote.is_some()
            || !(matches!(last.kind, ItemKind::Punct(':')) || short_lead_in)
            || !self.line_break_after()
        {
            return None;
        }
        Some(match self.first_subject() {
            Some(h @ Holder::Parties(_)) => Some(h),
            Some(_) => None,
            None => carry
                .last_subject
                .clone()
                .filter(|h| matches!(h, Holder::Parties(_))),
        })
    }

    /// Is a line break the next thing after this sentence, with no
    /// quotation mark opening after it?
    fn line_break_after(&self) -> bool {
        let rest = &self.text[self.span.1..];
        let gap = rest.len() - rest.trim_start().len();
        let next = rest.trim_start().chars().next();
        rest[..gap].contains('\n')
            && next.is_some_and(|c| {
                !matches!(c, '"' | '\'') && super::quotes::is_open_quote(c) != Some(true)
            })
    }

    /// "The statement reads.", "It said.": a sentence of at most
    /// [`super::SHORT_LINE_BYTES`] bytes and six items that opens with a
    /// reference ("the statement") or a pronoun that is no person ("it"),
    /// holds a speech verb and states nothing.
    pub(super) fn short_line_of_speech(&self) -> bool {
        let w = &self.c.words;
        self.span.1 - self.span.0 <= super::SHORT_LINE_BYTES
            && self.items.len() <= 6
            && (self.seq_at(0, &w.references) > 0 || self.word_in(0, &w.impersonal_pronouns))
            && self
                .items
                .iter()
                .any(|it| matches!(self.kind(it), Some(Kind::Speech)))
            && !self.items.iter().any(|it| {
                matches!(
                    self.kind(it),
                    Some(Kind::Issue { .. } | Kind::Cue { .. } | Kind::Position { .. })
                )
            })
    }

    /// A dateline whose agency is a party ("Pyongyang, May 3 (KCNA) --"):
    /// the article is that party's own report, and speaks as it from then
    /// on. The sentence opens with a place, a comma, a month and a day, and
    /// the agency is in parentheses right after them, before a dash.
    fn agency_dateline(&self) -> Option<Holder> {
        let head = &self.text[self.span.0..];
        let comma = head[..crate::text::floor_boundary(head, 40)].find(',')?;
        if !crate::matcher::dated_agency(&head[comma + 1..]) {
            return None;
        }
        let open = (0..self.items.len().min(8)).find(|&k| self.punct_at(k) == Some('('))?;
        let dash = matches!(self.punct_at(open + 3), Some('-' | '\u{2014}' | '\u{2013}'));
        match self.kind_at(open + 1) {
            Some(Kind::Party { party }) if self.punct_at(open + 2) == Some(')') && dash => {
                Some(Holder::Parties(vec![party]))
            }
            _ => None,
        }
    }

    /// Carries state to the next sentence: the last holder (else the first
    /// subject) as the last subject, the last real quotation's speaker (else
    /// the first subject) as the last speaker, the parties mentioned (latest
    /// first, four at most), and a quotation left open.
    fn carry_on(&self, carry: &mut Carry, last_holder: Option<Vec<u16>>) {
        match last_holder {
            Some(ps) => carry.last_subject = Some(Holder::Parties(ps)),
            None => {
                if let Some(h) = self.first_subject() {
                    carry.last_subject = Some(h);
                }
            }
        }
        if let Some(h) = self.person_subject() {
            carry.last_person = Some(h);
        } else if self.c.persons && self.unknown_person_subject() {
            carry.last_person = Some(Holder::Unknown);
        }
        if let Some(q) = self.quotes.iter().rev().find(|q| !q.scare) {
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
        if let Some(voice) = self.statement_lead_in(carry) {
            carry.voice = voice;
        }
        if let Some(agency) = self.agency_dateline() {
            carry.voice = Some(agency);
        }
        carry.open_quote = self
            .items
            .last()
            .and_then(|it| it.quote)
            .map(|q| self.quotes[q].speaker.clone());
    }
}

/// One evidence per party, issue and polarity in a sentence: matches
/// joined, the heavier weight (with its hedge and rule) kept, conditional
/// only if all were.
fn merge(produced: Vec<Attribution>) -> Vec<Attribution> {
    let mut merged: Vec<Attribution> = Vec::new();
    for a in produced {
        if let Some(m) = merged
            .iter_mut()
            .find(|m| m.party == a.party && m.issue == a.issue && m.polarity == a.polarity)
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
    merged
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check_table, evidence, holder_name, lex, trace, with_sentence};
    use super::*;

    #[test]
    fn a_statement_lead_in_gives_the_narrator_a_voice() {
        check_table(
            &[
                // A lead-in ending in a colon and a line break: "we"
                // and "our" after it are its subject's, in every sentence.
                (
                    "Pyongyang released the following statement:\n\nWe reject talks. Our side wants relief.",
                    vec![
                        "DPRK talks oppose [statement-voice, cue]",
                        "DPRK relief support [statement-voice, cue]",
                    ],
                ),
                // The subject may come from the sentence before.
                (
                    "Seoul spoke on Monday. It said:\n\nWe want talks.",
                    vec!["ROK talks support [statement-voice, cue]"],
                ),
                // With no subject, the statement's voice holds a stance.
                (
                    "Pyongyang released the following statement:\n\nIt is time to lift sanctions.",
                    vec!["DPRK relief support [statement-voice, reverser, inverse-term]"],
                ),
                // Not one whose cue comes after the term: its agent is unnamed.
                (
                    "Pyongyang released the following statement:\n\nThe joint drills were accepted in 1954.",
                    vec![],
                ),
                // So does a short sentence of speech on a line of its own.
                (
                    "Pyongyang issued a statement on Monday.\nIt said.\nWe reject talks.",
                    vec!["DPRK talks oppose [statement-voice, cue]"],
                ),
                // After a short line, the party named last speaks; a
                // person's short line ("He said maybe.") leads in nothing.
                (
                    "Seoul criticized a statement by Pyongyang.\nIt said.\nWe reject talks.",
                    vec!["DPRK talks oppose [statement-voice, cue]"],
                ),
                ("Moon was asked about it.\nHe said maybe.\nWe reject talks.", vec![]),
                // No line break, or a quotation after the colon: no voice.
                ("Pyongyang said: talks are off. We want relief.", vec![]),
                (
                    "Pyongyang said:\n\n\u{201C}Talks are off.\u{201D} We want relief.",
                    vec![],
                ),
                // A dateline whose agency is a party: its report speaks as it.
                (
                    "Seoul, May 3 (KCNA) -- A report came out.\nWe reject talks.",
                    vec!["DPRK talks oppose [statement-voice, cue]"],
                ),
                ("Seoul, May 3 (AP) -- A report came out.\nWe reject talks.", vec![]),
                // An outsider's lead-in gives none, and ends a voice.
                ("An analyst wrote:\n\nWe want talks.", vec![]),
                (
                    "Pyongyang said:\n\nWe reject talks.\n\nAn analyst wrote:\n\nWe want relief.",
                    vec!["DPRK talks oppose [statement-voice, cue]"],
                ),
            ],
            evidence,
        );
    }

    #[test]
    fn what_becomes_evidence() {
        check_table(
            &[
                (
                    "North Korea demanded sanctions relief.",
                    vec!["DPRK relief support [subject, cue]"],
                ),
                // One evidence per party for a coordinated subject.
                (
                    "The US and Seoul welcomed talks.",
                    vec![
                        "US talks support [coordinated-subject, cue]",
                        "ROK talks support [coordinated-subject, cue]",
                    ],
                ),
                // No party holds it.
                ("Talks were welcomed.", vec![]),
                ("Analysts rejected talks.", vec![]),
                ("“We reject talks,” Hong Min said.", vec![]),
                // An outsider's prediction about a party.
                (
                    "Analysts said Washington was unlikely to offer relief.",
                    vec![],
                ),
                // ... or belief.
                ("Analysts believe Washington wants relief.", vec![]),
                // An outsider reporting a party is no prediction.
                (
                    "North Korea has demanded sanctions relief, a researcher said.",
                    vec!["DPRK relief support [subject, cue]"],
                ),
                // A party quoted by an outsider is reported: hedged.
                (
                    "An analyst said, “Pyongyang rejected talks.”",
                    vec!["DPRK talks oppose, hedged [subject, cue, reported-by-outsider]"],
                ),
                // One evidence per party, issue and sign: the heavier kept.
                (
                    "Pyongyang reportedly demanded relief; Pyongyang demanded relief again.",
                    vec!["DPRK relief support [subject, cue]"],
                ),
                // A discard phrase: nothing.
                ("KCNA said the US wants a big deal in a parody.", vec![]),
            ],
            evidence,
        );
    }

    #[test]
    fn each_drop_is_explained() {
        let rows = [
            (
                "Talks were welcomed.",
                r#"  "Talks" (talks): no party holds it"#,
            ),
            (
                "Analysts rejected talks.",
                r#"  "talks" (talks): held by a non-party speaker (outsider-subject): not a party stance"#,
            ),
            (
                "Analysts said Washington was unlikely to offer relief.",
                r#"  "relief" (relief): an outsider's prediction (subject): not a party stance"#,
            ),
            (
                "KCNA said the US wants a big deal in a parody.",
                "  discard phrase present: sentence ignored",
            ),
            (
                "North Korea demanded sanctions relief.",
                r#"  "sanctions relief" (relief) -> DPRK support [subject, cue]"#,
            ),
        ];
        for (text, line) in rows {
            let t = trace(text);
            assert!(t.iter().any(|l| l == line), "{line:?} not in {t:#?}");
        }
    }

    #[test]
    fn evidence_lists_the_holder_mention() {
        let c = lex();
        let text = "North Korea demanded sanctions relief.";
        let matches = crate::matcher::find(c, text, &crate::text::normalize(text), None);
        let a = super::super::attribute(c, text, &matches, None, None);
        assert_eq!(a.len(), 1);
        let spans: Vec<&str> = a[0]
            .matches
            .iter()
            .map(|&m| &text[matches[m].start..matches[m].end])
            .collect();
        assert_eq!(spans, ["North Korea", "demanded", "sanctions relief"]);
        assert_eq!((a[0].weight, a[0].sentence), (1.0, (0, text.len())));
    }

    #[test]
    fn merging_keeps_the_heavier_evidence() {
        let a = |weight: f64, rule: &str, matches: Vec<usize>, conditional: bool| Attribution {
            party: 0,
            issue: 0,
            polarity: Polarity::Support,
            weight,
            hedged: weight < 1.0,
            conditional,
            rule: rule.into(),
            sentence: (0, 1),
            matches,
        };
        let merged = merge(vec![
            a(0.5, "subject, cue", vec![3, 1], true),
            a(1.0, "pronoun, cue", vec![2, 1], false),
            Attribution {
                polarity: Polarity::Oppose,
                ..a(1.0, "subject, cue", vec![], false)
            },
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].matches, [1, 2, 3]);
        assert_eq!((merged[0].weight, merged[0].hedged), (1.0, false));
        assert_eq!(merged[0].rule, "pronoun, cue");
        assert!(!merged[0].conditional);
    }

    #[test]
    fn what_goes_on_to_the_next_sentence() {
        let carried = |text: &str| {
            with_sentence(text, |s| {
                let mut carry = Carry::default();
                s.attribute(&mut Vec::new(), &mut carry, None);
                carry
            })
        };
        let c = carried("Seoul met Pompeo; Pyongyang rejected talks.");
        assert_eq!(
            c.last_subject.as_ref().map(holder_name).as_deref(),
            Some("DPRK")
        );
        let recent: Vec<&str> = c
            .recent
            .iter()
            .map(|&p| lex().party_id(p as usize))
            .collect();
        assert_eq!(recent, ["DPRK", "US", "ROK"]);
        assert_eq!(c.open_quote, None);
        // The owner of an inner cue is not the next sentence's subject.
        let c = carried("Washington rejected the North's demand for a phased deal.");
        assert_eq!(
            c.last_subject.as_ref().map(holder_name).as_deref(),
            Some("US")
        );
        // A quotation left open, with its speaker.
        let c = carried("Choe said, “We want talks.");
        assert_eq!(
            c.open_quote.map(|h| h.as_ref().map(holder_name)),
            Some(Some("DPRK".into()))
        );
        assert_eq!(
            c.last_speaker.as_ref().map(holder_name).as_deref(),
            Some("DPRK")
        );
    }
}
