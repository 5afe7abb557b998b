//! Matcher: one pass of the lexicon's automaton over an article.
//!
//! Receives a [`Compiled`] lexicon and an article's text; normalises the text
//! once ([`crate::text::normalize`]), runs the automaton over it, keeps the
//! matches that are whole words, respect capitals-only words and dated
//! aliases and are not datelines ("WASHINGTON —"), and resolves overlaps
//! (leftmost first, then longest, so "sanctions relief" wins over
//! "sanctions" and nothing is counted twice). A group name ("the two
//! Koreas") becomes one party match per member, on the same span. Hands
//! attribution a sorted list of [`Match`]es with original byte spans.

use crate::date::Date;
use crate::lexicon::{Compiled, Kind};
use crate::text::{char_at, char_before, floor_boundary, is_word_char, Normalized};

/// One accepted lexicon match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Index into `Compiled::entries`.
    pub entry: u32,
    pub kind: Kind,
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
}

/// Finds every lexicon entry in `text` (already normalised as `norm`).
/// `date` decides which dated aliases apply (all of them when `None`).
pub fn find(compiled: &Compiled, text: &str, norm: &Normalized, date: Option<Date>) -> Vec<Match> {
    let hay = norm.text.as_str();
    let mut cands: Vec<(usize, usize, u32)> = Vec::new();
    for m in compiled.automaton.find_overlapping_iter(hay) {
        let (s, mut e) = (m.start(), m.end());
        let id = m.pattern().as_u32();
        let entry = &compiled.entries[id as usize];
        if char_before(hay, s).is_some_and(is_word_char)
            && char_at(hay, s).is_some_and(is_word_char)
        {
            continue;
        }
        if entry.star {
            while let Some(c) = char_at(hay, e) {
                if is_word_char(c) {
                    e += c.len_utf8();
                } else {
                    break;
                }
            }
            let word = &hay[s..e];
            if entry.except.iter().any(|(f, prefix)| {
                if *prefix {
                    word.starts_with(f.as_str())
                } else {
                    word == f
                }
            }) {
                continue;
            }
        } else if char_at(hay, e).is_some_and(is_word_char)
            && char_before(hay, e).is_some_and(is_word_char)
        {
            continue;
        }
        if let (Some(d), true) = (date, entry.from.is_some() || entry.until.is_some()) {
            if entry.from.is_some_and(|f| d < f) || entry.until.is_some_and(|u| d > u) {
                continue;
            }
        }
        // Kept in order as they come: leftmost first, then longest, then the
        // entry declared first. The automaton reports matches by where they
        // end, which is nearly that order already (only nested and
        // overlapping matches are out of place), so an insertion step costs
        // less than sorting the whole list.
        let key = |c: &(usize, usize, u32)| (c.0, usize::MAX - c.1, c.2);
        let new = (s, e, id);
        let mut at = cands.len();
        while at > 0 && key(&cands[at - 1]) > key(&new) {
            at -= 1;
        }
        cands.insert(at, new);
    }
    // Does a lexicon entry other than a party open the word after `e`
    // ("Kim Open to Talks", "Moon Urges Resumption": a headline's next
    // capitalised word is a cue, not the rest of a name)?
    let word_after_is_entry = |e: usize| {
        let next = e + 1;
        let i = cands.partition_point(|c| c.0 < next);
        cands[i..]
            .iter()
            .take_while(|c| c.0 == next)
            .any(|c| !matches!(compiled.entries[c.2 as usize].kind, Kind::Party { .. }))
    };
    let mut out = Vec::with_capacity(cands.len());
    let mut last_end = 0;
    for &(s, e, id) in &cands {
        if s < last_end {
            continue;
        }
        let entry = &compiled.entries[id as usize];
        let (mut os, mut oe) = (norm.map.to_original(s), norm.map.to_original_end(e));
        // Case mapping can change byte lengths ("İ"): keep spans on char
        // boundaries of the original text.
        while !text.is_char_boundary(os) {
            os -= 1;
        }
        while !text.is_char_boundary(oe) {
            oe += 1;
        }
        if oe <= os {
            continue;
        }
        if let Some(caps) = &entry.caps {
            if !caps.accepts(&text[os..oe]) {
                continue;
            }
        }
        if entry.lowercase && text[os..oe].chars().any(char::is_uppercase) {
            continue;
        }
        if entry.name_part && continues_name(&text[oe..]) && !word_after_is_entry(e) {
            continue;
        }
        if matches!(entry.kind, Kind::Party { .. }) && is_dateline(text, os, oe) {
            continue;
        }
        out.push(Match {
            entry: id,
            kind: entry.kind,
            start: os,
            end: oe,
        });
        // A group name ("the two Koreas") stands for each of its parties:
        // one match per party, on the same span.
        for &party in &entry.group {
            out.push(Match {
                entry: id,
                kind: Kind::Party { party },
                start: os,
                end: oe,
            });
        }
        last_end = e;
    }
    add_short_names(compiled, text, &mut out);
    out
}

/// Second references: after a person's full name ("Chung Eui-yong",
/// "Sarah Sanders"), the article calls them by one name ("Chung",
/// "Sanders"). Each later occurrence of such a short name, as a whole word
/// in capitals, not part of a longer name and not already matched, becomes
/// a mention of the same alias. A short name that two parties' people share
/// in the article is left alone. Costs nothing where no full name matched.
fn add_short_names(c: &Compiled, text: &str, out: &mut Vec<Match>) {
    // (short name, entry — `None` once people of two parties share it —,
    // where the first full mention ends)
    let mut names: Vec<(&str, Option<u32>, usize)> = Vec::new();
    for m in out.iter() {
        let e = &c.entries[m.entry as usize];
        for n in &e.short_names {
            match names.iter_mut().find(|x| x.0 == n.as_str()) {
                None => names.push((n.as_str(), Some(m.entry), m.end)),
                Some(x) => {
                    if x.1.is_some_and(|id| c.entries[id as usize].kind != e.kind) {
                        x.1 = None;
                    }
                }
            }
        }
    }
    if names.iter().all(|x| x.1.is_none()) {
        return;
    }
    // `out` is sorted and its spans do not overlap (a group's copies share
    // one), so the first match that ends after `s` is the only candidate.
    let taken_in_out = |s: usize, e: usize| {
        let i = out.partition_point(|m| m.end <= s);
        out.get(i).is_some_and(|m| m.start < e)
    };
    let mut added: Vec<Match> = Vec::new();
    for (name, id, from) in names {
        let Some(id) = id else { continue };
        let kind = c.entries[id as usize].kind;
        for (at, _) in text[from..].match_indices(name) {
            let (s, e) = (from + at, from + at + name.len());
            if char_before(text, s).is_some_and(is_word_char)
                || char_at(text, e).is_some_and(is_word_char)
                || continues_name(&text[e..])
                || follows_name(c, text, s)
                || taken_in_out(s, e)
                || added.iter().any(|m| m.start < e && s < m.end)
            {
                continue;
            }
            added.push(Match {
                entry: id,
                kind,
                start: s,
                end: e,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.start, m.end));
    }
}

/// Is the word before `at` a capitalised name other than a title ("Bernie
/// Sanders" is someone else than "Sarah Sanders")?
fn follows_name(c: &Compiled, text: &str, at: usize) -> bool {
    let before = text[..at].strip_suffix(' ').unwrap_or("");
    if before.len() + 1 != at {
        return false;
    }
    let word = before
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("");
    let sentence_start = before[..before.len() - word.len()]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|ch| matches!(ch, '.' | '!' | '?' | '"' | '\u{201C}' | '\u{201D}' | '\n'));
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && !sentence_start
        && !c.titles.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Is `text[start..end]` a place name in capitals that opens a line as a
/// dateline ("WASHINGTON —", "SEOUL, South Korea (AP) —", "PYONGYANG,
/// Jan. 1 (KCNA) -"), or any place that opens a line before a date and an
/// agency ("Pyongyang, May 3 (KCNA) --")? It says where the story was
/// filed, not who speaks.
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let line_start = before
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n' || c == '\r');
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    // The country after the city: "SEOUL, South Korea (AP) —", "SEOUL,
    // South Korea, March 3 (Reuters) -".
    if let Some(city) = before.strip_suffix(',') {
        let line = city.rfind(['\n', '\r']).map_or(city, |i| &city[i + 1..]);
        let head = &rest[..floor_boundary(rest, 40)];
        let head = head.split(['\n', '\r']).next().unwrap_or(head);
        if line.len() <= 40
            && capitals_only(line)
            && (rest.starts_with(['\u{2014}', '\u{2013}', '-', '('])
                || (rest.starts_with(',') && head.contains(['(', '\u{2014}', '\u{2013}'])))
        {
            return true;
        }
    }
    if line_start && rest.starts_with(',') && dated_agency(&rest[1..]) {
        return true; // "Pyongyang, May 3 (KCNA) --"
    }
    line_start
        && capitals_only(&text[start..end])
        && rest.starts_with(['\u{2014}', '\u{2013}', '-', '(', ','])
}

/// Does `rest` (what follows the comma after a place) go on as a dateline's
/// date and agency: a month (or weekday) name, a day, a parenthesis ("May 3
/// (KCNA)", "Jan. 5 (AP)")?
pub(crate) fn dated_agency(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let month_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    if !CALENDAR.contains(&&rest[..month_len]) {
        return false;
    }
    let rest = rest[month_len..].trim_start_matches(['.', ' ', '\u{a0}']);
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (1..=2).contains(&digits)
        && rest[digits..]
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with('(')
}

/// Three letters or more, none of them lower case ("SEOUL", "U.S.").
fn capitals_only(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !s.chars().any(char::is_lowercase)
}

/// Words that may follow a name without being part of it.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Does `rest` (the text right after a one-word name) go on with another
/// capitalised word of the same name ("Kim| Dong-yub", "Washington| Post")?
fn continues_name(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    capital && !CALENDAR.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Compiled, Lexicon};
    use crate::text::normalize;

    const LEX: &str = r#"
name: t
parties:
  - id: US
    name: United States
    aliases: [US, U.S., the United States, Washington]
  - id: DPRK
    name: North Korea
    aliases: [North Korea, Kim Jong-un, Choe Son-hui, { term: the leader, from: 2012-01-01, until: 2012-12-31 }, { term: Ri Yong-ho, person: true }, { term: Foreign Minister Pak Ui-chun, person: true }]
  - id: FR
    name: France
    aliases: [Élysée]
issues:
  - id: relief
    proposition: Sanctions should be eased
    terms: [sanctions relief, { term: sanctions, inverse: true }]
  - id: phased
    proposition: Step by step
    terms: [step-by-step]
cues:
  support: [demand*, called for, { term: announce*, except: [announcement*, announcer] }]
  oppose: [rejected]
negators: ["no", not, no longer]
hedges: [{ term: may, lowercase: true }]
"#;

    fn compiled() -> Compiled {
        Compiled::new(Lexicon::from_yaml(LEX).unwrap()).unwrap()
    }

    fn spans(text: &str, date: Option<Date>) -> Vec<&str> {
        let c = compiled();
        let n = normalize(text);
        find(&c, text, &n, date)
            .into_iter()
            .map(|m| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("North Korea said no.", &["North Korea", "no"]),
            ("Nothing is not there", &["not"]),
            ("The US demanded it; tell us.", &["US", "demanded"]),
            ("the U.S. demands", &["U.S.", "demands"]),
            (
                "sanctions relief and sanctions",
                &["sanctions relief", "sanctions"],
            ),
            (
                "a step by step plan, Step-by-Step",
                &["step by step", "Step-by-Step"],
            ),
            (
                "Kim Jong Un and Kim Jong\u{2011}un",
                &["Kim Jong Un", "Kim Jong\u{2011}un"],
            ),
            ("they called  for\nthings", &["called  for"]),
            ("demandingly undemanding", &["demandingly"]),
            ("the élysée and ÉLYSÉE", &["élysée", "ÉLYSÉE"]),
            ("no longer demanding", &["no longer", "demanding"]),
            // `except` words are not what a `*` entry completes to.
            (
                "it announced; the announcement, announcements, an announcer",
                &["announced"],
            ),
            // A person named in full is then called by one name; before the
            // full name, or as part of another name, it is not them.
            (
                "Ri said no. Ri Yong-ho spoke; then Ri, and Ri Son-gwon, and Ms. Ri.",
                &["no", "Ri Yong-ho", "Ri", "Ri"],
            ),
            (
                "Foreign Minister Pak Ui-chun came. Pak demanded it, and Ri Pak left.",
                &["Foreign Minister Pak Ui-chun", "Pak", "demanded"],
            ),
            // `lowercase` entries: the hedge "may", never the month "May".
            ("In May it may refuse", &["may"]),
            ("Northern sanctionsrelief", &[]),
            ("the Washington Post said", &[]),
            // In a headline's title case the next capitalised word may be
            // a cue, not the rest of a name.
            (
                "Washington Demands Sanctions Relief",
                &["Washington", "Demands", "Sanctions Relief"],
            ),
            ("Washington Monument Rejected", &["Rejected"]),
            (
                "Washington on Monday; Washington Monday",
                &["Washington", "Washington"],
            ),
            // Datelines say where a story was filed.
            (
                "WASHINGTON \u{2014} The US demanded it.",
                &["US", "demanded"],
            ),
            ("Intro\n\nWASHINGTON, Jan. 5 (AP) - US officials", &["US"]),
            ("  WASHINGTON (Reuters) \u{2013} no", &["no"]),
            ("WASHINGTON REJECTS IT", &["WASHINGTON"]),
            ("Tell WASHINGTON \u{2014} now", &["WASHINGTON"]),
            ("Washington \u{2014} the capital", &["Washington"]),
            // The country after the city is the dateline's too.
            (
                "SEOUL, South Korea (AP) \u{2014} The US demanded it.",
                &["US", "demanded"],
            ),
            ("Intro\nTOKYO, US \u{2014} no", &["no"]),
            ("Tokyo, US (AP) said", &["US"]),
            ("SEOUL, US said", &["US"]),
            ("SEOUL, US, March 3 (Reuters) - no", &["no"]),
            ("SEOUL, US, and others agree", &["US"]),
            // Any place before a date and an agency.
            ("Washington, May 3 (Reuters) -- no", &["no"]),
            ("Intro\nWashington, Jan. 15 (AP) - no", &["no"]),
            ("Washington, May said no", &["Washington", "no"]),
            ("Talks in Washington, May 3 (AP)", &["Washington"]),
        ];
        for (text, want) in cases {
            assert_eq!(&spans(text, None), want, "text: {text}");
        }
    }

    #[test]
    fn dated_alias_applies_only_in_range() {
        assert_eq!(
            spans("the leader rejected it", Date::new(2012, 5, 1)),
            vec!["the leader", "rejected"]
        );
        assert_eq!(
            spans("the leader rejected it", Date::new(2019, 5, 1)),
            vec!["rejected"]
        );
        assert_eq!(
            spans("the leader rejected it", None),
            vec!["the leader", "rejected"]
        );
    }
}
