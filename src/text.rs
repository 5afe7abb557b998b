//! Text: normalisation for matching, sentence segmentation, and offsets.
//!
//! This stage owns the one transformation every other stage relies on: the
//! article text is rewritten into a *normalised* form (lower case, one kind of
//! quote and apostrophe, hyphens between letters as spaces, runs of white space
//! as one space, invisible characters dropped, editorial square brackets
//! dropped) while an [`OffsetMap`] remembers where every normalised byte came
//! from. Lexicon entries go through the same [`normalize`] so that "Step-by-step"
//! and "step by step" are the same term. The matcher scans the normalised
//! bytes; attribution works on them too; reports map spans back to the
//! original text with [`OffsetMap::to_original`].
//!
//! Sentence boundaries are found lazily: [`sentence_around`] returns the
//! sentence containing a byte, so text without any lexicon match is never
//! segmented at all.

/// A normalised copy of a text plus the map back to the original bytes.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Normalised bytes (always valid UTF-8).
    pub text: String,
    /// Map from normalised offsets to original offsets.
    pub map: OffsetMap,
}

/// Sparse map from normalised byte offsets to original byte offsets.
///
/// Between two checkpoints the two texts advance byte for byte, so a lookup is
/// a binary search plus an addition. Pure ASCII text with single spaces has a
/// single checkpoint.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// `(normalised offset, original offset)`, both increasing.
    points: Vec<(u32, u32)>,
    orig_len: u32,
}

impl OffsetMap {
    fn push(&mut self, norm: usize, orig: usize) {
        let (n, o) = (norm as u32, orig as u32);
        if let Some(&(ln, lo)) = self.points.last() {
            if n.wrapping_sub(ln) == o.wrapping_sub(lo) && n >= ln && o >= lo {
                return; // still in step with the last checkpoint
            }
        }
        self.points.push((n, o));
    }

    /// Original byte offset where a span ending at normalised offset `norm`
    /// ends: before any dropped characters that follow it.
    pub fn to_original_end(&self, norm: usize) -> usize {
        let n = norm as u32;
        let i = self.points.partition_point(|&(pn, _)| pn < n);
        match (i.checked_sub(1).map(|j| self.points[j]), self.points.get(i)) {
            (Some((ln, lo)), Some(&(pn, po))) if pn == n => {
                (lo + (n - ln)).min(po).min(self.orig_len) as usize
            }
            (None, Some(&(pn, po))) if pn == n => po.min(self.orig_len) as usize,
            _ => self.to_original(norm),
        }
    }

    /// Original byte offset of normalised offset `norm`.
    pub fn to_original(&self, norm: usize) -> usize {
        let n = norm as u32;
        let i = self.points.partition_point(|&(pn, _)| pn <= n);
        if i == 0 {
            return norm.min(self.orig_len as usize);
        }
        let (pn, po) = self.points[i - 1];
        let mut o = po + (n - pn);
        if let Some(&(_, next_o)) = self.points.get(i) {
            o = o.min(next_o);
        }
        o.min(self.orig_len) as usize
    }
}

/// What a character becomes in the normalised text.
enum Norm {
    Keep(char),
    Space,
    Hyphen,
    Drop,
}

fn classify(c: char) -> Norm {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
            Norm::Keep('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Norm::Keep('"'),
        '-' | '\u{2010}' | '\u{2011}' => Norm::Hyphen,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '[' | ']' => Norm::Drop,
        c if c.is_whitespace() => Norm::Space,
        c => Norm::Keep(c),
    }
}

/// Is `c` part of a word for whole-word matching?
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Bytes copied as they are (lower-cased): ASCII letters, digits and
/// punctuation other than the hyphen, square brackets and the backtick.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || (c.is_ascii_punctuation() && !matches!(c, b'-' | b'[' | b']' | b'`'));
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each of the eight bytes of `w` that equals `c`, and no
/// other bit (exact: no carry from one byte reaches the next).
#[inline]
fn bytes_equal(w: u64, c: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let t = w ^ (ONES * c as u64);
    !(((t & LOW7).wrapping_add(LOW7)) | t | LOW7)
}

/// Are all eight bytes of `w` plain (see [`PLAIN`]) or single spaces between
/// them? (A space in the first byte is checked by the caller.)
#[inline]
fn all_plain(w: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Any byte below 0x20 (controls, newlines, tabs) or above 0x7e?
    let below = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    // (0x7f - 0x7e = 1 added to every byte sets the high bit of 0x7f.)
    let above = (w.wrapping_add(ONES) | w) & HIGH;
    let eq = |c: u8| bytes_equal(w, c);
    let special = eq(b'-') | eq(b'[') | eq(b']') | eq(b'`');
    let spaces = eq(b' ');
    below | above | special | (spaces & (spaces << 8)) == 0
}

/// Normalise `text` for matching (see the module docs); `lowercase: false`
/// keeps letter case (used to check capitals-only entries).
///
/// One pass over the bytes: plain ASCII is copied (and lower-cased) byte for
/// byte without touching the offset map, which only records a checkpoint
/// where the normalised text falls out of step with the original.
pub(crate) fn normalize_with(text: &str, lowercase: bool) -> Normalized {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut map = OffsetMap {
        points: vec![(0, 0)],
        orig_len: text.len() as u32,
    };
    // Whether the last character written by the slow path below was a word
    // character (the fast path writes only ASCII, which is checked directly).
    let mut wide_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // A run of plain bytes, single spaces between them included, is
        // copied (and lower-cased) in one go.
        let start = i;
        // Eight plain bytes at a time while they last.
        while i + 8 <= bytes.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i..i + 8]);
            let first_space = w[0] == b' ';
            if !all_plain(u64::from_le_bytes(w))
                || (first_space && (i == start || bytes[i - 1] == b' '))
            {
                break;
            }
            i += 8;
        }
        while i < bytes.len() {
            let b = bytes[i];
            if PLAIN[b as usize] || (b == b' ' && i > start && PLAIN[bytes[i - 1] as usize]) {
                i += 1;
            } else {
                break;
            }
        }
        if i > start {
            let from = out.len();
            out.extend_from_slice(&bytes[start..i]);
            if lowercase {
                out[from..].make_ascii_lowercase();
            }
            continue;
        }
        let b = bytes[i];
        if b == b' ' && out.last().is_some_and(|&l| l != b' ') {
            out.push(b' ');
            i += 1;
            continue;
        }
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        };
        match classify(c) {
            Norm::Keep(k) => {
                let mut buf = [0u8; 4];
                if lowercase && !k.is_ascii() {
                    for l in k.to_lowercase() {
                        out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                    }
                } else if lowercase {
                    out.push(k.to_ascii_lowercase() as u8);
                } else {
                    out.extend_from_slice(k.encode_utf8(&mut buf).as_bytes());
                }
                wide_word = is_word_char(k);
            }
            Norm::Space => {
                if out.last().is_some_and(|&l| l != b' ') {
                    out.push(b' ');
                }
            }
            Norm::Hyphen => {
                let prev_word = match out.last() {
                    Some(&l) if l < 0x80 => is_word_char(l as char),
                    Some(_) => wide_word,
                    None => false,
                };
                let next_word = text[i + len..].chars().next().is_some_and(is_word_char);
                out.push(if prev_word && next_word { b' ' } else { b'-' });
            }
            Norm::Drop => {}
        }
        i += len;
        map.push(out.len(), i);
    }
    map.push(out.len(), text.len());
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Normalized { text, map }
}

/// Normalise `text` for matching, lower-casing it.
pub fn normalize(text: &str) -> Normalized {
    normalize_with(text, true)
}

/// Normalise a lexicon entry: like [`normalize`], trimmed.
pub fn normalize_entry(entry: &str) -> String {
    normalize(entry.trim()).text.trim().to_string()
}

/// Character before byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// Character at byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

// ---------------------------------------------------------------------------
// Sentence segmentation
// ---------------------------------------------------------------------------

/// Words that end with a period but do not end a sentence (lower case, no dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "rep",
    "sen", "gov", "pres", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "vs", "etc", "inc", "corp", "ltd", "co", "dept", "amb", "maj",
    "rev", "hon", "approx", "ft", "mt", "est", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k",
    "d.c", "n", "s", "ave", "ed",
];

/// Abbreviations that do not end a sentence only before a number ("No. 1").
/// Length of the longest entry of both abbreviation lists: a longer word
/// before a full stop is not looked up.
const LONGEST_ABBREVIATION: usize = {
    let (a, b) = (longest(ABBREVIATIONS), longest(NUMBER_ABBREVIATIONS));
    if a > b {
        a
    } else {
        b
    }
};

/// Length of the longest entry of `list`.
const fn longest(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        if list[i].len() > n {
            n = list[i].len();
        }
        i += 1;
    }
    n
}
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "no", "nos", "p", "pp", "fig", "vol", "op", "art", "sec", "ch",
];

/// Words that, after a dotted abbreviation such as "U.S.", show that a new
/// sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "on",
    "this",
    "that",
    "these",
    "those",
    "there",
    "its",
    "his",
    "her",
    "their",
    "meanwhile",
    "however",
    "still",
    "yet",
    "while",
    "after",
    "before",
    "since",
    "as",
    "if",
    "when",
    "north",
    "south",
];

/// A carriage return not followed by a line feed: an old-style line end.
fn lone_cr(b: &[u8], i: usize) -> bool {
    b.get(i + 1) != Some(&b'\n')
}

/// Is the line break at byte `i` (a `\n`, or a lone `\r`) a sentence boundary?
fn newline_is_boundary(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    // Blank line: always a boundary.
    let mut j = i + 1;
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
        j += 1;
    }
    if j >= b.len() || b[j] == b'\n' || (b[i] == b'\r' && b[j] == b'\r') {
        return true;
    }
    // Previous line ends with a comma or a joining word: a hard wrap.
    let mut k = i;
    while k > 0 && (b[k - 1] == b' ' || b[k - 1] == b'\t' || b[k - 1] == b'\r') {
        k -= 1;
    }
    if k == 0 || matches!(b[k - 1], b'\n' | b'\r') {
        return true;
    }
    if matches!(b[k - 1], b',' | b'-' | b'(' | b'/') {
        return false;
    }
    // Next line starting in lower case continues the sentence.
    !matches!(char_at(s, j), Some(c) if c.is_lowercase())
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{00AB}'
    )
}

/// The word (letters, digits and internal dots) that ends at byte `end` of `s`.
fn word_before(s: &str, end: usize) -> &str {
    let b = s.as_bytes();
    let mut k = end;
    while k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'.' || b[k - 1] >= 0x80) {
        if b[k - 1] >= 0x80 {
            // stop at non-ASCII punctuation; keep non-ASCII letters
            let c = char_before(s, k).unwrap_or(' ');
            if !c.is_alphanumeric() {
                break;
            }
            k -= c.len_utf8();
            continue;
        }
        k -= 1;
    }
    &s[k..end]
}

/// Is the terminator (`.`, `!`, `?`) at byte `i` the end of a sentence?
/// Returns the byte offset just past the sentence (after closing quotes).
fn terminator_end(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let term = b[i];
    let mut j = i + 1;
    // ellipses and "?!" runs
    while j < b.len() && matches!(b[j], b'.' | b'!' | b'?') {
        j += 1;
    }
    while let Some(c) = char_at(s, j) {
        if is_closer(c) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    let end = j;
    // must be followed by white space (or the end of the text)
    let mut k = j;
    let mut saw_space = false;
    while let Some(c) = char_at(s, k) {
        if c.is_whitespace() {
            saw_space = true;
            k += c.len_utf8();
        } else {
            break;
        }
    }
    if k >= s.len() {
        return Some(end);
    }
    if !saw_space {
        // "talks.The North …": a full stop glued to the next sentence, between
        // a lower-case letter and a capitalised word (not "U.S.", "N.Korea",
        // "KCNA.kp").
        let glued =
            term == b'.' && j == i + 1 && char_before(s, i).is_some_and(char::is_lowercase) && {
                let mut cs = s[j..].chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.next().is_some_and(char::is_lowercase)
            };
        return glued.then_some(end);
    }
    let next = char_at(s, k)?;
    let next_ok =
        next.is_uppercase() || next.is_numeric() || is_opener(next) || !next.is_alphabetic();
    if !next_ok {
        return None;
    }
    if term == b'.' && j == i + 1 {
        let w = word_before(s, i);
        let is = |list: &[&str]| {
            w.len() <= LONGEST_ABBREVIATION && list.iter().any(|a| a.eq_ignore_ascii_case(w))
        };
        let single_initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
        let dotted = w.contains('.');
        if single_initial || dotted {
            // "N. Korea", "U.S. officials": a boundary only before a word that
            // typically starts a sentence.
            let rest = &s[k..];
            let nw = &rest[..rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())];
            let starter = if nw.is_ascii() {
                SENTENCE_STARTERS.iter().any(|a| a.eq_ignore_ascii_case(nw))
            } else {
                SENTENCE_STARTERS.contains(&nw.to_lowercase().as_str())
            };
            return if starter && !single_initial {
                Some(end)
            } else {
                None
            };
        }
        if is(NUMBER_ABBREVIATIONS) && next.is_ascii_digit() {
            return None;
        }
        if is(ABBREVIATIONS) {
            // "Oct. 5", "Mr. Kim": an abbreviation does not end a sentence
            return None;
        }
    }
    Some(end)
}

/// Does any of the eight bytes of `w` end a sentence or a line (`.`, `!`,
/// `?`, `\n`, `\r`)? Exact, so that a scan may skip eight bytes at a time.
#[inline]
fn has_stop(w: u64) -> bool {
    let eq = |c: u8| bytes_equal(w, c);
    eq(b'.') | eq(b'!') | eq(b'?') | eq(b'\n') | eq(b'\r') != 0
}

/// The eight bytes of `b` from `i` as a word.
#[inline]
fn word8(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// Byte offset just past the sentence boundary at or after `from`, scanning
/// forward; `s.len()` when the text ends first.
pub fn next_boundary(s: &str, from: usize) -> usize {
    next_boundary_scan::<true>(s, from)
}

/// [`next_boundary`]; `SKIP: false` looks at every byte (the tests compare
/// the two).
fn next_boundary_scan<const SKIP: bool>(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        // Runs of ordinary text are skipped eight bytes at a time. (A stop
        // byte right after a skipped run still sees its predecessor below.)
        while SKIP && i + 8 <= b.len() && !has_stop(word8(b, i)) {
            i += 8;
        }
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'\n' if newline_is_boundary(s, i) => return i + 1,
            b'\r' if lone_cr(b, i) && newline_is_boundary(s, i) => return i + 1,
            b'.' | b'!' | b'?' => {
                if i > 0 && matches!(b[i - 1], b'.' | b'!' | b'?') {
                    i += 1;
                    continue;
                }
                if let Some(end) = terminator_end(s, i) {
                    return end;
                }
            }
            _ => {}
        }
        i += 1;
    }
    s.len()
}

/// Byte offset where the sentence containing byte `pos` starts.
pub fn sentence_start(s: &str, pos: usize) -> usize {
    sentence_start_above(s, pos, 0)
}

/// Like [`sentence_start`], but never before `floor`.
fn sentence_start_above(s: &str, pos: usize, floor: usize) -> usize {
    sentence_start_scan::<true>(s, pos, floor)
}

/// [`sentence_start_above`]; `SKIP: false` looks at every byte.
fn sentence_start_scan<const SKIP: bool>(s: &str, pos: usize, floor: usize) -> usize {
    let b = s.as_bytes();
    let mut i = pos.min(b.len());
    while i > floor {
        // Eight bytes at a time backwards while none of them can end a
        // sentence or a line.
        while SKIP && i >= floor + 8 && !has_stop(word8(b, i - 8)) {
            i -= 8;
        }
        if i <= floor {
            break;
        }
        i -= 1;
        match b[i] {
            b'\n' if newline_is_boundary(s, i) && i < pos => return i + 1,
            b'\r' if lone_cr(b, i) && newline_is_boundary(s, i) && i < pos => return i + 1,
            b'.' | b'!' | b'?' => {
                if i > 0 && matches!(b[i - 1], b'.' | b'!' | b'?') {
                    continue;
                }
                if let Some(end) = terminator_end(s, i) {
                    if end <= pos {
                        return end;
                    }
                }
            }
            _ => {}
        }
    }
    floor
}

/// Longest sentence considered, in bytes. Text without sentence ends (a
/// table, a run-on scrape) is cut into windows of this size around a match,
/// so that work stays bounded.
pub(crate) const MAX_SENTENCE_BYTES: usize = 2000;

/// The sentence containing byte `pos`, as a trimmed byte span `[start, end)`.
pub fn sentence_around(s: &str, pos: usize) -> (usize, usize) {
    let lo = floor_boundary(s, pos.saturating_sub(MAX_SENTENCE_BYTES / 2));
    let start = sentence_start_above(s, pos, lo).max(lo);
    let hi = floor_boundary(s, (start + MAX_SENTENCE_BYTES).min(s.len()).max(pos));
    let end = next_boundary(&s[..hi], pos.max(start).min(hi));
    trim_span(s, start, end)
}

/// The largest char boundary of `s` at or before `i`.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Shrink `[start, end)` of `s` so it neither starts nor ends with white space.
pub(crate) fn trim_span(s: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end {
        match char_at(s, start) {
            Some(c) if c.is_whitespace() => start += c.len_utf8(),
            _ => break,
        }
    }
    while end > start {
        match char_before(s, end) {
            Some(c) if c.is_whitespace() => end -= c.len_utf8(),
            _ => break,
        }
    }
    (start, end)
}

/// Every sentence of `s`, in order, as trimmed spans (empty ones skipped).
pub fn sentences(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < s.len() {
        let end = next_boundary(s, start);
        let (a, b) = trim_span(s, start, end);
        if a < b {
            out.push((a, b));
        }
        if end <= start {
            break;
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn on_ascii_text_lowercasing_is_the_only_difference(s in "[ -~\\n\\t]{0,200}") {
            proptest::prop_assert_eq!(
                normalize(&s).text,
                normalize_with(&s, false).text.to_ascii_lowercase()
            );
        }

        /// The eight-bytes-at-a-time skipping finds the same boundaries as
        /// looking at every byte, wherever the stops fall in a word.
        #[test]
        fn skipping_ordinary_text_finds_the_same_boundaries(
            s in "([a-zA-Z ,'\"]{0,12}[.!?\n\r]?){0,12}",
            from in 0usize..150,
            floor in 0usize..150,
        ) {
            let from = from.min(s.len());
            proptest::prop_assert_eq!(
                next_boundary_scan::<true>(&s, from),
                next_boundary_scan::<false>(&s, from)
            );
            let floor = floor.min(from);
            proptest::prop_assert_eq!(
                sentence_start_scan::<true>(&s, from, floor),
                sentence_start_scan::<false>(&s, from, floor)
            );
        }
    }

    #[test]
    fn normalizes_case_quotes_hyphens_and_space() {
        let n = normalize("Kim Jong\u{2011}un\u{2019}s  \u{201C}Step-by-step\u{201D}\u{00A0}plan");
        assert_eq!(n.text, "kim jong un's \"step by step\" plan");
    }

    #[test]
    fn offsets_map_back_to_original() {
        let orig = "A\u{2019}b  \u{200B}Cd [x] e";
        let n = normalize(orig);
        assert_eq!(n.text, "a'b cd x e");
        let i = n.text.find("cd").unwrap();
        let o = n.map.to_original(i);
        assert_eq!(&orig[o..o + 2], "Cd");
        let e = n.map.to_original(n.text.len());
        assert_eq!(e, orig.len());
        let x = n.text.find('x').unwrap();
        assert_eq!(
            &orig[n.map.to_original(x)..n.map.to_original_end(x + 1)],
            "x"
        );
    }

    #[test]
    fn dashes_between_spaces_are_kept() {
        assert_eq!(normalize("Kim - envoy").text, "kim - envoy");
        assert_eq!(normalize("end-of-war").text, "end of war");
    }

    #[test]
    fn non_ascii_lowercases() {
        assert_eq!(normalize("ÉMILE Ünal").text, "émile ünal");
    }

    fn split(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn segmentation_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. said no. Talks resume Oct. 5 in Sweden.",
                &["The U.S. said no.", "Talks resume Oct. 5 in Sweden."],
            ),
            (
                "Mr. Kim met Dr. Lee. N. Korea agreed.",
                &["Mr. Kim met Dr. Lee.", "N. Korea agreed."],
            ),
            (
                "Choe said, \u{201C}We are ready.\u{201D} Talks follow.",
                &["Choe said, \u{201C}We are ready.\u{201D}", "Talks follow."],
            ),
            (
                "\u{201C}We are ready,\u{201D} the statement continued.",
                &["\u{201C}We are ready,\u{201D} the statement continued."],
            ),
            (
                "Headline without a period\nPosted on : 2019-10-02\n\nBody text here.",
                &[
                    "Headline without a period",
                    "Posted on : 2019-10-02",
                    "Body text here.",
                ],
            ),
            (
                "A hard wrapped line that goes\non in lower case.",
                &["A hard wrapped line that goes\non in lower case."],
            ),
            (
                "Talks with the U.S. The North walked out.",
                &["Talks with the U.S.", "The North walked out."],
            ),
            ("Version 2.5 is out. Yes!", &["Version 2.5 is out.", "Yes!"]),
            (
                "The talks ended.The North left. See KCNA.kp and N.Korea.",
                &[
                    "The talks ended.",
                    "The North left.",
                    "See KCNA.kp and N.Korea.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "text: {text}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_windows() {
        let s = "word ".repeat(10_000);
        let (a, b) = sentence_around(&s, 25_000);
        assert!(a <= 25_000 && 25_000 <= b);
        assert!(b - a <= MAX_SENTENCE_BYTES);
    }

    #[test]
    fn sentence_around_agrees_with_sentences() {
        let s = "Mr. Kim met Dr. Lee. N. Korea agreed. \u{201C}Fine,\u{201D} he said.\n\nNext one.";
        for (a, b) in sentences(s) {
            for p in a..b {
                if s.is_char_boundary(p) {
                    assert_eq!(sentence_around(s, p), (a, b), "pos {p}");
                }
            }
        }
    }
}
