//! Calendar dates: parsing the forms news uses and finding a dateline.
//!
//! Owns [`Date`] (a plain year-month-day with ISO output), [`Date::parse`] for
//! metadata values and [`find_dateline`] for dates written in an article's
//! opening lines. Lexicon alias ranges and article metadata both use it.

use std::fmt;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let m = MONTHS.iter().position(|m| w.starts_with(m))? as u32 + 1;
    // "sept" and full names are fine; reject unrelated words that merely
    // start like a month ("marching").
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][m as usize - 1];
    if full.starts_with(&w) || w == "sept" {
        Some(m)
    } else {
        None
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Parses `2019-10-02` (optionally followed by a time), `2019/10/02`,
    /// `Oct. 2, 2019`, `October 2 2019` and `2 October 2019`.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        if let Some(d) = parse_iso(s) {
            return Some(d);
        }
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        parse_words(&words).map(|(d, _)| d)
    }

    /// The date `days` days after 1970-01-01 (the inverse of
    /// [`Date::days_from_epoch`]).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (for week arithmetic).
    pub fn days_from_epoch(&self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
}

fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    let sep = b[4];
    if !(sep == b'-' || sep == b'/' || sep == b'.') || b[7] != sep {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// `["Oct.", "2", "2019"]` or `["2", "October", "2019"]`: the date and how many
/// words it used.
fn parse_words(w: &[&str]) -> Option<(Date, usize)> {
    let num = |s: &str| -> Option<u32> {
        let t = s.trim_end_matches(|c: char| c == '.' || c.is_ascii_alphabetic());
        let t = if t.is_empty() { s } else { t };
        if !t.is_empty() && t.len() <= 4 && t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    if w.len() >= 3 {
        if let (Some(m), Some(d), Some(y)) = (month_of(w[0]), num(w[1]), num(w[2])) {
            if y >= 1000 {
                return Date::new(y as i32, m, d).map(|x| (x, 3));
            }
        }
        if let (Some(d), Some(m), Some(y)) = (num(w[0]), month_of(w[1]), num(w[2])) {
            if y >= 1000 {
                return Date::new(y as i32, m, d).map(|x| (x, 3));
            }
        }
    }
    None
}

/// Finds a publication date in the first lines of an article: a line with a
/// dateline marker ("Posted on : 2019-10-02 17:36 KST", "Published: Oct. 2,
/// 2019") or a line that is only a date. Looks at the first 15 lines.
pub fn find_dateline(text: &str) -> Option<Date> {
    const MARKERS: &[&str] = &[
        "posted",
        "published",
        "updated",
        "date",
        "dateline",
        "modified",
    ];
    for line in text.split(['\n', '\r']).take(30) {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        let lower = l.to_ascii_lowercase();
        let has_marker = MARKERS.iter().any(|m| lower.starts_with(m));
        if !has_marker && l.len() > 40 {
            continue;
        }
        if let Some(d) = first_date_in(l) {
            return Some(d);
        }
    }
    None
}

/// Is this line a dateline rather than text: it opens with a dateline
/// marker ("Posted on : 2019-10-02 17:36 KST", "Updated: Oct. 2, 2019") and
/// holds a date, or it is a date alone (with a time or weekday, at most 40
/// bytes, no other words of more than three letters)? Such a line is never
/// an article's title.
pub(crate) fn is_dateline(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "posted",
        "published",
        "updated",
        "date",
        "dateline",
        "modified",
    ];
    let l = line.trim();
    let lower = l.to_ascii_lowercase();
    if first_date_in(l).is_none() {
        return false;
    }
    if MARKERS.iter().any(|m| lower.starts_with(m)) {
        return true;
    }
    const DATE_WORDS: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "kst",
        "utc",
        "gmt",
        "est",
        "edt",
    ];
    l.len() <= 40
        && lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 3 || (w.len() == 3 && !DATE_WORDS.contains(w)))
            .all(|w| DATE_WORDS.contains(&w))
}

/// The first date written anywhere in `s`.
pub(crate) fn first_date_in(s: &str) -> Option<Date> {
    for (i, _) in s.char_indices() {
        if s.as_bytes()[i].is_ascii_digit() && (i == 0 || !s.as_bytes()[i - 1].is_ascii_digit()) {
            if let Some(d) = parse_iso(&s[i..]) {
                return Some(d);
            }
        }
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).find_map(|i| parse_words(&words[i..]).map(|(d, _)| d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_news_forms() {
        let want = Date::new(2019, 10, 2);
        for s in [
            "2019-10-02",
            "2019/10/02",
            "2019-10-02T08:00:00Z",
            "Oct. 2, 2019",
            "October 2 2019",
            "2 October 2019",
            "Sept 2, 2019",
        ] {
            let got = Date::parse(s);
            if s.starts_with("Sept") {
                assert_eq!(got, Date::new(2019, 9, 2), "{s}");
            } else {
                assert_eq!(got, want, "{s}");
            }
        }
        assert_eq!(Date::parse("2019-02-30"), None);
        assert_eq!(Date::parse("marching 2, 2019"), None);
        assert_eq!(Date::parse("yesterday"), None);
    }

    #[test]
    fn finds_dateline() {
        let t = "Title\n\nPosted on : 2019-10-02 17:36 KST Modified on : 2019-10-19\nBody";
        assert_eq!(find_dateline(t), Date::new(2019, 10, 2));
        assert_eq!(
            find_dateline("Title\nNo date here at all in this line of text.\n"),
            None
        );
    }

    #[test]
    fn datelines_are_told_from_titles() {
        for l in [
            "Posted on : 2019-10-02 17:36 KST Modified on : 2019-10-19",
            "Published: Oct. 2, 2019",
            "Updated 2019-10-02",
            "2019-10-02",
            "Oct. 2, 2019",
            "Wednesday, October 2, 2019 17:36 KST",
        ] {
            assert!(is_dateline(l), "{l}");
        }
        for l in [
            "N. Korea says it agreed to resume talks on Oct. 5",
            "Talks resume on 2019-10-05",
            "Posted without a date",
            "Trump meets Kim",
            "",
        ] {
            assert!(!is_dateline(l), "{l}");
        }
    }

    #[test]
    fn epoch_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_from_epoch(), 0);
        assert_eq!(Date::new(2019, 10, 2).unwrap().days_from_epoch(), 18171);
    }

    #[test]
    fn days_turn_back_into_dates() {
        for days in (-800_000..800_000)
            .step_by(997)
            .chain([0, 18171, 11016, -1])
        {
            let d = Date::from_days(days);
            assert_eq!(d.days_from_epoch(), days, "{d}");
            assert!(Date::new(d.year, d.month, d.day).is_some());
        }
        assert_eq!(Date::from_days(18171), Date::new(2019, 10, 2).unwrap());
    }
}
