//! The lexicon's YAML schema as Rust types (serde). Documented field by field
//! in the README under "Lexicon schema".

use crate::model::Polarity;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A whole lexicon file.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Short name shown in reports.
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The parties whose stances are reported.
    pub parties: Vec<Party>,
    /// The contested issues, each a proposition.
    pub issues: Vec<Issue>,
    /// Words that signal support or opposition.
    pub cues: Cues,
    /// Words that turn the following (or just preceding) issue term into its
    /// opposite: "lift" sanctions, "halt" the drills, "end" the moratorium.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reversers: Vec<Term>,
    /// Negators: "not", "no", "never", "no longer".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negators: Vec<Term>,
    /// Hedges lower the weight of evidence: "reportedly", "is said to".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hedges: Vec<Term>,
    /// Conditionals open a condition: "if", "unless", "before", "in exchange for".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditionals: Vec<Term>,
    /// Speech verbs tie a speaker to what is said: "said", "according to".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speech_verbs: Vec<Term>,
    /// Non-party speakers: "analyst", "researcher", "expert".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Term>,
    /// Named non-parties: third countries and organisations ("China", "the
    /// IAEA", "the E3"). Read as speakers are (as the subject or the
    /// speaker they hold what is said, so no party does; after a
    /// preposition they are an object), but shown as `actor`, not as an
    /// analyst.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Term>,
    /// Names for several parties at once ("the two Koreas", "the
    /// allies"): a mention stands for each of them, as if they were listed
    /// with "and".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Phrases that by themselves signal a stance on one issue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    /// A sentence containing one of these is ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discard: Vec<Term>,
    /// Phrases that open a question ("asked whether"): an issue term after
    /// one, up to the next comma or clause break, holds no stance. The rest of the sentence
    /// is read ("…, asked whether …, said the US remained open to talks").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Term>,
    /// Words that make a conditional a threat ("warned", "threatened"): the
    /// holder wants the condition not to happen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub threats: Vec<Term>,
    /// Phrases matched and then ignored: they keep a shorter entry inside
    /// them from matching ("trade talks" hides "talks").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<Term>,
    /// Function words of the text's language (English when absent).
    #[serde(default, skip_serializing_if = "Grammar::is_empty")]
    pub grammar: Grammar,
    /// Sentences with the stances a reader expects: the lexicon's own tests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}

/// A party: a side whose stance is reported.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub aliases: Vec<Term>,
}

/// A name for several parties at once.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Party ids, at least two.
    pub parties: Vec<String>,
    pub terms: Vec<Term>,
}

/// An issue: a proposition a party can support or oppose.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: String,
    pub proposition: String,
    pub terms: Vec<Term>,
}

/// Support and oppose cue words.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    pub support: Vec<Term>,
    pub oppose: Vec<Term>,
}

/// A position phrase: it signals `stance` on `issue` by whoever holds it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Position {
    #[serde(deserialize_with = "de_scalar")]
    pub term: String,
    pub issue: String,
    pub stance: Polarity,
}

/// Function words used by attribution. Every list is optional; an absent list
/// takes the English default (see `Grammar::english`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Third-person pronouns that carry a party from earlier text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<Vec<String>>,
    /// First-person pronouns that stand for the speaker of a quotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_person: Option<Vec<String>>,
    /// References to an earlier statement or its speaker ("the statement"):
    /// as a subject or in a speech tag they stand for the last speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<Vec<String>>,
    /// A party right after one of these is an object, not a subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepositions: Option<Vec<String>>,
    /// Words that start a contrasting clause ("while", "but", "whereas").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contrasts: Option<Vec<String>>,
    /// Words that join coordinated subjects ("and").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinators: Option<Vec<String>>,
    /// Words marking agent of a passive ("by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_markers: Option<Vec<String>>,
    /// Articles skipped when looking at the word before a party ("the").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub determiners: Option<Vec<String>>,
    /// Pronoun uses that stand for no one ("it is", "it looks like").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expletives: Option<Vec<String>>,
    /// References to the two parties last mentioned ("the two sides").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair_references: Option<Vec<String>>,
    /// Obligations laid on a subject ("must", "should"): in a party's
    /// quotation or reported speech they are the speaker's demand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obligations: Option<Vec<String>>,
    /// Modal words of prediction ("will", "might"): a party's action that
    /// an outsider predicts is not the party's stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predictions: Option<Vec<String>>,
    /// Words of a party's own intention ("will", "would"): right before
    /// a term with nothing else on it ("Kim said he would meet Trump"),
    /// the party means to do it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intentions: Option<Vec<String>>,
    /// Words opening a relative clause (", who met Trump,"): parties inside
    /// one are not the sentence's subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relatives: Option<Vec<String>>,
    /// Words opening an adverbial clause ("because", "although"):
    /// a party that is the subject of one that closes before a pronoun or a
    /// stance ("… because the US came empty-handed, and he ruled out …") is
    /// not what the pronoun refers to or who holds the stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subordinators: Option<Vec<String>>,
    /// People or bodies that speak for the party named after them, with the
    /// preposition that joins them ("officials in", "the leader of",
    /// "a spokesman for"): "officials in Pyongyang said" is the party's
    /// voice, although the party follows a preposition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representatives: Option<Vec<String>>,
    /// Conditionals whose clause comes later than the main clause
    /// ("insisted on complete denuclearization before any sanctions
    /// relief"): without a refusal in the main clause, a term in such a
    /// condition is put off, not asked for, and holds no stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deferrals: Option<Vec<String>>,
    /// Pronouns that refer to a person ("he", "her"): when the lexicon
    /// marks aliases `person: true`, they refer only to those.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_pronouns: Option<Vec<String>>,
    /// Pronouns that cannot refer to a person ("it", "its"): they skip
    /// aliases marked `person: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonal_pronouns: Option<Vec<String>>,
    /// Conditionals that a refusal does not turn around. Under a refusal
    /// ("no talks if the drills go ahead") the holder wants the condition
    /// not to happen; a condition met by something not happening ("no talks
    /// unless …", "until", "before") or an exchange ("in return for", what
    /// the holder gives) already says what the holder wants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceptions: Option<Vec<String>>,
    /// Auxiliary verbs, skipped when looking for the verb after a subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auxiliaries: Option<Vec<String>>,
    /// Auxiliaries of the passive: a reverser after a term applies only
    /// through one of these ("sanctions will be lifted").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passives: Option<Vec<String>>,
    /// Titles and honorifics ("President", "Mr."): never taken as the short
    /// name by which an article refers again to a person it named in full.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titles: Option<Vec<String>>,
    /// Words that open a phrase of time, place or circumstance ("amid",
    /// "during", "at", "in the wake of"): a cue before one does not reach a
    /// term after it ("hinted at talks amid crippling sanctions").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjuncts: Option<Vec<String>>,
    /// Words after an `event` term that name who else takes part ("the
    /// summit between Kim and Moon", "his meeting with Kim").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<Vec<String>>,
    /// Plural pronouns ("they", "their"): they refer to parties joined by a
    /// coordinator before them ("after Seoul and Washington started their
    /// drills") before any single party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plural_pronouns: Option<Vec<String>>,
    /// Modal verbs ("can", "will", "would"): a main clause under a
    /// restrictive condition ("talks can resume only if …") is refused for
    /// now only through one; a past fact ("talks resumed only after …")
    /// is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modals: Option<Vec<String>>,
    /// Possessive pronouns ("his", "their"): one that possesses a cue noun
    /// ("the absence of his familiar demand that …") holds the cue, even
    /// after a preposition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub possessives: Option<Vec<String>>,
    /// Verbs of belief ("think", "believe", "expect"): a negator right
    /// before one negates the clause it reports ("I don't think they are
    /// ready to talk" = they are not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beliefs: Option<Vec<String>>,
    /// Words of condemnation ("aggressive", "reckless", "targeting us"):
    /// next to a term that a party's voice says another party holds ("the
    /// US staged aggressive war drills targeting us", KCNA), the speaker
    /// holds the opposite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pejoratives: Option<Vec<String>>,
    /// Words of failure ("collapsed", "broke down", "failed"): next to an
    /// `event` term with nothing else on it, the event's failure is nobody's
    /// position, so its participants take no part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<String>>,
    /// Words that make a negator right before them additive ("only",
    /// "just"): "not only relief but also guarantees" negates neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additives: Option<Vec<String>>,
    /// Verbs of influence ("persuade", "force", "make", "get"): a party
    /// right after one is its object, even before a bare verb ("making the
    /// DPRK abandon …"), so the stance is the subject's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub causatives: Option<Vec<String>>,
}

impl Grammar {
    fn is_empty(&self) -> bool {
        self == &Grammar::default()
    }
}

/// An example sentence and the stances a reader expects from it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    /// Date of the example (for dated aliases), `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The complete list of expected stances (an empty list: none).
    pub expect: Vec<Expect>,
}

/// One expected stance of an example.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub party: String,
    pub issue: String,
    pub stance: Polarity,
}

/// A lexicon entry: a plain string, or a map with `term` and options.
///
/// `inverse: true` (issue terms) names the opposite of the proposition;
/// `act: true` (issue terms) marks a term whose mention already names the
/// act, so reversers do not flip it ("dismantle Yongbyon" = "Yongbyon");
/// `event: true` (issue terms) names an occasion parties take part in ("a
/// summit", "joint drills"): with no cue, reverser or negator on it, the
/// parties it belongs to ("Trump's summit with Kim") hold it;
/// `hedged: true` (cues) marks a cue that is itself tentative ("hinting at");
/// `from`/`until` (aliases) limit the dates when the alias stands for its
/// party; `person: true` (aliases) marks an alias that names a person, whom
/// "he" or "she" can refer to and "it" cannot; `except` (an entry ending in
/// `*`) lists words the `*` must not complete to (`announce*` with
/// `except: [announcement*]`); `lowercase: true` matches only text written
/// in lower case (the hedge "may", never the month "May"). Bare YAML words
/// such as `no` or `on` load as words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Term {
    pub text: String,
    pub inverse: bool,
    pub act: bool,
    pub hedged: bool,
    pub person: bool,
    pub from: Option<String>,
    pub until: Option<String>,
    /// Words a `*` entry must not complete to (a trailing `*` excludes
    /// every word that starts so).
    pub except: Vec<String>,
    /// Matches only text written in lower case.
    pub lowercase: bool,
    /// An issue term that names an occasion parties take part in (a
    /// summit, drills): with nothing else on it, its participants hold it.
    pub event: bool,
}

impl Term {
    pub fn new(text: &str) -> Term {
        Term {
            text: text.to_string(),
            ..Term::default()
        }
    }

    fn is_plain(&self) -> bool {
        !self.inverse
            && !self.act
            && !self.hedged
            && !self.person
            && self.from.is_none()
            && self.until.is_none()
            && self.except.is_empty()
            && !self.lowercase
            && !self.event
    }
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TermMap {
    #[serde(deserialize_with = "de_scalar")]
    term: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    inverse: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    act: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    hedged: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    person: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_scalar"
    )]
    from: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_scalar"
    )]
    until: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    except: Vec<Scalar>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    lowercase: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    event: bool,
}

/// A YAML scalar read as a word (`no`, `on` stay words).
#[derive(Serialize)]
#[serde(transparent)]
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        de_scalar(d).map(Scalar)
    }
}

impl Serialize for Term {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_plain() {
            s.serialize_str(&self.text)
        } else {
            TermMap {
                term: self.text.clone(),
                inverse: self.inverse,
                act: self.act,
                hedged: self.hedged,
                person: self.person,
                from: self.from.clone(),
                until: self.until.clone(),
                except: self.except.iter().cloned().map(Scalar).collect(),
                lowercase: self.lowercase,
                event: self.event,
            }
            .serialize(s)
        }
    }
}

/// Accepts any YAML scalar as a string: `no`, `yes`, `on`, `off`, numbers.
struct ScalarVisitor;

impl Visitor<'_> for ScalarVisitor {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a word or phrase")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Ok(String::new())
    }
}

fn de_scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(ScalarVisitor)
}

fn de_opt_scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    de_scalar(d).map(Some)
}

impl<'de> Deserialize<'de> for Term {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Term, D::Error> {
        struct TermVisitor;
        impl<'de> Visitor<'de> for TermVisitor {
            type Value = Term;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a word or phrase, or a map with `term:`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Term, E> {
                Ok(Term::new(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Term, E> {
                Ok(Term::new(&v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Term, E> {
                Ok(Term::new(&v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Term, E> {
                Ok(Term::new(&v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Term, E> {
                Ok(Term::new(&v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Term, E> {
                Ok(Term::new(""))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Term, A::Error> {
                let m = TermMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Term {
                    text: m.term,
                    inverse: m.inverse,
                    act: m.act,
                    hedged: m.hedged,
                    person: m.person,
                    from: m.from,
                    until: m.until,
                    except: m.except.into_iter().map(|w| w.0).collect(),
                    lowercase: m.lowercase,
                    event: m.event,
                })
            }
        }
        d.deserialize_any(TermVisitor)
    }
}

impl Grammar {
    /// The list in force for each slot: the lexicon's own, or English.
    pub fn resolved(&self) -> ResolvedGrammar {
        let pick = |own: &Option<Vec<String>>, dflt: &[&str]| -> Vec<String> {
            match own {
                Some(v) => v.clone(),
                None => dflt.iter().map(|s| s.to_string()).collect(),
            }
        };
        ResolvedGrammar {
            pronouns: pick(
                &self.pronouns,
                &[
                    "it",
                    "they",
                    "he",
                    "she",
                    "its",
                    "their",
                    "his",
                    "her",
                    "the country",
                ],
            ),
            first_person: pick(&self.first_person, &["we", "our", "i", "my"]),
            references: pick(
                &self.references,
                &[
                    "the statement",
                    "the spokesperson",
                    "the spokesman",
                    "the spokeswoman",
                    "the official",
                    "the envoy",
                    "the ministry",
                    "the report",
                ],
            ),
            prepositions: pick(
                &self.prepositions,
                &[
                    "of",
                    "to",
                    "for",
                    "with",
                    "on",
                    "from",
                    "by",
                    "against",
                    "toward",
                    "towards",
                    "about",
                    "between",
                    "at",
                    "into",
                    "than",
                    "over",
                    "under",
                    "among",
                    "upon",
                    "via",
                    "through",
                    "in",
                    "without",
                    "like",
                    "unlike",
                    "including",
                    "involving",
                    "after",
                    "before",
                    "since",
                    "during",
                    "despite",
                    "pressed",
                    "urged",
                    "asked",
                    "told",
                    "warned",
                    "pressing",
                    "urging",
                    "asking",
                    "telling",
                    "warning",
                ],
            ),
            contrasts: pick(
                &self.contrasts,
                &[
                    "while", "whereas", "but", "although", "though", "however", "yet", "and that",
                    "or that",
                ],
            ),
            coordinators: pick(
                &self.coordinators,
                &["and", "nor", "as well as", "along with", "together with"],
            ),
            agent_markers: pick(&self.agent_markers, &["by"]),
            determiners: pick(&self.determiners, &["the", "a", "an"]),
            relatives: pick(&self.relatives, &["who", "which", "whose", "whom"]),
            subordinators: pick(&self.subordinators, &["because", "although", "though"]),
            deferrals: pick(&self.deferrals, &["before"]),
            personal_pronouns: pick(&self.personal_pronouns, &["he", "she", "his", "her", "him"]),
            impersonal_pronouns: pick(&self.impersonal_pronouns, &["it", "its"]),
            representatives: pick(
                &self.representatives,
                &[
                    "officials in",
                    "officials from",
                    "officials of",
                    "official in",
                    "official from",
                    "diplomats in",
                    "diplomats from",
                    "diplomat from",
                    "negotiators from",
                    "negotiator from",
                    "leader of",
                    "leaders of",
                    "leaders in",
                    "government of",
                    "government in",
                    "administration in",
                    "regime in",
                    "leadership in",
                    "authorities in",
                    "authorities of",
                    "ministry of",
                    "delegation from",
                    "delegation of",
                    "delegates from",
                    "spokesman for",
                    "spokeswoman for",
                    "spokesperson for",
                ],
            ),
            exceptions: pick(
                &self.exceptions,
                &[
                    "unless",
                    "until",
                    "till",
                    "before",
                    "except",
                    "in exchange for",
                    "in return for",
                    "in answer for",
                    "in exchange",
                    "without",
                ],
            ),
            predictions: pick(
                &self.predictions,
                &[
                    "will", "would", "might", "could", "may", "likely", "unlikely", "expected",
                    "won't",
                ],
            ),
            intentions: pick(&self.intentions, &["will", "would", "shall", "going to"]),
            obligations: pick(
                &self.obligations,
                &[
                    "must", "should", "has to", "have to", "needs to", "need to", "ought to",
                ],
            ),
            pair_references: pick(
                &self.pair_references,
                &[
                    "the two leaders",
                    "both leaders",
                    "the two sides",
                    "both sides",
                    "the two countries",
                    "both countries",
                    "the two governments",
                    "the two men",
                ],
            ),
            auxiliaries: pick(
                &self.auxiliaries,
                &[
                    "has",
                    "had",
                    "have",
                    "having",
                    "is",
                    "was",
                    "are",
                    "were",
                    "will",
                    "would",
                    "can",
                    "could",
                    "may",
                    "might",
                    "should",
                    "must",
                    "did",
                    "does",
                    "do",
                    "also",
                    "still",
                    "again",
                    "reportedly",
                    "formally",
                    "publicly",
                    "repeatedly",
                    "then",
                ],
            ),
            partners: pick(&self.partners, &["with", "between", "among"]),
            plural_pronouns: pick(&self.plural_pronouns, &["they", "their", "them", "theirs"]),
            modals: pick(
                &self.modals,
                &[
                    "can", "cannot", "can't", "could", "will", "won't", "would", "wouldn't", "may",
                    "might", "shall", "should", "must",
                ],
            ),
            possessives: pick(&self.possessives, &["his", "her", "its", "their"]),
            additives: pick(&self.additives, &["only", "just", "merely", "simply"]),
            causatives: pick(
                &self.causatives,
                &[
                    "persuade",
                    "persuades",
                    "persuaded",
                    "persuading",
                    "convince",
                    "convinces",
                    "convinced",
                    "convincing",
                    "get",
                    "gets",
                    "got",
                    "getting",
                    "force",
                    "forces",
                    "forced",
                    "forcing",
                    "make",
                    "makes",
                    "made",
                    "making",
                    "push",
                    "pushes",
                    "pushed",
                    "pushing",
                    "pressure",
                    "pressures",
                    "pressured",
                    "pressuring",
                    "compel",
                    "compels",
                    "compelled",
                    "compelling",
                    "encourage",
                    "encourages",
                    "encouraged",
                    "encouraging",
                    "prod",
                    "prods",
                    "prodded",
                    "prodding",
                    "coax",
                    "coaxes",
                    "coaxed",
                    "coaxing",
                    "induce",
                    "induces",
                    "induced",
                    "inducing",
                    "entice",
                    "entices",
                    "enticed",
                    "enticing",
                    "bring",
                    "brings",
                    "brought",
                    "bringing",
                    "lure",
                    "lures",
                    "lured",
                    "luring",
                    "nudge",
                    "nudges",
                    "nudged",
                    "nudging",
                    "help",
                    "helps",
                    "helped",
                    "helping",
                    "let",
                    "lets",
                    "letting",
                ],
            ),
            failures: pick(
                &self.failures,
                &[
                    "failed",
                    "fail",
                    "fails",
                    "failure",
                    "collapse",
                    "collapsed",
                    "collapses",
                    "broke down",
                    "break down",
                    "breaks down",
                    "broken down",
                    "breakdown",
                    "fell apart",
                    "falls apart",
                    "fall apart",
                    "fell through",
                    "stalled",
                    "deadlocked",
                    "foundered",
                    "faltered",
                    "fizzled",
                    "unraveled",
                    "sputtered",
                    "derailed",
                    "no-deal",
                    "ended without",
                    "ends without",
                    "end without",
                    "abrupt end",
                    "came to an end",
                    "come to an end",
                    "comes to an end",
                ],
            ),
            pejoratives: pick(
                &self.pejoratives,
                &[
                    "aggressive",
                    "aggression",
                    "provocative",
                    "provocations",
                    "reckless",
                    "recklessly",
                    "belligerent",
                    "bellicose",
                    "defiantly",
                    "frantic",
                    "frantically",
                    "sinister",
                    "brigandish",
                    "gangster",
                    "illegal",
                    "unjust",
                    "targeting us",
                    "against us",
                    "targeting the",
                ],
            ),
            beliefs: pick(
                &self.beliefs,
                &[
                    "think", "thinks", "thought", "believe", "believes", "believed", "expect",
                    "expects", "expected", "suppose", "imagine", "feel",
                ],
            ),
            adjuncts: pick(
                &self.adjuncts,
                &[
                    "amid",
                    "amidst",
                    "despite",
                    "in spite of",
                    "during",
                    "at",
                    "after",
                    "since",
                    "following",
                    "in the wake of",
                    "on the sidelines of",
                    "ahead of",
                    "in the run-up to",
                    "throughout",
                ],
            ),
            titles: pick(
                &self.titles,
                &[
                    "president",
                    "vice",
                    "secretary",
                    "minister",
                    "foreign",
                    "chairman",
                    "chairwoman",
                    "leader",
                    "supreme",
                    "first",
                    "deputy",
                    "special",
                    "representative",
                    "envoy",
                    "ambassador",
                    "adviser",
                    "advisor",
                    "director",
                    "chief",
                    "general",
                    "gen",
                    "premier",
                    "prime",
                    "state",
                    "national",
                    "security",
                    "press",
                    "spokesman",
                    "spokeswoman",
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "sir",
                    "lord",
                    "king",
                    "queen",
                    "prince",
                    "senator",
                    "sen",
                    "rep",
                    "governor",
                    "mayor",
                    "commissioner",
                    "chancellor",
                    "the",
                ],
            ),
            passives: pick(
                &self.passives,
                &[
                    "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got",
                ],
            ),
            expletives: pick(
                &self.expletives,
                &[
                    "it is",
                    "it was",
                    "it looks",
                    "it seems",
                    "it appears",
                    "it remains",
                    "it has been",
                    "it will be",
                    "it would be",
                    "it's",
                ],
            ),
        }
    }
}

/// [`Grammar`] with every list filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedGrammar {
    pub titles: Vec<String>,
    pub partners: Vec<String>,
    pub plural_pronouns: Vec<String>,
    pub modals: Vec<String>,
    pub possessives: Vec<String>,
    pub beliefs: Vec<String>,
    pub pejoratives: Vec<String>,
    pub failures: Vec<String>,
    pub additives: Vec<String>,
    pub causatives: Vec<String>,
    pub adjuncts: Vec<String>,
    pub pronouns: Vec<String>,
    pub first_person: Vec<String>,
    pub references: Vec<String>,
    pub prepositions: Vec<String>,
    pub contrasts: Vec<String>,
    pub coordinators: Vec<String>,
    pub agent_markers: Vec<String>,
    pub determiners: Vec<String>,
    pub expletives: Vec<String>,
    pub passives: Vec<String>,
    pub auxiliaries: Vec<String>,
    pub pair_references: Vec<String>,
    pub relatives: Vec<String>,
    pub subordinators: Vec<String>,
    pub representatives: Vec<String>,
    pub deferrals: Vec<String>,
    pub personal_pronouns: Vec<String>,
    pub impersonal_pronouns: Vec<String>,
    pub exceptions: Vec<String>,
    pub obligations: Vec<String>,
    pub predictions: Vec<String>,
    pub intentions: Vec<String>,
}
