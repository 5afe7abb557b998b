//! Deterministic corpus generator for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --mb 100 --relevant 0.2 --seed 7 > corpus.jsonl
//! ```
//!
//! Writes JSONL articles (`id`, `date`, `title`, `source`, `text`) until the
//! output reaches `--mb` megabytes. A share `--relevant` of the articles is on
//! topic: news-like sentences about the parties and issues of the default
//! lexicon (attributions, quotations, negations, conditions, hedges) in
//! varied order; the rest is off-topic prose. The same seed gives the same
//! bytes.

use std::io::{self, BufWriter, Write};

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const US: &[&str] = &[
    "The United States",
    "Washington",
    "The State Department",
    "Secretary of State Mike Pompeo",
    "Special Representative Stephen Biegun",
    "The White House",
    "US officials",
    "President Trump",
];
const DPRK: &[&str] = &[
    "North Korea",
    "Pyongyang",
    "Kim Jong-un",
    "First Vice Foreign Minister Choe Son-hui",
    "The North",
    "Kim Myong-gil",
    "North Korean negotiators",
    "KCNA",
];
const ROK: &[&str] = &[
    "South Korea",
    "Seoul",
    "The Blue House",
    "President Moon Jae-in",
];
const SUPPORT: &[&str] = &[
    "demanded",
    "called for",
    "stressed the need for",
    "proposed",
    "is seeking",
    "offered",
    "insisted on",
    "urged",
    "welcomed",
    "is ready to discuss",
];
const OPPOSE: &[&str] = &[
    "rejected",
    "ruled out",
    "dismissed",
    "refused to discuss",
    "slammed",
    "opposed",
];
const TERMS: &[&str] = &[
    "sanctions relief",
    "security guarantees",
    "the dismantlement of the Yongbyon complex",
    "a step-by-step approach",
    "complete denuclearization",
    "an end-of-war declaration",
    "a halt to joint military exercises",
    "a moratorium on nuclear tests",
    "working-level talks",
    "a third summit",
    "the lifting of sanctions",
    "a road map",
    "a phased deal",
    "maximum pressure",
    "a big deal",
];
const TAILS: &[&str] = &[
    "on Tuesday",
    "in a statement",
    "after weeks of silence",
    "according to state media",
    "during talks in Stockholm",
    "in Hanoi",
    "at Panmunjom",
    "this week",
];
const ANALYSTS: &[&str] = &[
    "Analysts said",
    "A researcher at the Sejong Institute observed that",
    "Experts believe",
    "One observer noted that",
];
const OFF: &[&str] = &[
    "The city council approved a new budget for road repairs after a long debate.",
    "Heavy rain is expected across the region over the weekend, forecasters said.",
    "The home team won the final match of the season in front of a record crowd.",
    "Shares of technology companies rose as investors weighed quarterly earnings.",
    "A new museum exhibition explores the history of printing in the nineteenth century.",
    "Local farmers reported a strong harvest despite a dry spring.",
    "The central bank kept interest rates unchanged, citing stable inflation.",
    "Researchers published a study on sleep patterns among university students.",
    "The airline announced new routes to three coastal cities starting in June.",
    "Volunteers cleaned the river banks and collected several tons of plastic.",
    "The film festival opened with a documentary about mountain villages.",
    "Officials said the new bridge would reduce commuting times by twenty minutes.",
];

fn party(r: &mut Rng) -> &'static str {
    match r.below(5) {
        0 | 1 => r.pick(US),
        2 | 3 => r.pick(DPRK),
        _ => r.pick(ROK),
    }
}

fn on_topic_sentence(r: &mut Rng) -> String {
    let p = party(r);
    let t = r.pick(TERMS);
    let tail = r.pick(TAILS);
    match r.below(9) {
        0 => format!("{p} {} {t} {tail}.", r.pick(SUPPORT)),
        1 => format!("{p} {} {t} {tail}.", r.pick(OPPOSE)),
        2 => format!("{p} is not willing to accept {t}, officials said."),
        3 => format!("\u{201C}We will never accept {t},\u{201D} {p} said {tail}."),
        4 => format!("{p} reportedly remains adamant on {t}."),
        5 => format!(
            "{p} {} {t}, while {} {} {}.",
            r.pick(SUPPORT),
            party(r),
            r.pick(OPPOSE),
            r.pick(TERMS)
        ),
        6 => format!(
            "{p} might agree to {t} if {} first offers {}.",
            party(r),
            r.pick(TERMS)
        ),
        7 => format!(
            "{} the talks could resume if both sides show flexibility.",
            r.pick(ANALYSTS)
        ),
        _ => format!(
            "There can be no {t} before {}, {p} insisted.",
            r.pick(TERMS)
        ),
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const USAGE: &str = "\
Usage: gen_corpus [--mb N] [--relevant SHARE] [--seed N] > corpus.jsonl

Writes a deterministic JSONL corpus to standard output (redirect it to a
file: it is never written to a terminal).
  --mb N            megabytes to write (default 10)
  --relevant SHARE  share of the articles on topic, 0 to 1 (default 0.2)
  --seed N          seed; the same seed gives the same bytes (default 1)
  -h, --help        print this help";

/// The options, or the message to end with (and its exit code).
fn options(args: &[String]) -> Result<(f64, f64, u64), (String, i32)> {
    let mut opts = (10.0, 0.2, 1u64);
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "-h" || a == "--help" {
            return Err((USAGE.to_string(), 0));
        }
        let value = args.get(i + 1).map(String::as_str);
        let bad = |what: &str| (format!("gen_corpus: error: {a} needs {what}\n\n{USAGE}"), 2);
        match a {
            "--mb" => {
                opts.0 = value
                    .and_then(|v| v.parse().ok())
                    .filter(|x: &f64| *x >= 0.0)
                    .ok_or_else(|| bad("a number of megabytes"))?
            }
            "--relevant" => {
                opts.1 = value
                    .and_then(|v| v.parse().ok())
                    .filter(|x: &f64| (0.0..=1.0).contains(x))
                    .ok_or_else(|| bad("a share from 0 to 1"))?
            }
            "--seed" => {
                opts.2 = value
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| bad("a whole number"))?
            }
            _ => {
                return Err((
                    format!("gen_corpus: error: unknown argument `{a}`\n\n{USAGE}"),
                    2,
                ))
            }
        }
        i += 2;
    }
    Ok(opts)
}

fn main() -> io::Result<()> {
    use std::io::IsTerminal;
    let args: Vec<String> = std::env::args().collect();
    let (mb, relevant, seed) = match options(&args) {
        Ok(o) => o,
        Err((message, 0)) => {
            let _ = writeln!(io::stdout(), "{message}");
            return Ok(());
        }
        Err((message, code)) => {
            eprintln!("{message}");
            std::process::exit(code);
        }
    };
    if io::stdout().is_terminal() {
        eprintln!(
            "gen_corpus: error: standard output is a terminal: redirect it to a file\n\n{USAGE}"
        );
        std::process::exit(2);
    }
    let target = (mb * 1024.0 * 1024.0) as usize;
    let mut r = Rng(seed);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut written = 0usize;
    let mut n = 0usize;
    while written < target {
        n += 1;
        let on = r.chance(relevant);
        let sentences = 8 + r.below(25);
        let mut text = String::new();
        let mut para = 0;
        for _ in 0..sentences {
            let s = if on && r.chance(0.6) {
                on_topic_sentence(&mut r)
            } else {
                r.pick(OFF).to_string()
            };
            text.push_str(&s);
            para += 1;
            text.push_str(if para % 4 == 0 { "\n\n" } else { " " });
        }
        let date = format!(
            "{}-{:02}-{:02}",
            2018 + r.below(3),
            1 + r.below(12),
            1 + r.below(28)
        );
        let title = if on { "Diplomacy update" } else { "Local news" };
        let source = ["Sample Wire", "Daily Herald", "Market Desk"][r.below(3)];
        let line = format!(
            "{{\"id\":\"gen-{n}\",\"date\":\"{date}\",\"title\":{},\"source\":\"{source}\",\"text\":{}}}\n",
            json_str(title),
            json_str(&text)
        );
        written += line.len();
        if let Err(e) = out.write_all(line.as_bytes()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e);
        }
    }
    out.flush()
}
