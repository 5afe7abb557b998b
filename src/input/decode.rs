//! Bytes to text: UTF-8 with or without a BOM, UTF-16 with a BOM.
//!
//! Owns the decoding of every input and the count of invalid sequences
//! replaced, which the readers turn into a warning (or, for a text that is
//! mostly undecodable, an error).

/// Decodes bytes as UTF-8 (with or without BOM) or as UTF-16 with a BOM,
/// replacing invalid sequences; returns the text and how many replacements
/// were made.
pub fn decode(bytes: Vec<u8>) -> (String, usize) {
    let utf16 = |b: &[u8], le: bool| -> (String, usize) {
        let units: Vec<u16> = b
            .chunks(2)
            .map(|c| {
                if c.len() < 2 {
                    0xFFFD
                } else if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        let s = String::from_utf16_lossy(&units);
        let n = s.matches('\u{FFFD}').count();
        (s, n)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let b = e.into_bytes();
            let s = String::from_utf8_lossy(&b).into_owned();
            let n = s.matches('\u{FFFD}').count();
            (s, n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_counts_replacements_and_strips_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc".to_vec()), ("abc".to_string(), 0));
        assert_eq!(decode(b"a\xFFb".to_vec()).1, 1);
    }
}
