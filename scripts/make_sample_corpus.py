# Writes data/sample.gold.jsonl: the sample corpus with its gold stances.
# The articles are written for this project from public facts (DOMAIN.md).
import json
A=[]
def art(date, source, title, text, gold):
    A.append(dict(id=f"sample-{len(A)+1:02d}", date=date, title=title, source=source, text=title+"\n\n"+text, gold=[dict(party=p,issue=i,stance=s) for p,i,s in gold]))
S,O="support","oppose"
art("2018-03-09","Sample Wire","Trump accepts invitation to meet Kim",
 "President Trump has accepted an invitation to meet Kim Jong-un, South Korea's national security adviser told reporters outside the White House. According to the envoy, Kim has pledged to refrain from any further nuclear or missile tests while the two sides prepare for the meeting.",
 [("US","talks",S),("DPRK","talks",S),("DPRK","testing_moratorium",S)])
art("2018-04-21","Sample Wire","North Korea halts nuclear and long-range missile tests",
 "North Korea announced on Saturday that it would suspend nuclear tests and intercontinental ballistic missile launches and shut down its nuclear test site. The White House welcomed the decision as very good news for the world.",
 [("DPRK","testing_moratorium",S),("US","testing_moratorium",S)])
art("2018-05-16","Daily Herald","Pyongyang threatens to cancel summit over drills",
 "North Korea threatened to call off the planned summit with the United States, condemning the Max Thunder air drills held by South Korean and American forces. Kim Kye-gwan also rejected the Libya-style approach promoted by John Bolton, saying Pyongyang would never give up its nuclear weapons unilaterally.",
 [("DPRK","exercise_suspension",S),("DPRK","complete_denuclearization",O),("US","complete_denuclearization",S)])
art("2018-05-24","Daily Herald","Trump cancels Singapore meeting",
 "President Trump cancelled the June summit with Kim Jong-un in a letter, citing the tremendous anger and open hostility in a recent North Korean statement. He added that the door to dialogue remained open.",
 [("US","talks",O)])
art("2018-06-12","Sample Wire","Trump and Kim sign joint statement in Singapore",
 "Donald Trump and Kim Jong-un signed a joint statement in Singapore on Tuesday. Kim committed to work toward complete denuclearization of the Korean Peninsula, and Trump committed to provide security guarantees to North Korea. The two leaders also agreed to build a lasting peace regime on the peninsula.",
 [("DPRK","complete_denuclearization",S),("US","security_guarantees",S),("US","end_of_war_declaration",S),("DPRK","end_of_war_declaration",S)])
art("2018-06-13","Daily Herald","Trump says he will stop war games",
 "Speaking after the summit, Trump said the United States would stop the war games with South Korea, calling them provocative and expensive. Pyongyang had long demanded an end to the joint military exercises.",
 [("US","exercise_suspension",S),("DPRK","exercise_suspension",S)])
art("2018-06-19","Sample Wire","Pentagon suspends August exercise",
 "The Pentagon said it had suspended planning for the Ulchi Freedom Guardian exercise scheduled for August. Officials said the decision followed the president's commitment in Singapore.",
 [("US","exercise_suspension",S)])
art("2018-07-07","Daily Herald","Pyongyang calls Pompeo's demands gangster-like",
 "After two days of talks with Mike Pompeo, North Korea's Foreign Ministry said the US had made a unilateral and gangster-like demand for denuclearization. The ministry said Washington had ignored its proposal for a declaration ending the Korean War. Pompeo is said to have insisted that sanctions would remain in place until North Korea completes final, fully verified denuclearization.",
 [("DPRK","end_of_war_declaration",S),("US","sanctions_relief",O),("US","complete_denuclearization",S)])
art("2018-08-25","Sample Wire","Trump calls off Pompeo trip",
 "President Trump called off a planned trip to Pyongyang by Mike Pompeo, saying there had not been sufficient progress on denuclearization. He also said the US would not ease sanctions soon.",
 [("US","talks",O),("US","sanctions_relief",O)])
art("2018-09-19","Daily Herald","Kim offers to close Yongbyon if US takes steps",
 "In a joint declaration with South Korea's president, Kim Jong-un offered to permanently dismantle the Yongbyon nuclear facilities if the United States takes corresponding measures. Pyongyang also agreed to close its missile engine test site in the presence of foreign experts.",
 [("DPRK","yongbyon_dismantlement",S),("DPRK","phased_denuclearization",S)])
art("2018-10-08","Sample Wire","Pompeo says second summit likely",
 "Mike Pompeo said after meeting Kim Jong-un in Pyongyang that both sides were ready to hold a second summit as soon as practical. A spokesman for the State Department said the US still wants a full declaration of the North's nuclear sites.",
 [("US","talks",S),("DPRK","talks",S),("US","complete_denuclearization",S)])
art("2018-11-04","Daily Herald","North warns it may revive nuclear program",
 "North Korea warned that it could restore its policy of building nuclear weapons if the United States does not lift sanctions, the Foreign Ministry said in a statement carried by KCNA.",
 [("DPRK","sanctions_relief",S)])
art("2018-11-20","Market Desk","Seoul stocks rise on chip exports",
 "Shares in Seoul rose for a third day as chipmakers reported strong exports. Analysts expect the rally to continue through December as trade talks between Washington and Beijing resume.",
 [])
art("2019-01-01","Sample Wire","Kim warns of new way in New Year speech",
 "In his New Year address, Kim Jong-un said he was ready to meet Trump again at any time but warned that Pyongyang might seek a new path if Washington maintains sanctions and pressure. He also demanded a complete halt to joint military exercises with South Korea.",
 [("DPRK","talks",S),("DPRK","sanctions_relief",S),("DPRK","exercise_suspension",S)])
art("2019-01-31","Daily Herald","Biegun signals flexibility at Stanford",
 "Stephen Biegun said the United States was prepared to pursue simultaneous and parallel steps with North Korea, but he stressed that sanctions would not be lifted until denuclearization was complete. He also said Trump was ready to end the Korean War.",
 [("US","phased_denuclearization",S),("US","sanctions_relief",O),("US","end_of_war_declaration",S),("US","complete_denuclearization",S)])
art("2019-02-28","Sample Wire","Hanoi summit ends without agreement",
 "The second summit between Donald Trump and Kim Jong-un ended abruptly in Hanoi. Trump told reporters that North Korea wanted the sanctions lifted in their entirety, and he refused. The US wanted Pyongyang to dismantle more than Yongbyon, he said.",
 [("DPRK","sanctions_relief",S),("US","yongbyon_dismantlement",S),("US","sanctions_relief",O)])
art("2019-03-01","Daily Herald","Ri says North sought only partial relief",
 "Ri Yong-ho told a midnight news conference that Pyongyang had asked only for partial sanctions relief in exchange for the permanent dismantlement of all nuclear facilities in the Yongbyon area. \u201cOur principled stand will not change,\u201d he said.",
 [("DPRK","sanctions_relief",S),("DPRK","yongbyon_dismantlement",S)])
art("2019-03-02","Market Desk","Dollar steadies as Fed signals patience",
 "The dollar held steady on Friday after Federal Reserve officials signalled patience on interest rates. Economists said a trade deal between the US and China could lift markets later in the year.",
 [])
art("2019-03-15","Sample Wire","North Korea considers suspending talks",
 "Vice Foreign Minister Choe Son-hui said Pyongyang was considering suspending talks with Washington and might reconsider its moratorium on missile and nuclear tests. She accused the US of throwing away a golden opportunity in Hanoi.",
 [("DPRK","talks",O),("DPRK","testing_moratorium",O)])
art("2019-04-12","Daily Herald","Kim sets year-end deadline",
 "Kim Jong-un said he was willing to hold a third summit only if the US came with the right attitude, and he set a year-end deadline for Washington to change its approach. He dismissed the American demand for a big deal as unrealistic.",
 [("DPRK","talks",S),("DPRK","phased_denuclearization",S),("US","phased_denuclearization",O)])
art("2019-05-10","Sample Wire","Pompeo rules out relief after missile launches",
 "Mike Pompeo reportedly ruled out any easing of sanctions after North Korea fired short-range missiles. The United States remains committed to the final, fully verified denuclearization of North Korea, he said.",
 [("US","sanctions_relief",O),("US","complete_denuclearization",S)])
art("2019-05-20","Daily Herald","Analysts doubt quick return to talks",
 "Several analysts said it was unlikely that negotiations would resume before the autumn. A researcher at the Asan Institute observed that both capitals seemed content to wait. \u201cWashington still insists on a big deal,\u201d one analyst said.",
 [("US","phased_denuclearization",O)])
art("2019-06-30","Sample Wire","Trump steps into North Korea at Panmunjom",
 "Donald Trump and Kim Jong-un met at Panmunjom on Sunday and agreed to resume working-level talks within weeks. Trump said sanctions would remain in place for now but that he was in no rush.",
 [("US","talks",S),("DPRK","talks",S),("US","sanctions_relief",O)])
art("2019-07-16","Daily Herald","North links talks to drills",
 "North Korea warned that working-level talks could be affected if the United States and South Korea go ahead with their joint military exercises in August. The Foreign Ministry said the drills violated the Singapore agreement.",
 [("DPRK","exercise_suspension",S)])
art("2019-08-05","Sample Wire","Allies begin scaled-down drills",
 "The United States and South Korea began a scaled-down joint exercise on Monday, a computer simulation that replaced larger field drills. Pyongyang denounced the drills as a rehearsal for war.",
 [("US","exercise_suspension",S),("DPRK","exercise_suspension",S)])
art("2019-09-09","Daily Herald","Choe says North ready for talks in late September",
 "Choe Son-hui said North Korea was willing to sit down with the US in late September. She urged Washington to come with a new calculation method acceptable to Pyongyang.",
 [("DPRK","talks",S),("DPRK","phased_denuclearization",S)])
art("2019-09-11","Sample Wire","Trump fires Bolton",
 "President Trump dismissed John Bolton, his national security adviser, after disagreements over North Korea and Iran. Trump later criticized the Libyan model that Bolton had promoted.",
 [])
art("2019-10-05","Sample Wire","Stockholm talks break down",
 "Working-level talks in Stockholm broke down after a single day. North Korean negotiator Kim Myong-gil said the US had brought nothing new and that Pyongyang had no intention of holding such sickening negotiations again. The State Department said the American delegation had offered creative ideas and accepted an invitation to return in two weeks.",
 [("DPRK","talks",O),("US","talks",S)])
art("2019-10-06","Daily Herald","North rejects Swedish proposal",
 "North Korea rejected a Swedish proposal to meet again in two weeks, saying it would not resume talks until Washington drops its hostile policy.",
 [("DPRK","talks",O),("DPRK","security_guarantees",S)])
art("2019-11-18","Sample Wire","US postpones drills as goodwill gesture",
 "The United States and South Korea postponed a planned combined air exercise in an effort to encourage North Korea to return to the negotiating table, Defence Secretary Mark Esper said.",
 [("US","exercise_suspension",S),("US","talks",S)])
art("2019-11-19","Daily Herald","Kim Kye-gwan says no more meetings that bring nothing",
 "Kim Kye-gwan said Pyongyang had no interest in another summit that brings nothing, adding that North Korea would not gift the US leader achievements to boast of unless Washington withdraws its hostile policy.",
 [("DPRK","talks",O),("DPRK","security_guarantees",S)])
art("2019-12-07","Sample Wire","North reports crucial test at Sohae",
 "North Korea said it had conducted a very important test at its Sohae satellite launching ground. Analysts believe it was a test of an engine for long-range missiles. \u201cPyongyang is clearly preparing to resume ICBM tests,\u201d said one expert.",
 [("DPRK","testing_moratorium",O)])
art("2019-12-09","Market Desk","Oil prices edge higher",
 "Oil prices edged higher on Monday as traders weighed supply cuts by producers. Analysts said demand in Asia remained firm.",
 [])
art("2019-12-31","Sample Wire","Kim says North no longer bound by moratorium",
 "Kim Jong-un told a party meeting that North Korea no longer feels bound by its moratorium on nuclear and ICBM tests, blaming the United States for continuing joint drills with South Korea. He said the world would soon see a new strategic weapon.",
 [("DPRK","testing_moratorium",O),("DPRK","exercise_suspension",S),("US","exercise_suspension",O)])
art("2020-01-01","Daily Herald","Pompeo hopes Kim chooses peace",
 "Mike Pompeo said the United States still hoped Kim Jong-un would choose peace and prosperity over conflict, and that Washington wanted the North to return to talks.",
 [("US","talks",S)])
art("2020-01-11","Sample Wire","Kim Kye-gwan says no more trading nuclear program for relief",
 "Kim Kye-gwan said North Korea would never again trade its nuclear program for sanctions relief and no longer seeks talks based on the Singapore formula. \u201cThere will be no such negotiations,\u201d he said.",
 [("DPRK","sanctions_relief",O),("DPRK","talks",O),("DPRK","complete_denuclearization",O)])
art("2020-03-02","Daily Herald","North fires projectiles amid pandemic",
 "North Korea fired two short-range projectiles into the sea on Monday, the South Korean military said. Officials in Seoul urged Pyongyang to stop actions that raise tension.",
 [])
art("2020-06-12","Sample Wire","Ri Son-gwon says hopes for talks have faded",
 "On the second anniversary of the Singapore summit, Foreign Minister Ri Son-gwon said Pyongyang had no intention of sitting down with Washington again and would keep building its nuclear deterrent.",
 [("DPRK","talks",O),("DPRK","complete_denuclearization",O)])
art("2020-07-10","Daily Herald","Kim Yo-jong rules out summit this year",
 "Kim Yo-jong said a summit with the United States was unlikely this year and that Pyongyang would only consider talks if Washington dropped its hostile policy. She said the North would never give up its nuclear weapons.",
 [("DPRK","security_guarantees",S),("DPRK","complete_denuclearization",O)])
art("2020-07-09","Sample Wire","Biegun says US is ready to talk",
 "Stephen Biegun said in Seoul that the United States was ready to resume negotiations with North Korea whenever Pyongyang is ready. He rejected the idea that Washington was seeking a big deal only, saying a flexible approach remained on the table.",
 [("US","talks",S),("US","phased_denuclearization",S)])
art("2020-10-10","Daily Herald","North shows new ICBM at parade",
 "North Korea displayed a new intercontinental ballistic missile at a military parade. Kim Jong-un vowed to keep strengthening the nuclear deterrent, though he did not mention the United States by name. \u201cKim is signalling that the moratorium is over,\u201d said an expert at the Sejong Institute.",
 [("DPRK","complete_denuclearization",O),("DPRK","testing_moratorium",O)])
art("2020-10-20","Market Desk","UK and EU resume talks on fishing",
 "British and European negotiators resumed talks on fishing rights and state aid in London. Both sides said an agreement was still possible.",
 [])
with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "..", "data", "sample.gold.jsonl"),"w") as f:
    for a in A: f.write(json.dumps(a,ensure_ascii=False)+"\n")
cells=[g for a in A for g in a["gold"]]
print(len(A),"articles",len(cells),"cells",sum(1 for c in cells if c["stance"]=="oppose")/len(cells),"oppose share",sum(1 for a in A if not a["gold"]),"distractors")
