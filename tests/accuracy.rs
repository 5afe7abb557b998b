//! Accuracy on the seed article and the lexicons' own examples.

use stance::eval::{evaluate, read_gold};
use stance::lexicon::{self, Compiled, Lexicon};

#[test]
fn seed_article_reproduces_every_gold_stance() {
    let (lex, _, _) = lexicon::load(None).unwrap();
    let (gold, notices) = read_gold("data/seed.gold.jsonl").unwrap();
    assert!(notices.is_empty());
    assert_eq!(gold[0].gold.len(), 11);
    let parties = vec!["US".to_string(), "DPRK".to_string()];
    let (rep, _) = evaluate(&lex, &gold, &parties);
    assert_eq!(rep.false_negatives, 0, "missed: {:?}", rep.wrong);
    assert_eq!(rep.flips, 0);
    assert!(
        rep.false_positives <= 2,
        "extra US/DPRK cells: {:?}",
        rep.wrong
    );
    assert!(rep.f1() >= 0.9);
}

#[test]
fn bundled_lexicons_pass_their_examples() {
    for path in ["lexicons/us-dprk.yaml", "lexicons/trade-eu-uk.yaml"] {
        let (c, warnings, _) = lexicon::load(Some(std::path::Path::new(path))).unwrap();
        assert!(warnings.is_empty(), "{path}: {warnings:?}");
        assert!(c.lexicon.examples.len() >= 7);
        let failures = stance::eval::run_examples(&c, None);
        assert!(failures.is_empty(), "{path}: {failures:?}");
    }
}

#[test]
fn a_lexicon_written_back_out_reads_the_same() {
    for path in ["lexicons/us-dprk.yaml", "lexicons/trade-eu-uk.yaml"] {
        let src = std::fs::read_to_string(path).unwrap();
        let lex = Lexicon::from_yaml(&src).unwrap();
        let again = Lexicon::from_yaml(&lex.to_yaml()).unwrap();
        assert_eq!(lex, again, "{path}");
        let (a, b) = (Compiled::new(lex).unwrap(), Compiled::new(again).unwrap());
        assert_eq!(a.hash, b.hash);
        let text = std::fs::read_to_string("tests/fixtures/trade.jsonl").unwrap()
            + &std::fs::read_to_string("data/seed.gold.jsonl").unwrap();
        assert_eq!(
            stance::engine::analyze_text(&a, &text, None),
            stance::engine::analyze_text(&b, &text, None)
        );
    }
}

#[test]
fn the_default_lexicon_is_the_bundled_file() {
    assert_eq!(
        lexicon::DEFAULT_YAML,
        std::fs::read_to_string("lexicons/us-dprk.yaml").unwrap()
    );
}
