//! The progress display of `analyze` and `track` on standard error.
//!
//! Owns when it shows (a terminal, no `--quiet`, a run past a second or
//! `STANCE_PROGRESS_DELAY_MS`) and what it says (a bar with bytes, rates and
//! time left for files of known size, a spinner for standard input). The
//! commands tick it once per article and print their notices through
//! [`Progress::suspend`], so that messages do not tear the bar.

use super::plural;
use std::io::{self, IsTerminal};

/// Progress on standard error: only on a terminal, only without `--quiet`,
/// and only once a run has lasted a second. Reading files of known size, a
/// bar with the bytes read of the total, the percentage, the rates (MB/s,
/// articles/s, rounded) and the time left; reading standard input, a
/// spinner with the count and the rate.
pub(crate) struct Progress {
    enabled: bool,
    start: std::time::Instant,
    /// Bytes of the input files (`None`: standard input is one of them).
    total: Option<u64>,
    /// Input bytes already read when the run started (earlier runs in this
    /// process), so that only this run's count.
    base: u64,
    count: std::cell::Cell<u64>,
    last: std::cell::Cell<std::time::Instant>,
    bar: std::cell::OnceCell<indicatif::ProgressBar>,
    /// How long a run lasts before the display appears: one second, or
    /// `STANCE_PROGRESS_DELAY_MS` (so that a test need not be slow).
    delay: std::time::Duration,
}

/// `12.3 MB/s`, `850 kB/s`: a rounded rate.
pub(crate) fn rate_text(bytes_per_sec: f64) -> String {
    if bytes_per_sec >= 1e6 {
        format!("{:.1} MB/s", bytes_per_sec / 1e6)
    } else {
        format!("{:.0} kB/s", bytes_per_sec / 1e3)
    }
}

/// `3 s`, `2 min 5 s`, `1 h 4 min`.
pub(crate) fn duration_text(secs: f64) -> String {
    let s = secs.round() as u64;
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{} min {} s", s / 60, s % 60)
    } else {
        format!("{} h {} min", s / 3600, (s % 3600) / 60)
    }
}

/// The progress line: what is done, the rates and the time left.
pub(crate) fn progress_text(articles: u64, bytes: Option<(u64, u64)>, elapsed: f64) -> String {
    let per_sec = |n: f64| n / elapsed.max(1e-3);
    let arts = format!(
        "{}, {:.0}/s",
        plural(articles as usize, "article", "articles"),
        per_sec(articles as f64)
    );
    match bytes {
        None => format!("{arts}, {elapsed:.0} s"),
        Some((done, total)) => {
            let done = done.min(total);
            let pct = if total == 0 {
                100.0
            } else {
                100.0 * done as f64 / total as f64
            };
            let rate = per_sec(done as f64);
            let left = if rate > 0.0 {
                duration_text((total - done) as f64 / rate)
            } else {
                "?".into()
            };
            format!(
                "{pct:3.0}% {:.1}/{:.1} MB, {} · {arts} · {left} left",
                done as f64 / 1e6,
                total as f64 / 1e6,
                rate_text(rate)
            )
        }
    }
}

impl Progress {
    pub(crate) fn new(
        quiet: bool,
        inputs: &[String],
        read: &stance::input::InputOptions,
    ) -> Progress {
        let enabled = !quiet && io::stderr().is_terminal();
        Progress {
            enabled,
            start: std::time::Instant::now(),
            total: if enabled {
                stance::input::total_size(inputs, read)
            } else {
                None
            },
            base: stance::input::file_bytes_read(),
            count: 0.into(),
            last: std::cell::Cell::new(std::time::Instant::now()),
            bar: Default::default(),
            delay: std::time::Duration::from_millis(
                std::env::var("STANCE_PROGRESS_DELAY_MS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1000),
            ),
        }
    }

    pub(crate) fn tick(&self) {
        self.count.set(self.count.get() + 1);
        if !self.enabled {
            return;
        }
        let now = std::time::Instant::now();
        if self.bar.get().is_none() && self.start.elapsed() >= self.delay {
            let bar = match self.total {
                Some(total) => {
                    let b = indicatif::ProgressBar::new(total);
                    b.set_style(
                        indicatif::ProgressStyle::with_template("{bar:12} {msg}")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                    );
                    b
                }
                None => {
                    let b = indicatif::ProgressBar::new_spinner();
                    b.set_style(
                        indicatif::ProgressStyle::with_template("{spinner} {msg}")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                    );
                    b.enable_steady_tick(std::time::Duration::from_millis(120));
                    b
                }
            };
            let _ = self.bar.set(bar);
            self.last.set(now - std::time::Duration::from_secs(1));
        }
        if let Some(b) = self.bar.get() {
            // A few updates a second are enough.
            if now.duration_since(self.last.get()).as_millis() >= 200 {
                self.last.set(now);
                let done = stance::input::file_bytes_read() - self.base;
                if self.total.is_some() {
                    b.set_position(done);
                }
                b.set_message(progress_text(
                    self.count.get(),
                    self.total.map(|t| (done, t)),
                    self.start.elapsed().as_secs_f64(),
                ));
            }
        }
    }

    pub(crate) fn suspend(&self, f: impl FnOnce()) {
        match self.bar.get() {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    pub(crate) fn done(&self) {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_reads_well() {
        assert_eq!(
            progress_text(1200, Some((50_000_000, 200_000_000)), 10.0),
            " 25% 50.0/200.0 MB, 5.0 MB/s · 1200 articles, 120/s · 30 s left"
        );
        assert_eq!(
            progress_text(1, Some((0, 0)), 2.0),
            "100% 0.0/0.0 MB, 0 kB/s · 1 article, 0/s · ? left"
        );
        assert_eq!(progress_text(3000, None, 4.0), "3000 articles, 750/s, 4 s");
        assert_eq!(duration_text(125.0), "2 min 5 s");
        assert_eq!(duration_text(3840.0), "1 h 4 min");
        assert_eq!(rate_text(850_000.0), "850 kB/s");
    }
}
