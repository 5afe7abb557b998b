//! The speed ceiling: a bare multi-pattern scan, for comparison with
//! `stance analyze`.
//!
//! ```text
//! cargo run --release --example ceiling -- corpus.jsonl
//! ```
//!
//! Builds one aho-corasick DFA (leftmost-longest, ASCII case-insensitive)
//! over every entry of the default lexicon as expanded for matching (each
//! entry normalised, plus its hyphenated form), scans the raw bytes of the
//! file on all threads with whole-word filtering, and prints the best of
//! three runs in MB/s.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rayon::prelude::*;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: ceiling FILE");
    let data = std::fs::read(&path).expect("read the corpus");
    let (lex, _, _) = stance::lexicon::load(None).expect("default lexicon");
    let mut patterns: Vec<String> = Vec::new();
    for e in &lex.entries {
        let form = stance::text::normalize_entry(e.text.trim().trim_end_matches('*'));
        if form.contains(' ') {
            patterns.push(form.replace(' ', "-"));
        }
        patterns.push(form);
    }
    patterns.sort();
    patterns.dedup();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("automaton");
    // Chunks of about 1 MiB, cut at line ends.
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < data.len() {
        let mut end = (start + (1 << 20)).min(data.len());
        while end < data.len() && data[end - 1] != b'\n' {
            end += 1;
        }
        chunks.push(&data[start..end]);
        start = end;
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        count = chunks
            .par_iter()
            .map(|c| {
                ac.find_iter(*c)
                    .filter(|m| {
                        (m.start() == 0 || !word(c[m.start() - 1]))
                            && (m.end() == c.len() || !word(c[m.end()]))
                    })
                    .count()
            })
            .sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = data.len() as f64 / 1e6;
    println!(
        "patterns {} matches {count} bytes {} best {:.3}s ceiling {:.1} MB/s",
        patterns.len(),
        data.len(),
        best,
        mb / best
    );
}
