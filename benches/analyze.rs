//! Speed of the stages: lexicon compile, matcher scan, one article end to
//! end, and a batch of articles. Run with `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stance::lexicon::{self, Compiled, Lexicon};

fn seed_text() -> String {
    let line = std::fs::read_to_string("data/seed.gold.jsonl").unwrap();
    let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    v["text"].as_str().unwrap().to_string()
}

/// An article off the lexicon's topic (no issue term or position phrase), as
/// most of a news feed is.
const OFF_TOPIC: &str = "The city council approved a new budget for road repairs on \
Thursday, after a long evening of questions from residents about potholes on the \
eastern ring road. Shops in the old town reported a busy weekend as the first warm \
days of spring brought visitors back to the river front. A local bakery that has \
been open for ninety years will close its doors in June; the owners said they could \
not find anyone to take it over. Forecasters expect heavy rain in the hills on \
Sunday and warned drivers to take care on mountain passes. The university library \
extended its opening hours during the examination period, and students welcomed \
the change. In sport, the home team won its third match in a row with a late goal, \
and its coach praised the young players who came off the bench.";

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
    assert!(!compiled.may_hold_stance(&stance::text::normalize(OFF_TOPIC).text));
    let mut g = c.benchmark_group("off-topic article");
    g.throughput(Throughput::Bytes(OFF_TOPIC.len() as u64));
    g.bench_function("end to end", |b| {
        b.iter(|| stance::engine::analyze_text(&compiled, OFF_TOPIC, None))
    });
    g.finish();
    let batch: Vec<stance::Article> = (0..64)
        .map(|i| stance::Article {
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
