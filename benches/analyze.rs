//! Speed of the stages: lexicon compile, matcher scan, one article end to
//! end, and a batch of articles. Run with `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stance::lexicon::{self, Compiled, Lexicon};

fn seed_text() -> String {
    let line = std::fs::read_to_string("data/seed.gold.jsonl").unwrap();
    let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    v["text"].as_str().unwrap().to_string()
}

fn benches(c: &mut Criterion) {
    let lex = Lexicon::from_yaml(lexicon::DEFAULT_YAML).unwrap();
    c.bench_function("compile default lexicon", |b| {
        b.iter(|| Compiled::new(lex.clone()).unwrap())
    });
    let compiled = Compiled::new(lex).unwrap();
    let text = seed_text();
    let mut g = c.benchmark_group("seed article");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("matcher scan", |b| {
        b.iter(|| {
            let n = stance::text::normalize(&text);
            stance::matcher::find(&compiled, &text, &n, None).len()
        })
    });
    g.bench_function("end to end", |b| {
        b.iter(|| stance::engine::analyze_text(&compiled, &text, None))
    });
    g.finish();
    let batch: Vec<stance::engine::Article> = (0..64)
        .map(|i| stance::engine::Article {
            id: i.to_string(),
            text: text.clone(),
            ..Default::default()
        })
        .collect();
    let mut g = c.benchmark_group("batch of 64 articles");
    g.throughput(Throughput::Bytes((text.len() * batch.len()) as u64));
    g.bench_function("parallel", |b| {
        use rayon::prelude::*;
        b.iter(|| {
            batch
                .par_iter()
                .map(|a| stance::engine::analyze(&compiled, a))
                .count()
        })
    });
    g.finish();
}

criterion_group!(all, benches);
criterion_main!(all);
