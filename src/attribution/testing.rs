//! Helpers for the stage tests beside each file of `src/attribution/`.
//!
//! Takes the sentences the tests write. Reads them with a small lexicon of
//! the tests' own ([`LEXICON`], English grammar by default), so that the
//! tests do not move when the default lexicon is tuned, and hands back
//! sentences, items, readings and evidence written out as short strings.

use super::holder::Holder;
use super::reading::Reading;
use super::rule::Rule;
use super::sentence::Sentence;
use super::{attribute, Carry};
use crate::lexicon::{Compiled, Lexicon};
use crate::matcher::find;
use crate::text::normalize;
use std::sync::OnceLock;

/// The tests' lexicon: three parties, a group, a few issues and the words
/// that the stages look for.
pub(super) const LEXICON: &str = r#"
name: stage-tests
parties:
  - id: US
    name: United States
    aliases: [the United States, US, Washington, the State Department,
      { term: Pompeo, person: true }, { term: Biegun, person: true }]
  - id: DPRK
    name: North Korea
    aliases: [North Korea, Pyongyang, the North, KCNA,
      { term: Kim Jong-un, person: true }, { term: Choe, person: true }]
  - id: ROK
    name: South Korea
    aliases: [South Korea, Seoul, { term: Moon, person: true }]
groups:
  - parties: [DPRK, ROK]
    terms: [the two Koreas]
issues:
  - id: talks
    proposition: Talks should be held
    terms: [talks, summit, { term: meeting, event: true }]
  - id: relief
    proposition: Sanctions should be eased
    terms: [sanctions relief, relief, { term: sanctions, inverse: true }]
  - id: denuclearization
    proposition: North Korea should disarm first
    terms: [complete denuclearization, denuclearization]
  - id: phased
    proposition: A step-by-step deal
    terms: [phased deal, step-by-step deal, { term: big deal, inverse: true }]
  - id: drills
    proposition: Joint drills should be suspended
    terms: [suspension of drills, { term: joint drills, inverse: true }, { term: war games, inverse: true, event: true }]
  - id: yongbyon
    proposition: Yongbyon should be dismantled
    terms: [{ term: Yongbyon, act: true }]
  - id: moratorium
    proposition: A moratorium on tests should hold
    terms: [moratorium, nuclear tests]
cues:
  support: [demand*, called for, welcomed, agreed, agreed to, insisted on, proposed,
    want, wants, seeks, offered, accept, accepted, { term: hinted at, hedged: true }]
  oppose: [reject, rejected, refused, refused to, ruled out, dismissed, opposes, criticized]
reversers: [lift, lifts, lifted, lifting, halt, drop, dropped, withdrew, dismantle]
negators: ["no", not, never, without, nor, neither, unlikely to]
hedges: [reportedly]
conditionals: [if, unless, before, in exchange for]
speech_verbs: [said, says, say, told, according to, saying, declaring, continued]
speakers: [analyst, analysts, researcher]
positions:
  - { term: denuclearization is off the table, issue: denuclearization, stance: oppose }
discard: [in a parody]
questions: [asked whether]
threats: [warned, threatened]
"#;

/// The compiled tests' lexicon.
pub(super) fn lex() -> &'static Compiled {
    static LEX: OnceLock<Compiled> = OnceLock::new();
    LEX.get_or_init(|| {
        Compiled::new(Lexicon::from_yaml(LEXICON).expect("test lexicon parses"))
            .expect("test lexicon compiles")
    })
}

/// Reads `text` as one sentence, after the sentences that left `carry`.
pub(super) fn with_sentence_after<R>(
    text: &str,
    carry: &Carry,
    f: impl FnOnce(&Sentence<'_>) -> R,
) -> R {
    let c = lex();
    let matches = find(c, text, &normalize(text), None);
    let sent = Sentence::new(c, text, (0, text.len()), &matches, 0..matches.len(), carry);
    f(&sent)
}

/// Reads `text` as one sentence, the first of its article.
pub(super) fn with_sentence<R>(text: &str, f: impl FnOnce(&Sentence<'_>) -> R) -> R {
    with_sentence_after(text, &Carry::default(), f)
}

/// A carry whose last subject, person and speaker are `party`.
pub(super) fn carry_of(party: &str) -> Carry {
    let p = lex().party_index(party).expect("a test party") as u16;
    Carry {
        last_subject: Some(Holder::Parties(vec![p])),
        last_person: Some(Holder::Parties(vec![p])),
        last_speaker: Some(Holder::Parties(vec![p])),
        open_quote: None,
        recent: vec![p],
        year: None,
        voice: None,
    }
}

impl Sentence<'_> {
    /// The first item whose text is `needle` (any case); panics if none.
    pub(super) fn at(&self, needle: &str) -> usize {
        self.nth(needle, 0)
    }

    /// The `n`th (from 0) item whose text is `needle` (any case).
    pub(super) fn nth(&self, needle: &str, n: usize) -> usize {
        (0..self.items.len())
            .filter(|&k| {
                let it = &self.items[k];
                self.text[it.start..it.end].eq_ignore_ascii_case(needle)
            })
            .nth(n)
            .unwrap_or_else(|| panic!("no item {needle:?} (#{n}) in {:?}", self.text))
    }
}

/// A holder written out: party ids joined by "+", "outsider" or "unknown".
pub(super) fn holder_name(h: &Holder) -> String {
    match h {
        Holder::Parties(ps) => ps
            .iter()
            .map(|&p| lex().party_id(p as usize))
            .collect::<Vec<_>>()
            .join("+"),
        Holder::Outsider => "outsider".into(),
        Holder::Unknown => "unknown".into(),
    }
}

/// A holder and its rule written out ("US (subject)"), or "none".
pub(super) fn show_holder(h: Option<(Holder, Rule)>) -> String {
    match h {
        Some((h, rule)) => format!("{} ({rule})", holder_name(&h)),
        None => "none".into(),
    }
}

/// A reading written out as `stance explain` writes a decision: "US relief
/// oppose, hedged [subject, cue]" (holder "-" when there is none).
pub(super) fn show_reading(r: &Reading) -> String {
    let (holder, hrule) = match &r.holder {
        Some((h, rule)) => (holder_name(h), Some(*rule)),
        None => ("-".into(), None),
    };
    let rules = hrule
        .into_iter()
        .chain(r.rules.iter().copied())
        .map(Rule::name)
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "{holder} {} {}{}{} [{rules}]",
        lex().issue_id(r.issue as usize),
        if r.sign > 0 { "support" } else { "oppose" },
        if r.hedged { ", hedged" } else { "" },
        if r.conditional { ", conditional" } else { "" },
    )
}

/// The readings of the term `term` in the one-sentence `text`.
pub(super) fn readings_of(text: &str, term: &str) -> Vec<String> {
    with_sentence(text, |s| {
        let mut log = super::Trace(None);
        s.readings(s.at(term), &Carry::default(), &mut log)
            .iter()
            .map(show_reading)
            .collect()
    })
}

/// The evidence that `text` (any number of sentences) gives, written out
/// as "US relief oppose [subject, cue]", in the order it is given.
pub(super) fn evidence(text: &str) -> Vec<String> {
    let c = lex();
    let matches = find(c, text, &normalize(text), None);
    attribute(c, text, &matches, None, None)
        .iter()
        .map(|a| {
            format!(
                "{} {} {}{}{} [{}]",
                c.party_id(a.party as usize),
                c.issue_id(a.issue as usize),
                a.polarity.as_str(),
                if a.hedged { ", hedged" } else { "" },
                if a.conditional { ", conditional" } else { "" },
                a.rule
            )
        })
        .collect()
}

/// The lines `stance explain` prints for the attribution of `text`.
pub(super) fn trace(text: &str) -> Vec<String> {
    let c = lex();
    let matches = find(c, text, &normalize(text), None);
    let mut t = Vec::new();
    attribute(c, text, &matches, None, Some(&mut t));
    t
}

/// Checks a table of (text, expected) rows with `f`, reporting every row
/// that fails, not only the first.
pub(super) fn check_table<W: std::fmt::Debug, G: std::fmt::Debug + PartialEq<W>>(
    rows: &[(&str, W)],
    f: impl Fn(&str) -> G,
) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(text, want)| {
            let got = f(text);
            (got != *want).then(|| format!("  {text:?}\n    want {want:?}\n    got  {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
