//! Where the time of `stance analyze` goes, stage by stage, on one thread.
//!
//! ```text
//! cargo run --release --example stages -- corpus.jsonl
//! ```
//!
//! Reads a JSONL corpus into memory, then times each stage over all its
//! articles (best of three passes): normalisation, the term gate and the
//! match, attribution, the whole of `engine::analyze` (which adds building
//! the evidence and scoring), and rendering the JSONL record. Reading and
//! writing files are left out, so the stages sum to less than a real run.

use stance::report::{Format, ReportOptions};
use stance::{attribution, engine, input, matcher, text};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE.jsonl");
    let (c, _, _) = stance::lexicon::load(None).expect("default lexicon");
    let data = std::fs::read_to_string(&path).expect("read the corpus");
    let mut notices = Vec::new();
    let articles: Vec<stance::Article> = data
        .lines()
        .enumerate()
        .filter_map(|(i, l)| input::json_article(&path, i + 1, l, &mut notices).ok())
        .collect();
    let opts = ReportOptions {
        parties: Vec::new(),
        evidence: false,
        max_evidence: None,
        color: false,
        lexicon_name: String::new(),
        lexicon_hash: String::new(),
        inputs: Vec::new(),
    };
    let mut best = [f64::MAX; 5];
    for _ in 0..3 {
        // The stages one by one, then (in a second pass, so that each pass
        // meets the articles cold) the whole engine and the rendering.
        let mut t = [0f64; 5];
        for a in &articles {
            let t0 = Instant::now();
            let norm = text::normalize(&a.text);
            let t1 = Instant::now();
            let open = c.may_hold_stance(&norm.text);
            let m = if open {
                matcher::find(&c, &a.text, &norm, a.date)
            } else {
                Vec::new()
            };
            let t2 = Instant::now();
            if open {
                std::hint::black_box(attribution::attribute(&c, &a.text, &m, None, None));
            }
            let t3 = Instant::now();
            for (k, d) in [t1 - t0, t2 - t1, t3 - t2].iter().enumerate() {
                t[k] += d.as_secs_f64();
            }
        }
        for a in &articles {
            let t0 = Instant::now();
            let r = engine::analyze(&c, a);
            let t1 = Instant::now();
            std::hint::black_box(stance::report::render(Format::Jsonl, &r, &opts).expect("render"));
            let t2 = Instant::now();
            t[3] += (t1 - t0).as_secs_f64();
            t[4] += (t2 - t1).as_secs_f64();
        }
        for k in 0..5 {
            best[k] = best[k].min(t[k]);
        }
    }
    let [n, f, a, all, r] = best;
    println!(
        "{} articles, {:.1} MB: normalise {n:.3}s  gate+match {f:.3}s  attribute {a:.3}s  \
         analyze in all {all:.3}s (evidence and scoring {:.3}s)  render {r:.3}s",
        articles.len(),
        data.len() as f64 / 1e6,
        (all - n - f - a).max(0.0)
    );
}
