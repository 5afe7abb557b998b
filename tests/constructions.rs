//! Attribution tests per construction of DOMAIN.md, on the default lexicon.
//! Each row: construction, text, date (or ""), and the complete set of
//! expected cells as "PARTY issue stance". Sentences are written for these
//! tests, in different words for each construction.

use stance::date::Date;
use stance::engine::analyze_text;
use stance::lexicon;

type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const ROWS: &[Row] = &[
    // A negated verb over a chain of an offer or a first step
    ("negated verb over a chain", "North Korea won't go back to its earlier offer to dismantle Yongbyon, Choe said.", "2019-03-15",
        &["DPRK yongbyon_dismantlement oppose"]),
    ("negated verb over a chain", "The US will not be the first to ease sanctions, Biegun said.", "2019-06-01",
        &["US sanctions_relief oppose"]),
    ("negated verb over a chain", "Pyongyang said there was no longer any reason to stay bound by its moratorium on nuclear tests.", "2020-01-01",
        &["DPRK testing_moratorium oppose"]),
    // A threat in the speech tag; "unless" already names what is wanted
    ("threat in a speech tag", "Further launches may follow unless the joint drills are halted, the North Korean military warned.", "2019-08-01",
        &["DPRK exercise_suspension support"]),
    ("threat in a speech tag", "Talks will collapse if Washington keeps its sanctions, Pyongyang threatened.", "2019-11-01",
        &["DPRK sanctions_relief support"]),
    ("threat in a speech tag", "North Korea could resume nuclear tests if the allies go ahead with the war games, KCNA warned.", "2019-08-01",
        &["DPRK exercise_suspension support", "DPRK testing_moratorium oppose"]),
    // "he"/"she" after a sentence break: the last person, never a country
    ("he after a sentence break", "Pompeo arrived in Pyongyang on Monday. North Korea rejected the talks. He called for complete denuclearization.", "2018-07-06",
        &["DPRK talks oppose", "US complete_denuclearization support"]),
    ("he after a sentence break", "Moon Jae-in flew to Washington. The White House welcomed the visit. He urged an end-of-war declaration.", "2018-05-22",
        &["ROK end_of_war_declaration support"]),
    ("he after a sentence break", "Kim Jong-un met Moon Jae-in at the border. Seoul welcomed the summit. He offered to dismantle Yongbyon.", "2018-09-19",
        &["ROK talks support", "DPRK yongbyon_dismantlement support"]),
    // A reverser on an inner cue: "demanded that X stop holding ..."
    ("reversed inner cue", "Pyongyang urged Seoul to stop staging joint military drills with the US.", "2019-08-01",
        &["DPRK exercise_suspension support"]),
    ("reversed inner cue", "The North repeated its demand that the South stop holding war games.", "2019-08-01",
        &["DPRK exercise_suspension support"]),
    ("reversed inner cue", "Washington asked Pyongyang to stop demanding sanctions relief.", "2019-08-01",
        &["US sanctions_relief oppose"]),
    // Events a party takes part in: the participants hold them
    ("participants", "Kim Jong-un praised the results of the Singapore meeting as his delegation left the Kim-Trump summit venue.", "2018-06-13",
        &["US talks support", "DPRK talks support"]),
    ("participants", "The allies' joint military exercises opened on Monday near the border.", "2019-03-04",
        &["US exercise_suspension oppose", "ROK exercise_suspension oppose"]),
    ("participants", "Pompeo's two meetings with Kim Yong-chol in New York ran past midnight.", "2018-05-31",
        &["DPRK talks support", "US talks support"]),
    // A speech verb a cue governs is its object, not a lead-in to reported speech
    ("speech verb as a cue's object", "Pyongyang has long proposed declaring an end to the Korean War.", "2018-10-01",
        &["DPRK end_of_war_declaration support"]),
    ("speech verb as a cue's object", "Kim agreed to announce a freeze on missile tests at the summit.", "2018-04-20",
        &["DPRK testing_moratorium support"]),
    ("speech verb as a cue's object", "Moon urged declaring a peace regime before the year ends.", "2018-09-01",
        &["ROK end_of_war_declaration support"]),
    // A party's proposal judged by another: the judge holds the judgement
    ("judged proposal", "Pyongyang said the US pursuit of “meaningful dialogue” was a “time-buying trick”.", "2019-12-10",
        &["DPRK talks oppose"]),
    ("judged proposal", "North Korea said Washington's approach to negotiations was insincere.", "2021-05-02",
        &["DPRK talks oppose"]),
    ("judged proposal", "Pyongyang has said US overtures are meaningless as long as Washington keeps its sanctions.", "2021-04-01",
        &["DPRK sanctions_relief support"]),
    // Judgements of events in a party's words
    ("judged event", "North Korea says the joint US-South Korean military drills are an “invasion rehearsal.”", "2021-08-10",
        &["DPRK exercise_suspension support"]),
    ("judged event", "KCNA said the joint exercises were a rehearsal for invasion.", "2022-08-22",
        &["DPRK exercise_suspension support"]),
    ("judged event", "A North Korean spokesman said any dialogue with Seoul is impossible.", "2020-06-20",
        &["DPRK talks oppose"]),
    // Starting an event is an act that stands for a stance
    ("starting an event", "Seoul and Washington kicked off their yearly joint military exercises this week.", "2022-08-22",
        &["ROK exercise_suspension oppose", "US exercise_suspension oppose"]),
    ("starting an event", "North Korea says the US has started talks with its officials in New York.", "2018-05-30",
        &["US talks support"]),
    ("starting an event", "The allies kicked off a scaled-back exercise, a simulation that replaced the large field drills.", "2019-03-04",
        &["US exercise_suspension support", "ROK exercise_suspension support"]),
    // A goal or aim named as a noun
    ("goal as a noun", "The State Department said Washington's goal remains the complete denuclearization of North Korea.", "2021-03-01",
        &["US complete_denuclearization support"]),
    ("goal as a noun", "Seoul's aim is a formal end-of-war declaration, Moon's aides said.", "2021-09-22",
        &["ROK end_of_war_declaration support"]),
    ("goal as a noun", "Pompeo said the objective was final, fully verified denuclearization.", "2018-10-08",
        &["US complete_denuclearization support"]),
    // Pressing ahead with an act
    ("pressing ahead", "Seoul said it will push ahead with the joint drills despite the North's warnings.", "2023-03-10",
        &["ROK exercise_suspension oppose"]),
    ("pressing ahead", "Washington pressed ahead with new sanctions on Pyongyang.", "2022-05-26",
        &["US sanctions_relief oppose"]),
    ("pressing ahead", "The North is pushing ahead with missile tests, Seoul officials said.", "2022-03-25",
        &["DPRK testing_moratorium oppose"]),
    // A judgement after the term and a phrase of its own
    ("judgement after a phrase", "North Korea said talks with the US were pointless.", "2019-12-07",
        &["DPRK talks oppose"]),
    ("judgement after a phrase", "Pyongyang said sanctions on the North are unacceptable.", "2019-12-07",
        &["DPRK sanctions_relief support"]),
    ("judgement after a phrase", "Seoul said the drills with the US remain necessary.", "2022-08-22",
        &["ROK exercise_suspension oppose"]),
    // An event that is only the setting of an article is no position ...
    ("setting only", "A media centre opened in Singapore for the Trump-Kim summit.", "2018-06-10",
        &[]),
    ("setting only", "Hotels near the venue raised security ahead of the US-North Korea summit.", "2019-02-25",
        &[]),
    ("setting only", "Chefs prepared cold noodles for the dinner at the inter-Korean summit between Moon and Kim.", "2018-04-26",
        &[]),
    // ... but where the article states a position, its participants take part
    ("setting with a stance", "Pompeo, on the eve of his meeting with Kim Yong-chol, demanded complete denuclearization.", "2018-07-06",
        &["US talks support", "DPRK talks support", "US complete_denuclearization support"]),
    ("setting with a stance", "Ahead of the Trump-Kim summit, Pyongyang demanded sanctions relief.", "2019-02-20",
        &["US talks support", "DPRK talks support", "DPRK sanctions_relief support"]),
    ("setting with a stance", "Seoul rejected any easing of sanctions after the Moon-Kim summit.", "2018-09-20",
        &["ROK talks support", "DPRK talks support", "ROK sanctions_relief oppose"]),
    // A reduced passive describes the term before it; its agent is unnamed
    ("reduced passive", "Kim said his country had grown stronger under the sanctions imposed over its nuclear program.", "2019-04-12",
        &[]),
    ("reduced passive", "Pyongyang said the drills planned for August would wreck the talks.", "2019-07-16",
        &[]),
    ("reduced passive", "Seoul welcomed the talks proposed by Pyongyang.", "2018-01-02",
        &["ROK talks support"]),
    // The possessor of a demand holds it, even after a preposition
    ("possessor of a demand", "The State Department said the meeting broke down over the North's excessive demands for sanctions relief.", "2019-03-01",
        &["DPRK sanctions_relief support"]),
    ("possessor of a demand", "Talks stalled because of Washington's insistence on complete denuclearization first.", "2019-10-07",
        &["US complete_denuclearization support"]),
    ("possessor of a demand", "Seoul responded coolly to Pyongyang's repeated calls for an end to the joint drills.", "2019-08-12",
        &["DPRK exercise_suspension support"]),
    // A restrictive condition: not before the condition is met
    ("only if", "A North Korean diplomat said negotiations can resume only when Washington drops its hostile policy.", "2019-11-20",
        &["DPRK talks oppose", "DPRK security_guarantees support"]),
    ("only if", "The State Department said sanctions would be lifted only after North Korea completely denuclearizes.", "2019-07-04",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    ("only if", "Kim said he was ready for another summit only if Washington changed its approach.", "2019-04-12",
        &["DPRK talks support"]),
    // Denying a report of one's own stance refuses it
    ("denied report", "North Korea dismissed speculation that it was interested in talks with Washington.", "2021-06-23",
        &["DPRK talks oppose"]),
    ("denied report", "Pyongyang denied reports that it had agreed to freeze its nuclear tests.", "2018-04-10",
        &["DPRK testing_moratorium oppose"]),
    ("denied report", "The White House rejected suggestions that it would ease sanctions soon.", "2019-03-02",
        &["US sanctions_relief oppose"]),
    ("only if", "The talks resumed only after Washington agreed to scale back the drills, Seoul said.", "2018-06-20",
        &["ROK talks support", "ROK exercise_suspension support"]),
    ("reduced passive", "Pyongyang said talks resumed in Stockholm on Saturday.", "2019-10-05",
        &["DPRK talks support"]),
    // A possessive pronoun that possesses a demand holds it
    ("pronoun possessor of a demand", "Kim Jong-un spoke for two hours. Analysts noted the absence of his usual demand for an end to the joint drills.", "2019-04-13",
        &["DPRK exercise_suspension support"]),
    ("pronoun possessor of a demand", "Pompeo left Pyongyang on Sunday. The talks stalled over his insistence on complete denuclearization first.", "2018-07-08",
        &["US complete_denuclearization support"]),
    ("pronoun possessor of a demand", "Moon Jae-in met reporters. Washington responded coolly to his call for a declaration ending the Korean War.", "2018-09-26",
        &["ROK end_of_war_declaration support"]),
    // A statement printed without quotation marks after a lead-in ending in a colon
    ("statement voice", "Pyongyang, May 3 (KCNA) -- A DPRK Foreign Ministry spokesman put out this statement on Friday:\n\nWe will never give up our nuclear deterrent.", "2019-05-03",
        &["DPRK complete_denuclearization oppose"]),
    ("statement voice", "Kim Yo Jong, a senior official of North Korea, said in a press release:\n\nWe demand an end to the joint drills. We reject such talks.", "2020-03-04",
        &["DPRK exercise_suspension support", "DPRK talks oppose"]),
    ("statement voice", "The South Korean presidential office said on Sunday:\n\nWe want dialogue with the North to resume soon.", "2019-11-10",
        &["ROK talks support"]),
    ("statement voice", "Pyongyang, May 3 (KCNA) -- The Foreign Ministry's spokesman answered a question.\nWe have no interest in talks with the United States.", "2019-05-03",
        &["DPRK talks oppose"]),
    ("statement voice", "Pyongyang, June 9 (KCNA) -- A commentary was published on Tuesday.\nOur nuclear deterrent will never be given up.", "2020-06-09",
        &["DPRK complete_denuclearization oppose"]),
    // Without a paragraph break after the colon, "we" is nobody's
    ("statement voice", "A State Department official said: talks are stalled. We will see what happens next with denuclearization.", "2019-11-10",
        &[]),
    // A title alias and a name alias after a preposition are one object
    ("title and name after a preposition", "Kim Jong Un speaks fondly of U.S. President Donald Trump and wants talks to resume.", "2025-09-21",
        &["DPRK talks support"]),
    ("title and name after a preposition", "Moon Jae-in spoke kindly about North Korean leader Kim Jong Un and called for an end-of-war declaration.", "2018-09-20",
        &["ROK end_of_war_declaration support"]),
    ("title and name after a preposition", "Pompeo met with South Korean Foreign Minister Kang Kyung-wha and demanded a full declaration.", "2018-07-08",
        &["US complete_denuclearization support"]),
    // The country after a dateline's city is the dateline's
    ("dateline country", "SEOUL, South Korea (AP) \u{2014} Pyongyang rejected any talks with Washington.", "2019-12-01",
        &["DPRK talks oppose"]),
    ("dateline country", "WASHINGTON, D.C. (Reuters) \u{2014} The North demanded relief.", "2019-12-01",
        &["DPRK sanctions_relief support"]),
    ("dateline country", "PYONGYANG, North Korea (AFP) \u{2014} Seoul urged new talks.", "2019-12-01",
        &["ROK talks support"]),
    // "they" in a party's quotation is the other side, never the speaker
    ("they in a party quotation", "Pyongyang sent a letter. As Trump told reporters, \u{201C}They wanted all the sanctions lifted, and we couldn\u{2019}t do that.\u{201D}", "2019-02-28",
        &["DPRK sanctions_relief support"]),
    ("they in a party quotation", "Seoul proposed a meeting. Kim Yo Jong said: \u{201C}They keep pushing for talks we do not need.\u{201D}", "2020-07-10",
        &["ROK talks support"]),
    ("they in a party quotation", "Washington offered new ideas in Stockholm. \u{201C}They came empty-handed and still demand complete denuclearization,\u{201D} Kim Myong Gil said.", "2019-10-05",
        &["US complete_denuclearization support"]),
    // A party inside the term's phrase is no holder; a speech tag after it is
    ("party inside the term's phrase", "Sanctions on North Korea will remain in place, Pompeo said.", "2018-07-08",
        &["US sanctions_relief oppose"]),
    ("party inside the term's phrase", "Joint drills with South Korea will continue as planned, the Pentagon said.", "2019-08-05",
        &["US exercise_suspension oppose"]),
    ("party inside the term's phrase", "Talks with Washington are off the table for now, Kim Yo Jong said.", "2020-07-10",
        &["DPRK talks oppose"]),
    // An outsider after a preposition is an object, not the holder
    ("outsider as an object", "North Korea, in a meeting with analysts, demanded sanctions relief.", "2019-03-01",
        &["DPRK sanctions_relief support"]),
    ("outsider as an object", "Washington shared its plan with experts and demanded a full declaration.", "2018-07-01",
        &["US complete_denuclearization support"]),
    ("outsider as an object", "Seoul, after talking to researchers at a think tank, proposed an end-of-war declaration.", "2018-09-01",
        &["ROK end_of_war_declaration support"]),
    // A named non-party (`actors`) holds what it says, as a subject or inside a report
    ("named non-party", "Trump said Beijing supports lifting the sanctions.", "2019-03-01",
        &[]),
    ("named non-party", "China urged the United States to ease sanctions on North Korea.", "2019-03-01",
        &[]),
    ("named non-party", "Kim met Xi in Beijing and demanded sanctions relief.", "2019-01-10",
        &["DPRK sanctions_relief support"]),
    // Direct demand
    ("direct demand", "North Korea has demanded an end to joint military drills in return for a freeze of its nuclear tests.", "2019-08-10",
        &["DPRK exercise_suspension support", "DPRK testing_moratorium support"]),
    ("direct demand", "Pyongyang is seeking sanctions relief and security assurances before it takes further steps.", "2019-03-02",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support"]),
    ("direct demand", "Washington demanded a full declaration of the North's nuclear sites as a first step.", "2018-07-20",
        &["US complete_denuclearization support"]),
    // Negated object
    ("negated object", "The State Department insists there will be no easing of sanctions until Pyongyang completes denuclearization.", "2019-04-11",
        &["US sanctions_relief oppose"]),
    ("negated object", "Pompeo said there would be no sanctions relief before complete denuclearization.", "2019-03-10",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    ("negated object", "North Korea said there will be no more talks unless Washington drops its hostile policy.", "2019-11-20",
        &["DPRK talks oppose", "DPRK security_guarantees support"]),
    // Negated cue
    ("negated cue", "Kim Jong-un is not willing to give up his nuclear weapons unilaterally.", "2019-12-30",
        &["DPRK complete_denuclearization oppose"]),
    ("negated cue", "The US has not agreed to ease sanctions on Pyongyang.", "2019-05-01",
        &["US sanctions_relief oppose"]),
    ("negated cue", "North Korea no longer seeks sanctions relief in exchange for its nuclear program, Kim Kye-gwan said.", "2020-01-11",
        &["DPRK sanctions_relief oppose", "DPRK complete_denuclearization oppose"]),
    ("negated cue", "The United States dropped its demand for a full declaration of nuclear sites.", "2019-06-01",
        &["US complete_denuclearization oppose"]),
    // Hedged report
    ("hedged report", "Washington reportedly remains adamant on sanctions.", "2019-09-01",
        &["US sanctions_relief oppose"]),
    ("hedged report", "Pyongyang is said to prefer a phased approach to denuclearization.", "2019-07-15",
        &["DPRK phased_denuclearization support"]),
    ("hedged report", "North Korea apparently rejected an offer of security guarantees.", "2018-11-05",
        &["DPRK security_guarantees oppose"]),
    // Quoted statement
    ("quoted statement", "\u{201C}We are ready to sit down with the Americans at any time,\u{201D} Choe Son Hui said.", "2019-09-09",
        &["DPRK talks support"]),
    ("quoted statement", "Biegun told reporters, \u{201C}We remain committed to complete denuclearization of North Korea.\u{201D}", "2019-01-31",
        &["US complete_denuclearization support"]),
    ("quoted statement", "Kim Myong-gil said the talks had broken down. \u{201C}The US side brought nothing new.\u{201D} \u{201C}We reject any further talks of this kind,\u{201D} the statement continued.", "2019-10-05",
        &["DPRK talks oppose"]),
    // An obligation laid on another party is the speaker's demand
    ("obligation", "\u{201C}We will not wait forever. Washington must lift the sanctions first,\u{201D} Choe Son-hui said.", "2019-12-01",
        &["DPRK sanctions_relief support"]),
    ("obligation", "Pompeo said North Korea must give up its nuclear weapons.", "2019-04-10",
        &["US complete_denuclearization support"]),
    ("obligation", "\u{201C}Seoul and Washington should halt the war drills,\u{201D} a KCNA commentary said.", "2019-08-08",
        &["DPRK exercise_suspension support"]),
    // Framing verbs
    ("framing verbs", "Seoul urged both sides to return to the negotiating table.", "2019-04-15",
        &["ROK talks support"]),
    ("framing verbs", "The White House proposed a third summit with Kim Jong-un.", "2019-06-20",
        &["US talks support"]),
    ("framing verbs", "Pyongyang stressed the need for simultaneous steps and building trust.", "2019-09-16",
        &["DPRK phased_denuclearization support"]),
    // Rejection verbs
    ("rejection verbs", "Pyongyang rejected the US demand for a big deal.", "2019-04-12",
        &["DPRK phased_denuclearization support", "US phased_denuclearization oppose"]),
    ("rejection verbs", "The Trump administration ruled out any sanctions relief this year.", "2019-06-02",
        &["US sanctions_relief oppose"]),
    ("rejection verbs", "North Korea slammed the joint exercises as a rehearsal for war.", "2019-08-06",
        &["DPRK exercise_suspension support"]),
    // Contrast in one sentence
    ("contrast", "North Korea demanded sanctions relief, while the United States insisted on complete denuclearization.", "2019-03-01",
        &["DPRK sanctions_relief support", "US complete_denuclearization support"]),
    ("contrast", "Pyongyang wants a step-by-step deal, but Washington prefers a big deal.", "2019-05-20",
        &["DPRK phased_denuclearization support", "US phased_denuclearization oppose"]),
    ("contrast", "The US offered talks without preconditions, whereas North Korea refused to meet.", "2019-11-01",
        &["US talks support", "DPRK talks oppose"]),
    // Conditional
    ("conditional", "Pyongyang might return to talks if Washington first agrees to lift sanctions.", "2019-11-15",
        &["DPRK talks support", "DPRK sanctions_relief support"]),
    ("conditional", "The US said it would consider an end-of-war declaration once North Korea dismantles Yongbyon.", "2019-02-20",
        &["US end_of_war_declaration support", "US yongbyon_dismantlement support"]),
    ("conditional", "North Korea offered to dismantle the Yongbyon complex in exchange for partial sanctions relief.", "2019-03-01",
        &["DPRK yongbyon_dismantlement support", "DPRK sanctions_relief support"]),
    // Analyst speech
    ("analyst speech", "An analyst at the Sejong Institute observed that the talks were unlikely to resume soon.", "2019-12-01",
        &[]),
    ("analyst speech", "Experts predicted that sanctions relief would come only after a summit.", "2019-06-01",
        &[]),
    ("analyst speech", "Researchers at KINU argued that a phased approach was the only realistic path.", "2019-08-01",
        &[]),
    ("analyst speech", "Analysts doubt that Washington will agree to a peace declaration soon.", "2018-09-20",
        &[]),
    ("analyst speech", "Analysts said Washington was likely to offer partial relief.", "2019-02-20",
        &[]),
    ("analyst speech", "Experts expected Pyongyang to reject the offer of talks.", "2019-09-30",
        &[]),
    ("analyst speech", "Analysts said North Korea was unlikely to give up Yongbyon.", "2019-03-05",
        &[]),
    ("analyst speech", "North Korea is unlikely to accept a phased deal, said a researcher at the Sejong Institute.", "2019-10-10",
        &[]),
    ("analyst speech", "Washington will never lift sanctions before denuclearization, analysts said.", "2019-04-02",
        &[]),
    ("analyst reporting a party", "North Korea has demanded sanctions relief, a researcher said.", "2019-03-01",
        &["DPRK sanctions_relief support"]),
    ("analyst reporting a party", "A researcher said North Korea had demanded the suspension of joint drills.", "2019-08-20",
        &["DPRK exercise_suspension support"]),
    ("analyst reporting a party", "According to analysts, Washington rejected the North's proposal for a phased deal.", "2019-10-06",
        &["US phased_denuclearization oppose", "DPRK phased_denuclearization support"]),
    ("analyst reporting a party", "Observers noted that Pyongyang had welcomed the suspension of the war games.", "2018-06-20",
        &["DPRK exercise_suspension support"]),
    // A passive whose cue comes after a reversed term: the reverser before
    // the term still counts
    ("passive, reversed term", "The lifting of sanctions was ruled out by Washington.", "2019-03-01",
        &["US sanctions_relief oppose"]),
    ("passive, reversed term", "A halt to the joint drills was rejected by Seoul.", "2018-05-20",
        &["ROK exercise_suspension oppose"]),
    ("passive, reversed term", "The suspension of joint military exercises was welcomed by Pyongyang.", "2018-06-14",
        &["DPRK exercise_suspension support"]),
    ("passive, reversed term", "US, South Korea postpone joint drills to support diplomacy", "2020-02-27",
        &["US exercise_suspension support", "ROK exercise_suspension support", "US talks support", "ROK talks support"]),
    // A refusal with a condition is a threat: the holder wants the
    // condition not to happen (an "unless" condition is wanted as it stands,
    // see the negated-object rows)
    ("refusal with a condition", "North Korea said it had no intention of talking with the South as long as joint military exercises with the United States continue.", "2020-01-09",
        &["DPRK exercise_suspension support"]),
    ("refusal with a condition", "Kim said he would not return to talks if the drills go ahead.", "2019-07-20",
        &["DPRK talks oppose", "DPRK exercise_suspension support"]),
    ("refusal with a condition", "Washington will not ease sanctions if Pyongyang resumes nuclear tests.", "2019-12-10",
        &["US sanctions_relief oppose", "US testing_moratorium support"]),
    ("refusal with a condition", "North Korea refused to return to the negotiating table as long as sanctions remain in place.", "2019-11-02",
        &["DPRK talks oppose", "DPRK sanctions_relief support"]),
    // A pronoun after an adverbial clause ("because …", "although …")
    // that a comma has closed refers past that clause's subject; inside the
    // clause, its subject still holds the stance
    ("pronoun past an adverbial clause", "Kim Myong-gil said the talks had failed because the United States came empty-handed, and he ruled out new talks unless Washington drops its hostile policy.", "2019-10-06",
        &["DPRK talks oppose", "DPRK security_guarantees support"]),
    ("pronoun past an adverbial clause", "Choe Son-hui said the summit collapsed although Washington had offered partial relief, and she rejected any phased deal.", "2019-03-01",
        &["US sanctions_relief support", "DPRK phased_denuclearization oppose"]),
    ("pronoun past an adverbial clause", "The talks collapsed because North Korea rejected a phased deal.", "2019-10-05",
        &["DPRK phased_denuclearization oppose"]),
    // A question holds no stance; the rest of the sentence is read
    ("question", "Secretary of State Mike Pompeo, asked whether the administration would accept a step-by-step deal, said the United States remained open to talks.", "2019-05-02",
        &["US talks support"]),
    ("question", "Asked if Washington would ease sanctions, Pompeo said the United States would maintain maximum pressure.", "2019-04-12",
        &["US sanctions_relief oppose"]),
    ("question", "Pompeo declined to say whether the US would offer security guarantees.", "2019-01-20",
        &[]),
    ("question", "It is unclear whether North Korea will accept a phased deal.", "2019-09-01",
        &[]),
    // A reference to the last speaker ("the statement", "the spokeswoman")
    // as a subject reads like a pronoun; with no earlier speaker it holds
    // nothing
    ("reference", "North Korea's Foreign Ministry issued a statement on Friday. The statement urged an end to joint military drills.", "2019-08-16",
        &["DPRK exercise_suspension support"]),
    ("reference", "A State Department spokeswoman briefed reporters on Tuesday. The spokeswoman ruled out any easing of sanctions.", "2019-05-14",
        &["US sanctions_relief oppose"]),
    ("reference", "The statement called for an end to joint military drills.", "2019-08-16",
        &[]),
    // Pronouns carry the subject
    ("pronoun", "North Korea issued a long statement on Tuesday. It also called for security guarantees.", "2019-09-17",
        &["DPRK security_guarantees support"]),
    ("pronoun", "Pompeo arrived in Pyongyang on Friday. He demanded a road map for denuclearization.", "2018-07-06",
        &["US complete_denuclearization support"]),
    ("pronoun", "The North Korean delegation left Stockholm early. They said they had no interest in further talks.", "2019-10-06",
        &["DPRK talks oppose"]),
    // Coordinated subjects
    ("coordinated subjects", "Trump and Kim agreed to resume working-level talks.", "2019-06-30",
        &["US talks support", "DPRK talks support"]),
    ("coordinated subjects", "Donald Trump and Kim Jong-un agreed to resume working-level talks at Panmunjom.", "2019-06-30",
        &["US talks support", "DPRK talks support"]),
    ("coordinated subjects", "Seoul and Washington decided to scale down the joint exercises.", "2019-03-03",
        &["ROK exercise_suspension support", "US exercise_suspension support"]),
    ("coordinated subjects", "North Korea, South Korea and the US all backed an end-of-war declaration.", "2018-09-20",
        &["DPRK end_of_war_declaration support", "ROK end_of_war_declaration support", "US end_of_war_declaration support"]),
    // Party inside someone else's quotation
    ("party inside a quotation", "\u{201C}Pyongyang has been hinting at a moratorium on weapons tests,\u{201D} said analyst Lee Sang-min.", "2018-04-15",
        &["DPRK testing_moratorium support"]),
    ("party inside a quotation", "A researcher at the Asan Institute said, \u{201C}Washington clearly wants the North to dismantle Yongbyon first.\u{201D}", "2019-02-25",
        &["US yongbyon_dismantlement support"]),
    ("party inside a quotation", "\u{201C}The North will never give up its nuclear deterrent,\u{201D} one expert said.", "2020-01-02",
        &["DPRK complete_denuclearization oppose"]),
    // One party reporting the other
    ("party reporting the other", "Trump said North Korea wanted all sanctions lifted, which he refused.", "2019-02-28",
        &["DPRK sanctions_relief support"]),
    ("party reporting the other", "Ri Yong-ho said the US had demanded the dismantlement of Yongbyon plus other facilities.", "2019-03-01",
        &["US yongbyon_dismantlement support"]),
    ("party reporting the other", "Pyongyang accused Washington of seeking a big deal.", "2019-04-20",
        &["US phased_denuclearization oppose", "DPRK phased_denuclearization support"]),
    // A relative clause does not supply the subject
    ("relative clause", "President Moon Jae-in, who met Trump last week, is pushing for an early resumption of talks.", "2019-04-15",
        &["ROK talks support"]),
    ("relative clause", "Pyongyang, which Washington accuses of stalling, demanded sanctions relief.", "2019-05-01",
        &["DPRK sanctions_relief support"]),
    ("relative clause", "Biegun, whose counterpart Kim Myong-gil walked out in Stockholm, offered new talks.", "2019-10-20",
        &["US talks support"]),
    // A relative clause about a thing: its verb is no party's
    ("relative clause about a thing", "Moon praised the Panmunjom summit, which aims to end the Korean War.", "2018-05-01",
        &["ROK talks support"]),
    ("relative clause about a thing", "Washington pointed to the UN resolutions, which demand a halt to missile tests.", "2019-01-10",
        &[]),
    ("relative clause about a thing", "Seoul welcomed the roadmap, which Pyongyang had long refused to accept.", "2019-03-04",
        &["ROK complete_denuclearization support", "DPRK complete_denuclearization oppose"]),
    // Parties joined by a coordinator stay inside a phrase of time
    ("adjunct with coordinated parties", "Pyongyang condemned sanctions after Seoul and Washington began their spring exercises.", "2022-04-01",
        &["DPRK sanctions_relief support", "ROK exercise_suspension oppose", "US exercise_suspension oppose"]),
    ("adjunct with coordinated parties", "Kim Yo Jong warned of retaliation during the week Seoul and Washington staged their joint drills.", "2022-04-01",
        &["ROK exercise_suspension oppose", "US exercise_suspension oppose"]),
    ("adjunct with coordinated parties", "Kim denounced the drills amid talks between Moon and Trump on sanctions.", "2019-03-01",
        &["DPRK exercise_suspension support"]),
    // "once" as an adverb is no condition
    ("once as an adverb", "Trump once again called for a third summit with Kim.", "2019-08-01",
        &["US talks support"]),
    ("once as an adverb", "Pyongyang rejected talks once more, KCNA said.", "2020-07-04",
        &["DPRK talks oppose"]),
    ("once as an adverb", "Washington will ease sanctions once North Korea dismantles Yongbyon.", "2019-02-20",
        &["US sanctions_relief support", "US yongbyon_dismantlement support"]),
    // A relative clause after the term names who holds the cue in it
    ("relative clause after the term", "Biegun said Washington had studied the phased approach that Pyongyang proposed.", "2019-09-01",
        &["DPRK phased_denuclearization support"]),
    ("relative clause after the term", "The end-of-war declaration that Washington had rejected came up again in Hanoi.", "2019-02-27",
        &["US end_of_war_declaration oppose"]),
    ("relative clause after the term", "KCNA repeated the \u{201C}new calculation method\u{201D} that Kim demanded in April.", "2019-10-01",
        &["DPRK phased_denuclearization support"]),
    // Acts stand for stances
    ("acts", "North Korea announced a moratorium on nuclear and ICBM tests.", "2018-04-21",
        &["DPRK testing_moratorium support"]),
    ("acts", "The United States suspended the Ulchi Freedom Guardian exercise.", "2018-06-19",
        &["US exercise_suspension support"]),
    ("acts", "The North Korean delegation walked out of the talks in Stockholm.", "2019-10-05",
        &["DPRK talks oppose"]),
    ("acts", "Kim Jong-un said he would dismantle the Yongbyon complex if Washington took reciprocal steps.", "2018-09-19",
        &["DPRK yongbyon_dismantlement support", "DPRK phased_denuclearization support"]),
    ("acts", "North Korea test-fired an intercontinental ballistic missile.", "2017-11-29",
        &["DPRK testing_moratorium oppose"]),
    ("acts", "Washington called off its large-scale summer exercises with Seoul.", "2019-03-02",
        &["US exercise_suspension support"]),
    // The object of a verb is neither a later clause's subject nor what a
    // pronoun refers to
    ("object of a verb", "Seoul thanked Washington for its patience but insisted that sanctions relief should come soon.", "2019-02-20",
        &["ROK sanctions_relief support"]),
    ("object of a verb", "Pompeo has been engaging Pyongyang for months, and he remains open to a phased approach.", "2019-01-15",
        &["US phased_denuclearization support"]),
    ("object of a verb", "Trump said he would be happy to meet Kim again but that sanctions relief was off the table.", "2019-03-01",
        &["US talks support", "US sanctions_relief oppose"]),
    ("object of a verb", "Kim Jong-un told Moon Jae-in that he was ready to scrap the Yongbyon complex.", "2018-09-19",
        &["DPRK yongbyon_dismantlement support"]),
    // "A before B": B comes later and is put off, unless a refusal makes A
    // the prerequisite ("no B before A")
    ("put off by before", "Washington wants a full declaration of nuclear sites before it discusses sanctions relief.", "2019-02-01",
        &["US complete_denuclearization support"]),
    ("put off by before", "Seoul proposed an end-of-war declaration before any talks on the nuclear issue.", "2018-10-01",
        &["ROK end_of_war_declaration support"]),
    ("put off by before", "There will be no sanctions relief before North Korea fully denuclearizes, the State Department said.", "2019-03-15",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    // A party that ends a fronted phrase is not listed with the subject; a
    // headline's comma still joins
    ("fronted phrase", "According to Seoul, Pyongyang wants a phased deal.", "2019-06-01",
        &["DPRK phased_denuclearization support"]),
    ("fronted phrase", "In Washington, the North's envoy demanded an end to the drills.", "2019-08-01",
        &["DPRK exercise_suspension support"]),
    ("fronted phrase", "US, South Korea call off joint drills", "2018-06-19",
        &["US exercise_suspension support", "ROK exercise_suspension support"]),
    // A passive cue after the term governs the cue before it
    ("passive over a cue", "The proposal for a phased deal was rejected by Washington.", "2019-03-01",
        &["US phased_denuclearization oppose"]),
    ("passive over a cue", "Pyongyang's demand for sanctions relief has been dismissed by the White House.", "2019-03-02",
        &["US sanctions_relief oppose", "DPRK sanctions_relief support"]),
    ("passive over a cue", "Seoul's offer of an end-of-war declaration was welcomed by Pyongyang.", "2018-10-01",
        &["DPRK end_of_war_declaration support", "ROK end_of_war_declaration support"]),
    // "told reporters": the reporters are spoken to, not the speaker
    ("addressee", "\"We have no plans to scale back the exercises,\" a Pentagon spokesman told reporters on Monday.", "2019-07-29",
        &["US exercise_suspension oppose"]),
    ("addressee", "\"North Korea will never disarm,\" an analyst told reporters.", "2019-07-29",
        &["DPRK complete_denuclearization oppose"]),
    ("addressee", "\"There will be no sanctions relief,\" Biegun told reporters in Seoul.", "2019-08-21",
        &["US sanctions_relief oppose"]),
    // "he"/"she" refer to people, "it" to places and institutions
    ("person pronouns", "Trump told reporters that North Korea wanted the sanctions lifted, and he refused.", "2019-03-01",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    ("person pronouns", "Pompeo said North Korea had not taken the steps it promised, and he ruled out sanctions relief.", "2019-08-01",
        &["US sanctions_relief oppose"]),
    ("person pronouns", "Pyongyang said Biegun had come empty-handed and that it would not return to the talks.", "2019-10-06",
        &["DPRK talks oppose"]),
    ("person pronouns", "Kim Yo-jong said Washington had broken its promises, and she rejected further talks.", "2020-06-20",
        &["DPRK talks oppose"]),
    // "urged it to …": the cue's object pronoun refers to the subject found
    // last, so the cue's subject is further back
    ("object pronoun", "North Korea's top negotiator said Washington had come to the table empty-handed and urged it to offer security guarantees.", "2019-10-06",
        &["DPRK security_guarantees support"]),
    ("object pronoun", "Seoul said Pyongyang had broken its promises and urged it to halt its missile tests.", "2019-08-02",
        &["ROK testing_moratorium support"]),
    ("object pronoun", "Kim said Washington had ignored his proposals and urged it to lift sanctions.", "2019-06-01",
        &["DPRK sanctions_relief support"]),
    ("object pronoun", "The White House said Pyongyang had stalled the process and pressed it to resume working-level negotiations.", "2019-11-01",
        &["US talks support"]),
    ("object pronoun", "Washington said Pyongyang had missed its chance and called on it to return to the negotiating table.", "2019-12-01",
        &["US talks support"]),
    ("object pronoun", "Seoul has kept in touch with Pyongyang and urged it to refrain from nuclear tests.", "2019-12-20",
        &["ROK testing_moratorium support"]),
    // A possessive pronoun before an inner cue names its owner
    ("pronoun owner", "Pompeo visited Pyongyang in July, but the North later criticized his demands for complete denuclearization.", "2018-07-10",
        &["US complete_denuclearization support", "DPRK complete_denuclearization oppose"]),
    ("pronoun owner", "Washington received Kim's letter but dismissed his call for sanctions relief.", "2019-06-15",
        &["US sanctions_relief oppose", "DPRK sanctions_relief support"]),
    ("pronoun owner", "The North ridiculed Biegun and rejected his proposal for a phased deal.", "2019-12-01",
        &["DPRK phased_denuclearization oppose", "US phased_denuclearization support"]),
    // ... and one that would name the refusing subject names the party before it
    ("pronoun owner", "Pyongyang complained that Washington had turned down its proposal for an end-of-war declaration.", "2019-03-02",
        &["US end_of_war_declaration oppose", "DPRK end_of_war_declaration support"]),
    ("pronoun owner", "North Korea complained on Friday that the US had rejected its proposal for sanctions relief.", "2019-03-20",
        &["US sanctions_relief oppose", "DPRK sanctions_relief support"]),
    // ... but with no party before the refusing subject, the possessive is its own
    ("pronoun owner", "Seoul watched closely. North Korea walked away from its pledge to dismantle Yongbyon.", "2019-03-20",
        &["DPRK yongbyon_dismantlement oppose"]),
    ("pronoun owner", "Seoul said the North had dismissed its call for new talks.", "2019-11-20",
        &["DPRK talks oppose", "ROK talks support"]),
    // A bare cue in a later clause answers the term before it
    ("answer in a later clause", "The North Korean official demanded sanctions relief, but Pompeo refused.", "2019-01-18",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    ("answer in a later clause", "Washington demanded a full declaration; Pyongyang refused.", "2018-07-08",
        &["US complete_denuclearization support", "DPRK complete_denuclearization oppose"]),
    ("answer in a later clause", "Seoul proposed new talks, and Pyongyang agreed.", "2018-01-09",
        &["ROK talks support", "DPRK talks support"]),
    ("answer in a later clause", "North Korea demanded sanctions relief and security guarantees, but the US refused.", "2019-02-28",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support", "US sanctions_relief oppose", "US security_guarantees oppose"]),
    // An answer in a phrase that points back at the clause before it
    ("answer in an appositive", "The North pressed for an easing of sanctions, a step the Trump administration has repeatedly refused.", "2019-05-02",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    ("answer in an appositive", "Washington floated a peace declaration, which Seoul quickly welcomed.", "2018-09-30",
        &["US end_of_war_declaration support", "ROK end_of_war_declaration support"]),
    ("answer in an appositive", "Seoul backed an incremental deal, an approach Washington and Tokyo have long opposed.", "2019-07-15",
        &["ROK phased_denuclearization support", "US phased_denuclearization oppose"]),
    ("answer in an appositive", "Pyongyang called for security guarantees, a demand Washington rejected as premature.", "2019-08-01",
        &["DPRK security_guarantees support"]),
    ("answer in an appositive", "Pyongyang asked for sanctions relief, a week after Washington refused.", "2019-08-01",
        &["DPRK sanctions_relief support"]),
    // Blame for a failure is no position on the thing that failed
    ("blame for a failure", "South Korean officials blamed Pyongyang for the breakdown of talks last autumn.", "2020-01-10",
        &[]),
    ("blame for a failure", "North Korea faulted Washington for the collapse of the Hanoi summit, and Kim pushed hard for a halt to the joint drills.", "2019-04-12",
        &["DPRK exercise_suspension support"]),
    ("blame for a failure", "Washington held the North responsible for the failure of the talks.", "2019-10-06",
        &[]),
    // An office holder's alias applies in each of its terms
    ("office holder in a second term", "Trump said he was ready to meet Kim Jong-un again.", "2025-03-01",
        &["US talks support"]),
    ("office holder in a second term", "Trump said he was ready to meet Kim Jong-un again.", "2023-03-01",
        &[]),
    ("office holder in a second term", "President Trump has rejected any easing of sanctions on Pyongyang.", "2026-02-14",
        &["US sanctions_relief oppose"]),
    // A quotation cut in two by its speech tag is one statement
    ("quotation cut by its tag", "\u{201C}The sanctions stay in place,\u{201D} Biegun said, \u{201C}until the North has fully denuclearized.\u{201D}", "2019-06-20",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    ("quotation cut by its tag", "\"There can be no easing of sanctions,\" a State Department spokesman said, \"before complete denuclearization.\"", "2019-02-02",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    ("quotation cut by its tag", "\u{201C}We are willing to talk,\u{201D} Kim Yo-jong said, \u{201C}if Seoul halts the joint exercises.\u{201D}", "2020-06-05",
        &["DPRK talks support", "DPRK exercise_suspension support"]),
    // A cue inside another: a hyphenated word or a scare quote between them
    // is one step, and the object of "accused … of" owns the inner cue
    ("cue inside a cue", "Pyongyang accused Washington of \u{201C}gangster-like\u{201D} demands for unilateral disarmament.", "2018-07-07",
        &["DPRK complete_denuclearization oppose", "US complete_denuclearization support"]),
    ("cue inside a cue", "Seoul criticized the North's long-standing demand for a halt to the drills.", "2019-08-20",
        &["ROK exercise_suspension oppose", "DPRK exercise_suspension support"]),
    ("cue inside a cue", "North Korea accused the US of repeatedly demanding a full declaration of its nuclear sites.", "2018-10-09",
        &["DPRK complete_denuclearization oppose", "US complete_denuclearization support"]),
    // A party's stated intention right before a bare term
    ("stated intention", "Moon said he would sign a peace declaration with Kim before leaving office.", "2021-09-21",
        &["ROK end_of_war_declaration support"]),
    ("stated intention", "North Korea will hold working-level talks with US officials in Stockholm, its foreign ministry said.", "2019-10-02",
        &["DPRK talks support"]),
    ("stated intention", "Experts said the North would eventually accept a phased deal, but the world would see more missile launches first.", "2019-12-02",
        &[]),
    // A condition that drops a demand asks for the demand to go
    ("condition dropping a demand", "Pyongyang said it would return to the table only if Washington withdrew its demand for unilateral disarmament.", "2019-10-07",
        &["DPRK talks support", "DPRK complete_denuclearization oppose"]),
    ("condition dropping a demand", "Kim would consider talks if the US dropped its call for a full declaration and eased sanctions.", "2019-04-12",
        &["DPRK talks support", "DPRK complete_denuclearization oppose", "DPRK sanctions_relief support"]),
    ("condition dropping a demand", "Seoul will support a peace declaration if Pyongyang ends its opposition to the joint exercises.", "2021-10-01",
        &["ROK end_of_war_declaration support", "ROK exercise_suspension oppose"]),
    // A scare quote around a negator keeps it in scope
    ("scare-quoted refusal", "Choe said Pyongyang had \u{201C}no intention\u{201D} of returning to talks.", "2021-06-22",
        &["DPRK talks oppose"]),
    ("scare-quoted refusal", "Pyongyang will \u{201C}never\u{201D} accept unilateral disarmament, state media said.", "2019-03-01",
        &["DPRK complete_denuclearization oppose"]),
    ("scare-quoted refusal", "Bolton said the US would \"not\" agree to a phased deal.", "2019-03-05",
        &["US phased_denuclearization oppose"]),
    // A quotation that opens right after its subject
    ("quotation after its subject", "Trump told reporters that Pyongyang \u{201C}wanted the sanctions lifted\u{201D} in exchange for Yongbyon.", "2019-02-28",
        &["DPRK sanctions_relief support", "DPRK yongbyon_dismantlement support"]),
    ("quotation after its subject", "The ministry said Seoul \"strongly supports\" an end-of-war declaration.", "2021-09-23",
        &["ROK end_of_war_declaration support"]),
    ("quotation after its subject", "Analysts noted that Washington \u{201C}has never rejected\u{201D} a phased deal outright.", "2019-06-01",
        &["US phased_denuclearization support"]),
    // A scare quote ending in a comma, and a gloss after it
    ("scare quote and gloss", "Talks can resume only if Washington drops its \u{201C}hostile policy,\u{201D} a phrase that covers sanctions and the drills, North Korean diplomats said.", "2019-12-10",
        &["DPRK talks oppose", "DPRK security_guarantees support"]),
    ("scare quote and gloss", "Pyongyang wants the US to end its \"hostile policy,\" and Seoul wants talks.", "2020-01-10",
        &["DPRK security_guarantees support", "ROK talks support"]),
    ("scare quote and gloss", "Seoul will back talks if the North halts its missile tests, a step that Washington also wants.", "2019-08-10",
        &["ROK talks support", "ROK testing_moratorium support"]),
    // A long term phrase is read once, with its head
    ("term phrase", "Kim Jong-un said the North no longer felt bound by its moratorium on nuclear and intercontinental missile tests.", "2020-01-01",
        &["DPRK testing_moratorium oppose"]),
    ("term phrase", "The North announced a moratorium on its nuclear and long-range ballistic missile tests.", "2018-04-21",
        &["DPRK testing_moratorium support"]),
    ("term phrase", "The US welcomed the moratorium on atomic and long-range missile tests.", "2018-04-22",
        &["US testing_moratorium support"]),
    // A holder named after the term stays in the term's clause
    ("later subject in another clause", "Both Koreas want an end-of-war declaration, but the United States is wary.", "2021-10-01",
        &["DPRK end_of_war_declaration support", "ROK end_of_war_declaration support"]),
    ("later subject in another clause", "A visiting delegation urged sanctions relief, while Washington said little.", "2019-04-01",
        &[]),
    ("later subject in another clause", "Sanctions relief is off the table, Washington insisted, while Pyongyang stayed silent.", "2019-04-01",
        &["US sanctions_relief oppose"]),
    // A negator before an act's verb negates the act
    ("negated act", "There will be no dismantlement of the Yongbyon complex without sanctions relief, the North said.", "2019-03-01",
        &["DPRK yongbyon_dismantlement oppose", "DPRK sanctions_relief support"]),
    ("negated act", "Pyongyang will not dismantle the Yongbyon nuclear complex for free, Choe said.", "2019-03-15",
        &["DPRK yongbyon_dismantlement oppose"]),
    ("negated act", "North Korea said there would be no closure of the Yongbyon complex this year.", "2019-03-20",
        &["DPRK yongbyon_dismantlement oppose"]),
    // A name the lexicon does not know, as the subject of a cue, holds
    // the stance (no one in the lexicon does)
    ("unknown subject", "Pyongyang demanded sanctions relief, while UN Secretary-General Guterres rejected any easing of sanctions.", "2019-03-01",
        &["DPRK sanctions_relief support"]),
    ("unknown subject", "Seoul backed new talks, but Tokyo dismissed the idea of a summit.", "2019-05-01",
        &["ROK talks support"]),
    ("unknown subject", "The two Koreas resume joint projects as Washington pushes for talks.", "2018-08-01",
        &["US talks support"]),
    ("unknown subject", "Pyongyang demanded sanctions relief, while the US and Japan rejected any easing of sanctions.", "2019-03-01",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    // ... but capitalised words that go on a party's alias are that party
    ("unknown subject", "Chairman Kim Jong Un accepted the proposal of the South to meet at the border.", "2019-06-30",
        &["DPRK talks support"]),
    ("unknown subject", "US Ambassador Harry Harris welcomed the resumption of talks, and Seoul agreed.", "2019-06-30",
        &["US talks support", "ROK talks support"]),
    // A fronted "in X's view" frames an obligation as X's demand
    ("viewpoint frame", "In Pyongyang's view, the United States must first offer security guarantees.", "2019-10-01",
        &["DPRK security_guarantees support"]),
    ("viewpoint frame", "In Washington's view, the North should hand over a full declaration before any deal.", "2018-11-01",
        &["US complete_denuclearization support"]),
    ("viewpoint frame", "In June, the United States offered security guarantees.", "2018-06-20",
        &["US security_guarantees support"]),
    // A group name stands for each of its parties
    ("group name", "The two Koreas agreed to work toward a formal end to the war.", "2018-04-27",
        &["DPRK end_of_war_declaration support", "ROK end_of_war_declaration support"]),
    ("group name", "The allies postponed their spring drills to give diplomacy a chance.", "2019-03-03",
        &["US exercise_suspension support", "ROK exercise_suspension support"]),
    ("group name", "Pyongyang rejected talks with the allies.", "2019-08-16",
        &["DPRK talks oppose"]),
    // A negator before the subject negates what it says
    ("negated subject", "Neither Washington nor Pyongyang has shown any interest in resuming talks.", "2020-03-01",
        &["US talks oppose", "DPRK talks oppose"]),
    ("negated subject", "Neither Seoul nor Washington wants to scrap the joint exercises.", "2020-02-10",
        &["ROK exercise_suspension oppose", "US exercise_suspension oppose"]),
    ("negated subject", "Neither the United States nor South Korea has agreed to an end-of-war declaration.", "2019-11-01",
        &["US end_of_war_declaration oppose", "ROK end_of_war_declaration oppose"]),
    // An obligation right before a term asks for it
    ("obligation", "The Blue House said the two Koreas should sign a peace declaration.", "2018-09-01",
        &["ROK end_of_war_declaration support"]),
    ("obligation", "\"Washington should offer security guarantees,\" Choe Son-hui said.", "2019-06-01",
        &["DPRK security_guarantees support"]),
    ("obligation", "North Korea's envoy said there should be a phased approach.", "2019-05-01",
        &["DPRK phased_denuclearization support"]),
    // A short line of speech leads in a statement printed without quotation marks
    ("statement lead-in on its own line", "Kim Yo-jong issued a press statement on Friday.\nThe statement reads.\nWe have no interest in talks with the US.", "2020-07-10",
        &["DPRK talks oppose"]),
    ("statement lead-in on its own line", "The South Korean presidential office released a statement.\nIt said.\nWe will push for an end-of-war declaration.", "2021-09-22",
        &["ROK end_of_war_declaration support"]),
    ("statement lead-in on its own line", "Pyongyang issued a statement on Tuesday.\nThe statement reads.\nOur nuclear deterrent will never be given up.", "2022-09-09",
        &["DPRK complete_denuclearization oppose"]),
    // With no subject, a statement's voice holds what it says
    ("subjectless sentence in a statement", "The DPRK Foreign Ministry released the following press statement:\n\nIt is necessary to withdraw the hostile policy first.", "2021-09-24",
        &["DPRK security_guarantees support"]),
    ("subjectless sentence in a statement", "The ROK presidential office released the following statement:\n\nIt is urgent to resume dialogue without delay.", "2021-09-22",
        &["ROK talks support"]),
    ("subjectless sentence in a statement", "The DPRK Foreign Ministry released the following press statement:\n\nThere is no need to lift the moratorium on nuclear tests yet.", "2019-12-01",
        &["DPRK testing_moratorium support"]),
    // A first person after a preposition is no subject
    ("first person after a preposition", "“The US, alarmed at the growth of our nuclear force, now rejects any dialogue,” Kim Yo-jong said.", "2020-07-10",
        &["US talks oppose"]),
    ("first person after a preposition", "“Washington, fearful of our deterrent, keeps its sanctions in place,” the KCNA commentary said.", "2021-03-01",
        &["US sanctions_relief oppose"]),
    ("first person after a preposition", "“Seoul, in spite of our warnings, has resumed the joint drills,” Kim Yo-jong said.", "2021-08-10",
        &["ROK exercise_suspension oppose"]),
    // An object pronoun never refers to the subject right before its verb
    ("object pronoun after its subject", "KCNA said the US kept pushing for the country to scrap its nuclear program.", "2018-07-07",
        &["US complete_denuclearization support"]),
    ("object pronoun after its subject", "Seoul said Washington urged it to accept an end-of-war declaration.", "2021-10-01",
        &["US end_of_war_declaration support"]),
    ("object pronoun after its subject", "Pyongyang said Seoul asked it to resume talks.", "2019-03-10",
        &["ROK talks support"]),
    // A predicate of an event with no other holder: its participants hold it
    ("predicate of an event", "It looks like the North Korea-US talks are back on track.", "2019-10-02",
        &["US talks support", "DPRK talks support"]),
    ("predicate of an event", "The Moon-Kim summit will go ahead next month as planned.", "2018-08-13",
        &["ROK talks support", "DPRK talks support"]),
    ("predicate of an event", "The allies' joint drills will resume in March.", "2023-02-01",
        &["US exercise_suspension oppose", "ROK exercise_suspension oppose"]),
    // An event that failed, with nothing else on it, is nobody's position
    ("failed event", "Why the Trump-Kim Summit Collapsed", "2019-03-01",
        &[]),
    ("failed event", "Working-level talks between Washington and Pyongyang broke down in Stockholm on Saturday.", "2019-10-06",
        &[]),
    ("failed event", "Since the failure of the Moon-Kim summit, Seoul has called for new talks with the North.", "2019-05-01",
        &["ROK talks support"]),
    // A party's voice condemning what another party holds: the opposite stance
    ("complaint", "“The US and the South Korean puppets have again staged reckless war games against us,” the KCNA commentary said.", "2019-08-06",
        &["US exercise_suspension oppose", "ROK exercise_suspension oppose", "DPRK exercise_suspension support"]),
    ("complaint", "Kim Yo-jong said Washington was pushing ahead with provocative joint drills targeting the North.", "2021-08-10",
        &["US exercise_suspension oppose", "DPRK exercise_suspension support"]),
    ("complaint", "Blinken said North Korea had carried out reckless missile tests in violation of UN resolutions.", "2022-03-25",
        &["DPRK testing_moratorium oppose", "US testing_moratorium support"]),
    // What an outsider believes about a party is the outsider's view
    ("outsider's belief", "Analysts believe North Korea wants sanctions relief above all.", "2019-02-20",
        &[]),
    ("outsider's belief", "Many experts do not think Pyongyang will return to talks soon.", "2020-01-05",
        &[]),
    ("outsider's belief", "Analysts believe Kim wants talks, but Seoul rejected the idea of a summit.", "2019-05-01",
        &["ROK talks oppose"]),
    // A negated verb of belief negates what it reports
    ("negated belief", "Trump said he did not think Pyongyang was ready to resume talks.", "2019-05-10",
        &["DPRK talks oppose"]),
    ("negated belief", "Seoul does not expect that the North will accept an end-of-war declaration soon.", "2021-10-05",
        &["DPRK end_of_war_declaration oppose"]),
    ("negated belief", "Biegun said he doesn't believe the United States is willing to lift sanctions first.", "2019-09-01",
        &["US sanctions_relief oppose"]),
    // A speech verb inside a condition carries the condition over what it reports
    ("report inside a condition", "Washington would open talks if Pyongyang confirmed that it was ready to freeze missile tests.", "2018-03-07",
        &["US talks support", "US testing_moratorium support"]),
    ("report inside a condition", "Seoul will push for an end-of-war declaration if Kim says he is willing to give up his nuclear weapons.", "2021-09-20",
        &["ROK end_of_war_declaration support", "ROK complete_denuclearization support"]),
    ("report inside a condition", "Seoul may scale back the drills if Pyongyang announces it will dismantle Yongbyon, Moon said.", "2018-09-01",
        &["ROK exercise_suspension support", "ROK yongbyon_dismantlement support"]),
    // A condition of a word or two between commas is a parenthesis
    ("parenthetical condition", "Kim's offer to dismantle Yongbyon, if genuine, would be a step toward an end-of-war declaration, Moon said.", "2018-09-20",
        &["DPRK yongbyon_dismantlement support"]),
    ("parenthetical condition", "Pyongyang, if necessary, will resume nuclear tests, Kim warned.", "2019-12-31",
        &["DPRK testing_moratorium oppose"]),
    ("parenthetical condition", "Seoul, if asked, will push for a third summit, Moon's office said.", "2019-04-15",
        &["ROK talks support"]),
    // A speech tag after a condition names the holder of the whole sentence
    ("speech tag after a condition", "Any easing of sanctions must wait until North Korea takes concrete steps, Biegun said.", "2019-05-10",
        &["US sanctions_relief oppose"]),
    ("speech tag after a condition", "Sanctions will stay in place until Pyongyang gives up its nuclear weapons, the State Department said.", "2019-06-12",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    ("speech tag after a condition", "If Washington drops its hostile policy, the North will return to talks, Kim Yo-jong said.", "2020-07-10",
        &["DPRK security_guarantees support", "DPRK talks support"]),
    ("framing verbs", "Seoul welcomed the North's decision to halt nuclear tests.", "2018-04-21",
        &["ROK testing_moratorium support", "DPRK testing_moratorium support"]),
    // "without" after a refusal names a prerequisite; in a plain clause it negates
    ("without", "Pyongyang will not return to talks without a halt to the joint drills.", "2019-08-20",
        &["DPRK talks oppose", "DPRK exercise_suspension support"]),
    ("without", "The North said there could be no deal without security assurances.", "2019-12-03",
        &["DPRK security_guarantees support"]),
    ("without", "Washington resumed talks without easing sanctions.", "2019-10-01",
        &["US talks support", "US sanctions_relief oppose"]),
    // "… and that …" opens a second reported clause with its own cue
    ("second reported clause", "Pompeo said he was eager to resume talks and that sanctions would remain in force.", "2019-07-01",
        &["US talks support", "US sanctions_relief oppose"]),
    ("second reported clause", "Trump said he was in no hurry to reach a deal with North Korea and that sanctions would stay in place until Pyongyang gives up its weapons.", "2019-03-01",
        &["US sanctions_relief oppose"]),
    ("second reported clause", "Kim said the North would keep its moratorium on nuclear tests and that it was not seeking sanctions relief.", "2019-04-12",
        &["DPRK testing_moratorium support", "DPRK sanctions_relief oppose"]),
    // People who speak for a party named after a preposition
    ("representative of a party", "Officials in Washington said they were ready to resume working-level talks.", "2019-09-10",
        &["US talks support"]),
    ("representative of a party", "A spokeswoman for Seoul rejected calls to halt the drills.", "2019-07-30",
        &["ROK exercise_suspension oppose"]),
    ("representative of a party", "The leader of North Korea vowed never to give up the nuclear deterrent.", "2020-01-01",
        &["DPRK complete_denuclearization oppose"]),
    ("representative of a party", "Diplomats from Pyongyang told reporters that the North would not unilaterally disarm.", "2019-10-06",
        &["DPRK complete_denuclearization oppose"]),
    ("representative of a party", "Officials in Seoul and Washington are working to keep diplomacy alive.", "2019-12-10",
        &["ROK talks support", "US talks support"]),
    // A term that is the subject of a reverser, through auxiliaries
    ("term as a reverser's subject", "Trump announced that the joint drills with Seoul would cease.", "2018-06-12",
        &["US exercise_suspension support"]),
    ("term as a reverser's subject", "Pyongyang said its nuclear tests will stop.", "2018-04-21",
        &["DPRK testing_moratorium support"]),
    ("term as a reverser's subject", "Moon told reporters the joint exercises with Washington had been halted and that the drills would stop for good.", "2018-06-20",
        &["ROK exercise_suspension support"]),
    // The object before "for" owns a reversed gerund
    ("owner of a reversed gerund", "South Korea commended the North for suspending its missile launches.", "2018-05-01",
        &["ROK testing_moratorium support", "DPRK testing_moratorium support"]),
    ("owner of a reversed gerund", "Washington thanked Seoul for scaling back the joint drills.", "2018-06-20",
        &["US exercise_suspension support", "ROK exercise_suspension support"]),
    ("owner of a reversed gerund", "The North criticized Seoul for cancelling the talks.", "2019-06-01",
        &["DPRK talks support", "ROK talks oppose"]),
    // A cue's object named at length before "for" and a gerund
    ("long object before a gerund", "Kim Yo Jong slammed the hawkish government in Seoul for staging war games.", "2022-08-20",
        &["DPRK exercise_suspension support", "ROK exercise_suspension oppose"]),
    ("long object before a gerund", "North Korea condemned the new leadership in Washington for seeking complete denuclearization.", "2021-05-02",
        &["DPRK complete_denuclearization oppose", "US complete_denuclearization support"]),
    ("long object before a gerund", "Pyongyang denounced the administration in Washington for imposing new sanctions.", "2021-03-18",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    // "free of", disclosure and a list as what a demand asks of the arsenal
    ("free of nuclear weapons", "Moon and Kim vowed to make the peninsula free of nuclear weapons.", "2018-09-19",
        &["ROK complete_denuclearization support", "DPRK complete_denuclearization support"]),
    ("free of nuclear weapons", "The US demanded a full accounting of North Korea's nuclear weapons.", "2018-10-07",
        &["US complete_denuclearization support"]),
    ("free of nuclear weapons", "North Korea has refused to provide an inventory of its nuclear weapons.", "2018-11-08",
        &["DPRK complete_denuclearization oppose"]),
    // "not A but B": the cue takes B, the negator only A
    ("not A but B", "What North Korea wants is not talks but the lifting of sanctions.", "2019-03-01",
        &["DPRK talks oppose", "DPRK sanctions_relief support"]),
    ("not A but B", "The US wants not a freeze but complete denuclearization.", "2018-07-01",
        &["US complete_denuclearization support"]),
    ("not A but B", "Seoul proposed not a peace treaty but talks on a phased deal.", "2019-01-15",
        &["ROK end_of_war_declaration oppose", "ROK talks support"]),
    // "not only A but also B": both are wanted
    ("not only A but also B", "Pyongyang wants not only sanctions relief but also security guarantees.", "2019-03-01",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support"]),
    ("not only A but also B", "Washington demanded not just a freeze of Yongbyon but complete denuclearization.", "2019-02-28",
        &["US yongbyon_dismantlement support", "US complete_denuclearization support"]),
    ("not only A but also B", "Moon called for not merely talks but an end-of-war declaration.", "2018-09-01",
        &["ROK talks support", "ROK end_of_war_declaration support"]),
    // An answer after "and"/"but" with no comma, or one that points back
    ("answer without a comma", "Kim Jong Un offered to meet Trump and Trump accepted.", "2018-03-09",
        &["DPRK talks support", "US talks support"]),
    ("answer without a comma", "Seoul proposed an end-of-war declaration and Washington agreed.", "2018-09-20",
        &["ROK end_of_war_declaration support", "US end_of_war_declaration support"]),
    ("answer without a comma", "The US asked Pyongyang to halt its nuclear tests and the North refused.", "2018-06-01",
        &["US testing_moratorium support", "DPRK testing_moratorium oppose"]),
    ("answer that points back", "Kim invited Moon to a summit, and Seoul accepted the invitation.", "2018-03-06",
        &["DPRK talks support", "ROK talks support"]),
    ("answer that points back", "North Korea proposed talks, but Washington turned down the offer.", "2019-10-06",
        &["DPRK talks support", "US talks oppose"]),
    ("answer that points back", "Pyongyang demanded sanctions relief, but the US rejected the demand.", "2019-02-28",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    // An evaluative predicate after the term ("… is irreversible")
    ("evaluative predicate", "Kim declared that his country's standing as a nuclear power was irreversible.", "2022-09-09",
        &["DPRK complete_denuclearization oppose"]),
    ("evaluative predicate", "Pyongyang says its nuclear weapons are non-negotiable.", "2022-09-09",
        &["DPRK complete_denuclearization oppose"]),
    ("evaluative predicate", "Choe said the nuclear deterrent of the republic is irreversible and non-negotiable.", "2019-03-15",
        &["DPRK complete_denuclearization oppose"]),
    // A coordinated subject past names, titles and a participle, or with a pronoun
    ("coordinated subject with titles", "Chairman Kim Jong Un and visiting South Korean President Moon Jae-in pledged to hold more talks.", "2018-09-19",
        &["DPRK talks support", "ROK talks support"]),
    ("coordinated subject with titles", "Kim told reporters that he and Moon had agreed to eliminate nuclear weapons from the peninsula.", "2018-04-27",
        &["DPRK complete_denuclearization support", "ROK complete_denuclearization support"]),
    ("coordinated subject with titles", "Under an accord drawn up by Moon and Kim Jong Un, North Korea said it would close its nuclear test site.", "2018-09-19",
        &["DPRK testing_moratorium support"]),
    // A party after a verb of influence is its object; the subject holds the stance
    ("object of a verb of influence", "Seoul hopes to persuade the North to come back to the negotiating table.", "2019-11-01",
        &["ROK talks support"]),
    ("object of a verb of influence", "The US is trying to get North Korea to dismantle Yongbyon.", "2019-02-20",
        &["US yongbyon_dismantlement support"]),
    ("object of a verb of influence", "Trump vowed to make North Korea abandon its nuclear weapons.", "2018-05-01",
        &["US complete_denuclearization support"]),
    // Near misses of this session's rules (a reviewer's sentences)
    ("near miss", "Pyongyang handed Washington a list of demands, including sanctions relief and security guarantees.", "2019-06-30",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support"]),
    ("near miss", "North Korea will not simply give up its nuclear weapons, KCNA said.", "2019-06-30",
        &["DPRK complete_denuclearization oppose"]),
    ("near miss", "Trump and Kim Jong Un, North Korea's leader, agreed to hold talks.", "2018-09-19",
        &["US talks support", "DPRK talks support"]),
    ("near miss", "The White House said the summit had ended without an agreement.", "2019-03-01",
        &[]),
    ("near miss", "Seoul said the summer drills with the United States will end Tuesday.", "2019-08-19",
        &[]),
    ("near miss", "The US has asked North Korea for a halt to missile tests.", "2019-06-30",
        &["US testing_moratorium support"]),
    // A restrictive relative clause that answers the term
    ("relative clause answers", "Pyongyang wants sanctions relief and security guarantees that Washington has long refused to grant.", "2020-01-02",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support", "US sanctions_relief oppose", "US security_guarantees oppose"]),
    ("relative clause answers", "Seoul proposed an end-of-war declaration that Washington has long resisted.", "2021-09-22",
        &["ROK end_of_war_declaration support", "US end_of_war_declaration oppose"]),
    ("relative clause answers", "The North wants a phased deal that the United States has repeatedly rejected.", "2019-04-12",
        &["DPRK phased_denuclearization support", "US phased_denuclearization oppose"]),
    // "lead nowhere" judges what it follows
    ("judged as leading nowhere", "Pyongyang warned that fresh negotiations with the Americans would lead nowhere.", "2021-06-23",
        &["DPRK talks oppose"]),
    ("judged as leading nowhere", "Pyongyang said such dialogue had led nowhere.", "2019-11-19",
        &["DPRK talks oppose"]),
    ("judged as leading nowhere", "Pyongyang expressed interest in an open-ended dialogue with the United States.", "2018-03-06",
        &["DPRK talks support"]),
    // A passive reverser past a party's phrase after the term
    ("passive reverser past a phrase", "Seoul said the joint drills with the United States would be postponed.", "2019-03-02",
        &["ROK exercise_suspension support"]),
    ("passive reverser past a phrase", "Pompeo said the sanctions against the North Korean regime will not be lifted.", "2019-03-02",
        &["US sanctions_relief oppose"]),
    ("passive reverser past a phrase", "The Pentagon said the large-scale exercises with the South Korean military would be scaled back.", "2019-03-02",
        &["US exercise_suspension support"]),
    // An obligation an outsider lays on a party is not the party's stance
    ("outsider's obligation", "Former aide Mark Hale said the U.S. should resume its joint drills with Seoul.", "2020-01-02",
        &[]),
    ("outsider's obligation", "Analysts said Washington must offer sanctions relief first.", "2019-10-06",
        &[]),
    ("outsider's obligation", "Pompeo said North Korea must dismantle Yongbyon.", "2019-03-01",
        &["US yongbyon_dismantlement support"]),
    // Near misses of the late rules (a second reviewer's sentences)
    ("near miss, late rules", "Seoul did not oppose the talks that Washington proposed.", "2019-10-08",
        &["ROK talks support", "US talks support"]),
    ("near miss, late rules", "Seoul and Washington held the exercises that Pyongyang wants halted.", "2019-08-01",
        &["US exercise_suspension oppose", "ROK exercise_suspension oppose"]),
    ("near miss, late rules", "Moon said talks with the North were vital to ending the standoff.", "2019-10-08",
        &[]),
    ("near miss, late rules", "Experts predicted a breakthrough, but Pompeo said Washington must keep sanctions in place.", "2019-10-01",
        &["US sanctions_relief oppose"]),
    ("near miss, late rules", "North Korea wants not only sanctions relief, but also security guarantees.", "2019-03-01",
        &["DPRK sanctions_relief support", "DPRK security_guarantees support"]),
    ("near miss, late rules", "Unlike the United States, South Korea has proposed an end-of-war declaration.", "2021-09-22",
        &["ROK end_of_war_declaration support"]),
    ("near miss, late rules", "Trump praised North Korea for its suspension of nuclear tests.", "2018-06-12",
        &["US testing_moratorium support", "DPRK testing_moratorium support"]),
    ("near miss, late rules", "Pompeo said sanctions on North Korea are going nowhere until it denuclearizes.", "2019-08-01",
        &[]),
    // What an object is urged to give up is its own: "urged X to drop its demand"
    ("urged to give up its own", "Pyongyang called on Washington to abandon its insistence on complete denuclearization.", "2019-10-05",
        &["DPRK complete_denuclearization oppose", "US complete_denuclearization support"]),
    ("urged to give up its own", "Moon asked Kim to withdraw his demand for sanctions relief before the next round.", "2019-03-10",
        &["ROK sanctions_relief oppose", "DPRK sanctions_relief support"]),
    ("urged to give up its own", "Seoul urged Pyongyang to accept its offer of military talks.", "2018-07-01",
        &["ROK talks support"]),
    // A speech tag set off by commas inside a clause is an aside
    ("speech tag as an aside", "North Korea, Moon told lawmakers, is ready to shut down the Yongbyon complex.", "2018-09-20",
        &["DPRK yongbyon_dismantlement support"]),
    ("speech tag as an aside", "Pyongyang, according to officials in Seoul, keeps demanding sanctions relief.", "2019-05-02",
        &["DPRK sanctions_relief support"]),
    ("speech tag as an aside", "The White House's goal, the spokeswoman said, is still complete denuclearization.", "2021-05-01",
        &["US complete_denuclearization support"]),
    ("speech tag as an aside", "Although the talks were useful, Biegun said, Washington will keep its sanctions.", "2019-12-16",
        &["US sanctions_relief oppose"]),
    // A pronoun skips a relative clause closed before it
    ("pronoun past a relative clause", "Kim Jong Un, who has met Trump three times, says he will keep his weapons until Washington drops its hostile policy.", "2019-10-01",
        &["DPRK security_guarantees support"]),
    ("pronoun past a relative clause", "Moon, whose aides had met Kim in Pyongyang, said he wants an end-of-war declaration.", "2018-09-25",
        &["ROK end_of_war_declaration support"]),
    ("pronoun past a relative clause", "Pompeo, who was meeting Kim Yong Chol that week, said he would insist on complete denuclearization.", "2018-07-06",
        &["US complete_denuclearization support"]),
    // After a partner word ("with", "between") a party is the partner, not a clause's subject
    ("partner is no subject", "Pyongyang said negotiations with Washington were pointless as long as the sanctions stay.", "2019-12-01",
        &["DPRK talks oppose", "DPRK sanctions_relief support"]),
    ("partner is no subject", "Choe said a summit with the Americans would be meaningless unless they drop their hostile policy.", "2020-07-04",
        &["DPRK security_guarantees support"]),
    ("partner is no subject", "With Washington refusing to lift sanctions, Pyongyang walked out.", "2019-10-05",
        &["US sanctions_relief oppose"]),
    // A negator on a reverser past an intention ("is not going to lift")
    ("negator past an intention", "Washington is not going to lift the sanctions any time soon, Biegun told senators.", "2019-12-10",
        &["US sanctions_relief oppose"]),
    ("negator past an intention", "Pyongyang has promised not to resume nuclear tests while talks go on.", "2018-06-01",
        &["DPRK testing_moratorium support"]),
    ("negator past an intention", "“We are not going to relieve the sanctions until they denuclearize,” Trump said.", "2019-03-01",
        &["US sanctions_relief oppose"]),
    // "he" after a sentence whose subject is a person the lexicon does not know
    ("he after an unknown person", "Kim Jong Un met Moon Jae-in in April. Researcher Cho Bo-ra said the summit could help the economy. He said the North still wants sanctions relief.", "2018-05-01",
        &["DPRK sanctions_relief support"]),
    ("he after an unknown person", "Kim Jong Un hosted a banquet for the South Korean delegation. Daniel Marsh, a professor at a US university, praised the summit. He said the sanctions should be lifted.", "2018-09-20",
        &[]),
    ("he after an unknown person", "Pompeo flew to Pyongyang on Friday. Kim Jong Un received him. He welcomed the talks.", "2018-07-06",
        &["DPRK talks support"]),
    // Near misses of the session's rules (a reviewer's sentences)
    ("near miss, asides and pronouns", "Talks with the North should resume soon, Moon said, adding that he hoped for an end-of-war declaration.", "2019-06-01",
        &["ROK talks support", "ROK end_of_war_declaration support"]),
    ("near miss, asides and pronouns", "The drills will go ahead, the Pentagon said, despite the tension on the peninsula.", "2019-06-01",
        &["US exercise_suspension oppose"]),
    ("near miss, asides and pronouns", "Washington would not hesitate to lift sanctions if the North denuclearized, Pompeo said.", "2019-06-01",
        &["US sanctions_relief support"]),
    ("near miss, asides and pronouns", "With the US still demanding full denuclearization first, Pyongyang has refused to return to talks.", "2019-06-01",
        &["US complete_denuclearization support", "DPRK talks oppose"]),
    ("near miss, asides and pronouns", "The letter, which Kim sent last month, said he was ready to meet Trump again.", "2019-06-01",
        &["DPRK talks support"]),
    ("near miss, asides and pronouns", "Moon said he would push for talks. Yonhap News Agency reported that the summit would be held in June. He also urged an end-of-war declaration.", "2019-06-01",
        &["ROK talks support", "ROK end_of_war_declaration support"]),
    // A relative word after a comma and a party stands for that party
    ("relative after a party", "Biegun sat down with Kim Myong Gil, who said Pyongyang wanted sanctions relief first.", "2019-10-05",
        &["DPRK sanctions_relief support"]),
    ("relative after a party", "Moon spoke by phone with Kim Jong Un, who offered to shut down the Yongbyon complex.", "2018-09-20",
        &["DPRK yongbyon_dismantlement support"]),
    ("relative after a party", "Kim Jong Un met Trump, who agreed to halt the joint drills with South Korea.", "2018-06-12",
        &["US exercise_suspension support"]),
    ("he after an unknown person", "Moon Jae-in said he would push for talks. Chinese President Xi Jinping said the summit was welcome. He also called for sanctions relief.", "2019-06-01",
        &["ROK talks support"]),
    ("negator past an intention", "The sanctions are not going to be eased until the North gives up its arsenal, Biegun told reporters.", "2019-06-01",
        &["US sanctions_relief oppose", "US complete_denuclearization support"]),
    // Near misses of the late rules (a second reviewer's sentences)
    ("near miss, second review", "Sanctions are not a bargaining chip and will not be lifted, Pompeo said.", "2019-06-01",
        &[]),
    ("near miss, second review", "The US is not about to lift sanctions, the official said.", "2019-06-01",
        &["US sanctions_relief oppose"]),
    ("near miss, second review", "Kim Yong-chol delivered a letter to Trump, whom he urged to lift sanctions.", "2019-06-01",
        &["DPRK sanctions_relief support"]),
    ("near miss, second review", "Moon told Trump, who was visiting Seoul, that he would push for an end-of-war declaration.", "2019-06-01",
        &["ROK end_of_war_declaration support"]),
    ("near miss, second review", "The North has agreed, according to Seoul, to dismantle Yongbyon.", "2019-06-01",
        &["DPRK yongbyon_dismantlement support"]),
    ("near miss, second review", "Sanctions, Pompeo said, will not be eased.", "2019-06-01",
        &["US sanctions_relief oppose"]),
    // A relative clause set off after the term says who holds it
    ("relative clause on the term", "The joint statement left out a peace treaty, which Pyongyang has sought for decades.", "2018-06-13",
        &["DPRK end_of_war_declaration support"]),
    ("relative clause on the term", "Biegun offered no sanctions relief, which was long demanded by Pyongyang.", "2019-10-06",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    ("relative clause on the term", "Seoul welcomed the summit, which Washington had long opposed.", "2018-04-28",
        &["ROK talks support", "US talks oppose"]),
    // A term right before another of its issue modifies it
    ("modifier term before its head", "Pyongyang said it would keep its missile test moratorium in place.", "2018-11-01",
        &["DPRK testing_moratorium support"]),
    ("modifier term before its head", "Kim said the North was no longer bound by its nuclear test moratorium.", "2020-01-01",
        &["DPRK testing_moratorium oppose"]),
    ("modifier term before its head", "Pompeo welcomed the North's ICBM test moratorium.", "2018-07-01",
        &["US testing_moratorium support"]),
    // Anger at something opposes it
    ("anger as opposition", "The North is furious about the resumption of joint drills.", "2019-08-06",
        &["DPRK exercise_suspension support"]),
    ("anger as opposition", "Pyongyang was angry at Washington's refusal to ease sanctions.", "2019-04-12",
        &["DPRK sanctions_relief support", "US sanctions_relief oppose"]),
    ("anger as opposition", "Seoul is upset over the cancelled summit, officials said.", "2018-05-25",
        &["ROK talks support"]),
    // The causee of a verb does not own what it is to do
    ("causee of a verb", "The Trump administration aimed to have Pyongyang commit to complete denuclearization.", "2019-03-01",
        &["US complete_denuclearization support"]),
    ("causee of a verb", "Washington tried to get Pyongyang to accept a phased approach, but failed.", "2019-10-01",
        &["US phased_denuclearization support"]),
    ("causee of a verb", "Moon hopes to make the North agree to a peace declaration this year.", "2018-09-01",
        &["ROK end_of_war_declaration support"]),
    // A party after a preposition opens a clause when its verb follows, past adverbs
    ("subject after a preposition", "Pyongyang said it remained open to dialogue hours after Trump abruptly called off the Singapore summit.", "2018-05-25",
        &["DPRK talks support", "US talks oppose"]),
    ("subject after a preposition", "Seoul voiced regret after Washington unilaterally resumed the joint drills.", "2019-08-05",
        &["US exercise_suspension oppose"]),
    ("subject after a preposition", "Moon flew to Pyongyang days after Pompeo publicly demanded a full declaration.", "2018-09-17",
        &["US complete_denuclearization support"]),
    // A quoted fragment is the reporter's sentence: its pronouns name the subjects before it
    ("pronoun in a quoted fragment", "Trump landed in Seoul. Moon said the North Korean leader had stated \u{201c}his readiness to hold a summit soon\u{201d} on Friday.", "2018-04-30",
        &["DPRK talks support"]),
    ("pronoun in a quoted fragment", "Pompeo left Pyongyang. Seoul said Kim Jong-un repeated \u{201c}his demand for a phased approach\u{201d} on Friday.", "2018-07-08",
        &["DPRK phased_denuclearization support"]),
    ("pronoun in a quoted fragment", "Kim Jong-un returned home. Officials said Trump had voiced \u{201c}his hope for an end-of-war declaration\u{201d} before the summit.", "2019-02-20",
        &["US end_of_war_declaration support"]),
    // Retaliation and countermeasures threatened over a condition
    ("retaliation over a condition", "The DPRK would take countermeasures if the joint drills go ahead.", "2019-07-20",
        &["DPRK exercise_suspension support"]),
    ("retaliation over a condition", "Pyongyang vowed to retaliate if Washington tightens the sanctions.", "2022-05-20",
        &["DPRK sanctions_relief support"]),
    ("retaliation over a condition", "Seoul warned of strong counteractions if the North resumes nuclear tests.", "2020-01-02",
        &["ROK testing_moratorium support"]),
    // Sitting at the table is taking part in talks
    ("sitting at the table", "The DPRK will never sit at the negotiating table so long as sanctions stay, its spokesman said.", "2019-12-01",
        &["DPRK talks oppose", "DPRK sanctions_relief support"]),
    ("sitting at the table", "Biegun said Washington was ready to sit at the negotiating table at any time.", "2019-12-16",
        &["US talks support"]),
    ("sitting at the table", "Pyongyang has refused to come back to the negotiating table since Stockholm.", "2020-03-01",
        &["DPRK talks oppose"]),
    // Reciprocity as diplomats word it: confidence-building, reciprocal or similar action
    ("reciprocity wording", "Pyongyang stressed confidence-building as the first process of the talks.", "2018-08-01",
        &["DPRK phased_denuclearization support"]),
    ("reciprocity wording", "The North is willing to shut Yongbyon if Washington takes similar action, Moon said.", "2018-10-08",
        &["DPRK yongbyon_dismantlement support", "DPRK phased_denuclearization support"]),
    ("reciprocity wording", "KCNA said the DPRK again demanded a corresponding response from the US.", "2019-01-10",
        &["DPRK phased_denuclearization support"]),
    // Destruction and demolition reverse what they take
    ("destruction of a site", "Kim offered the destruction of a missile engine test site as a goodwill gesture.", "2018-07-10",
        &["DPRK testing_moratorium support"]),
    ("destruction of a site", "Pompeo welcomed the demolition of the nuclear test site.", "2018-05-25",
        &["US testing_moratorium support"]),
    ("destruction of a site", "Seoul urged the destruction of the North's nuclear arsenal.", "2018-03-01",
        &["ROK complete_denuclearization support"]),
    // The pronoun that speaks a quotation is read like any other ("he" a person)
    ("pronoun speaking a quotation", "Kim Jong-un rejected the phased approach, arguing that Washington demanded sanctions first. He told the assembly, \u{201c}Our nuclear weapons will never be given up.\u{201d}", "2025-09-22",
        &["DPRK phased_denuclearization oppose", "US sanctions_relief oppose", "DPRK complete_denuclearization oppose"]),
    ("pronoun speaking a quotation", "Choe Son-hui met reporters after Washington renewed its sanctions. She said, \u{201c}We have no interest in talks.\u{201d}", "2019-03-15",
        &["DPRK talks oppose"]),
    ("pronoun speaking a quotation", "Pompeo landed in Seoul as Pyongyang issued a new statement. \u{201c}We want a full declaration first,\u{201d} he said.", "2018-07-08",
        &["US complete_denuclearization support"]),
    // Retaliation against something opposes it
    ("retaliation against a term", "North Korea vowed retaliation against any new sanctions.", "2022-05-27",
        &["DPRK sanctions_relief support"]),
    ("retaliation against a term", "Washington would retaliate against any further nuclear test, the envoy said.", "2017-09-05",
        &["US testing_moratorium support"]),
    ("retaliation against a term", "Pyongyang fired two missiles in retaliation for the joint drills, the military said.", "2019-08-06",
        &["DPRK exercise_suspension support"]),
    // "self-imposed" describes; it imposes nothing
    ("self-imposed as an adjective", "North Korea ended its self-imposed ICBM launch moratorium last week.", "2020-01-01",
        &["DPRK testing_moratorium oppose"]),
    ("self-imposed as an adjective", "Pyongyang kept its self-imposed freeze on missile tests.", "2019-05-01",
        &["DPRK testing_moratorium support"]),
    ("self-imposed as an adjective", "Pompeo praised the North's self-imposed halt to nuclear tests.", "2018-07-01",
        &["DPRK testing_moratorium support", "US testing_moratorium support"]),
];

#[test]
fn every_construction_reads_right() {
    let (lex, _, _) = lexicon::load(None).expect("default lexicon loads");
    let mut failures = Vec::new();
    for (construction, text, date, expected) in ROWS {
        let r = analyze_text(&lex, text, Date::parse(date));
        let mut got: Vec<String> = r
            .cells
            .iter()
            .map(|c| format!("{} {} {}", c.party, c.issue, c.label.as_str()))
            .collect();
        got.sort();
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        want.sort();
        if got != want {
            failures.push(format!(
                "[{construction}] {text}\n    expected {want:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}

#[test]
fn every_construction_has_three_rows() {
    let mut counts = std::collections::BTreeMap::new();
    for (c, ..) in ROWS {
        *counts.entry(*c).or_insert(0) += 1;
    }
    for (c, n) in counts {
        assert!(n >= 3, "construction {c} has only {n} rows");
    }
    assert!(ROWS.len() >= 40);
}

#[test]
fn hedged_reports_are_hedged() {
    let (lex, _, _) = lexicon::load(None).unwrap();
    for (construction, text, date, _) in ROWS
        .iter()
        .filter(|r| r.0 == "hedged report" || r.0 == "party inside a quotation")
    {
        let r = analyze_text(&lex, text, Date::parse(date));
        for c in &r.cells {
            assert!(
                c.evidence.iter().all(|e| e.hedged && e.weight < 1.0),
                "[{construction}] {text}: {c:?}"
            );
        }
    }
}

#[test]
fn conditions_flag_the_main_clause() {
    let (lex, _, _) = lexicon::load(None).unwrap();
    let r = analyze_text(
        &lex,
        "Pyongyang might return to talks if Washington first agrees to lift sanctions.",
        None,
    );
    let talks = r.cells.iter().find(|c| c.issue == "talks").unwrap();
    assert!(talks.evidence[0].conditional);
    let relief = r
        .cells
        .iter()
        .find(|c| c.issue == "sanctions_relief")
        .unwrap();
    assert!(!relief.evidence[0].conditional);
    assert!(relief.evidence[0].rule.contains("condition"));
}
