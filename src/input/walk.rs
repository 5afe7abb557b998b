//! Directories: every file below one, in sorted order, and `--glob`.
//!
//! Owns the walk (depth first, sorted, each directory visited once, so a
//! link loop is reported and skipped) and the glob match of a file's name
//! or relative path. Hands [`super::read`] the list of files and the
//! notices of directories it could not read.

use super::Notice;
use std::path::Path;

/// Every file below `dir`, sorted, following directory links once.
pub(super) fn walk(dir: &Path, glob: Option<&str>) -> (Vec<std::path::PathBuf>, Vec<Notice>) {
    let mut files = Vec::new();
    let mut notices = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        if let Ok(canon) = std::fs::canonicalize(&d) {
            if !seen.insert(canon) {
                notices.push(Notice::warning(
                    &d.display().to_string(),
                    None,
                    "directory already visited (a link loop?): skipped",
                ));
                continue;
            }
        }
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                notices.push(Notice::error(
                    &d.display().to_string(),
                    None,
                    format!("cannot read directory: {}", crate::io_error::io_reason(&e)),
                ));
                continue;
            }
        };
        let mut here: Vec<std::path::PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        here.sort();
        let mut subdirs = Vec::new();
        for p in here {
            if p.is_dir() {
                subdirs.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .into_owned();
                if glob.is_none_or(|g| {
                    glob_match(g, &rel)
                        || glob_match(g, &p.file_name().unwrap_or_default().to_string_lossy())
                }) {
                    files.push(p);
                }
            }
        }
        // Depth first, in sorted order.
        stack.extend(subdirs.into_iter().rev());
    }
    files.sort();
    (files, notices)
}

/// `*` (any run of characters), `?` (one character); everything else literal.
pub fn glob_match(pattern: &str, s: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(sp) = star {
            pi = sp + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}
