//! The rules that can decide a reading.
//!
//! Takes nothing: it is the vocabulary the stages use. Every stage that
//! decides a holder or changes a sign names the [`Rule`] it used; [`emit`]
//! hands the names on, joined by ", " (holder rule first), as the `rule`
//! string of each evidence (the JSONL contract), and `stance explain`
//! prints them with each decision. The README's rule table lists the same
//! names (checked by a test below).
//!
//! [`emit`]: super::emit

macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A rule that decided who holds a stance, or its sign or weight.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of the README's table.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's name in evidence (`rule` in JSONL, `stance explain`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }
        }

        impl std::fmt::Display for Rule {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

rules! {
    // -- who holds it (holder.rs, quotes.rs) --
    /// The party subject of the governing cue, in the term's clause.
    Subject = "subject",
    /// Coordinated party subjects ("X and Y agreed", "neither X nor Y"), all credited.
    CoordinatedSubject = "coordinated-subject",
    /// The party subject of an earlier clause of the same context.
    EarlierSubject = "earlier-subject",
    /// A non-party speaker (analyst, expert) as the subject, or in a tag after the term: no party stance.
    OutsiderSubject = "outsider-subject",
    /// A name the lexicon does not know as the cue's subject ("…, but Tokyo dismissed"): no party stance.
    UnknownSubject = "unknown-subject",
    /// The cue is the verb of a relative clause about a thing ("the summit, which aims to …"): no party holds it.
    ThingRelative = "thing-relative",
    /// A pronoun subject ("it", "they"), resolved to the last subject.
    Pronoun = "pronoun",
    /// A reference subject ("the statement", "the spokesman"): the last speaker.
    Reference = "reference",
    /// "The two sides": the two parties mentioned last.
    PairReference = "pair-reference",
    /// A first-person subject inside a quotation ("we"): the quotation's speaker; a first person after a preposition ("terrified at the growth of our nuclear force") is no subject.
    FirstPerson = "first-person",
    /// A first-person subject or possessor ("we", "our") in unquoted text after a narrator's lead-in ending in a colon and a line break ("… made public the following press statement:"), or a short line of speech that opens with a reference or "it" ("The statement reads."): the lead-in's subject (else the party named last, or after a colon the subject before it); so is a stance with no subject in such a statement ("It is necessary to withdraw the hostile policy first"), unless its cue follows the term ("was conducted in 1954"). So is a report whose dateline names a party's own agency ("Pyongyang, May 3 (KCNA) --").
    StatementVoice = "statement-voice",
    /// The agent of a passive ("… was rejected by X").
    PassiveAgent = "passive-agent",
    /// A party next to a speech verb after the term ("…, X said").
    SpeechTag = "speech-tag",
    /// A party after a comma later in the term's clause ("…, Seoul insisted"), or after a fronted phrase.
    LaterSubject = "later-subject",
    /// The speaker of the quotation the term is in (“…,” X said / X said, “…”).
    QuoteSpeaker = "quote-speaker",
    /// A quotation's speaker named by a pronoun (“…,” she said).
    QuoteSpeakerPronoun = "quote-speaker-pronoun",
    /// A quotation with no tag of its own: the previous speaker's.
    PreviousSpeaker = "previous-speaker",
    /// "The statement continued": the last speaker goes on.
    StatementContinued = "statement-continued",
    /// A speech verb with a speaker the lexicon does not know: no party stance.
    UnknownSpeaker = "unknown-speaker",
    /// An obligation laid on the subject ("Washington must lift …," Choe said) is the speaker's demand.
    DemandBySpeaker = "demand-by-speaker",
    /// The owner of an inner cue of a chain ("rejected the US demand for …") holds the inner stance.
    CueOwner = "cue-owner",
    /// The parties an `event` term belongs to, with nothing else on it ("their summit", "the US-South Korea drills", "the summit between Kim and Moon"): taking part supports it. So do they hold a cue after the event when no other holder is found ("the North Korea-US talks are back on track").
    Participants = "participants",
    /// Participants of an `event` term that is the setting of something else, after a preposition ("security zone for the Trump-Kim summit", "since their meeting"): they take part, unless the article states nothing else, when the setting is no position.
    Setting = "setting",
    /// A bare cue in a later clause answers the term ("…, but Pompeo refused").
    Response = "response",
    /// A word of condemnation next to a term that the voice of the sentence (a quotation's or a report's speaker, a statement's voice) says another party holds ("the US staged aggressive war drills targeting us", KCNA): the speaker opposes the thing condemned, as the term names it.
    Complaint = "complaint",
    /// The subject further back, when the cue's object pronoun refers to the subject found past another verb ("… had come empty-handed and urged it to"); a party right before the cue is its own subject, and the pronoun someone else ("Washington urged it to …").
    SubjectPastObject = "subject-past-object",
    // -- which sign (polarity.rs, condition.rs, reading.rs) --
    /// One governing cue before the term ("demanded relief").
    Cue = "cue",
    /// One governing cue after the term ("relief was ruled out").
    CueAfter = "cue-after",
    /// A main clause under a restrictive condition, its term the subject of a modal verb after it ("talks can resume only if the US lifts sanctions", "sanctions will be lifted only after …"): not before the condition is met, so the holder refuses it for now. A past fact ("talks resumed only after …") and a holder's own offer ("ready for a summit only if …") are not turned.
    OnlyIf = "only-if",
    /// A chain of cues, multiplied ("refused to resume talks").
    CueChain = "cue-chain",
    /// A reverser on the cue itself ("dropped its demand for"): sign reversed.
    ReversedCue = "reversed-cue",
    /// A reverser on the term ("lift sanctions"): sign reversed.
    Reverser = "reverser",
    /// A negator before or on the cue ("is not willing to"): sign reversed.
    NegatedCue = "negated-cue",
    /// A negator between the cue and the term, or on a term with no cue ("no sanctions relief"): sign reversed.
    NegatedTerm = "negated-term",
    /// A negator before the subject ("neither X nor Y has shown interest"): sign reversed.
    NegatedSubject = "negated-subject",
    /// A negator inside a condition ("if the US does not lift …"): sign reversed.
    Negated = "negated",
    /// A term inside a condition ("before complete denuclearization"): asked for.
    Condition = "condition",
    /// A threat word in the main clause ("threatened to … if"): the condition is not wanted.
    Threat = "threat",
    /// A refusal in the condition's clause ("no talks if the drills go ahead"): the condition is not wanted.
    Refusal = "refusal",
    /// An exception word after a refusal ("no deal without assurances"): a prerequisite, asked for; conditional.
    Prerequisite = "prerequisite",
    /// An obligation right before a bare term ("should sign a peace declaration"): asked for.
    Obligation = "obligation",
    /// A party's stated intention before a bare term ("he would meet Trump"): wanted.
    Intention = "intention",
    /// A position phrase, which carries its own sign.
    Position = "position",
    /// An `inverse` term, naming the opposite proposition: sign reversed.
    InverseTerm = "inverse-term",
    /// A party inside an outsider's quotation: reported, hedged.
    ReportedByOutsider = "reported-by-outsider",
}

#[cfg(test)]
mod tests {
    use super::Rule;

    /// The names in the README's rule table (first column, in backticks).
    fn readme_names() -> Vec<String> {
        let readme = include_str!("../../README.md");
        let start = readme
            .find("<!-- rules:start -->")
            .expect("README has a rule table");
        let end = readme[start..]
            .find("<!-- rules:end -->")
            .expect("README's rule table ends")
            + start;
        readme[start..end]
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.name()), "{} named twice", r.name());
            assert!(
                r.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                r.name()
            );
        }
    }

    #[test]
    fn readme_table_lists_every_rule_and_no_other() {
        let table = readme_names();
        for r in Rule::ALL {
            assert!(
                table.iter().any(|n| n == r.name()),
                "README's rule table lacks `{}`",
                r.name()
            );
        }
        for n in &table {
            assert!(
                Rule::ALL.iter().any(|r| r.name() == n),
                "README's rule table lists `{n}`, which is no rule"
            );
        }
        let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        assert_eq!(table, names, "README's rule table is in the enum's order");
    }

    /// Every rule is seen to fire in a stage test: its name appears in an
    /// expected holder ("DPRK (subject)") or rule list ("[subject, cue]").
    #[test]
    fn every_rule_fires_in_a_stage_test() {
        let tests: String = [
            include_str!("sentence.rs"),
            include_str!("quotes.rs"),
            include_str!("clauses.rs"),
            include_str!("condition.rs"),
            include_str!("holder.rs"),
            include_str!("polarity.rs"),
            include_str!("reading.rs"),
            include_str!("emit.rs"),
            include_str!("mod.rs"),
        ]
        .iter()
        .filter_map(|src| src.split_once("#[cfg(test)]\nmod tests {").map(|(_, t)| t))
        .collect();
        for r in Rule::ALL {
            let n = r.name();
            let seen = [
                format!("({n})"),
                format!("[{n}]"),
                format!("[{n}, "),
                format!(", {n}]"),
                format!(", {n}, "),
            ]
            .iter()
            .any(|p| tests.contains(p.as_str()));
            assert!(seen, "no stage test expects the rule `{n}`");
        }
    }
}
