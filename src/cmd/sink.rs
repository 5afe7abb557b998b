//! Where output goes: standard output, or a file written whole or not at
//! all.
//!
//! Owns [`Sink`] (a temporary file beside the target, renamed into place by
//! [`Sink::commit`]; a device or pipe written directly), the temporary files
//! a signal must remove ([`watch_signals`]), and the policy for a closed
//! pipe ([`closed_pipe`]: `stance … | head` ends quietly). Hands the
//! commands a [`std::io::Write`].

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The temporary files of this run's outputs, removed if a signal ends it.
static TEMPS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Ctrl-C (SIGINT) or SIGTERM: remove the temporary output files (a file
/// being replaced stays as it was) and end with 128 + the signal number
/// (130, 143), as a shell reports it.
pub(crate) fn watch_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    let temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
                    for t in temps.iter() {
                        let _ = std::fs::remove_file(t);
                    }
                    std::process::exit(128 + sig);
                }
            });
        }
    }
}

/// Is this the error of writing to a pipe whose reader has gone (`stance …
/// | head`)? The run then ends quietly, with exit code 0.
pub(crate) fn closed_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

pub(crate) fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// Where output goes: standard output, or a temporary file renamed into
/// place when everything has been written.
pub(crate) struct Sink {
    pub(crate) out: Box<dyn Write>,
    target: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    pub(crate) fn open(path: Option<&Path>) -> io::Result<Sink> {
        match path {
            None => Ok(Sink {
                out: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
                target: None,
            }),
            // A device or pipe (/dev/null, /dev/full, a FIFO): written
            // directly, never replaced.
            Some(p) if p.exists() && !p.is_file() => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .map_err(|e| {
                        io::Error::new(
                            e.kind(),
                            format!("cannot write {}: {}", p.display(), stance::io_reason(&e)),
                        )
                    })?;
                Ok(Sink {
                    out: Box::new(io::BufWriter::new(f)),
                    target: None,
                })
            }
            Some(p) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "output".into());
                let tmp = dir.join(format!(".{name}.stance-{}.tmp", std::process::id()));
                let f = std::fs::File::create(&tmp).map_err(|e| {
                    io::Error::new(
                        e.kind(),
                        format!("cannot write {}: {}", p.display(), stance::io_reason(&e)),
                    )
                })?;
                TEMPS
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(tmp.clone());
                Ok(Sink {
                    out: Box::new(io::BufWriter::new(f)),
                    target: Some((tmp, p.to_path_buf())),
                })
            }
        }
    }

    pub(crate) fn commit(mut self) -> io::Result<()> {
        self.out.flush()?;
        self.out = Box::new(io::sink()); // closes the file
        if let Some((tmp, dest)) = self.target.take() {
            let renamed = std::fs::rename(&tmp, &dest);
            forget_temp(&tmp);
            renamed.map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io::Error::new(
                    e.kind(),
                    format!("cannot write {}: {}", dest.display(), stance::io_reason(&e)),
                )
            })?;
        }
        Ok(())
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The file is no longer this run's to remove on a signal.
pub(crate) fn forget_temp(tmp: &Path) {
    TEMPS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|t| t != tmp);
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some((tmp, _)) = &self.target {
            let _ = std::fs::remove_file(tmp);
            forget_temp(tmp);
        }
    }
}
