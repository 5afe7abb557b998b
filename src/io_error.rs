//! The wording of I/O errors in messages.
//!
//! Owns one thing: how an [`std::io::Error`] reads inside a `stance:` message
//! (lower case, without the "(os error N)" tail). Every module that reports a
//! file it cannot open, read or write hands its error through [`io_reason`].

/// A short reason for an I/O error, without the "(os error N)" tail.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_the_os_error_tail() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&e), "no such file or directory");
    }
}
