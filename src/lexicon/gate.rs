//! The term gate: a cheap test of whether a normalised text can hold a stance.
//!
//! Evidence needs an issue term or a position phrase, so a text in which none
//! can match needs no full scan and no attribution. The matcher accepts a
//! match only where it does not start inside a word, so for terms that begin
//! with a letter or digit it is enough to look at the starts of words: the
//! gate reads the first four bytes at each place where a word may start (the
//! byte before is not an ASCII letter, digit or `_`), looks them up in a
//! small bit table, and compares the whole term only on a hit. It can answer
//! "maybe" where the matcher then finds nothing, never "no" where the matcher
//! would accept a term. Terms shorter than four bytes, or that begin with
//! something else, get an automaton of the terms instead (any occurrence
//! counts). Built by [`super::Compiled::new`]; asked by the engine before the
//! full scan.

use super::compile::Fnv;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Bits in each table of prefixes.
const BITS: usize = 1 << 16;

#[derive(Debug, Clone)]
pub(crate) enum Gate {
    /// Terms found by their first bytes at word starts.
    Prefixes {
        /// Terms of four to seven bytes, by their first four bytes.
        short: Table,
        /// Terms of eight bytes or more, by their first eight (more
        /// selective: "complete denuclearization" is not looked at for
        /// every "company").
        long: Table,
    },
    /// Any occurrence of a term (leftmost-first automaton).
    Automaton(AhoCorasick),
    /// No gate could be built: every text goes on.
    Open,
}

/// Terms by a prefix, with a bit table of the prefixes' hashes in front.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    bits: Box<[u64]>,
    terms: HashMap<u64, Vec<Box<[u8]>>, BuildHasherDefault<Fnv>>,
}

impl Table {
    fn new() -> Table {
        Table {
            bits: vec![0u64; BITS / 64].into_boxed_slice(),
            terms: HashMap::default(),
        }
    }

    fn hash(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn add(&mut self, key: u64, term: &[u8]) {
        let h = Table::hash(key);
        self.bits[h / 64] |= 1 << (h % 64);
        self.terms.entry(key).or_default().push(term.into());
    }

    /// Does a term with this prefix start `rest`? The bit test is inline;
    /// the rare candidates are verified out of line.
    #[inline]
    fn starts(&self, key: u64, rest: &[u8]) -> bool {
        let h = Table::hash(key);
        self.bits[h / 64] & (1 << (h % 64)) != 0 && self.verify(key, rest)
    }

    #[inline(never)]
    fn verify(&self, key: u64, rest: &[u8]) -> bool {
        self.terms
            .get(&key)
            .is_some_and(|ts| ts.iter().any(|t| rest.starts_with(t)))
    }
}

/// For eight bytes, the high bit of each byte that is an ASCII letter or
/// digit, and of each that is one or `_`.
fn classes(w: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = !w & HIGH;
    // Below 0x80 in every byte, so no sum below carries into the next byte.
    let y = w & !HIGH;
    let within = |lo: u8, hi: u8| {
        (y.wrapping_add(ONES * u64::from(0x80 - lo)) & !y.wrapping_add(ONES * u64::from(0x7f - hi)))
            & HIGH
    };
    let alnum = (within(b'0', b'9') | within(b'a', b'z') | within(b'A', b'Z')) & ascii;
    let underscore = within(b'_', b'_') & ascii;
    (alnum, alnum | underscore)
}

/// The first eight bytes of `b` as a number (0 when shorter).
#[inline(always)]
fn key8(b: &[u8]) -> u64 {
    b.first_chunk::<8>().map_or(0, |k| u64::from_le_bytes(*k))
}

/// The first four bytes of `b` as a number (0 when shorter).
#[inline(always)]
fn key4(b: &[u8]) -> u64 {
    b.first_chunk::<4>()
        .map_or(0, |k| u64::from(u32::from_le_bytes(*k)))
}

/// Does a term of `short` or `long` start `rest`?
#[inline(always)]
fn hit(short: &Table, long: &Table, rest: &[u8]) -> bool {
    short.starts(key4(rest), rest) || (rest.len() >= 8 && long.starts(key8(rest), rest))
}

impl Gate {
    /// The gate for these (normalised) terms; `kind` is the automaton kind
    /// used if one is needed.
    pub(crate) fn new<'a>(terms: impl Iterator<Item = &'a str>, kind: AhoCorasickKind) -> Gate {
        let terms: Vec<&str> = terms.collect();
        if terms
            .iter()
            .all(|t| t.len() >= 4 && t.as_bytes()[0].is_ascii_alphanumeric())
        {
            let (mut short, mut long) = (Table::new(), Table::new());
            for t in terms.iter().map(|t| t.as_bytes()) {
                if t.len() >= 8 {
                    long.add(key8(t), t);
                } else {
                    short.add(key4(t), t);
                }
            }
            return Gate::Prefixes { short, long };
        }
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(kind))
            .build(terms)
            .map_or(Gate::Open, Gate::Automaton)
    }

    /// `false` only when no term can match in `normalized`.
    pub(crate) fn may_match(&self, normalized: &str) -> bool {
        match self {
            Gate::Prefixes { short, long } => {
                let b = normalized.as_bytes();
                // Word starts eight bytes at a time, then byte by byte.
                let last = b.len().saturating_sub(3); // a term starts before this
                let mut inside_word = false;
                let mut i = 0;
                while i + 8 <= last {
                    let (alnum, word) = classes(key8(&b[i..]));
                    let mut starts = alnum & !((word << 8) | (u64::from(inside_word) << 7));
                    while starts != 0 {
                        let at = i + starts.trailing_zeros() as usize / 8;
                        if hit(short, long, &b[at..]) {
                            return true;
                        }
                        starts &= starts - 1;
                    }
                    inside_word = word >> 63 != 0;
                    i += 8;
                }
                while i < last {
                    let c = b[i];
                    if c.is_ascii_alphanumeric() && !inside_word && hit(short, long, &b[i..]) {
                        return true;
                    }
                    inside_word = c.is_ascii_alphanumeric() || c == b'_';
                    i += 1;
                }
                false
            }
            Gate::Automaton(a) => a.find(normalized).is_some(),
            Gate::Open => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence of a term at a place where a word may start.
    fn brute(terms: &[&str], text: &str) -> bool {
        let b = text.as_bytes();
        (0..b.len()).any(|i| {
            (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
                && terms.iter().any(|t| b[i..].starts_with(t.as_bytes()))
        })
    }

    #[test]
    fn prefixes_find_terms_at_word_starts_only() {
        let terms = ["talks", "sanctions relief", "icbm", "talk", "sanctions"];
        let gate = Gate::new(terms.iter().copied(), AhoCorasickKind::DFA);
        assert!(matches!(gate, Gate::Prefixes { .. }));
        // (text, may match)
        let table = [
            ("", false),
            ("tal", false),
            ("talk", true),
            ("the talks resumed", true),
            ("small talk", true),
            ("stalks of wheat", false),
            ("an icbm.", true),
            ("(sanctions relief)", true),
            ("sanctions reliefs", true),
            ("sanctions were eased", true),
            ("sanction was eased", false),
            ("_talk", false),
            ("é talk", true),
            ("étalk", true),
        ];
        for (text, expected) in table {
            assert_eq!(gate.may_match(text), expected, "{text:?}");
            assert_eq!(brute(&terms, text), expected, "{text:?}");
        }
    }

    #[test]
    fn classes_mark_letters_digits_and_underscores() {
        for c in 0..=255u8 {
            for lane in 0..8 {
                let w =
                    u64::from(c) << (8 * lane) | (0x2020_2020_2020_2020 & !(0xff << (8 * lane)));
                let (alnum, word) = classes(w);
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(alnum & bit != 0, c.is_ascii_alphanumeric(), "{c:#x}");
                assert_eq!(
                    word & bit != 0,
                    c.is_ascii_alphanumeric() || c == b'_',
                    "{c:#x}"
                );
                assert_eq!((alnum | word) & !bit, 0, "{c:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn short_or_odd_terms_get_an_automaton() {
        let gate = Gate::new(["war", "talks"].into_iter(), AhoCorasickKind::DFA);
        assert!(matches!(gate, Gate::Automaton(_)));
        assert!(gate.may_match("postwar"));
        let gate = Gate::new(["'big deal'"].into_iter(), AhoCorasickKind::DFA);
        assert!(matches!(gate, Gate::Automaton(_)));
        assert!(!gate.may_match("a big deal"));
    }

    proptest::proptest! {
        #[test]
        fn prefixes_agree_with_a_brute_force_search(
            text in "[a-eA_.é ]{0,60}",
            terms in proptest::collection::vec("[a-e][a-e ]{3,9}", 1..6),
        ) {
            let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
            let gate = Gate::new(refs.iter().copied(), AhoCorasickKind::DFA);
            proptest::prop_assert_eq!(gate.may_match(&text), brute(&refs, &text));
        }
    }
}
