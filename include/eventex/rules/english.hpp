#pragma once
/// Default English rules, written for English-language news in general (wire copy and its
/// headlines, BBC-style reports): reported speech, meetings, and requests for aid. The rule
/// language is described atop eventex/dsl/parser.hpp; the German rules are the model.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace eventex::rules {

/// The rule text in parts, since a string literal beyond 65,536 characters is more than a
/// compiler must accept. join_rule_text (rule_text.hpp) makes the parts one text whose line N
/// is line N of this file, so that errors and example failures point here.
inline constexpr std::size_t english_rules_first_line = __LINE__ + 2;
inline constexpr std::string_view english_rules[] = {
R"eventex(
# ---------------------------------------------------------------- between speaker and verb
lexicon en.pre = has have had will would could should may might must shall did does do
                 "is to" "are to" "was to" "is due to" "are due to" "was due to" "is expected to"
                 "are expected to" "is set to" "are set to" "is likely to" "is going to" "are going to"
                 "was set to" "were set to" "were due to" "was expected to" "were expected to"
                 "is scheduled to" "are scheduled to" "was scheduled to" "were scheduled to"
                 not never also later earlier then again further repeatedly previously recently already
                 publicly separately subsequently immediately privately once first last now still even
                 just yesterday today tonight here himself herself itself themselves both all each however too
                 strongly sharply flatly angrily firmly openly bluntly defiantly explicitly formally
                 officially personally reportedly categorically vehemently swiftly quickly roundly
                 bitterly fiercely heavily widely loudly strenuously sternly initially originally
                 effectively reluctantly cautiously confidently clearly simply frankly emotionally
                 tearfully specifically insistently jointly unanimously "at the time" "at the weekend"
                 "last week" "last month" "last year" "this week" "in a statement" "in a speech"
                 "in an interview" "in a letter" "in a report" "in a radio interview"
                 "in a television interview" "in a written statement" "on television"
                 "on state television" "on its website" "went on to" "was quick to" "were quick to"
                 "was keen to" "were keen to" "was careful to" "were careful to" "took care to"
                 "was at pains to" "were at pains to" "went so far as to" "preferred to" "chose to"
                 "hastened to" "moved to" "has moved to" "have united to" "has united to" ;
# Before a bare verb: "he will argue", "the group did say".
lexicon en.modal = will would could should may might must shall did does do "is to" "are to"
                   "is due to" "are due to" "was due to" "is expected to" "are expected to"
                   "is set to" "are set to" "is likely to" "is going to" "are going to" "will also"
                   "was set to" "were set to" "were due to" "was expected to" "were expected to"
                   "is scheduled to" "are scheduled to" "was scheduled to" "were scheduled to"
                   "would also" "'ll" "went on to" "was quick to" "were quick to" "was keen to"
                   "were keen to" "was careful to" "were careful to" "took care to" "was at pains to"
                   "were at pains to" "went so far as to" "preferred to" "chose to" "hastened to" ;
# Negated auxiliaries with "n't": the modality cues look for "not", so these rules set it.
lexicon en.pre.not = didn't doesn't don't won't wouldn't hasn't haven't hadn't couldn't can't cannot ;
# What opens an apposition or a relative clause after a speaker: "Martin Ward, of the SHA, said".
lexicon en.apposition = who whose which of from in at himself herself itself speaking writing a an
                        the now currently formerly aged also then one another both chairman head
                        leader chief president minister secretary spokesman spokeswoman ;
# Any other apposition up to the next comma ("Miles Shipside, commercial director at Rightmove,
# said"), but not a clause or a comparison ("the Maldives, do not usually ..., said", "New Order,
# as well as the Happy Mondays, said"), a list ("Iran, Syria, Libya, said") or a clause of its own
# ("Martin Mubanga, Feroz Abbasi and Richard Belmar were held for three years, accused").
lexicon en.apposition.not = do does did not before after when while as although because if and but or
                            then which who whom whose where than ;
# Quotation marks before an inverted verb, also as AG News escapes them ("quot;", "#39;").
lexicon en.quote = "\"" "”" "’" "'" "quot;" "#39;" ;

# ---------------------------------------------------------------- verbs of saying, by kind
# Finite forms (past, third person, plural present); the participle of regular verbs is the
# past form, so "has said" and "had warned" need no second list. Bare forms that are also nouns
# ("claim", "reply") stand only after a modal (en.*.bare). "estimated" and "estimates" only with
# "that" (or inverted, en.say.inverted): the participle and the noun open "BA's estimated revenues",
# "for the estimated 150,000 dead", "UN estimates suggest ...".
lexicon en.say = said says say told tells tell add stated explained explains claimed
                 claims argued argues noted declared declares replied replies wrote writes commented
                 suggested suggests asserted asserts maintained maintains "recalled how" "recalls how"
                 "recalled that" "recalls that" "recalled when" boasted
                 boasts apologised apologized apologises apologizes predicted predicts revealed reveals
                 disclosed discloses remarked reported "went on" "pointed out" "points out"
                 "pointed to" "points to" "expressed concern" "expressed regret" "expressed hope"
                 "made clear" "makes clear" "made it clear" "makes it clear" "talked of" "talks of"
                 "spoke of" "told of" "wrote of" quipped joked stammered mused retorted
                 countered responded "voiced concern" "voiced concerns" "expressed concerns"
                 "expressed confidence" "expressed doubt" "expressed doubts" "voiced doubts"
                 "estimated that" "estimates that" ;
lexicon en.say.bare = say tell add argue explain claim suggest declare reply comment assert
                      maintain predict reveal disclose state "point out" "make clear" "make it clear" ;
# "added" with an object is no statement: "Weepu added two tries", "the firm added 500 jobs".
lexicon en.added.not = a an another two three four five tries try goals goal points point penalty
                       penalties runs wickets jobs value weight fuel ;
# "Dogs said to smell cancer", "Court asked to rule": passive headlines, no statement.
lexicon en.not.to = be have been smell rule hold own contain want plan know face favour favor
                    consider lead head control prefer possess include number step resign quit leave ;
lexicon en.say.inverted = said says say added adds told asked continued explained noted wrote argued
                          claimed replied believes "went on" estimated ;
lexicon en.warn.inverted = warned warns ;
lexicon en.stress.inverted = stressed stresses insisted insists emphasised emphasized ;
lexicon en.urge.inverted = urged urges ;
lexicon en.deny.inverted = denied denies ;
lexicon en.confirm.inverted = confirmed confirms admitted admits acknowledged conceded ;
lexicon en.say.ing = saying adding arguing explaining noting telling claiming suggesting ;
# The progressive too: "Police are warning motorists", "The RNID is urging the regulator".
lexicon en.warn = warned warns warn cautioned cautions caution "sounded a warning" "is warning"
                  "are warning" "was warning" "were warning" ;
lexicon en.stress = stressed stresses stress emphasised emphasized emphasises emphasizes underlined
                    underlines underscored underscores highlighted highlights insisted insists insist
                    reiterated reiterates reaffirmed reaffirms ;
lexicon en.stress.bare = emphasise emphasize underline underscore highlight reiterate reaffirm ;
lexicon en.thank = thanked thanks thank ;
# Demands name what is wanted; urging, calling on and asking someone to act is an appeal
# (CAMEO 02 against 10, tests/data/README.md "appeal or demand"). "called for" stays a demand.
lexicon en.demand = "called for" "calls for" "call for" demanded "pressed for" "pushed for"
                    "is calling for" "are calling for" "was calling for" "were calling for"
                    "is demanding" "are demanding" "was demanding" "were demanding" "is pressing for"
                    "are pressing for" ;
lexicon en.urge = urged urges urge "called on" "calls on" "call on" "called upon" "calls upon"
                  "call upon" "asked for" "asks for" "is urging" "are urging" "was urging"
                  "were urging" "is calling on" "are calling on" "was calling on" "were calling on" ;
lexicon en.criticise = criticised criticized criticises criticizes criticise criticize condemned
                       condemns condemn accused accuses accuse denounced denounces denounce slammed
                       slams blasted lambasted lambasts assailed assails branded brands "hit out at"
                       "hits out at" "lashed out at" "lashes out at" blamed blames blame deplored
                       deplores rebuked rebukes reprimanded castigated berated chided decried derided
                       ridiculed mocked "took a swipe at" "takes a swipe at" complained complains ;
lexicon en.criticise.bare = attack slam brand denounce ;
lexicon en.criticise.participle = criticised criticized condemned denounced slammed lambasted
                                  assailed branded blamed rebuked reprimanded castigated decried
                                  derided ridiculed ;
# Before a passive participle: "was condemned by", "has been branded ... by".
lexicon en.passive = was were is are been being be ;
lexicon en.reject = rejected rejects reject "ruled out" "rules out" "rule out" rebuffed rebuffs
                    repudiated spurned "turned down" "turns down" "brushed aside" "brushes aside" ;
lexicon en.reject.participle = rejected rebuffed spurned repudiated "turned down" dismissed ;
# "dismissed" is also firing someone: only with what is dismissed as speech.
lexicon en.dismissed.object = claims claim reports report suggestions suggestion allegations
                              allegation criticism accusations accusation talk speculation fears
                              concerns calls idea notion charges charge rumours rumors warnings threats
                              threat proposals proposal demands demand offer plan plans ;
lexicon en.announce = announced announces announce unveiled unveils unveil "set out" "sets out" ;
lexicon en.deny = denied denies deny ;
# "offered to" and a verb: an undertaking ("has offered to repay its creditors").
lexicon en.promise = promised promises promise vowed vows vow pledged pledges pledge assured assures
                     "offered to" "offers to" ;
lexicon en.praise = praised praises praise hailed hails hail lauded lauds commended commends applauded
                    applauds welcomed welcomes welcome congratulated congratulates ;
lexicon en.praise.participle = praised hailed lauded commended applauded welcomed ;
lexicon en.threaten = threatened threatens threaten "renewed its threats" "renewed their threats" ;
lexicon en.appeal = appealed appeals appeal ;
lexicon en.confirm = confirmed confirms confirm admitted admits admit acknowledged acknowledges
                     acknowledge conceded concedes concede ;
# The first verb before a second one of the same speaker ("warned ... and said"): the common
# finite forms of every kind above.
lexicon en.speech = said says told tells added adds stated explained claimed claims argued argues
                    noted declared replied wrote suggested asked warned warns cautioned stressed
                    stresses emphasised emphasized insisted insists highlighted reiterated thanked
                    urged urges "called for" "calls for" "called on" "calls on" demanded demands
                    criticised criticized criticises criticizes condemned condemns accused accuses
                    denounced slammed branded blamed rejected rejects "ruled out" dismissed
                    dismisses announced announces unveiled unveils denied denies promised promises
                    vowed vows pledged pledges praised praises hailed welcomed welcomes threatened
                    threatens appealed confirmed confirms admitted admits acknowledged conceded
                    say tell add argue warn urge "call for" "call on" criticise criticize attack
                    promise vow pledge announce deny insist stress claim suggest complained ;
# The -ing forms after a first verb of saying: "said ..., warning that".
lexicon en.warn.ing = warning ;
lexicon en.stress.ing = stressing insisting emphasising emphasizing ;
lexicon en.demand.ing = demanding "calling for" ;
lexicon en.urge.ing = urging "calling on" "calling upon" ;
lexicon en.criticise.ing = accusing criticising criticizing condemning blaming ;
lexicon en.reject.ing = rejecting dismissing ;
lexicon en.announce.ing = announcing unveiling ;
lexicon en.deny.ing = denying ;
lexicon en.promise.ing = promising vowing pledging ;
lexicon en.praise.ing = praising welcoming ;
lexicon en.threaten.ing = threatening ;
lexicon en.confirm.ing = confirming admitting acknowledging conceding ;

# ---------------------------------------------------------------- meetings
lexicon en.meet = met meets meet "met with" "meets with" "meet with" "is meeting" "are meeting"
                  "was meeting" "were meeting" "be meeting" "met up with" "sat down with"
                  "sits down with" "sit down with" ;
lexicon en.talks = talks "peace talks" negotiations discussions consultations meeting meetings
                   "a meeting" "a summit" summit "a phone call" "a telephone call" "a phone conversation"
                   "a telephone conversation" "phone call" "telephone call" "phone conversation"
                   "telephone conversation" "a call" "a video conference" "a working lunch" "a dinner"
                   "a breakfast meeting" "a bilateral meeting" "bilateral talks" "face-to-face talks"
                   "direct talks" "crisis talks" "emergency talks" "private talks" "closed-door talks" ;
lexicon en.hold = held holds hold holding "is holding" "are holding" "was holding" "were holding" had
                  began begins begin opened opens resumed resumes resume started starts concluded
                  continued continues "is continuing" "are continuing" "was continuing"
                  "wrapped up" "wind up" "winds up" "wound up" "sat down for" "sit down for" "is in" "are in" "was in" "were in" ;
lexicon en.by.phone = "by phone" "by telephone" "on the phone" "on the telephone" "over the phone"
                      "over the telephone" ;
# Meeting nouns that take "with": "for talks with", "after a meeting with".
lexicon en.talks.with = talks "peace talks" negotiations discussions consultations meeting meetings summit
                        "phone call" "telephone call" "phone conversation" "telephone conversation" call
                        "working lunch" dinner lunch ;
lexicon en.summit.kind = emergency special extraordinary annual "two-day" "one-day" informal ;
lexicon en.meeting.noun = meeting talks summit visit trip negotiations discussions "peace talks"
                          conference consultations ;
# Finite forms only: "the Bush visit" and "talk show host Esther Rantzen" are nouns.
lexicon en.visit = visited visits "is visiting" "are visiting" "was visiting" "were visiting"
                   "be visiting" "paid a visit to" "pays a visit to" "pay a visit to" ;
lexicon en.receive = received receives greeted greets hosted hosts "played host to" "plays host to" ;
# After a meeting's guest or host: "met the rebels' demands", "visited US troops" are no meetings.
# A pass received or met in football is none either: "received Danny Murphy's free-kick".
lexicon en.not.guest = "'" "#39;" demands demand criteria targets target expectations conditions
                       deadline obligations troops forces soldiers base bases embassy headquarters
                       plant factory site request requests needs need standards commitments costs
                       grave tomb mausoleum memorial cross free-kick corner pass shot header ;
lexicon en.award = award awards prize prizes medal honour honor title trophy ;
# Between a subject and "to meet": a plan or an agreement, so that "the UN urged Sudan to meet
# the rebels" gives Sudan no meeting with the UN; a headline's bare "to" needs none. Mere
# willingness ("is ready to", "wants to", "hopes to", "offered to") is no meeting (labels README).
lexicon en.intend = plans plan planned planning agreed agrees agree expects expect expected intends
                    intend intended decided decides "is set" "are set" "was set" "is due" "are due"
                    "was due" "is scheduled" "are scheduled" "is preparing" "are preparing"
                    "is trying" "are trying" "was trying" "is expected" "are expected"
                    "was expected" "were expected" "is likely" "are likely" "is going" "are going" ;
# After "meet": a match between players or teams.
lexicon en.sport = final semi-final semi-finals quarter-final quarter-finals round match game tie
                   championship tournament fixture clash play-off play-offs derby showdown Open ;

# ---------------------------------------------------------------- aid requests
lexicon en.ask.for = "asked for" "asks for" "ask for" "appealed for" "appeals for" "appeal for"
                     "pleaded for" "pleads for" "plead for" "begged for" "begs for" "called for"
                     "calls for" "call for" "pressed for" "presses for" "pushed for" requested
                     requests request sought seeks seek "is seeking" "are seeking" "was seeking"
                     "appealed to the world for" "appealed to the international community for"
                     "made an appeal for" "launched an appeal for" "issued an appeal for"
                     "made a plea for" "issued a plea for" "renewed its appeal for"
                     "renewed their appeal for" "is asking for" "are asking for" "was asking for"
                     "were asking for" "is appealing for" "are appealing for" "is calling for"
                     "are calling for" "is pleading for" "were seeking" "has been seeking"
                     "have been seeking" "has been asking for" ;
lexicon en.ask.someone = asked asks ask urged urges urge "called on" "calls on" "call on"
                         "called upon" "calls upon" "appealed to" "appeals to" begged pressed requested
                         requests ;
lexicon en.give = send provide give supply deliver lend grant offer contribute donate pledge commit
                  increase boost "step up" "speed up" deploy dispatch release "come up with" fund finance ;
# Nouns after an item that make it something other than aid: "called for an arms embargo",
# "aid workers", "the withdrawal of troops" is caught by the items' position, "troop cuts" here.
lexicon en.item.not.aid = embargo embargoes control controls sales sale inspectors inspections race trade
                          dealer dealers smuggling workers worker agency agencies group groups withdrawal
                          pullout pull-out cuts reduction reductions ban bans convoy convoys damages
                          compensation ruling claim claims lawsuit suit takeover bid offer contract fine
                          fines settlement ;
# Items asked to be taken away, not given: "asking for British troops to be pulled out".
lexicon en.undo = pulled withdrawn removed freed released laid handed returned scrapped destroyed
                  surrendered disbanded ;
# A stated need: "The United Nations needs more money". Only with a word of quantity or kind:
# "he needs the support of the shareholders" is votes, "needed the help of Dunne's leg" a goal.
lexicon en.need.modifier = more additional extra further fresh new urgent immediate about around almost
                           nearly some roughly "up to" "at least" "more than" "as much as" ;
# A stated need: "Sudan needs the support of African peacekeepers".
lexicon en.need = needs need needed "is in need of" "are in need of" "was in need of" "were in need of"
                  requires require required "badly needs" "urgently needs" "desperately needs"
                  "badly need" "urgently need" "desperately need" "still needs" "still need" ;
# "sought support for his policy" is political support, not aid.
lexicon en.political = policy policies plan plans bid candidacy campaign stance position proposal
                       proposals resolution reform reforms war move decision efforts leadership ;
# Words that may stand before the items: "called for more international aid".
lexicon en.aid.modifier = more additional extra further urgent immediate emergency new increased
                          greater fresh international Western foreign outside financial military
                          humanitarian economic substantial significant massive large "as much"
                          a an the its their his her urgently badly desperately about around almost
                          nearly some roughly "up to" "at least" "more than" ;

# ================================================================ Statement
# English is subject-verb-object, so each kind has the same shapes:
#   speaker first, with its content and without ("Mr Blair said the talks were useful": both
#   patterns run, so that a second speaker later in the sentence is found too);
#   after a modal, with the bare verb ("he will argue");
#   inverted after a quote or a clause ('"We are ready," said Mr Blair', "..., says the World
#   Bank's latest report");
#   the speaker with an apposition or a relative clause ("Martin Ward, of the SHA, said";
#   "Mr Pound, who is now married, said"; "Beijing, which described the embargo as ...");
#   the speaker's office or company after "for"/"of" ("A lawyer for Royal Mail said"), in
#   rules of their own (en.statement.*_for) whose lower priority lets a speaker right before
#   the verb win ("Shadow spokesman for sport Hugh Robertson said");
#   a second verb of the same speaker ("warned of obesity and said", "dismissed the claim,
#   saying").
# Only auxiliaries, adverbs and a date may stand between speaker and verb (en.pre), never free
# words: "an attack on the embassy was said" must not make the embassy a speaker.
# Verbs of saying proper.
rule en.statement.say
  type Statement
  lang en
  priority 1
  set kind = say
  match {subject:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>)) [","] [that] {clause:content}
  match {subject:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>))
  match (^ | "," | ";" | ":" | and | but | that | while | "\"" | "“" | "”" | "quot;") {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>))
  match {subject:speaker} [<en.pre>] <en.modal> [<en.pre>] [<en.pre>] <en.say.bare>
  # The plural present of "argue" and "claim", which are nouns too: "The Tories claim the sums
  # do not add up", "UKIP officials also argue"; not "a claim of", "claim a 5-0 win".
  match {subject:speaker} [<en.pre>] [<en.pre>] (argue|claim) !(a | an | of | accusing | to | for | against | by | "," | "." | ";") [that] {clause:content}
  match {subject:speaker} ("," {actor} "," <en.apposition> ~10 "," | "," <en.apposition> ~14 "," | "," {actor} [{actor}] [(at|of|for|from|with|in) ~8] "," | "," ~2 "," | "," !({actor} "," {actor} | <en.apposition.not> | ~12 (is|are|was|were|has|have|had|remain|remains)) ~12 "," | ("-" | "–" | "—") ~12 ("-" | "–" | "—")) [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>))
  # A relative clause, also without a comma after the clause's subject or object ("Gordon Brown
  # criticised a union leader who said"; not "Officials of the ruling party who said"), and after
  # "himself": "President George W Bush himself, who told".
  match ({actor:speaker} [(himself|herself|itself|themselves)] "," (who|which) | {subject:speaker} who) [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>))
  # A prepositional phrase after the clause's subject: "The chief negotiator in the rebel-held
  # Iraqi town of Falluja said", "Health officials at an emergency meeting in Bangkok Monday
  # said"; not where the phrase holds a clause of its own ("officials of the party who said"),
  # nor where an actor of its own ends it ("Shadow spokesman for sport Hugh Robertson said").
  match (^ | ":" | "-" | "--" | "—") [~2] {subject:speaker} (at|of|for|from|in) !(~8 (who|which|that|whom|whose|where|when|and|or|than|as|to) | ~7 {actor} [[on] {date}] (said|says|told|added)) ~8 [[on] {date}] (said|says|told|added) [","] [that] [{clause:content}]
  match {subject:speaker} [<en.pre>] [<en.pre>] <en.speech> ~20 (and|but) [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>))
  # The clause's subject with a second verb of any kind before: "Michael Howard backed the
  # proposals but said ...", "Mr Wallace agreed and said ...".
  # A wire dateline ends in a dash or colon before the clause ("BEIRUT (Reuters) - Lebanon's
  # Prime Minister Rafik al-Hariri resigned Wednesday and said", "LONDON, AUGUST 17: Britain ...").
  # The first verb's object may hold quotes and commas ("called the term \"outrageous\" and said",
  # "is considering building a plant in India, but said"); not where the subject is a possessive
  # or opens an apposition ("Ms Jowell's deputy, Richard Caborn, said ... and responded"), nor
  # after a first verb of saying (one statement: en.statement.say's own lines read "said ... and
  # said" as two), nor "went on to" a career; the words before the subject are no actor
  # ("Tory chairman Liam Fox accused Labour of ... and said").
  match (^ | ";" | ":" | "-" | "--" | "—") [!({actor}) ~2] {subject:speaker} !("'s" | "'" | "#39;s" | "’s" | "#39;" | "’" | {actor} | ~1 "," | [<en.pre>] [<en.pre>] [<en.pre>] (<en.say> | added | adds | asked | asks)) ...16 (and|but) [(also|then|later)] [<en.pre>] <en.say> !(to)
  match {subject:speaker} [<en.pre>] [<en.pre>] <en.speech> ~20 "," <en.say.ing>
  match {subject:speaker} [<en.pre>] [<en.pre>] <en.speech> !(<en.say.ing> | ~12 (be|is|are|was|were|been|being) <en.say.ing>) ~12 <en.say.ing>
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (made|makes|make|issued|issues|issue|released|releases|read|reads|gave|gives) (a|an) [~2] (statement|declaration|speech|address)
  match {subject:speaker} ["'s" | "#39;s"] (claim|claims|message|argument|view) that
  match {subject:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] asked !(for | to <en.not.to> | {actor} [[on] {date}] (to|for) | (his|her|its|their|the|a|an) ~3 (to|for))
  # "It said", "They have also warned": no speaker slot; Pipeline gives these the body or
  # group that was the previous sentence's subject, or drops them (resolve_pronoun_speakers).
  # Not "It went on sale", said of a product.
  match ^ [(but|and)] (it|they) [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to> | sale | strike | trial | display) | (added|adds) !(<en.added.not>))
  example + "Officials in Washington said the talks would resume on Monday." speaker="Officials"
  example + "Foreign Secretary Jack Straw said the talks were useful." speaker="Jack Straw" content="the talks were useful"
  example + "Russian President Vladimir Putin said on Wednesday that Russia was ready to help." speaker="Vladimir Putin"
  example + "The militant Palestinian group Hamas said Friday it was setting aside its differences." speaker="Hamas"
  example + "Labour has said it will not raise taxes." speaker="Labour"
  example + "But the Tory leader will argue against positive discrimination." speaker="leader"
  example + "Tory leader Michael Howard also backed the proposals but said ministers had been slow." speaker="Michael Howard"
  example + "Mr Pound, who is now married with two children, said: \"I was a nutter.\"" speaker="Mr Pound"
  example + "Martin Ward, of the Secondary Heads Association, said the plan was bad." speaker="Martin Ward"
  example + "Gary Lane, commercial director at Rightmove, said prices would fall." speaker="Gary Lane"
  example + "Paul Ross, chairman and chief executive, said: \"We had a good year.\"" speaker="Paul Ross"
  example - "The storm hit the Maldives, as it did Sri Lanka, said officials."
  example + "Iraq's interim prime minister, Iyad Allawi, said elections would go ahead." speaker="prime minister"
  example + "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised." speaker="Ross Walker"
  example + "The prince, 20, apologised for the costume." speaker="prince"
  example + "The Conservatives warned of rising obesity levels and said more sport was needed." speaker="Conservatives"
  example + "The Daily Mail dismissed the claim, saying the media played no role." speaker="Daily Mail"
  example + "Catherine Fitzsimons and Deidre Fitzsimons make a statement to the media in Dublin." speaker="Catherine Fitzsimons"
  example + "Gordon Brown says he will stay." speaker="Gordon Brown"
  example + "Boris Gryzlov, chairman of the State Duma, the lower house of the Russian parliament, told reporters the vote was fair." speaker="Boris Gryzlov"
  example + "But the Tory leader will argue against positive discrimination saying it is outdated." speaker="leader"
  example + "Birmingham's Sion Simon even went so far as to suggest that the date was fixed." speaker="Sion Simon"
  example + "BEIRUT (Reuters) - Lebanon's Prime Minister Rafik al-Hariri resigned Wednesday and said he would not form a new government." speaker="Rafik al-Hariri"
  example + "The firm is considering building a plant in India, but said it had yet to decide." speaker="firm"
  example + "Labour MP Ann Clwyd called the report \"shameful\" and said ministers must act." speaker="Ann Clwyd"
  example - "Reeves found fame in a teen comedy and went on to star in action films."
  example + "Tory chairman Liam Fox accused Labour of \"a downright lie\" and said the tactics had failed." speaker="Liam Fox"
  example + "The minister criticised a union leader who said the talks had failed." speaker="leader"
  example + "Israel #39;s Ariel Sharon has rejected the request, seeking to avoid any show of weakness, security sources said." speaker="security sources"
  example + "The interior ministers agreed to adopt digital fingerprinting, officials here said." speaker="officials"
  example + "An Israeli soldier shot a gunman near the settlement, a military source said." speaker="military source"
  example + "Opec members said output would not change." speaker="Opec members"
  example + "The World Bank estimates that remittances will rise." speaker="World Bank"
  example + "Roberto Lavagna estimated that the losses would be small." speaker="Roberto Lavagna"
  example + "Italian Prime Minister Silvio Berlusconi voiced concerns about the strength of the euro." speaker="Silvio Berlusconi"
  example + "Reuters - The chief negotiator in the rebel-held Iraqi town of Falluja said talks had stopped." speaker="chief negotiator"
  example + "Shadow spokesman for sport Hugh Robertson said the plan was bad." speaker="Hugh Robertson"
  example - "Reuters - Officials of the ruling party who said they would resign left the talks."
  example + "The Tories claim the sums do not add up." speaker="Tories"
  example + "UKIP officials also argue that Mr Kilroy-Silk has not been straightforward." speaker="UKIP officials"
  example - "Ms Villalba's claim of victimisation was rejected."
  example - "In the final the US claim a 5-0 win over Mexico."
  example - "The talks had failed, sources said."
  example - "The talks had failed, members said."
  example - "The attack on the embassy was said to be planned."
  example - "Nobody said anything."
  example - "Dogs said to smell cancer signs."
  example + "It added that the plan had failed."
  example + "They have also said that more jobs will go."
  example - "It is said to be the largest plant in Europe."
  example - "It went on sale in Japan before Christmas."
  example - "Joe Rokocoko and Piri Weepu both added tries before the break."
  example - "The Supreme Court was asked to rule on the case."
  example - "Foreign Secretary Jack Straw has a say in the matter."
  example - "UN estimates suggest 100,000 people died."
  example - "An estimated 50,000 people marched through Rome."
  example - "BA's estimated surcharge revenues will fall short of the rise in fuel costs."
end

# The clause's subject did something else and explained it: "Philippine communist rebels freed
# two soldiers on Wednesday, saying ...". Only the subject that opens the sentence (or follows a
# dateline), and not one that runs into another actor ("Lib Dem foreign affairs spokesman ...",
# "AFP - Germany's court"). Below en.statement.say: where both read one verb, theirs stays.
rule en.statement.saying
  type Statement
  lang en
  set kind = say
  match (^ | ":" | "-" | "--" | "—") {subject:speaker} !({actor} | "-" | "–" | "(" | ~2 {actor}) ~20 "," (saying|adding)
  example + "Philippine communist rebels freed two soldiers on Wednesday, saying the release was a goodwill gesture." speaker="rebels"
  example + "North Korea on Friday eased its tough stance against the United States, saying it would attend talks." speaker="North Korea"
  example - "Two soldiers were freed on Wednesday, the army saying they were well."
  example - "AFP - Germany's federal court ruled against the company, saying the claim was void."
end

# The same with an appeal or a demand: "Musharraf kicked off a visit to Italy by calling on the
# world to unite", "the fighters left the battlefields, turning in their weapons and asking
# society to take them back". Asking is an appeal with "to" or "for" after it, not a question
# ("by asking what they would do", "by asking about voting intentions"). Not after a passive's
# agent: in "A complaint has been made by the Board of Deputies, demanding an inquiry" the
# sentence's first actor is not the one who demands.
rule en.statement.urging
  type Statement
  lang en
  set kind = appeal
  set kind = demand if <en.demand.ing>
  match (^ | ":" | "-" | "--" | "—") {subject:speaker} !({actor} | "-" | "–" | "(" | ~2 {actor} | ~12 (been|was|were|being) ~6 by) ~20 ("," [~6 and] | and | by) (<en.urge.ing> | <en.demand.ing> | asking !(about | what | whether | how | if | why | when | where | who | ":") ~4 (to|for))
  example + "AFP - Pakistani President Pervez Musharraf kicked off a three-day visit to Italy by calling on the world to unite." speaker="Pervez Musharraf" kind="appeal"
  example + "Colombian fighters left the battlefields, turning in their weapons and asking society to take them back." speaker="fighters" kind="appeal"
  example + "Prime Minister Tony Blair tried to bridge the rift over Iraq, urging a divided world to unite." speaker="Tony Blair" kind="appeal"
  example - "Mr Blair threw them off their stride by asking what they would do."
  example - "Two soldiers were freed on Wednesday, the army urging calm."
  example + "AP - Iran sought on Wednesday to roll back its commitment, demanding the right to run some equipment." speaker="Iran" kind="demand"
  example + "Nicola Sturgeon wrote a letter accusing the first minister of an error and calling for him to apologise." speaker="Nicola Sturgeon" kind="demand"
  example - "Two soldiers were freed on Wednesday, the army demanding a ransom."
  example - "An official complaint has been made to watchdogs by the Board of Deputies of British Jews, demanding an inquiry."
end

# Telling someone: the addressee is a role of its own.
rule en.statement.tell
  type Statement
  lang en
  priority 1
  set kind = say
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (told|tells|tell) {actor:addressee} [","] [that] {clause:content}
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (told|tells|tell) {actor:addressee}
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (told|tells|tell) (reporters|journalists|"the press"|"a news conference"|"a press conference"|"the BBC")
  example + "Mr Blair told President Bush that the plan would work." speaker="Mr Blair" addressee="Bush"
  example + "Prime Minister Recep Tayyip Erdogan told reporters the vote was fair." speaker="Erdogan"
  example - "Mr Blair was told to leave."
end

# Attribution without a verb of the speaker's own, and passive attribution.
rule en.statement.according
  type Statement
  lang en
  set kind = say
  match according to [(a|the) (statement|report|spokesman|spokeswoman|website|communique|letter) (by|from|of|on)] {actor:speaker} !(reports|report|media | ("#39;s" | "'s") {actor})
  match according to [the] {actor} ("#39;s" | "'s") {actor:speaker}
  match {subject:speaker} [<en.pre>] (was|were|is|are) quoted ~6 as (saying|telling)
  match (quoted|citing) {actor:speaker} as (saying|telling)
  example + "According to the UN, 100 people died." speaker="UN"
  example + "A senior Iran diplomat was quoted as saying that Tehran would resist." speaker="diplomat"
  example + "Civilians may need aid, according to Iraq #39;s Islamic Party." speaker="Islamic Party"
  example - "According to reports, 100 people died."
end

# Declining to speak is a negated statement ("n't" is not a word the modality cues read).
rule en.statement.say_not
  type Statement
  lang en
  priority 2
  set kind = say
  set modality = negated
  match {subjects:speaker} [<en.pre>] <en.pre.not> [<en.pre>] (say|comment|elaborate|speculate|confirm|reveal|disclose|discuss)
  match {subjects:speaker} [<en.pre>] (declined|refused|declines|refuses|decline|refuse) to (comment|say|elaborate|speculate|confirm|discuss|reveal|disclose|"give details"|"be drawn" !(into))
  match {subject:speaker} (for|of|at|from) ~5 [<en.pre>] (declined|refused|declines|refuses|decline|refuse) to (comment|say|elaborate|speculate|confirm|discuss|reveal|disclose|"give details"|"be drawn" !(into))
  match {subjects:speaker} [<en.pre>] (would|could|did|will) not [<en.pre>] (comment|say|elaborate|speculate|confirm|discuss|reveal|disclose|"be drawn" !(into))
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (avoided|avoids|avoid) (saying|suggesting|commenting|mentioning)
  example + "Mr Blair didn't say so." speaker="Mr Blair"
  example + "A spokesman for the firm refused to comment on the reports." speaker="spokesman"
  example + "The Foreign Office would not comment." speaker="Foreign Office"
  example + "Liberal Democrat leader Charles Kennedy avoided suggesting a date." speaker="Charles Kennedy"
  example + "Speaking on the radio, Mr Varley declined to be drawn on reports of merger talks." speaker="Mr Varley"
  example + "Downing Street would not be drawn on the claim." speaker="Downing Street"
  example - "Mr Blair said so."
  example - "Britain refused to be drawn into the war."
end

# The verbs of warning, stressing, demanding, appealing, criticising, rejecting, announcing,
# denying, promising, praising, threatening and confirming share their shapes: one rule, whose
# kind is that of the verb it matched. Each shape: the speaker right before the verb, after
# the opening of a clause, before an apposition or a relative clause, after a first verb of
# saying ("said ... and warned", "said ..., urging"), and a sentence's "it"/"they".
rule en.statement.verb
  type Statement
  lang en
  priority 1
  set kind = warn if <en.warn> <en.warn.ing>
  set kind = stress if <en.stress> <en.stress.ing>
  set kind = demand if <en.demand> <en.demand.ing>
  set kind = appeal if <en.urge> <en.urge.ing>
  set kind = criticise if <en.criticise> <en.criticise.ing>
  set kind = reject if <en.reject> <en.reject.ing>
  set kind = announce if <en.announce> <en.announce.ing>
  set kind = deny if <en.deny> <en.deny.ing>
  set kind = promise if <en.promise> <en.promise.ing>
  set kind = praise if <en.praise> <en.praise.ing>
  set kind = threaten if <en.threaten> <en.threaten.ing>
  set kind = confirm if <en.confirm> <en.confirm.ing>
  match {subject:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.warn> !(over) [{actors:addressee}] | <en.stress> !(on) | <en.demand> [{actors:addressee}] | <en.urge> [{actors:addressee}] | <en.criticise> !(into|ashore|through|across|onto|against) [{actors:addressee}] | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>) [","] [that] {clause:content}
  match {subject:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>)
  match (^ | "," | ";" | ":" | and | but | that | while | "\"" | "“" | "”" | "quot;") {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>)
  match {subject:speaker} ("," {actor} "," <en.apposition> ~10 "," | "," <en.apposition> ~14 "," | "," {actor} [{actor}] [(at|of|for|from|with|in) ~8] "," | "," ~2 "," | "," !({actor} "," {actor} | <en.apposition.not> | ~12 (is|are|was|were|has|have|had|remain|remains)) ~12 "," | ("-" | "–" | "—") ~12 ("-" | "–" | "—")) [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>)
  match ({actor:speaker} [(himself|herself|itself|themselves)] "," (who|which) | {subject:speaker} who) [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>)
  match {subject:speaker} [<en.pre>] [<en.pre>] <en.speech> ~20 (and|but) [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.praise> | <en.threaten> | <en.confirm>)
  match {subject:speaker} [<en.pre>] [<en.pre>] <en.speech> ~20 "," (<en.warn.ing> | <en.stress.ing> | <en.demand.ing> | <en.urge.ing> | <en.criticise.ing> | <en.reject.ing> | <en.announce.ing> | <en.deny.ing> | <en.promise.ing> | <en.praise.ing> | <en.threaten.ing> | <en.confirm.ing>)
  match ^ [(but|and)] (it|they) [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (<en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.reject> | <en.announce> | <en.deny> | <en.promise> | <en.threaten> | <en.confirm>)
  example + "Austrian Chancellor Wolfgang Schuessel warned that Turkey was not ready." speaker="Wolfgang Schuessel" content="Turkey was not ready" kind="warn"
  example + "General Motors has warned of lower profits." speaker="General Motors" kind="warn"
  example + "They have also warned there are more cuts on the horizon." kind="warn"
  example + "The events must not be swept under the carpet, the Tories have warned." speaker="Tories" kind="warn"
  example - "Parties warned over grey vote"
  example - "The warning came too late."
  example + "Council tax payers are not eligible, officials have stressed." speaker="officials" kind="stress"
  example + "Prime Minister Tony Blair insisted that the war was legal." speaker="Tony Blair" kind="stress"
  example - "The stress of the campaign showed."
  example - "The minister insisted on a vote."
  example + "German Chancellor Gerhard Schroeder and French President Jacques Chirac have repeatedly called for the ban to be lifted." speaker="Jacques Chirac" kind="demand"
  example + "The Tory leader will also call for religious tolerance." speaker="leader" kind="demand"
  example + "The Trades Union Congress is calling for an end to the raw deal." speaker="Trades Union Congress" kind="demand"
  example + "Hamas said Friday it was setting aside its differences with Palestinian leader Yasser Arafat and called for unity." speaker="Hamas" kind="demand"
  example + "Mr Lishman urged parties to listen." speaker="Mr Lishman" kind="appeal"
  example - "Chinese demand for steel rose."
  example - "The call for calm went unheard."
  example + "Russian President Vladimir Putin has called upon the West to act." speaker="Vladimir Putin" addressee="West" kind="appeal"
  example + "Mr Lishman urged the next government to raise the state pension." speaker="Mr Lishman" kind="appeal"
  example + "Singapore on Monday urged the two sides to resume talks." speaker="Singapore" kind="appeal"
  example + "Mr Howard said the plan was wrong, urging ministers to think again." speaker="Mr Howard" kind="appeal"
  example + "Nervous Republicans are urging President Bush to unveil a plan." speaker="Republicans" kind="appeal"
  example - "There were calls on the government to resign."
  example + "France has criticized the decision." speaker="France" kind="criticise"
  example + "China said it was worried about the stalling of talks about North Korea #39;s nuclear programme and blamed the lack of trust." speaker="China" kind="criticise"
  example + "Israel accused Syria of harbouring militants." speaker="Israel" addressee="Syria" kind="criticise"
  example + "Britain has complained to the broadcasting watchdog about the film." speaker="Britain" kind="criticise"
  example - "The criticism was harsh."
  example + "Sudan condemned the attack by militants." speaker="Sudan" kind="criticise"
  example - "Hurricane Ivan slammed into the coast."
  example - "Hurricane Ivan slammed ashore early Thursday."
  example - "The convoy was attacked by insurgents."
  example + "Tehran rejected the offer." speaker="Tehran" kind="reject"
  example - "Prime Minister Tony Blair dismissed the minister."
  example - "The offer was rejected."
  example + "Secretary of State Colin Powell announced his resignation." speaker="Colin Powell" kind="announce"
  example + "Labour has unveiled a new poster." speaker="Labour" kind="announce"
  example - "The announcement came on Monday."
  example - "The group said it is well organised, with 350 volunteers, and will be announcing its plans."
  example + "The Kremlin denied the reports." speaker="Kremlin" kind="deny"
  example + "It denies having any role in the protests." kind="deny"
  example - "The denial came late."
  example + "Chechnya's new leader vowed on Monday to rebuild the region." speaker="leader" kind="promise"
  example + "Tony Blair has promised more sport in schools." speaker="Tony Blair" kind="promise"
  example + "Jet fuel supplier China Aviation Oil has offered to repay its creditors $220m." speaker="China Aviation Oil" kind="promise"
  example - "The shares were offered to investors at $10."
  example + "Ukrainian Prime Minister Viktor Yanukovich said he would not resign, and he defiantly vowed to fight on." speaker="he" kind="promise"
  example - "The promise of peace was broken."
  example + "The European Commission praised the reforms." speaker="European Commission" kind="praise"
  example - "The reforms won praise."
  example + "India welcomed the decision by Pakistan." speaker="India" kind="praise"
  example + "Russia threatened to retaliate." speaker="Russia" kind="threaten"
  example + "The militants had on Tuesday threatened to kill the hostages." speaker="militants" kind="threaten"
  example - "The threat remains."
  example + "Japan has confirmed the death of a hostage." speaker="Japan" kind="confirm"
  example + "Mr Howard - himself the son of immigrants - will acknowledge that progress has been made." speaker="Mr Howard" kind="confirm"
  example - "The confirmation came on Monday."
  example + "Tory Dominic Grieve branded the way the office operated as \"scandalous\"." speaker="Dominic Grieve" kind="criticise"
  example + "Vincent Kemp, for the Liberal Democrats, accused the chancellor of ducking tough choices." speaker="Vincent Kemp" kind="criticise"
end

# What en.statement.verb does not cover, verb by verb: a warning by name ("a police warning").
rule en.statement.warn
  type Statement
  lang en
  priority 1
  set kind = warn
  match {subject:speaker} ["'s" | "#39;s"] (warning|warnings)
  example + "A police warning went unheeded." speaker="police"
end

# "will emphasise": the bare verb after a modal.
rule en.statement.stress
  type Statement
  lang en
  priority 1
  set kind = stress
  match {subject:speaker} [<en.pre>] <en.modal> [<en.pre>] [<en.pre>] <en.stress.bare>
  example + "The minister will emphasise that the law is fair." speaker="minister"
  example - "The stress of the campaign showed."
end

rule en.statement.thank
  type Statement
  lang en
  set kind = thank
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.thank> {actor:addressee} [for {phrase:content}]
  match {subjects:speaker} [<en.pre>] [<en.pre>] expressed (his|her|its|their) (gratitude|thanks|appreciation) to {actor:addressee} [for {phrase:content}]
  example + "President Hamid Karzai thanked the United States for its support." speaker="Hamid Karzai" addressee="United States" content="its support"
  example - "Thanks to the United States, the road was rebuilt."
end

# "The unions demand higher wages" (the bare verb is too often the noun for en.demand: "demand
# for oil"), and "the union's demand for".
rule en.statement.demand
  type Statement
  lang en
  priority 1
  set kind = demand
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (demanded|demands|demand) !(for|from|of|in|is|was|has|growth|rose|fell|rises|falls|grew)
  match {subject:speaker} ("'" | "#39;" | "'s" | "#39;s") (demand|demands|call|calls) (for|that)
  example + "MPs demand an inquiry into the sale." speaker="MPs"
  example + "The Tories' call for a referendum was rejected." speaker="Tories"
  example - "Chinese demand for steel rose."
  example - "Demand for oil fell."
end

# Criticism by a bare verb after a modal, by describing or dismissing someone as something, and
# in the passive ("was condemned by").
rule en.statement.criticise
  type Statement
  lang en
  priority 1
  set kind = criticise
  match {subject:speaker} [<en.pre>] <en.modal> [<en.pre>] [<en.pre>] <en.criticise.bare>
  match {actor:speaker} "," (who|which) [<en.pre>] [<en.pre>] (described | dismissed) ~8 as
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] dismissed [{actor:addressee}] ~6 as
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] described {actor:addressee} as
  match (<en.passive> [<en.pre>] <en.criticise.participle> ...8 | <en.criticise.participle>) by {actors:speaker}
  match (<en.passive> [<en.pre>] <en.criticise.participle> ...8 | <en.criticise.participle>) by {actor} ...8 and by {actors:speaker}
  example + "The election was condemned by rights groups as a stage-managed show and by Washington as flawed." speaker="rights groups"
  example + "Plans to lift the embargo have been condemned by human rights groups and the opposition." speaker="human rights groups"
  example + "A failed government scheme has been branded a \"disgraceful waste\" by MPs." speaker="MPs"
  example + "Democrat John Kerry on Friday dismissed the Republican convention as bitter and insulting." speaker="John Kerry"
  example + "The move was welcomed by Beijing, which described the embargo as a relic." speaker="Beijing"
  example + "Mr Howard will attack Labour's record in government." speaker="Mr Howard"
end

# Dismissing a claim or a report, and rejecting in the passive.
rule en.statement.reject
  type Statement
  lang en
  priority 1
  set kind = reject
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] dismissed ...4 <en.dismissed.object>
  match (<en.passive> [<en.pre>] <en.reject.participle> ...4 | <en.reject.participle>) by {actors:speaker}
  example + "The Daily Mail today dismissed David Blunkett #39;s claim that the media played a role." speaker="Daily Mail"
  example + "The demand was rejected by government negotiators." speaker="government"
end

)eventex",
R"eventex(

# Praise in the passive ("was welcomed by").
rule en.statement.praise
  type Statement
  lang en
  priority 1
  set kind = praise
  match (<en.passive> [<en.pre>] <en.praise.participle> ~6 | <en.praise.participle>) by [~2] {actors:speaker}
  example + "The report was welcomed by Conservative shadow pensions secretary David Willetts." speaker="David Willetts"
end

rule en.statement.appeal
  type Statement
  lang en
  set kind = appeal
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.appeal> to {actors:addressee} [to|for] [{clause:content}]
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.appeal> (to|for) {clause:content}
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.appeal> (to|for)
  example + "The Pope appealed to the warring parties to lay down their arms." speaker="Pope"
  example + "Ivory Coast President Laurent Gbagbo appealed for an end to the violence." speaker="Laurent Gbagbo"
  example - "The company appealed against the ruling."
end

# Asking someone to act or for something is a request, as "auffordern" is in German; asking a
# question ("asked him whether") stays en.statement.say's.
rule en.statement.ask_to
  type Statement
  lang en
  priority 2
  set kind = appeal
  match {subjects:speaker} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (asked|asks) ({actors:addressee} | (his|her|its|their|the|a|an) ~3) [[on] {date}] (to !(<en.not.to>) | for) [{clause:content}]
  example + "US Secretary of State Colin Powell asked his European counterparts for support on Iraq." speaker="Colin Powell"
  example + "Federal election officials have asked a judge to stay the ruling." speaker="officials" addressee="judge"
  example + "The US has asked the World Trade Organisation to investigate the subsidies." speaker="US" addressee="World Trade Organisation"
  example - "The first question from Bob Laxton asked him whether he would carry on."
  example - "Mr Blair was asked to leave."
  example - "Mr Blair asked what to do next."
end

# A speaker with a phrase after it, before the verb: "A lawyer for the families called for an
# inquiry", "A spokesman at the ministry denied the reports".
rule en.statement.verb_for
  type Statement
  lang en
  set kind = say
  set kind = warn if <en.warn>
  set kind = stress if <en.stress>
  set kind = demand if <en.demand>
  set kind = appeal if <en.urge>
  set kind = deny if <en.deny>
  set kind = confirm if <en.confirm>
  set kind = criticise if <en.criticise>
  set kind = announce if <en.announce>
  set kind = reject if <en.reject>
  match {subject:speaker} (for|of|at|from|to !(<en.reject> | <en.confirm> | <en.deny> | <en.announce> | <en.criticise>)) ~5 [<en.pre>] [<en.pre>] (<en.say> !(to <en.not.to>) | (added|adds) !(<en.added.not>) | <en.warn> !(over) | <en.stress> !(on) | <en.demand> | <en.urge> | <en.deny> | <en.confirm> | <en.criticise> !(into|ashore|through|across|onto|against) | <en.announce> | <en.reject>)
  example + "A lawyer for Royal Mail said the delays were regrettable." speaker="lawyer" kind="say"
  example - "The search for survivors went on."
  example + "A lawyer at the court warned of a disaster." speaker="lawyer" kind="warn"
  example + "A lawyer at the court stressed that no decision had been made." speaker="lawyer" kind="stress"
  example + "A lawyer for the families called for an inquiry." speaker="lawyer" kind="demand"
  example + "A lawyer for the families called on the government to act." speaker="lawyer" kind="appeal"
  example + "A spokesman for the company denied the reports." speaker="spokesman" kind="deny"
  example + "A spokeswoman for the police confirmed the arrest." speaker="spokeswoman" kind="confirm"
  example + "A spokesman for the opposition criticised the plan." speaker="spokesman" kind="criticise"
  example + "A spokesman for the ministry announced new measures." speaker="spokesman" kind="announce"
  example + "A spokesman for the rebels rejected the offer." speaker="spokesman" kind="reject"
  example - "Supporters urged the club to reject the offer."
  example - "Shareholders asked the company to confirm the figures."
end

# Inverted order after a quote or a clause. What precedes is the reported content, so its
# "will" does not make the statement planned: the modality is set.
rule en.statement.inverted
  type Statement
  lang en
  set kind = say
  set modality = asserted
  set kind = warn if <en.warn.inverted>
  set kind = stress if <en.stress.inverted>
  set kind = appeal if <en.urge.inverted>
  set kind = deny if <en.deny.inverted>
  set kind = confirm if <en.confirm.inverted>
  match ("," | <en.quote>) [<en.quote>] [<en.quote>] (<en.say.inverted> | <en.warn.inverted> | <en.stress.inverted> | <en.urge.inverted> | <en.deny.inverted> | <en.confirm.inverted>) ({subject:speaker} [[","] [on] {date}] ("," | $) | [(the|a|an) ~3] {subject:speaker} [("#39;s" | "'s") ...4] [<en.pre>] [{date}] $ | ~2 {subject:speaker} $)
  match ("," | <en.quote>) [<en.quote>] [<en.quote>] (<en.say.inverted> | <en.warn.inverted> | <en.stress.inverted> | <en.urge.inverted> | <en.deny.inverted> | <en.confirm.inverted>) {subjects:speaker} ("," | $)
  # The speaker's firm after the name: "said analyst Alex Potter at Lehman Brothers."
  match ("," | <en.quote>) [<en.quote>] [<en.quote>] <en.say.inverted> {subject:speaker} (of|at|from) ~6 ("," | $)
  example + "\"We are ready,\" said Prime Minister Tony Blair." speaker="Tony Blair" kind="say"
  example + "\"The numbers are in line,\" said analyst Jane Miller at Lehman Brothers." speaker="Jane Miller" kind="say"
  example + "\"Spending will hold up,\" said economist Tom Brady of Argus Research, adding that jobs grew." speaker="Tom Brady" kind="say"
  example - "Growth was strong, said one of the analysts at the bank."
  example + "The plan will work, said residents and the military." speaker="military" kind="say"
  example + "Iraqi forces are riddled with problems, say local U.S. officials." speaker="officials" kind="say"
  example - "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised."
  example + "\"Be prepared for a nasty figure,\" warned HVB Group economist Andreas Rees." speaker="Andreas Rees" kind="warn"
  example - "The talks had failed, it was admitted."
  example + "The war was legal, insisted Prime Minister Tony Blair." speaker="Tony Blair" kind="stress"
  example + "\"Act now,\" urged the Red Cross." speaker="Red Cross" kind="appeal"
  example + "\"We never did,\" denied the army." speaker="army" kind="deny"
  example + "The talks had failed, admitted Foreign Secretary Jack Straw." speaker="Jack Straw" kind="confirm"
end

# ================================================================ Meeting
# Meeting someone, or two parties meeting; a match between players is no meeting.
rule en.meeting.meet
  type Meeting
  lang en
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.meet> {actors:guest} !(<en.not.guest> | "," <en.say> | <en.say> | ~4 <en.sport>) [[on {date}] in {place:location}]
  match {subject:host} (and|",") {actors:guest} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (met|meet|"met up") !(with | ~4 <en.sport>) [[on {date}] in {place:location}]
  example + "Prime Minister Tony Blair met President Jacques Chirac in Paris on Monday." host="Tony Blair" guest="Jacques Chirac" location="Paris"
  example + "US Secretary of State Colin Powell is due to meet Chinese Foreign Minister Li Zhaoxing." guest="Li Zhaoxing"
  example + "US Undersecretary of State John Bolton is meeting British officials this week." host="John Bolton" guest="officials"
  example + "President Bush and Prime Minister Tony Blair met in Washington." host="Bush" guest="Tony Blair"
  example + "Saddam Hussein met with a defense lawyer on Thursday." host="Saddam Hussein" guest="lawyer"
  example + "The president sat down with his Afghan counterpart." guest="counterpart"
  example - "The plan met with criticism."
  example - "The government met the rebels' demands."
  example - "Lleyton Hewitt will meet Roger Federer in the final."
  example - "Wayne Rooney met Gary Neville's cross with a low shot."
  # How long, when or how they met, before with whom: "met for five hours on Sunday with".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (met|meet|meets|"is meeting"|"are meeting"|"was meeting"|"were meeting") ~5 with {actors:guest} !(<en.not.guest> | "," <en.say> | <en.say> | ~4 <en.sport>) [[on {date}] in {place:location}]
  example + "The US military met for five hours on Sunday with representatives of the cleric." host="US military" guest="representatives"
  example + "Prime Minister Ariel Sharon is to meet formally with Palestinian officials." guest="Palestinian officials"
  example - "The proposal met on Monday with fierce criticism."
  # The host in a relative clause: "Mr Sullivan, who met Mr Ebbers weekly, said",
  # "Stephen Schechter, a banker who has met Borussia Dortmund".
  match {actor:host} "," [~6] (who|which) [<en.pre>] [<en.pre>] <en.meet> {actors:guest} !(<en.not.guest> | ~4 <en.sport>)
  example + "Mr Sullivan, who met Mr Ebbers every week, told the jury he was afraid." host="Mr Sullivan" guest="Mr Ebbers"
  example + "Stephen Schechter, a banker who has met with Borussia Dortmund, said the club needed money." host="Stephen Schechter" guest="Borussia Dortmund"
  example - "The plan, which met the targets, was approved."
end

# Talks, negotiations and calls with someone.
rule en.meeting.talks
  type Meeting
  lang en
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.hold> ~3 <en.talks> with {actors:guest} !("," <en.say> | <en.say>) [(on|about|over) {phrase:topic}]
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (spoke|speaks|talked|talks|conferred|confers) <en.by.phone> (with|to) {actors:guest} [(on|about|over) {phrase:topic}]
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (spoke|speaks|talked|talks|conferred|confers) (with|to) {actors:guest} <en.by.phone>
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (telephoned|telephones|phoned|phones|rang|rings|conferred|confers) [with] {actors:guest} !(<en.not.guest>)
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] [(is|are|was|were|be|been)] (negotiating|negotiated|negotiate|negotiates) [{date}] with {actors:guest}
  # Both sides as the subject: "Iran and the EU resumed talks on Wednesday".
  match {subject:host} (and|"&") {actors:guest} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.hold> !(up | off) ~1 (talks|"peace talks"|negotiations|discussions|consultations) !(with | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "Chancellor Gerhard Schroeder spoke by phone with President Vladimir Putin." host="Gerhard Schroeder" guest="Vladimir Putin"
  example + "The prime minister also spoke on the telephone to President George Bush." host="prime minister" guest="George Bush"
  example - "He spoke on the phone to a radio station about the match."
  example + "Prime Minister Ariel Sharon held talks with Egyptian President Hosni Mubarak on the Gaza pullout." guest="Hosni Mubarak" topic="the Gaza pullout"
  example + "Tribal elders and local officials are negotiating with the kidnappers of two engineers." host="officials" guest="kidnappers"
  example + "Deutsche Boerse has continued talks with LSE chief executive Clara Furse." host="Deutsche Boerse" guest="Clara Furse"
  example - "The talks with the rebels failed."
  example + "Iran and the EU resumed talks on Wednesday on the nuclear programme." host="Iran" guest="EU"
  example + "Russian President Vladimir Putin and German Chancellor Gerhard Schroeder held talks in Moscow." host="Vladimir Putin" guest="Gerhard Schroeder"
  example - "Iran and the EU held up talks on the deal."
  example + "India and Pakistan wind up talks on Kashmir" host="India" guest="Pakistan"
  # A date between the talks and the other side: "held a meeting Monday with President Arafat".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.hold> ~3 <en.talks> {date} with {actors:guest} !("," <en.say> | <en.say>) [(on|about|over) {phrase:topic}]
  # Talks taken up again or under way: "reopened negotiations with", "is engaged in talks with".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (reopened|reopens|reopen|"engaged in"|"is engaged in"|"are engaged in"|"was engaged in") ~3 <en.talks> with {actors:guest} !("," <en.say> | <en.say>) [(on|about|over) {phrase:topic}]
  example + "The former security minister held a fence-mending meeting Monday with President Yasser Arafat." host="minister" guest="Yasser Arafat"
  example + "The Irish Republican Army has reopened negotiations with the British government." guest="British government"
  example + "The interim government is engaged in cease-fire talks with Sunni leaders." host="interim government" guest="Sunni leaders"
  example - "The reopened talks with the rebels failed."
  # The talks' own adjective quoted: "have held \"constructive, professional\" talks with".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.hold> [(a|an)] <en.quote> ...8 <en.talks> with {actors:guest} !("," <en.say> | <en.say>) [(on|about|over) {phrase:topic}]
  # The host in a relative clause: "Stephen Schechter, a banker who has held talks with Borussia".
  match {actor:host} "," [~6] (who|which) [<en.pre>] [<en.pre>] <en.hold> ~3 <en.talks> with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "Deutsche Boerse has held \"constructive, professional and friendly\" talks with the London Stock Exchange." host="Deutsche Boerse" guest="London Stock Exchange"
  example + "Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund, said the club needs money." host="Stephen Schechter" guest="Borussia Dortmund"
  example - "The rebels, who held \"secret\" elections, said nothing."
  # Discussing with someone, or two sides discussing: "Kirchner discussed the debt with French
  # President Jacques Chirac", headlines "Russia, Germany Discuss Energy Ties".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (discussed|discusses|discuss|"to discuss") ~8 with {actors:guest} !(<en.not.guest> | ~4 <en.sport>)
  match {subject:host} and {actors:guest} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (discussed|discuss|Discuss|Discussed|"to discuss"|"To Discuss") !(~4 <en.sport>)
  # The comma joins the sides only in a headline: "Talking to students, Lee discussed" is no pair.
  match ^ {subject:host} "," {actors:guest} [<en.pre>] [<en.pre>] (discussed|discuss|Discuss|Discussed|"to discuss"|"To Discuss") !(~4 <en.sport>)
  example + "President Kirchner discussed this problem with French president Jacques Chirac." host="Kirchner" guest="Jacques Chirac"
  example + "Russia, Germany Discuss Energy Ties" host="Russia" guest="Germany"
  example + "Prime Minister Tony Blair and President Jacques Chirac discussed Iraq on Monday." host="Tony Blair" guest="Jacques Chirac"
  example - "The report discussed the plan in detail."
  example - "Analysts discussed the figures with caution."
  example - "Speaking to American students, Spike Lee discussed his films."
  # Talks held at a place, the other side left to the context: "PLO chief holds landmark talks in
  # Damascus", "EU leaders are holding talks in Brussels", "Straw, who will hold talks in Beijing".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (held|holds|hold|holding|"is holding"|"are holding"|"was holding"|"were holding") [(landmark|private|further|fresh|emergency|crisis|bilateral|formal|informal)] (talks|"peace talks"|negotiations|consultations) [[on] {date}] (in|at) {place:location}
  match {actor:host} "," [~6] (who|which) [<en.pre>] [<en.pre>] (held|holds|hold|holding) [(landmark|private|further|fresh|emergency|crisis|bilateral|formal|informal)] (talks|"peace talks"|negotiations|consultations) [[on] {date}] (in|at) {place:location}
  example + "PLO chief Mahmoud Abbas holds landmark talks in Damascus" host="Mahmoud Abbas" location="Damascus"
  example + "EU leaders are holding talks in Brussels on the economy." host="EU leaders" location="Brussels"
  example + "UK Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, said the ban should go." host="Jack Straw" location="Beijing"
  example - "The two banks reportedly held talks in October."
  example - "The rebels held positions in Darfur."
end

# The meeting as a noun: "talks between X and Y", "the summit with Y".
rule en.meeting.between
  type Meeting
  lang en
  match (talks|"peace talks"|negotiations|meeting|meetings|summit|discussions|consultations|"phone call"|"telephone call"|"phone conversation"|"telephone conversation"|"a call"|contacts) between {actors:participants} (and|"&") [~2] {actor:guest}
  # The place between noun and parties: "talks in New Delhi between Middle East producers and China".
  match (talks|"peace talks"|negotiations|meeting|meetings|summit|discussions|consultations) (in|at) {place:location} between {actors:participants} (and|"&") [~2] {actor:guest}
  # Capitalised after a colon or dash that opens a wire item: "SEOUL: Talks between Japan and ...".
  match (Talks|Negotiations|Meetings|Consultations) between {actors:participants} (and|"&") [~2] {actor:guest}
  match (summit|meeting|talks|"phone call"|"telephone call"|visit|"state visit") (of|by) {actors:participants} (with|to) {actors:guest}
  match (summit|"phone call"|"telephone call"|"phone conversation"|"telephone conversation") with {actors:guest} [(on|about|over) {phrase:topic}]
  example + "Peace talks between Sudan's government and Darfur rebels resumed in Abuja." participants="government" guest="rebels"
  example + "The meeting between President Vladimir Putin and President George W. Bush lasted two hours." participants="Vladimir Putin"
  example + "Before the summit with President Vladimir Putin, the chancellor flew to Moscow." guest="Vladimir Putin"
  example + "The meeting between UK and French officials was cancelled." participants="UK" guest="French officials"
  example - "Talks between the two sides failed."
  example + "TOKYO: Talks between Japan and North Korea ended without progress." participants="Japan" guest="North Korea"
  example + "The ministers held talks in New Delhi between Saudi Arabia and India on oil supplies." participants="Saudi Arabia" guest="India" location="New Delhi"
end

# Visits, receptions, summons; the bare verb ("visit", "host") only after a modal, where
# it is no noun.
rule en.meeting.visit
  type Meeting
  lang en
  match {subjects:guest} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.visit> {actors:host} !(<en.not.guest>)
  match {subjects:guest} [<en.pre>] <en.modal> [<en.pre>] visit {actors:host} !(<en.not.guest>)
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.receive> {actors:guest} !(<en.not.guest> | <en.award>)
  match {subjects:host} [<en.pre>] <en.modal> [<en.pre>] (receive|greet|host) {actors:guest} !(<en.not.guest> | <en.award>)
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (hosted|hosts|host) (a|an) (reception|dinner|banquet|lunch|meeting|summit|talks) (for|with) {actors:guest}
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (summoned|summons|summon) {actors:guest}
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (welcomed|welcomes|welcome) {actors:guest} (to|in|at) ~3 ({place:location} | <en.talks> | visit)
  # Visits named by their noun: "arrived in Seoul for a two-day visit", "kicked off a three-day
  # visit to Italy", "told the Arab League during a visit to Egypt", "Chavez's visit to Spain".
  match {subjects:guest} [<en.pre>] [<en.pre>] (arrived|arrives|arrive|arriving) (in|at) {place:host} ~6 (for|on) ~4 (visit|talks|summit|meeting|meetings|conference)
  # Arriving for talks, the place left to the dateline ("Pakistani leader arrives for talks"), or to
  # hold them ("arrived in Seoul yesterday from China to discuss").
  match {subjects:guest} [<en.pre>] [<en.pre>] (arrived|arrives|arrive|arriving) [[on] {date}] (for|to hold) ~3 (talks|"peace talks"|visit|summit|meeting|meetings|consultations|negotiations)
  match {subjects:guest} [<en.pre>] [<en.pre>] (arrived|arrives|arrive|arriving) (in|at) {place:host} ~6 to (discuss|meet|hold|brainstorm|negotiate|attend|confer)
  example + "Pakistani leader arrives for talks" guest="Pakistani leader"
  example + "Washington's top nuclear negotiator arrived in Seoul yesterday from China to brainstorm ways to restart talks." host="Seoul"
  example - "The goods arrived in Seoul yesterday to meet demand."
  match {subjects:guest} [<en.pre>] [<en.pre>] ("kicked off"|"kicks off"|began|begins|begin|started|starts|opened|opens|"embarked on"|"embarks on"|ended|ends|"wrapped up"|concluded|"cut short"|"cuts short"|made|makes|"is on"|"was on"|"set for"|"paid"|"pays") (a|an|his|her|their|its) ~3 visit (to|in) {place:host}
  match {subjects:guest} ~12 (during|on|after|before|"ahead of"|at the end of|"at the start of") (a|an|his|her|their|its|the) ~3 (visit|trip) (to|of) {place:host}
  match {actor:guest} [("'s" | "#39;s")] ~1 (visit|trip) to {place:host}
  # The visitor's possessive ("during his second official visit to India") is an actor of its own:
  # the same person as the subject when there is one.
  match {subjects:guest} ~12 (during|on|after|before|"ahead of"|at the end of|"at the start of") {actor:guest} ~3 (visit|trip) (to|of) {place:host}
  match (during|During|on|On|after|After|before|Before|"ahead of"|of|since) {actor:guest} ~3 (visit|trip|tour) (to|of) {place:host}
  # The place before the noun ("Blair's Israel visit"), and headlines without an article
  # ("Iraqi president on visit to Kuwait").
  match {actor:guest} [("'s" | "#39;s")] [~1] {place:host} (visit|trip) !(by)
  match {subjects:guest} (on|during|after|ahead of) [(official|"state"|"two-day"|"three-day"|"one-day"|surprise|rare|landmark|historic)] (visit|trip) to {place:host}
  # Travelling there for it: "Putin flew to Ankara for a two-day visit".
  match {subjects:guest} [<en.pre>] [<en.pre>] [<en.modal>] (flew|flies|fly|travelled|traveled|travels|travel|headed|heads|"is heading"|"was heading") to {place:host} ~6 (for|on) ~4 (visit|talks|summit|meeting|meetings)
  example + "US Secretary of State Colin Powell will visit Japan, China and South Korea next week." guest="Colin Powell" host="Japan"
  example + "The foreign ministry summoned the British ambassador." host="foreign ministry" guest="ambassador"
  example + "President Jacques Chirac received President Vladimir Putin at the Elysee palace." host="Jacques Chirac" guest="Vladimir Putin"
  example + "The Queen will also host a reception for foreign ministers." host="Queen" guest="foreign ministers"
  example + "US Secretary of State Colin Powell arrives in Seoul today for a two-day visit." guest="Colin Powell" host="Seoul"
  example + "Arab foreign ministers arrived in Cairo on Sunday for an emergency meeting." guest="foreign ministers" host="Cairo"
  example + "President Pervez Musharraf kicked off a three-day visit to Italy on Monday." guest="Pervez Musharraf" host="Italy"
  example + "Russian President Vladimir Putin made an unannounced visit to Chechnya on Sunday." guest="Vladimir Putin" host="Chechnya"
  example + "Kofi Annan arrived in Darfur on Tuesday for talks with rebel leaders." guest="Kofi Annan" host="Darfur"
  example + "Larry Pressler said so. The remark, made during his second visit to India, angered Pakistan." guest="his" host="India"
  example + "Hillary Clinton arrived on Monday. During her trip to Moscow, she praised the reforms." guest="her" host="Moscow"
  example + "Chancellor Gordon Brown opened a week-long visit to Kenya on Monday." guest="Gordon Brown" host="Kenya"
  example + "Mahmoud Abbas told the Arab League during a visit to Egypt that talks would resume." guest="Mahmoud Abbas" host="Egypt"
  example + "President Hugo Chavez's fence-mending visit to Spain sparked an uproar." guest="Hugo Chavez" host="Spain"
  example - "Mr Blair said a visit to Iraq was possible."
  example - "The package arrived in London for a visit to the museum."
  example - "Thousands of tourists visited the museum."
  example - "The Bush visit Lufthansa had feared went ahead."
  example - "The minister visited the site of the blast."
  example + "Russian President Vladimir Putin flew to Ankara on Sunday for a two-day visit." guest="Vladimir Putin" host="Ankara"
  example - "Thousands of fans flew to Lisbon for the final."
  # The visitor after the noun: "since a visit by the Indian prime minister (to Kashmir)".
  match (visit|"state visit") by {actors:guest} [to {place:host}]
  # A visitor the host sees: "North Korea gave a visiting U.N. official a message", "Annan meets
  # with visiting Iraqi Prime Minister Iyad Allawi".
  match {subjects:host} [<en.pre>] ~6 (a|the|with) visiting {actors:guest} !(<en.not.guest>)
  # Received in the passive: the host is the agent.
  match {subjects:guest} (was|were|"has been"|"have been"|"had been"|is|are|"will be") (received|hosted|welcomed|greeted) by {actor:host}
  example + "Violence rose after a visit by the Indian prime minister to Pakistan." guest="Indian prime minister" host="Pakistan"
  example + "President Bush was received by the Pope at the Vatican." guest="President Bush" host="Pope"
  example + "The announcement is due during British PM Blair's Israel visit." guest="Blair" host="Israel"
  example + "Iraqi president on visit to Kuwait" guest="Iraqi president" host="Kuwait"
  example - "The visit by the inspectors' team was short."
  example - "A needless trip by Tuidriva Bainivalu let England run down the clock."
  example - "The offer was received by investors with enthusiasm."
  example + "North Korea gave a visiting U.N. official a positive message." host="North Korea" guest="U.N. official"
  example + "UN Secretary-General Kofi Annan meets with visiting Iraqi Prime Minister Iyad Allawi." host="Kofi Annan" guest="Iyad Allawi"
  example - "The police were confused by the visiting arrangements."
  example - "UK minister visits Arafat grave"
end

# Invitations; in the passive the host is the agent.
rule en.meeting.invite
  type Meeting
  lang en
  match {subjects:guest} (was|were|"has been"|"have been"|"had been"|is|are|"will be") invited ~6 by {actor:host} [to ~3 {place:location}]
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (invited|invites|invite) {actors:guest} (to|for) ~3 (<en.talks> | visit | dinner | lunch | meet | {place:location})
  example + "Mr Blair was invited by President Bush to visit Washington." guest="Mr Blair" host="Bush"
  example + "President Bush invited Prime Minister Tony Blair to Camp David for talks." host="Bush" guest="Tony Blair"
  example - "Bids were invited by the council."
  example + "President Bush invited Prime Minister Tony Blair to meet with him in Texas." host="President Bush" guest="Tony Blair"
end

# Meetings ahead, as headlines and reports announce them: "Sharon to meet with Palestinian
# leaders", "Spanish PM to host French president", "Karzai set for visit to Pakistan",
# "agreed to hold talks with", "is trying to arrange a meeting with". Refusals are the
# cancel rule's (it takes precedence).
rule en.meeting.plan
  type Meeting
  lang en
  set modality = planned
  match {subjects:host} [<en.pre>] [<en.pre>] [<en.intend>] to (meet|"meet with"|host|receive) {actors:guest} !(<en.not.guest> | "," <en.say> | <en.say> | ~4 <en.sport> | <en.award>) [[on {date}] in {place:location}]
  match {subject:host} (and|",") {actors:guest} [<en.pre>] [<en.pre>] [<en.intend>] to meet !(with | ~4 <en.sport>) [[on {date}] in {place:location}]
  match {subjects:guest} [<en.pre>] [<en.pre>] [<en.intend>] to visit {actors:host} !(<en.not.guest>)
  match {subjects:guest} ("set for"|"due for"|plans|planning) [(a|an|his|her|their|its)] ~3 visit (to|in) {place:host}
  match {subjects:host} ~10 (arrange|arranged|arranging) [(a|an|the|his|her|their|its)] ~3 <en.talks.with> with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "Sharon to meet with Palestinian leaders" host="Sharon" guest="Palestinian leaders"
  example + "Spanish PM to host French president in Madrid" host="Spanish PM" guest="French president"
  example + "Abbas and Sharon agree to meet next week" host="Abbas" guest="Sharon"
  example + "Blair to visit Washington next week" guest="Blair" host="Washington"
  example + "Karzai set for visit to Pakistan" guest="Karzai" host="Pakistan"
  example + "The ministers plan to meet with Iranian officials." host="ministers" guest="Iranian officials"
  example + "Bill Gates is trying to arrange a meeting with President Lula da Silva." host="Bill Gates" guest="Lula"
  example + "The leaders agreed to hold talks with the rebels next month." host="leaders" guest="rebels"
  # Expected somewhere: "Solana due in Kiev", "with EU envoy Javier Solana expected in Kiev".
  match {actors:guest} [(is|are|was|were)] (due|expected) [[on] {date}] (in|at) {place:host} !(~4 <en.sport>)
  example + "Mediation steps up as Solana due in Kiev" guest="Solana" host="Kiev"
  example + "Talks gather pace with EU envoy Javier Solana and Polish President Aleksander Kwasniewski expected in Kiev." guest="Javier Solana" host="Kiev"
  example + "US Secretary of State Condoleezza Rice is expected in Jerusalem on Sunday." guest="Condoleezza Rice" host="Jerusalem"
  example - "Heavy snow is expected in London on Friday."
  example - "A ruling is due in March."
  # Wanting or agreeing to take up talks: "wants to begin membership negotiations with the EU".
  match {subjects:host} [<en.pre>] [<en.pre>] [<en.intend>] to (hold|begin|start|open|resume|reopen|restart) ~3 (talks|negotiations|discussions|consultations|"a meeting"|"a summit") with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "Turkey agreed to begin membership negotiations with the European Union." host="Turkey" guest="European Union"
  example + "Iran has agreed to resume talks with Britain, France and Germany." host="Iran" guest="Britain"
  example - "European Union leaders offered to start membership talks with Turkey."
  example - "Syrian President Bashar Assad is ready to resume peace talks with Israel."
  example - "The government sought talks with the rebels."
  # Both sides as the subject: "The EU and the US have agreed to begin talks on subsidies",
  # "Sudan's government and Darfur rebels are likely to restart talks Thursday".
  match {subject:host} (and|"&") {actors:guest} [<en.pre>] [<en.pre>] [<en.intend>] to (hold|begin|start|open|resume|reopen|restart) ~2 (talks|"peace talks"|negotiations|discussions|consultations) !(with | ~4 <en.sport>)
  example + "The EU and the US have agreed to begin talks on ending subsidies to aircraft makers." host="EU" guest="US"
  example + "Israel and Syria are likely to restart talks on Thursday." host="Israel" guest="Syria"
  example - "The EU and the US offered to begin talks."
  # Talks that are to begin: "Mutu is to begin talks with Juventus", "The WTO is to hold membership
  # talks with Iraq", "The EU will start accession talks with Croatia in April".
  match {subjects:host} [<en.pre>] ("is to"|"are to"|"was to"|"were to"|"is due to"|"are due to"|"is set to"|"are set to"|will) (hold|begin|start|open|resume|reopen|restart) ~3 (talks|negotiations|discussions|consultations|"a meeting"|"a summit") with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "The World Trade Organisation is to hold membership talks with Iraq and Afghanistan." host="World Trade Organisation" guest="Iraq"
  example + "The EU will start accession talks with Croatia in April 2005." host="EU" guest="Croatia"
  example - "European Union leaders offered to start membership talks with Turkey."
  example - "Hewitt to meet Federer in final"
  example - "The government failed to meet the targets."
  example - "Britain wants to host the Olympic Games."
  example - "He refused to meet the demands of the kidnappers."
  example - "The UN urged Sudan to meet rebel leaders."
  example - "Britain agreed on Thursday to meet a Nato request for more troops."
end

# Taking part in a conference or summit (a multilateral meeting).
rule en.meeting.attend
  type Meeting
  lang en
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (attended|attends|attend|attending|joined|joins|join) ~3 (summit|conference|talks|negotiations)
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] ("took part in"|"take part in"|"takes part in"|"taking part in") ~3 (summit|talks|negotiations)
  # Whoever chairs a meeting is at it; and those "at a meeting" right after their name were.
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (chaired|chairs|chair|chairing|"presided over"|"presides over") ~3 (meeting|summit|conference|talks) [of {actors:guest}] [in {place:location}]
  # Chairing it later in the sentence: "He will see an orphanage before chairing a meeting of the
  # Commission for Africa", "The prime minister took charge on Tuesday, chairing a meeting of".
  match {subjects:host} ...16 ("," | before | after | while | when) chairing (a|an|the) ~2 (meeting|summit|conference|talks) [of {actors:guest}] [in {place:location}]
  match {subjects:host} (at|attending) (a|an|the) [<en.summit.kind>] (meeting|summit|conference) [in {place:location}]
  example + "Israel will not attend a Middle East conference in Egypt." host="Israel"
  example + "Tony Blair wants the G8 to act when he chairs a meeting in Ethiopia." host="he"
  example + "Chancellor Gordon Brown will see an orphanage in Tanzania before chairing a meeting of the Commission for Africa in Cape Town." host="Gordon Brown" guest="Commission for Africa" location="Cape Town"
  example - "The minister was praised, chairing being a hard job."
  example + "International health officials at an emergency meeting in Bangkok said bird flu could kill millions." host="officials" location="Bangkok"
  example - "Police officers chaired the inquiry."
  example - "Thousands attended the funeral."
  example - "He attended a party meeting in 2001."
end

# A meeting named by its noun, with whom: "flew to Washington for talks with President Bush",
# "said after meeting Tony Blair", "join a meeting with the United States". The sentence's
# subject, where one opens the clause, is the other side.
rule en.meeting.nominal
  type Meeting
  lang en
  match {subjects:host} ~10 (after|before|during|for|following|at|in|join|joined|joins|attend|attended|attends) [(a|an|the|his|her|their|its)] ~3 <en.talks.with> with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  match {subjects:host} ~10 (after|before|while|when) (meeting|visiting|hosting|receiving) {actors:guest} !(<en.not.guest> | ~4 <en.sport>)
  # The possessive names the host (the recogniser resolves "his" before talks with someone).
  match (After|Before|During|Following|after|before|during|following) {actor:host} ~2 <en.talks.with> with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  match (After|Before|During|Following|after|before|during|following) [(a|an|the|his|her|their|its)] ~2 <en.talks.with> with {actors:guest} !(<en.not.guest> | ~4 <en.sport>) [(on|about|over) {phrase:topic}]
  example + "The Prime Minister flew to Washington for talks with President George W. Bush." host="Prime Minister" guest="George W. Bush"
  example + "Chancellor Gerhard Schroeder said after meeting Prime Minister Tony Blair that nothing had changed." host="Gerhard Schroeder" guest="Tony Blair"
  example + "North Korea sees no reason to join a working-level meeting with the United States." host="North Korea" guest="United States"
  example + "After talks with Chancellor Gerhard Schroeder, the president flew home." guest="Gerhard Schroeder"
  example + "Jack Straw arrived in Beijing. After his talks with Foreign Minister Li Zhaoxing, the visit went on." host="his" guest="Li Zhaoxing"
  example - "The talks with the rebels failed."
  example - "The team played after meeting Arsenal in the final."
  example - "President Bashar Assad is ready to resume peace talks with Israel."
end

# Summits and meetings named after their members: "at the EU summit in Brussels", "the Nato
# summit", "a summit of EU leaders"; members who gather: "G7 finance ministers gathered in London".
# ("A meeting of the Bank of England" is a body's own sitting, not a meeting between parties.)
rule en.meeting.summit
  type Meeting
  lang en
  match (at|At|for|before|after|during|the|The|a|an|"'s"|"#39;s") {actor:participants} [<en.summit.kind>] (summit|summits|"summit meeting") [in {place:location}]
  match (summit|summits) of {actors:participants} !(~4 <en.sport>) [in {place:location}]
  match {subjects:participants} (gather|gathered|gathers|convene|convened|convenes) (in|at|for|on) !(~4 <en.sport>) [[{date}] [in] {place:location}]
  # A group meeting where it meets: "EU foreign ministers will meet in Brussels on Monday".
  match {subjects:participants} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (met|meet|meets|"are meeting"|"were meeting"|"are due to meet"|"are to meet") [[on] {date}] (in|at) [the] {place:location}
  example + "Leaders will discuss the issue at the EU summit in Brussels on Thursday." participants="EU" location="Brussels"
  example + "Finance ministers of the G7 gathered in London on Friday." participants="Finance ministers of the G7" location="London"
  example + "A summit of EU leaders in Brussels ended without agreement." participants="EU leaders"
  example + "The Nato summit opened on Monday." participants="Nato"
  example - "Doves soar to UK album summit."
  example - "The next meeting of the Bank of England is in March."
  example - "The two teams met in the final."
  example + "EU foreign ministers will meet in Brussels on Monday." participants="EU foreign ministers" location="Brussels"
  example + "Foreign ministers of the Arab League met in Cairo on Sunday." participants="Foreign ministers of the Arab League" location="Cairo"
  example - "The two teams met in the final in London."
  # A group meeting to discuss something, where and when left open: "European Union finance
  # ministers meet on Thursday to discuss", "The Paris Club of 19 creditors meets on 12 January to
  # discuss", "Opec members are next meeting to discuss". The purpose keeps sides of a match out.
  match {subjects:participants} [<en.pre>] [<en.pre>] (met|meet|meets|"are meeting"|"is meeting"|"were meeting"|"are next meeting"|"is next meeting") !({actor} | with) [[on] {date}] [(in|at) [the] {place:location}] ~2 "to discuss" !(~4 <en.sport>)
  example + "European Union finance ministers meet on Thursday to discuss proposals for development aid." participants="European Union finance ministers"
  example - "He will meet Chinese counterpart Minister Li Zhaoxing to discuss trade."
  example + "Interior ministers are to meet in Florence to discuss migration." participants="ministers" location="Florence"
  example + "Opec members are next meeting to discuss production levels on 16 March." participants="Opec members"
  example - "The two sides meet on 12 March at Twickenham."
  example + "Britain's rebate is not up for talks at next week's European Council summit, Jack Straw said." participants="European Council"
  # A party's conference gathers its sections and leaders from across the country (labels README):
  # "the Labour Party conference", "the Labour spring conference". Without "party" or the season
# the name may be a capital's ("the London conference" on Palestinian reform).
  match (at|At|to|the|The|a|an|this|next|last|"'s"|"#39;s") {actor:participants} [("'s" | "#39;s")] ((party|Party) [(spring|Spring|autumn|Autumn|annual|Annual)] | (spring|Spring|autumn|Autumn|annual|Annual)) (conference|Conference) !(call|calls|centre|center|room|hall|season|speech|delegates) [in {place:location}]
  example + "Tony Blair will address the Labour party conference in Bournemouth." participants="Labour" location="Bournemouth"
  example + "The chancellor spoke at the Labour spring conference in Gateshead." participants="Labour"
  example - "The minister spoke at the London conference on Palestinian reform."
  example + "Michael Howard told the Tory Party spring conference in Bournemouth that taxes would fall." participants="Tory Party"
  example - "The minister set out the plans at a Downing Street press conference."
  example - "The Labour conference centre was closed."
  # The party's name itself ends in "Party" ("the Tory Party conference": the recogniser makes
  # "Tory Party" one mention), after a determiner of its own (an actor slot would skip the "a" of
  # "at a London conference"); a place there is a city's conference ("the London conference").
  match (the|The|this|next|last|"'s"|"#39;s") !({place}) {actor:participants} (conference|Conference) !(call|calls|centre|center|room|hall|season|speech|delegates) [in {place:location}]
  example + "Michael Howard will address the Tory Party conference in Bournemouth." participants="Tory Party" location="Bournemouth"
  example + "He said so at the Conservative Party Conference." participants="Conservative Party"
  example - "The minister spoke at the London conference on Palestinian reform."
  example - "He spoke at a London conference on reform."
end

# Cancelled or refused meetings.
rule en.meeting.cancel
  type Meeting
  lang en
  priority 1
  set modality = negated
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] (cancelled|canceled|cancels|cancel|"called off"|"calls off"|"call off"|postponed|postpones|postpone|scrapped|scraps) ~3 <en.meeting.noun> [with {actors:guest}]
  match {subjects:host} [<en.pre>] <en.pre.not> [<en.pre>] (meet|attend|visit) [{actors:guest}] !(~4 <en.sport>)
  # Leaving or staying away: "walked out of the talks", "boycotted the summit", "failed to attend".
  match {subjects:host} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] ("walked out of"|"walks out of"|"walked away from"|"walks away from"|"pulled out of"|"pulls out of"|boycotted|boycotts|boycott|"stayed away from") ~3 <en.meeting.noun> [with {actors:guest}]
  match {subjects:host} ~2 (failed|fails|failing|refused|refuses|refusing|declined|declines|declining) to (attend|join) ~3 <en.meeting.noun> [with {actors:guest}]
  match {subjects:host} ~2 (refused|refuses|refusing|declined|declines|declining) to (meet|"meet with") {actors:guest} !(<en.not.guest>)
  # The meeting as the subject of a passive: "talks with UN officials had been postponed".
  match <en.meeting.noun> with {actors:guest} ~3 (was|were|"has been"|"have been"|"had been"|"will be") ~1 (postponed|cancelled|canceled|"called off"|scrapped|suspended)
  example + "Israel cancelled a meeting with the Palestinian Authority." host="Israel" guest="Palestinian Authority"
  example + "President Bush won't meet President Jacques Chirac." guest="Jacques Chirac"
  example + "Sudanese rebels walked away from African Union peace talks on Darfur." host="rebels"
  example + "The opposition boycotted the talks with the government." host="opposition" guest="government"
  example + "The rebels failed to attend a meeting with the government on Saturday." host="rebels" guest="government"
  example + "Militants said talks with Afghan officials had been postponed for another day." guest="officials"
  example - "The talks with Afghan officials went ahead as planned."
  example - "Fans walked out of the match in protest."
  example + "Prime Minister Ariel Sharon refused to meet Palestinian leaders." host="Ariel Sharon" guest="Palestinian leaders"
  example - "The meeting with the Palestinian Authority took place."
end

# ================================================================ AidRequest
# Asking for aid, or asking someone to give it.
rule en.aid.ask
  type AidRequest
  lang en
  match {subjects:requester} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.ask.for> [<en.aid.modifier>] [<en.aid.modifier>] [{actor:provider} [("#39;s" | "'s")]] [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>) !(to be <en.undo>) !(~10 for (his|her|its|their|the|a|an) ~2 <en.political>) [~4 from {actor:provider}]
  match {subjects:requester} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.ask.someone> {actors:provider} (for | to <en.give>) [<en.aid.modifier>] [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>) !(to be <en.undo>)
  match {subjects:requester} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.ask.someone> {actors:provider} to <en.give> ~5 (to|for) [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>)
  match {subjects:requester} [<en.pre>] [<en.pre>] [[on] {date}] [<en.pre>] [<en.pre>] <en.ask.someone> ~3 to <en.give> !(up|back) [<en.aid.modifier>] [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>)
  example + "The government appealed for more international aid for the flood victims." requester="government" items="aid"
  example + "Sudan asked the United Nations for food aid and tents." requester="Sudan" provider="United Nations" items="food aid"
  example + "The Red Cross urged donors to send more blankets." requester="Red Cross" items="blankets"
  example + "President Hamid Karzai called on NATO to send more troops." requester="Hamid Karzai" provider="NATO" items="troops"
  example + "Iraq's prime minister pleaded for help from the European Union." requester="prime minister" items="help" provider="European Union"
  example + "Iraq PM pleads for Britain #39;s help" requester="PM" provider="Britain" items="help"
  example + "Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians." requester="Alex Kapranos" provider="government" items="help"
  example - "Police appealed for public help to find the perpetrators."
  example - "The government called for the withdrawal of troops."
  example - "Sudan sent food aid to Chad."
  example - "President Bush sought support for his Iraq policy."
  example + "Sri Lanka is asking for about $320m from the International Monetary Fund." requester="Sri Lanka" items="$320m" provider="International Monetary Fund"
  example + "Gordon Brown has called on rich nations to fund a Â£5.5bn plan to fight the Aids epidemic." requester="Gordon Brown" items="Â£5.5bn"
  example - "President Thabo Mbeki calls for arms embargo."
  example - "MPs have urged the BBC to give watchdogs more freedom to scrutinise how Â£2bn in licence fee money is spent."
  example - "The latest footage showed Mrs Hassan asking for British troops to be pulled out of Iraq."
  example - "President Bush sought support from congressional leaders of both parties for his proposal to overhaul Social Security."
end

# A stated need, as the needy actor states it: "Sudan ... needs the support of African
# peacekeepers and humanitarian aid". Not "need to" (a verb follows), not a negated need.
rule en.aid.need
  type AidRequest
  lang en
  match {subjects:requester} [<en.pre>] [<en.pre>] !(<en.pre.not>) <en.need> <en.need.modifier> [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>) [~4 from {actor:provider}]
  match {subjects:requester} ~12 but (needs|need|needed) [the support of] [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>)
  example + "Sudan will take the lead in restoring order to its rebellious Darfur region but needs the support of African peacekeepers and humanitarian aid." requester="Sudan"
  example + "The United Nations needs more money for population programs." requester="United Nations" items="money"
  example + "Borussia Dortmund needs almost 30m euros until the end of June." items="30m euros"
  example - "The firm warned it might need to borrow extra money."
  example - "LG Card will not need any more financial aid after this."
  example - "The people there need practical help."
  example - "For his proposal to succeed, he needs the support of United's largest shareholders."
  example - "Nevertheless, 2.2 million Ethiopians will still need emergency assistance."
end

# The request as a noun: "the UN's appeal for aid".
rule en.aid.noun
  type AidRequest
  lang en
  match {actor:requester} [("'s" | "#39;s")] (appeal|request|plea|call|calls|appeals|requests) for [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>) !(to be <en.undo>)
  match (appeal|request|plea|call|calls|appeals|requests) (by|from) {actor:requester} for [<en.aid.modifier>] [<en.aid.modifier>] {items:items} !(~2 <en.item.not.aid>)
  match {subjects:requester} [<en.pre>] (launched|launches|issued|issues|made|makes|renewed|renews) (an|a|its|their|his|her|fresh|new) [urgent] (appeal|plea|request) ~2 for [<en.aid.modifier>] [<en.aid.modifier>] {items:items}
  example + "The appeal by the United Nations for emergency aid raised little." requester="United Nations" items="aid"
  example + "The United Nations launched an appeal here for 210 million dollars to help flood victims." requester="United Nations" items="210 million dollars"
  example - "The appeal for calm went unheard."
  example - "Mbeki calls for arms embargo, rebels vow to fight"
  example - "The US Justice Department seeks $280bn in damages from tobacco firms."
end
)eventex"};

}  // namespace eventex::rules
