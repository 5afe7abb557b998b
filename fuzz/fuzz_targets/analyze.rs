//! Article analysis with the default lexicon: arbitrary bytes as an article.
//! Must never panic; evidence spans must slice the text exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn lexicon() -> &'static stance::lexicon::Compiled {
    static L: OnceLock<stance::lexicon::Compiled> = OnceLock::new();
    L.get_or_init(|| stance::lexicon::load(None).expect("default lexicon").0)
}

fuzz_target!(|data: &[u8]| {
    let (text, _) = stance::input::decode(data.to_vec());
    let r = stance::engine::analyze_text(lexicon(), &text, None);
    for c in &r.cells {
        for e in &c.evidence {
            assert_eq!(&text[e.start..e.end], e.sentence);
            for m in &e.matches {
                assert_eq!(&text[m.start..m.end], m.text);
            }
        }
    }
});
