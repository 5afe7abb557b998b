//! The `stance` binary: dispatch only. Parses options once into a
//! [`cli::Config`], runs the command (each in [`cmd`]), and maps the outcome
//! to an exit code (0 success, 2 any lexicon or input error; a closed pipe
//! is not an error).

mod cli;
mod cmd;

/// mimalloc: the analysis allocates many small, short-lived values per
/// sentence on every worker thread, where glibc's allocator spent a fifth of
/// the run (BENCHMARKS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::Config;
use cmd::Outcome;
use std::process::ExitCode;

fn main() -> ExitCode {
    let config = cli::parse();
    cmd::sink::watch_signals();
    let result = match config {
        Config::Analyze(a) => cmd::analyze::run(*a),
        Config::Track(t) => cmd::track::run(*t),
        Config::Explain {
            input,
            id,
            lexicon,
            date,
            read,
        } => cmd::explain::run(&input, id.as_deref(), &read, lexicon.as_deref(), date),
        Config::Eval(e) => cmd::eval::run(&e),
        Config::LexiconCheck { file, corpus } => cmd::lexicon::check(&file, &corpus),
        Config::LexiconShow { grammar } => cmd::lexicon::show(grammar),
    };
    Outcome::exit_code(result)
}
