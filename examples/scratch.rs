fn main() {
    let (lex, warns, _) = stance::lexicon::load(None).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    for w in warns {
        eprintln!("{}", w.render("default"));
    }
    let arg = std::env::args().nth(1).unwrap();
    let text = if std::path::Path::new(&arg).exists() {
        std::fs::read_to_string(&arg).unwrap()
    } else {
        arg
    };
    let date = std::env::args()
        .nth(2)
        .and_then(|d| stance::date::Date::parse(&d));
    let mut trace = Vec::new();
    let _ = stance::engine::attributions(&lex, &text, date, Some(&mut trace));
    for t in trace {
        println!("{t}");
    }
    let r = stance::engine::analyze_text(&lex, &text, date);
    for c in r.cells {
        println!(
            "{} {} {} {} ({})",
            c.party,
            c.issue,
            c.label.as_str(),
            c.score,
            c.evidence_count
        );
    }
}
