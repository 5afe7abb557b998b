//! Compiling a lexicon: every entry becomes one pattern of one aho-corasick
//! automaton, and an [`Entry`] records what a match of that pattern means.

use super::gate::Gate;
use super::schema::{Lexicon, ResolvedGrammar, Term};
use super::Problem;
use crate::date::Date;
use crate::model::Polarity;
use crate::text::{normalize_entry, normalize_with};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// What a match of a lexicon entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An alias of party `party` (index into `Lexicon::parties`).
    Party {
        party: u16,
    },
    /// A term of issue `issue`; `inverse` terms name the opposite
    /// proposition; reversers do not apply to `act` terms.
    Issue {
        issue: u16,
        inverse: bool,
        act: bool,
    },
    /// A stance cue.
    Cue {
        polarity: Polarity,
        hedged: bool,
    },
    /// Turns the neighbouring issue term into its opposite.
    Reverser,
    Negator,
    Hedge,
    Conditional,
    Speech,
    /// A non-party speaker (analyst, researcher).
    Speaker,
    /// A phrase that signals `polarity` on `issue` by itself.
    Position {
        issue: u16,
        polarity: Polarity,
    },
    Discard,
    /// Matched so that shorter entries inside it do not match; no meaning.
    Ignore,
    /// Makes a conditional a threat: the holder wants its condition not to
    /// happen ("warned that … if").
    Threat,
    /// Opens a question ("asked whether"): terms after it, up to the next
    /// comma or clause break, hold no stance.
    Question,
}

/// One compiled pattern.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    /// The entry as written in the lexicon.
    pub text: String,
    /// The entry ended in `*`: it matches any word ending.
    pub star: bool,
    /// Normalised words a `*` entry must not complete to; `true` marks a
    /// prefix (written with a trailing `*`).
    pub except: Vec<(String, bool)>,
    /// Matches only text written in lower case.
    pub lowercase: bool,
    /// An issue term naming an occasion parties take part in.
    pub event: bool,
    /// For an alias that names a person in full ("Chung Eui-yong", "Sarah
    /// Sanders"): the words by which an article refers to them again
    /// ("Chung", "Sanders"): the first and the last capitalised word that
    /// is not a title. Matched only after the full name, in capitals.
    pub short_names: Vec<String>,
    /// Case-preserved normalised form, when some word must match in capitals.
    pub caps: Option<CapsRule>,
    /// The alias names a person ("he"/"she" can refer to it, "it" cannot).
    pub person: bool,
    /// Dates during which an alias stands for its party.
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// Further parties a group name stands for ("the two Koreas"); the
    /// first is in `kind`.
    pub group: Vec<u16>,
    /// A one-word name ("Kim", "Washington"): followed by another
    /// capitalised word it is part of a longer name ("Kim Dong-yub",
    /// "Washington Post") and does not match.
    pub name_part: bool,
    /// An `actors` entry: a named non-party, read as a speaker and shown as
    /// `actor`.
    pub actor: bool,
}

/// Capitals-only words of an entry ("US" never matches "us").
#[derive(Debug, Clone)]
pub struct CapsRule {
    /// The entry normalised without lower-casing.
    pub form: String,
    /// Byte ranges of `form` that must match exactly.
    pub ranges: Vec<(usize, usize)>,
}

impl CapsRule {
    fn of(body: &str) -> Option<CapsRule> {
        let form = normalize_with(body.trim(), false).text.trim().to_string();
        let mut ranges = Vec::new();
        let mut start = 0;
        for word in form.split(' ') {
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_uppercase()) {
                ranges.push((start, start + word.len()));
            }
            start += word.len() + 1;
        }
        (!ranges.is_empty()).then_some(CapsRule { form, ranges })
    }

    /// Does the original text of a match (`orig`) keep the capitals?
    pub fn accepts(&self, orig: &str) -> bool {
        // Common case ("US", "U.S."): plain ASCII of the same length, where
        // normalisation would change nothing in the capitals words; compare
        // in place instead of normalising (no allocation per match).
        if orig.len() == self.form.len() && orig.is_ascii() && !orig.contains(['-', '[', ']', '`'])
        {
            return self
                .ranges
                .iter()
                .all(|&(a, b)| orig.get(a..b) == self.form.get(a..b));
        }
        let cased = normalize_with(orig.trim(), false).text;
        let cased = cased.trim();
        if cased.len() >= self.form.len() {
            return self
                .ranges
                .iter()
                .all(|&(a, b)| cased.get(a..b) == self.form.get(a..b));
        }
        // Lengths differ (non-ASCII case mapping): each capitals word must
        // still appear in capitals.
        self.ranges
            .iter()
            .all(|&(a, b)| self.form.get(a..b).is_some_and(|w| cased.contains(w)))
    }
}

/// A grammar list of lower-case word sequences ("as well as", "and").
#[derive(Debug, Clone, Default)]
pub struct Seqs {
    /// This list's bit in [`WordSets::class`].
    pub bit: u32,
    /// Longest first.
    pub seqs: Vec<Vec<String>>,
}

/// A grammar list of single lower-case words.
#[derive(Debug, Clone, Default)]
pub struct Set {
    /// This list's bit in [`WordSets::class`].
    pub bit: u32,
    pub words: HashSet<String>,
}

/// Grammar word lists as lower-case token sequences, and an index from each
/// word to the lists it can open, so that attribution looks a word up once
/// per sentence instead of comparing it with every list it is tested
/// against.
#[derive(Debug, Clone, Default)]
pub struct WordSets {
    pub pronouns: Seqs,
    pub first_person: Seqs,
    pub references: Seqs,
    pub prepositions: Set,
    pub contrasts: Seqs,
    pub coordinators: Seqs,
    pub agent_markers: Set,
    pub determiners: Set,
    pub expletives: Seqs,
    pub passives: Set,
    pub auxiliaries: Set,
    pub pair_references: Seqs,
    pub relatives: Set,
    pub exceptions: Set,
    pub subordinators: Set,
    pub representatives: Seqs,
    pub deferrals: Set,
    pub personal_pronouns: Set,
    pub impersonal_pronouns: Set,
    pub obligations: Seqs,
    pub predictions: Seqs,
    pub intentions: Seqs,
    pub partners: Set,
    pub adjuncts: Seqs,
    pub plural_pronouns: Set,
    pub modals: Set,
    pub possessives: Set,
    pub beliefs: Set,
    pub pejoratives: Seqs,
    pub failures: Seqs,
    pub additives: Set,
    pub causatives: Set,
    /// Word -> bits of the lists it belongs to (a set) or opens a sequence
    /// of (a sequence list).
    index: HashMap<String, u32, BuildHasherDefault<Fnv>>,
}

/// FNV-1a: the lexicon hash, and the [`Hasher`] for short keys (grammar
/// words), looked up once per word of every sentence read, where SipHash
/// cost more than the lookup.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

fn seqs(list: &[String], bit: u32) -> Seqs {
    Seqs {
        bit: 1 << bit,
        seqs: seq_list(list),
    }
}

fn set(list: &[String], bit: u32) -> Set {
    Set {
        bit: 1 << bit,
        words: list.iter().map(|s| normalize_entry(s)).collect(),
    }
}

fn seq_list(list: &[String]) -> Vec<Vec<String>> {
    let mut v: Vec<Vec<String>> = list
        .iter()
        .map(|s| {
            normalize_entry(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
        .collect();
    // longest first so that "as well as" wins over "as"
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

impl WordSets {
    fn new(g: &ResolvedGrammar) -> WordSets {
        let mut w = WordSets {
            pronouns: seqs(&g.pronouns, 0),
            first_person: seqs(&g.first_person, 1),
            references: seqs(&g.references, 2),
            prepositions: set(&g.prepositions, 3),
            contrasts: seqs(&g.contrasts, 4),
            coordinators: seqs(&g.coordinators, 5),
            agent_markers: set(&g.agent_markers, 6),
            determiners: set(&g.determiners, 7),
            expletives: seqs(&g.expletives, 8),
            passives: set(&g.passives, 9),
            auxiliaries: set(&g.auxiliaries, 10),
            pair_references: seqs(&g.pair_references, 11),
            relatives: set(&g.relatives, 12),
            exceptions: set(&g.exceptions, 15),
            subordinators: set(&g.subordinators, 16),
            representatives: seqs(&g.representatives, 17),
            deferrals: set(&g.deferrals, 18),
            personal_pronouns: set(&g.personal_pronouns, 19),
            impersonal_pronouns: set(&g.impersonal_pronouns, 20),
            obligations: seqs(&g.obligations, 13),
            predictions: seqs(&g.predictions, 14),
            intentions: seqs(&g.intentions, 21),
            partners: set(&g.partners, 22),
            adjuncts: seqs(&g.adjuncts, 23),
            plural_pronouns: set(&g.plural_pronouns, 24),
            modals: set(&g.modals, 25),
            possessives: set(&g.possessives, 26),
            beliefs: set(&g.beliefs, 27),
            pejoratives: seqs(&g.pejoratives, 28),
            failures: seqs(&g.failures, 29),
            additives: set(&g.additives, 30),
            causatives: set(&g.causatives, 31),
            index: HashMap::default(),
        };
        let mut index: HashMap<String, u32, BuildHasherDefault<Fnv>> = HashMap::default();
        for s in [
            &w.pronouns,
            &w.first_person,
            &w.references,
            &w.contrasts,
            &w.coordinators,
            &w.expletives,
            &w.pair_references,
            &w.obligations,
            &w.predictions,
            &w.intentions,
            &w.representatives,
            &w.adjuncts,
            &w.pejoratives,
            &w.failures,
        ] {
            for seq in &s.seqs {
                *index.entry(seq[0].clone()).or_default() |= s.bit;
            }
        }
        for s in [
            &w.prepositions,
            &w.agent_markers,
            &w.determiners,
            &w.passives,
            &w.auxiliaries,
            &w.relatives,
            &w.exceptions,
            &w.subordinators,
            &w.deferrals,
            &w.personal_pronouns,
            &w.impersonal_pronouns,
            &w.partners,
            &w.plural_pronouns,
            &w.modals,
            &w.possessives,
            &w.beliefs,
            &w.additives,
            &w.causatives,
        ] {
            for word in &s.words {
                *index.entry(word.clone()).or_default() |= s.bit;
            }
        }
        w.index = index;
        w
    }

    /// Bits of the lists that `word` (lower case) belongs to or opens.
    pub fn class(&self, word: &str) -> u32 {
        self.index.get(word).copied().unwrap_or(0)
    }
}

/// Largest lexicon compiled into a DFA.
const MAX_DFA_PATTERNS: usize = 5_000;

/// A lexicon ready for matching: built once, shared by every article.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub lexicon: Lexicon,
    pub automaton: AhoCorasick,
    pub entries: Vec<Entry>,
    pub words: WordSets,
    /// Hex hash of the lexicon's content (recorded in every output).
    pub hash: String,
    /// The issue terms and position phrases alone ([`super::gate`]). A text
    /// in which none can match holds no stance, whatever else it mentions,
    /// so the engine skips the full scan ([`Compiled::may_hold_stance`]).
    gate: Gate,
    /// Some alias is marked `person: true`: pronouns then tell people from
    /// places and institutions.
    pub persons: bool,
    /// Titles and honorifics (grammar list `titles`).
    pub titles: Vec<String>,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

impl Compiled {
    /// Compiles a (checked) lexicon. Entries that normalise to nothing are
    /// skipped; [`super::check`] reports them.
    pub fn new(lexicon: Lexicon) -> Result<Compiled, Problem> {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut grouped: Vec<(usize, Vec<u16>)> = Vec::new();
        let titles = lexicon.grammar.resolved().titles;
        // Returns the index of the new entry (none for an empty one).
        let mut add = |t: &Term, kind: Kind| -> Option<usize> {
            let raw = t.text.trim();
            let star = raw.ends_with('*');
            let body = raw.trim_end_matches('*');
            let form = normalize_entry(body);
            if form.is_empty() {
                return None;
            }
            patterns.push(form);
            entries.push(Entry {
                kind,
                text: t.text.clone(),
                star,
                except: except_forms(t)
                    .into_iter()
                    .filter(|(f, _)| !f.is_empty())
                    .collect(),
                lowercase: t.lowercase,
                event: t.event,
                short_names: if t.person && matches!(kind, Kind::Party { .. }) {
                    short_names(body, &titles)
                } else {
                    Vec::new()
                },
                caps: CapsRule::of(body),
                name_part: matches!(kind, Kind::Party { .. })
                    && !body.trim().contains([' ', '-', '.'])
                    && body.trim().chars().next().is_some_and(char::is_uppercase)
                    && !body.trim().chars().all(|c| !c.is_lowercase()),
                person: t.person,
                from: t.from.as_deref().and_then(Date::parse),
                until: t.until.as_deref().and_then(Date::parse),
                group: Vec::new(),
                actor: false,
            });
            Some(entries.len() - 1)
        };
        for (i, p) in lexicon.parties.iter().enumerate() {
            for t in &p.aliases {
                add(t, Kind::Party { party: i as u16 });
            }
        }
        for g in &lexicon.groups {
            let ids: Vec<u16> = g
                .parties
                .iter()
                .filter_map(|id| lexicon.parties.iter().position(|p| &p.id == id))
                .map(|i| i as u16)
                .collect();
            let Some((&first, rest)) = ids.split_first() else {
                continue;
            };
            for t in &g.terms {
                if let Some(k) = add(t, Kind::Party { party: first }) {
                    grouped.push((k, rest.to_vec()));
                }
            }
        }
        for (i, is) in lexicon.issues.iter().enumerate() {
            for t in &is.terms {
                add(
                    t,
                    Kind::Issue {
                        issue: i as u16,
                        inverse: t.inverse,
                        act: t.act,
                    },
                );
            }
        }
        for t in &lexicon.cues.support {
            add(
                t,
                Kind::Cue {
                    polarity: Polarity::Support,
                    hedged: t.hedged,
                },
            );
        }
        for t in &lexicon.cues.oppose {
            add(
                t,
                Kind::Cue {
                    polarity: Polarity::Oppose,
                    hedged: t.hedged,
                },
            );
        }
        let simple: [(&Vec<Term>, Kind); 10] = [
            (&lexicon.reversers, Kind::Reverser),
            (&lexicon.negators, Kind::Negator),
            (&lexicon.hedges, Kind::Hedge),
            (&lexicon.conditionals, Kind::Conditional),
            (&lexicon.speech_verbs, Kind::Speech),
            (&lexicon.speakers, Kind::Speaker),
            (&lexicon.discard, Kind::Discard),
            (&lexicon.ignore, Kind::Ignore),
            (&lexicon.threats, Kind::Threat),
            (&lexicon.questions, Kind::Question),
        ];
        for (list, kind) in simple {
            for t in list {
                add(t, kind);
            }
        }
        for p in &lexicon.positions {
            if let Some(issue) = lexicon.issues.iter().position(|i| i.id == p.issue) {
                add(
                    &Term::new(&p.term),
                    Kind::Position {
                        issue: issue as u16,
                        polarity: p.stance,
                    },
                );
            }
        }
        let actors: Vec<usize> = lexicon
            .actors
            .iter()
            .filter_map(|t| add(t, Kind::Speaker))
            .collect();
        for k in actors {
            entries[k].actor = true;
        }
        for (k, rest) in grouped {
            entries[k].group = rest;
            entries[k].name_part = false;
        }
        // A short name that is itself an entry ("Pompeo" beside "Mike
        // Pompeo") is matched by the automaton already: no second search.
        let forms: std::collections::HashSet<&str> = patterns.iter().map(String::as_str).collect();
        let known: Vec<Vec<bool>> = entries
            .iter()
            .map(|e| {
                e.short_names
                    .iter()
                    .map(|n| forms.contains(normalize_entry(n).as_str()))
                    .collect()
            })
            .collect();
        for (e, known) in entries.iter_mut().zip(known) {
            let mut k = known.into_iter();
            e.short_names.retain(|_| !k.next().unwrap_or(false));
        }
        // A DFA is fastest to scan, but building it (and the contiguous NFA)
        // grows faster than linearly with the patterns: huge lexicons get the
        // plain NFA, which builds in linear time.
        let kind = if patterns.len() <= MAX_DFA_PATTERNS {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::NoncontiguousNFA
        };
        // Only terms and positions make evidence.
        let gate = Gate::new(
            patterns
                .iter()
                .zip(&entries)
                .filter(|(_, e)| matches!(e.kind, Kind::Issue { .. } | Kind::Position { .. }))
                .map(|(p, _)| p.as_str()),
            kind,
        );
        let kind = Some(kind);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .build(&patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
            })
            .map_err(|e| Problem::error(format!("cannot build the matcher: {e}")))?;
        let words = WordSets::new(&lexicon.grammar.resolved());
        let hash = format!(
            "{:016x}",
            fnv1a(
                serde_json::to_string(&lexicon)
                    .unwrap_or_default()
                    .as_bytes()
            )
        );
        let persons = entries.iter().any(|e| e.person);
        Ok(Compiled {
            lexicon,
            automaton,
            entries,
            words,
            hash,
            gate,
            persons,
            titles,
        })
    }

    /// Can a text (normalised with [`crate::text::normalize`]) hold a stance
    /// at all? `false` only when no issue term or position phrase can match
    /// in it: none starts a word there (the matcher accepts no term that
    /// starts inside a word); `true` when unsure.
    pub fn may_hold_stance(&self, normalized: &str) -> bool {
        self.gate.may_match(normalized)
    }

    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.lexicon.parties.iter().position(|p| p.id == id)
    }

    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.lexicon.issues.iter().position(|p| p.id == id)
    }

    pub fn party_id(&self, i: usize) -> &str {
        &self.lexicon.parties[i].id
    }

    pub fn issue_id(&self, i: usize) -> &str {
        &self.lexicon.issues[i].id
    }
}

/// The words of a full personal name that can stand for it again: the first
/// and the last word that starts with a capital, has two letters or more,
/// holds no hyphen and is not a title. None for a one-word alias.
fn short_names(body: &str, titles: &[String]) -> Vec<String> {
    let words: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let usable = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !titles.iter().any(|t| t.eq_ignore_ascii_case(w))
    };
    let names: Vec<&str> = words.iter().copied().filter(usable).collect();
    let mut out: Vec<String> = Vec::new();
    for w in [names.first(), names.last()].into_iter().flatten() {
        if !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    // A name of one usable word among titles ("President Moon") is that
    // word; of several, "Sarah Sanders" gives "Sarah" and "Sanders".
    out
}

/// Normalised `except` words (`true`: a prefix, written with a trailing `*`).
pub(super) type Excepted = Vec<(String, bool)>;

/// The normalised `except` words of an entry, as the matcher compares them
/// (`lexicon check` reports those that normalise to nothing).
pub(super) fn except_forms(t: &Term) -> Excepted {
    t.except
        .iter()
        .map(|w| {
            let w = w.trim();
            (normalize_entry(w.trim_end_matches('*')), w.ends_with('*'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::text::normalize;

    #[test]
    fn the_gate_lets_through_only_texts_with_a_term() {
        let (c, _, _) = crate::lexicon::load(None).unwrap();
        // (text, may hold a stance)
        let table = [
            ("Shares rose as investors weighed earnings.", false),
            ("North Korea and the US met in Hanoi.", false),
            ("Pyongyang rejected sanctions relief.", true),
            ("SANCTIONS-RELIEF was ruled out.", true),
            // A term at the start of a word is enough: the full matcher
            // decides later.
            ("Talkshows filled the evening.", true),
            // Inside a word it cannot match.
            ("Stalks of wheat swayed.", false),
            ("", false),
        ];
        for (text, expected) in table {
            assert_eq!(
                c.may_hold_stance(&normalize(text).text),
                expected,
                "{text:?}"
            );
        }
    }
}
