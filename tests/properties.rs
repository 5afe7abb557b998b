//! Properties of the analysis that must hold for any text.

use proptest::prelude::*;
use stance::engine::analyze_text;
use stance::lexicon::{self, Compiled};
use std::sync::OnceLock;

fn lex() -> &'static Compiled {
    static L: OnceLock<Compiled> = OnceLock::new();
    L.get_or_init(|| lexicon::load(None).unwrap().0)
}

/// Text made of lexicon-like words, punctuation and odd characters.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "North Korea",
        "the US",
        "US",
        "us",
        "Kim",
        "Pyongyang",
        "demanded",
        "rejected",
        "not",
        "no",
        "sanctions",
        "relief",
        "talks",
        "if",
        "before",
        "said",
        "“",
        "”",
        "\"",
        ",",
        ".",
        " ",
        "\n",
        "\u{200B}",
        "\u{00A0}",
        "İ",
        "ß",
        "ﬁ",
        "-",
        "–",
        "[",
        "]",
        "'s",
        "’",
        "step-by-step",
        "Ünal",
        "한국",
        "U.S.",
        "Oct.",
        "reportedly",
        "analysts",
        "lift",
        "drills",
        "moratorium",
        "Yongbyon",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC{0,300}") {
        let _ = analyze_text(lex(), &s, None);
    }

    #[test]
    fn the_gate_never_hides_an_issue_term(s in newsish()) {
        // `analyze` skips texts the gate rejects; every accepted issue term
        // or position phrase must therefore pass it.
        let (matches, attrs) = stance::engine::attributions(lex(), &s, None, None);
        let terms = matches.iter().any(|m| {
            matches!(m.kind, lexicon::Kind::Issue { .. } | lexicon::Kind::Position { .. })
        });
        if terms || !attrs.is_empty() {
            prop_assert!(lex().may_hold_stance(&stance::text::normalize(&s).text));
        }
    }

    #[test]
    fn evidence_spans_match_the_text(s in newsish()) {
        let r = analyze_text(lex(), &s, None);
        for c in &r.cells {
            prop_assert!(c.score >= -1.0 && c.score <= 1.0);
            for e in &c.evidence {
                prop_assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
                prop_assert_eq!(&s[e.start..e.end], e.sentence.as_str());
                for m in &e.matches {
                    prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                    prop_assert_eq!(&s[m.start..m.end], m.text.as_str());
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    /// The corpus aggregate does not depend on article order, and any split
    /// into two shards merged back gives the same aggregate.
    #[test]
    fn aggregate_ignores_order_and_sharding(texts in prop::collection::vec(newsish(), 1..12), split in 0usize..12) {
        use stance::scoring::Aggregate;
        let results: Vec<_> = texts.iter().map(|t| analyze_text(lex(), t, None)).collect();
        let mut forward = Aggregate::new(0);
        for r in &results {
            forward.add(&r.id, &r.cells);
        }
        let mut backward = Aggregate::new(0);
        for r in results.iter().rev() {
            backward.add(&r.id, &r.cells);
        }
        let k = split.min(results.len());
        let (mut a, mut b) = (Aggregate::new(0), Aggregate::new(0));
        for r in &results[..k] {
            a.add(&r.id, &r.cells);
        }
        for r in &results[k..] {
            b.add(&r.id, &r.cells);
        }
        a.merge(&b);
        prop_assert_eq!(forward.to_cells(), backward.to_cells());
        prop_assert_eq!(forward.to_cells(), a.to_cells());
    }
}
