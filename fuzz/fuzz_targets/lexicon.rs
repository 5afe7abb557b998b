//! Lexicon loading: parse, check, compile and run the examples of arbitrary
//! YAML. Must never panic, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    if let Ok((compiled, _)) = stance::lexicon::compile_source("fuzz.yaml", source) {
        let _ = stance::eval::run_examples(&compiled, Some(source));
        let _ = stance::engine::analyze_text(&compiled, source, None);
    }
});
