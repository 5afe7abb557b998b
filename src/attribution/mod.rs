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
//!
//! The stages, one file each, in reading order (each file's own `//!` says
//! what it takes and hands on):
//!
//! 1. `sentence.rs`: the items of one sentence and the queries on them;
//! 2. `quotes.rs`: quotation marks, speakers, speech tags, carried quotations;
//! 3. `clauses.rs`: clause breaks, relatives, subordinate clauses, questions;
//! 4. `condition.rs`: the scope of conditions; threats, refusals, deferrals;
//! 5. `holder.rs`: who holds a stance (subjects, pronouns, coordination,
//!    groups, representatives, unknown names, obligations' demanders);
//! 6. `polarity.rs`: which sign (governing cue, cue chains, reversers,
//!    negators, hedges, obligations);
//! 7. `reading.rs`: the readings of one term, as an ordered list of steps;
//! 8. `emit.rs`: outsider filter, evidence, merge, what is carried on;
//! 9. this file: the sentence loop and the `Carry` between sentences.
//!
//! Every decision names a [`Rule`] (`rule.rs`; the evidence's `rule` string).

mod clauses;
mod condition;
mod emit;
mod holder;
mod polarity;
mod quotes;
mod reading;
mod rule;
mod sentence;
#[cfg(test)]
mod testing;

pub use rule::Rule;

use crate::date::Date;
use crate::lexicon::{Compiled, Kind};
use crate::matcher::Match;
use crate::model::Polarity;
use crate::text::{next_boundary, sentence_around, trim_span};
use holder::Holder;
use sentence::Sentence;

/// One party's stance on one issue, shown by one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub party: u16,
    pub issue: u16,
    pub polarity: Polarity,
    pub weight: f64,
    pub hedged: bool,
    pub conditional: bool,
    /// Which rules decided holder and polarity, e.g. `subject, cue` ([`Rule`] names, the holder's first).
    pub rule: String,
    /// Sentence span in the article text.
    pub sentence: (usize, usize),
    /// Indices into the article's match list that support this attribution.
    pub matches: Vec<usize>,
}

/// State carried from one sentence to the next.
#[derive(Debug, Default, Clone)]
pub(crate) struct Carry {
    last_subject: Option<Holder>,
    /// The last person mentioned as a subject (else at all): what "he" and
    /// "she" refer to when the lexicon marks people.
    last_person: Option<Holder>,
    last_speaker: Option<Holder>,
    /// A quotation opened in an earlier sentence and not yet closed.
    open_quote: Option<Option<Holder>>,
    /// Parties mentioned most recently, latest first, each once.
    recent: Vec<u16>,
    /// The year the article is dated, if it is.
    year: Option<i32>,
    /// Whose statement the narrator's text has become: set by a sentence
    /// outside quotation marks that ends in a colon and a line break
    /// ("A spokesperson for the DPRK Foreign Ministry made public the
    /// following press statement:"), by a short line of speech ("The
    /// statement reads.") or by a party's agency in a dateline, so that
    /// "we" and "our" in the unquoted text after it, and a stance with no
    /// subject, are that party's.
    voice: Option<Holder>,
}

/// The longest sentence read as a short line of speech that leads in a
/// statement ("The statement reads."); shorter sentences of speech alone
/// on their line are never skipped, so that `explain` and `analyze` agree.
pub(super) const SHORT_LINE_BYTES: usize = 120;

/// Attributes every issue mention of an article. `trace`, when given,
/// receives one line per decision (for `stance explain`).
pub fn attribute(
    c: &Compiled,
    text: &str,
    matches: &[Match],
    date: Option<Date>,
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
    let mut carry = Carry {
        year: date.map(|d| d.year),
        ..Carry::default()
    };
    let mut read_to = 0; // text before this byte has been read
    let mut i = 0; // first match not yet read
    let mut quote_run = 0; // sentences read only to follow an open quotation
                           // Sentences that gave evidence, and what they gave.
    let mut seen: Vec<(u64, std::ops::Range<usize>)> = Vec::new();
    let mut gave_store: Vec<Gave> = Vec::new();
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
        // reads: it names no party or speaker, opens no quotation (nor, not
        // ending in a colon or standing short on a line of its own, a
        // statement: "It said:", "The statement reads.") and holds no term.
        // Skipped (explain still shows it).
        let own_line = e - s <= SHORT_LINE_BYTES
            && text[e..]
                .trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r']);
        if trace.is_none()
            && !own_line
            && carry.open_quote.is_none()
            && matches[lo..j]
                .iter()
                .all(|m| !anchor(m) || matches!(m.kind, Kind::Speech))
            && !text[s..e].contains([
                '"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{00BB}', '\u{201E}',
            ])
            && !text[s..e].trim_end().ends_with(':')
        {
            continue;
        }
        let sent = Sentence::new(c, text, (s, e), matches, lo..j, &carry);
        if let Some(t) = trace.as_deref_mut() {
            t.push(format!("sentence {s}..{e}: {}", one_line(&text[s..e])));
        }
        let before = out.len();
        sent.attribute(&mut out, &mut carry, trace.as_deref_mut());
        // A repeated lede or paragraph (page furniture, a summary above the
        // story) is read again, for what it carries to the next sentence,
        // but its evidence counts once.
        // Only the evidence the earlier reading gave is dropped: what a
        // pronoun in it refers to may have changed ("It said it would not
        // return to talks" after another subject).
        if out.len() > before && e - s >= MIN_REPEATED_BYTES {
            let key = sentence_key(s, e, &matches[lo..j]);
            let gave = |a: &Attribution| (a.party, a.issue, a.polarity);
            match seen.iter().find(|(k, _)| *k == key) {
                Some((_, range)) => {
                    let earlier = &gave_store[range.clone()];
                    let n = out.len();
                    let mut k = 0;
                    out.retain(|a| {
                        k += 1;
                        k <= before || !earlier.contains(&gave(a))
                    });
                    if out.len() < n {
                        if let Some(t) = trace.as_deref_mut() {
                            t.push(
                                "  repeats an earlier sentence: its evidence counts once".into(),
                            );
                        }
                    }
                }
                None => {
                    let from = gave_store.len();
                    gave_store.extend(out[before..].iter().map(gave));
                    seen.push((key, from..gave_store.len()));
                }
            }
        }
        if carry.open_quote.is_none() {
            quote_run = 0;
        }
    }
    out
}

/// Where `stance explain` collects decisions; the lines are only formatted
/// when someone reads them.
pub(super) struct Trace<'t>(Option<&'t mut Vec<String>>);

impl Trace<'_> {
    pub(super) fn note(&mut self, line: impl FnOnce() -> String) {
        if let Some(t) = self.0.as_deref_mut() {
            t.push(format!("  {}", line()));
        }
    }
}

/// What a sentence gave: party, issue, polarity.
type Gave = (u16, u16, crate::model::Polarity);

/// Sentences shorter than this may repeat and count each time ("He
/// agreed.").
const MIN_REPEATED_BYTES: usize = 40;

/// What identifies a sentence for counting repeats: its length and its
/// matches (entry and place in the sentence), so the cost follows the
/// matches, not the bytes. Two sentences with the same lexicon matches at
/// the same places and of the same length are the same sentence, case
/// aside.
fn sentence_key(s: usize, e: usize, matches: &[Match]) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::lexicon::Fnv::default();
    h.write_usize(e - s);
    for m in matches {
        h.write_u32(m.entry);
        h.write_usize(m.start - s);
        h.write_usize(m.end - s);
    }
    h.finish()
}

/// Sentences read past the last anchor while following an open quotation.
const MAX_QUOTE_SENTENCES: usize = 8;

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::testing::{evidence, lex, trace};
    use super::*;

    #[test]
    fn the_sentence_loop() {
        // Nothing to read without a term, or (unless explaining) a party.
        assert_eq!(
            evidence("Pyongyang spoke. Seoul listened."),
            Vec::<String>::new()
        );
        assert!(trace("Pyongyang spoke. Seoul listened.").is_empty());
        assert_eq!(evidence("Talks were welcomed."), Vec::<String>::new());
        assert_eq!(
            trace("Talks were welcomed."),
            [
                "sentence 0..20: Talks were welcomed.",
                r#"  "Talks" (talks): no party holds it"#
            ]
        );
        // A subject carries to the next sentence.
        assert_eq!(
            evidence("Pyongyang spoke on Monday. It rejected talks."),
            ["DPRK talks oppose [pronoun, cue]"]
        );
        // Evidence gives its sentence's span.
        let text = "Seoul spoke. Pyongyang rejected talks.";
        let matches = crate::matcher::find(lex(), text, &crate::text::normalize(text), None);
        let a = attribute(lex(), text, &matches, None, None);
        assert_eq!(a.len(), 1);
        assert_eq!(
            &text[a[0].sentence.0..a[0].sentence.1],
            "Pyongyang rejected talks."
        );
    }

    #[test]
    fn a_repeated_sentence_counts_once() {
        // A lede repeated under the headline furniture: one evidence.
        let lede = "North Korea rejected new talks with Washington on Monday.";
        assert_eq!(
            evidence(&format!("{lede} Seoul said nothing. {lede}")),
            ["DPRK talks oppose [subject, cue]"]
        );
        // Case does not make it new; it still carries its subject.
        assert_eq!(
            evidence(&format!(
                "{lede}\n\nNORTH KOREA rejected new talks with Washington on Monday. It also rejected sanctions relief."
            )),
            [
                "DPRK talks oppose [subject, cue]",
                "DPRK relief oppose [pronoun, cue]"
            ]
        );
        // A pronoun that now names someone else gives new evidence.
        let said = "It rejected any talks on Monday afternoon at the border.";
        assert_eq!(
            evidence(&format!(
                "Pyongyang spoke first. {said} Washington answered. {said}"
            )),
            [
                "DPRK talks oppose [pronoun, cue]",
                "US talks oppose [pronoun, cue]"
            ]
        );
        // Short sentences repeat and count each time.
        assert_eq!(
            evidence("Pyongyang rejected talks. Seoul spoke. Pyongyang rejected talks.").len(),
            2
        );
    }

    #[test]
    fn an_open_quotation_is_followed_into_the_next_sentences() {
        // "Nothing changed." holds no anchor: it is read only because the
        // quotation is still open (and a term follows).
        let t = trace(
            "Choe said, “We want talks. Nothing changed. Nothing will.” Seoul rejected relief.",
        );
        let sentences: Vec<&str> = t
            .iter()
            .filter_map(|l| l.strip_prefix("sentence "))
            .map(|l| l.split_once(": ").map_or(l, |(_, s)| s))
            .collect();
        assert_eq!(
            sentences,
            [
                "Choe said, “We want talks.",
                "Nothing changed.",
                "Nothing will.”",
                "Seoul rejected relief."
            ]
        );
    }

    #[test]
    fn trace_lines_are_one_line_each() {
        assert_eq!(
            one_line("North Korea\n  demanded\trelief."),
            "North Korea demanded relief."
        );
    }
}
