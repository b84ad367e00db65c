// Tests of the rule compiler (eventex/dsl/compiler.hpp), through what compiled rules find in
// real sentences: word boundaries, case, gaps, optional parts, groups and slot captures.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // RuleBook, Extractor, Statement, Document

namespace {

/// Statements that one rule, made of `match_lines`, finds in `text` (German).
std::vector<eventex::Statement> run(std::string_view match_lines, std::string_view text) {
    const std::string rules = "rule t\n  type Statement\n  lang de\n" + std::string(match_lines) + "end\n";
    const eventex::Extractor<eventex::Statement> extractor(eventex::RuleBook::from_string(rules, "test.rules"));
    return extractor.extract(eventex::Document{"t", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
}

/// The text each event's span covers.
std::vector<std::string> matched(std::string_view match_lines, std::string_view text) {
    std::vector<std::string> found;
    for (const eventex::Statement& event : run(match_lines, text)) found.emplace_back(event.span.of(text));
    return found;
}

using Texts = std::vector<std::string>;

/// An extractor of the German Statement rule `t` made of `match_lines`, after `lexicons`.
eventex::Extractor<eventex::Statement> statement_rule(std::string_view lexicons, std::string_view match_lines) {
    return eventex::Extractor<eventex::Statement>(eventex::RuleBook::from_string(
        std::string(lexicons) + "rule t\n type Statement\n lang de\n" + std::string(match_lines) + "end\n"));
}

/// The text of each event `extractor` finds in `text` (German).
Texts found_by(const eventex::Extractor<eventex::Statement>& extractor, std::string_view text) {
    Texts found;
    const eventex::Document document{"t", text, eventex::Date{2025, 7, 3}, eventex::Language::german};
    for (const eventex::Statement& event : extractor.extract(document)) found.emplace_back(event.span.of(text));
    return found;
}

}  // namespace

TEST_CASE("a rule word matches whole words only") {
    CHECK(matched("  match traf\n", "Das betraf vor allem die Bauern.").empty());
    CHECK(matched("  match traf\n", "Der Streik traf vor allem die Bauern.") == Texts{"traf"});
    CHECK(matched("  match traf\n", "Die Delegation trafen sich nicht.").empty());
    // A word with '*' takes any ending, but still starts at a word boundary.
    CHECK(matched("  match Gespräch*\n", "Die Gespräche dauerten lange.") == Texts{"Gespräche"});
    CHECK(matched("  match Gespräch*\n", "Die Telefongespräche dauerten lange.").empty());
}

TEST_CASE("a rule word matches as written, and with its first letter's case flipped only at a sentence start") {
    CHECK(matched("  match sagte\n", "Sagte er das wirklich?") == Texts{"Sagte"});
    CHECK(matched("  match sagte\n", "Er sagte nichts.") == Texts{"sagte"});
    CHECK(matched("  match sagte\n", "Er SAGTE nichts.").empty());
    // German nouns are verbs capitalised: the noun "Verlangen" in mid-sentence is not "verlangen".
    CHECK(matched("  match verlangen\n", "Das Verlangen der Opposition blieb.").empty());
    CHECK(matched("  match verlangen\n", "Sie verlangen mehr Geld.") == Texts{"verlangen"});
    CHECK(matched("  match Öl\n", "Der Preis für öl stieg.").empty());
    CHECK(matched("  match Öl\n", "öl wird teurer.") == Texts{"öl"});
    CHECK(matched("  match Öl\n", "Der Preis für Öl stieg.") == Texts{"Öl"});
}

TEST_CASE("a lexicon's words flip their first letter's case only at a sentence start, as single words do") {
    const auto say = statement_rule("lexicon say = sagte erklärte Äußerung ;\n", "  match <say>\n");
    CHECK(found_by(say, "Sagte er das?") == Texts{"Sagte"});
    CHECK(found_by(say, "Er Sagte nichts.").empty());
    CHECK(found_by(say, "Er sagte nichts.") == Texts{"sagte"});
    CHECK(found_by(say, "Erklärte er das?") == Texts{"Erklärte"});
    CHECK(found_by(say, "Die äußerung fiel.").empty());
    CHECK(found_by(say, "äußerung fiel.") == Texts{"äußerung"});
    CHECK(found_by(say, "Die Äußerung fiel.") == Texts{"Äußerung"});
    // One word's letter as written is another's flipped: each word keeps its own case.
    const auto both = statement_rule("lexicon say = Sagen sagte ;\n", "  match <say>\n");
    CHECK(found_by(both, "Er Sagte nichts.").empty());
    CHECK(found_by(both, "Sie sagen nichts.").empty());
    CHECK(found_by(both, "Das Sagen hat er.") == Texts{"Sagen"});
    CHECK(found_by(both, "Sagte er das?") == Texts{"Sagte"});
    CHECK(found_by(both, "sagen wir es so.") == Texts{"sagen"});
}

TEST_CASE("`!( )` refuses what follows and captures nothing: its slots fill no role") {
    CHECK(matched("  match verspricht !(sich)\n", "Sie verspricht sich viel davon.").empty());
    CHECK(matched("  match verspricht !(sich | uns)\n", "Sie verspricht rasche Hilfe.") == Texts{"verspricht"});
    // A slot without a role says which kind of mention must not follow.
    CHECK(matched("  match äußerte sich !({actor})\n", "Dazu äußerte sich Kanzler Werner Faymann nicht.").empty());
    CHECK(matched("  match äußerte sich !({actor})\n", "Dazu äußerte sich der Minister nicht.").empty());
    CHECK(matched("  match äußerte sich !({actor})\n", "Dazu äußerte sich am Montag niemand.") == Texts{"äußerte sich"});
    try {
        const eventex::Extractor<eventex::Statement> extractor(eventex::RuleBook::from_string(
            "rule t\n type Statement\n lang de\n match sagte !({actor:speaker})\nend\n", "t.rules"));
        FAIL("a slot with a role inside !( ) was accepted");
    } catch (const eventex::RuleError& error) {
        CHECK(error.line() == 4);
        CHECK(std::string(error.what()).find("write it without one: {actor}") != std::string::npos);
    }
}

TEST_CASE("a subject slot refuses actors after a preposition or after an article of another case") {
    CHECK(matched("  match {subject:speaker} ~4 sagte\n", "Präsident Wladimir Putin sagte nichts.") ==
          Texts{"Präsident Wladimir Putin sagte"});
    CHECK(matched("  match {subject:speaker} ~4 sagte\n", "Mit Präsident Wladimir Putin sagte niemand etwas.").empty());
    CHECK(matched("  match werfen {subject:speaker} ~4 vor\n", "Sie werfen dem Präsidenten Wladimir Putin Lügen vor.").empty());
    CHECK(matched("  match werfen {actor:speaker} ~4 vor\n", "Sie werfen dem Präsidenten Wladimir Putin Lügen vor.") ==
          Texts{"werfen dem Präsidenten Wladimir Putin Lügen vor"});
    // A nominative article is part of the match.
    CHECK(matched("  match sagte {subject:speaker}\n", "Das sagte der Präsident Wladimir Putin.") ==
          Texts{"sagte der Präsident Wladimir Putin"});
}

TEST_CASE("`~N` stays in its clause; `...N` crosses commas") {
    const std::string_view text = "Die Nachbarn, so hieß es, warnten davor.";
    CHECK(matched("  match Nachbarn ~4 warnten\n", text).empty());
    // ", so hieß es," is four tokens: ",", "so", "hieß", "es,".
    CHECK(matched("  match Nachbarn ...4 warnten\n", text) == Texts{"Nachbarn, so hieß es, warnten"});
    CHECK(matched("  match Nachbarn ...3 warnten\n", text).empty());
    CHECK(matched("  match Nachbarn ~4 warnten\n", "Die Nachbarn im Hintergrund warnten davor.") ==
          Texts{"Nachbarn im Hintergrund warnten"});
    // The gap is bounded: five words are one too many for ~4.
    CHECK(matched("  match Nachbarn ~4 warnten\n", "Die Nachbarn in dem alten großen Haus warnten davor.").empty());
}

TEST_CASE("optional parts and groups") {
    const std::string_view rule = "  match ( Nachbarn | Experten ) [im Hintergrund] warnten\n";
    CHECK(matched(rule, "Die Experten im Hintergrund warnten davor.") == Texts{"Experten im Hintergrund warnten"});
    CHECK(matched(rule, "Viele Nachbarn warnten davor.") == Texts{"Nachbarn warnten"});
    CHECK(matched(rule, "Die Bauern warnten davor.").empty());
    CHECK(matched(rule, "Die Nachbarn im Amt warnten davor.").empty());
    // An optional part that opens a sequence is followed by a space like any other element.
    CHECK(matched("  match [Viele] Nachbarn warnten\n", "Viele Nachbarn warnten davor.") == Texts{"Viele Nachbarn warnten"});
    CHECK(matched("  match ( [viele] Nachbarn ) warnten\n", "Sagt, viele Nachbarn warnten davor.") == Texts{"viele Nachbarn warnten"});
    // Several match lines: any may fire.
    CHECK(matched("  match Bauern warnten\n  match Experten warnten\n", "Viele Bauern warnten, viele Experten warnten auch.") ==
          Texts{"Bauern warnten", "Experten warnten"});
}

TEST_CASE("slots capture actors and phrases, with document offsets") {
    const std::string_view text = "Am Abend warnte Russland die Ukraine vor den Folgen, hieß es.";
    const auto events = run("  match warnte {actor:speaker} {actor:addressee} vor {phrase:content}\n", text);
    REQUIRE(events.size() == 1);
    const eventex::Statement& event = events[0];
    CHECK(event.speaker.text == "Russland");
    CHECK(event.speaker.country == "RUS");
    CHECK(event.speaker.span.begin == text.find("Russland"));
    CHECK(event.speaker.span.end == text.find("Russland") + 8);
    REQUIRE(event.addressee);
    CHECK(event.addressee->country == "UKR");
    CHECK(event.addressee->span.of(text) == "Ukraine");  // the article is not part of the actor
    REQUIRE(event.content);
    CHECK(*event.content == "den Folgen");  // a phrase stops at the comma
    CHECK(event.span.of(text) == "warnte Russland die Ukraine vor den Folgen");
}

TEST_CASE("the sentence anchors ^ and $") {
    CHECK(matched("  match ^ Nachbarn\n", "Nachbarn warnten davor.") == Texts{"Nachbarn"});
    CHECK(matched("  match ^ Nachbarn\n", "Viele Nachbarn warnten davor.").empty());
    CHECK(matched("  match warnten $\n", "Viele Nachbarn warnten.") == Texts{"warnten"});
    CHECK(matched("  match warnten $\n", "Viele Nachbarn warnten davor.").empty());
}

TEST_CASE("the compiled regex text is kept for inspection") {
    const auto book = eventex::RuleBook::from_string("rule t\n type Statement\n lang de\n match sagte\nend\n");
    const eventex::Extractor<eventex::Statement> extractor(book);
    REQUIRE(extractor.rules().size() == 1);
    REQUIRE(extractor.rules()[0].patterns.size() == 1);
    // "sagte" as written, or "Sagte" where no word and space precede it.
    CHECK(extractor.rules()[0].patterns[0].regex_text.find(R"((?:s|S(?<!\S\s.))agte)") != std::string::npos);
}

TEST_CASE("a lexicon of words and of entries that open with punctuation matches both, words whole") {
    // The words share one trie with one boundary test; "'ll" stands apart, since no word can
    // match where it starts.
    const auto extractor = statement_rule("lexicon aux = will wollte \"'ll\" ;\n", "  match <aux> kommen\n");
    CHECK(found_by(extractor, "Sie will kommen.") == Texts{"will kommen"});
    CHECK(found_by(extractor, "Sie wollte kommen.") == Texts{"wollte kommen"});
    CHECK(found_by(extractor, "Sie'll kommen.") == Texts{"'ll kommen"});
    CHECK(found_by(extractor, "Der Gewill kommen.").empty());
    CHECK(found_by(extractor, "Sie willst kommen.").empty());
    const std::string& regex = extractor.rules()[0].patterns[0].regex_text;
    CHECK(regex.find("(?:ollte|ill)") != std::string::npos);  // the words as a trie
}

TEST_CASE("each pattern knows the words every match contains, for the prefilter") {
    const auto book = eventex::RuleBook::from_string(
        "lexicon say = sagte \"gab bekannt\" ;\n"
        "rule t\n type Statement\n lang de\n"
        " match {subject:speaker} ~3 <say> [laut] Über* \",\" (Treffen | mit Präsident) !(sich)\n"
        " match [sagte] {actor:speaker}\n"
        "end\n");
    const eventex::Extractor<eventex::Statement> extractor(book);
    const auto& first = extractor.rules()[0].patterns[0].required_words;
    // The lexicon (one word per entry, the longest of "gab bekannt"), then the group (each
    // alternative's first word, folded). Slots, gaps, optional parts, prefixes, punctuation and
    // negations guarantee no word.
    REQUIRE(first.size() == 2);
    CHECK(first[0] == std::vector<std::string>{"bekannt", "sagte"});
    CHECK(first[1] == std::vector<std::string>{"mit", "treffen"});
    CHECK(extractor.rules()[0].patterns[1].required_words.empty());
}

TEST_CASE("a literal hyphen joins an actor to the rest of its compound, and only there") {
    // The recogniser makes "EU" and "Türkei" in "EU-Türkei-Gipfel" mentions of their own.
    const std::string_view text = "Beim EU-Türkei-Gipfel wurde gestritten.";
    const auto events = run("  match {actor:speaker} \"-\" [{actor:speaker} \"-\"] (Gipfel | Treffen)\n", text);
    // Both slots fill the role, and a Statement is made for each speaker of a role.
    REQUIRE(events.size() == 2);
    CHECK(events[0].span.of(text) == "EU-Türkei-Gipfel");
    CHECK(events[0].speaker.text == "EU");
    CHECK(events[1].speaker.text == "Türkei");
    // The same words in a group after the hyphen: each alternative joins the compound.
    CHECK(matched("  match {actor:speaker} \"-\" (Treffen | Gipfel)\n", "Der EU-Gipfel tagte.") == Texts{"Der EU-Gipfel"});
    // Without the hyphen in the rule, an actor inside a compound fills no slot: "EU-Bürger"
    // does not make "EU" a speaker, and neither does "Gipfel" after it.
    CHECK(matched("  match {subject:speaker} ~3 wählten\n", "Die EU-Bürger wählten ein Parlament.").empty());
    CHECK(matched("  match {subject:speaker} ~3 sagte\n", "Beim EU-Gipfel sagte der Kanzler nichts.").empty());
}

TEST_CASE("the prefilter finds the parts of hyphenated words, and never asks for the hyphen") {
    const auto book = eventex::RuleBook::from_string(
        "rule t\n type Statement\n lang de\n match {actor:speaker} \"-\" Angaben\nend\n");
    const eventex::Extractor<eventex::Statement> extractor(book);
    CHECK(extractor.rules()[0].patterns[0].required_words == std::vector<std::vector<std::string>>{{"angaben"}});
    const std::string_view text = "Das Lager wurde nach Pentagon-Angaben zerstört.";
    const auto events = extractor.extract(eventex::Document{"t", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
    REQUIRE(events.size() == 1);
    CHECK(events[0].speaker.country == "USA");
}

TEST_CASE("a subject's place right after it is read past, outside the capture") {
    const auto events = run("  match {subject:speaker} sagte\n", "Die Führung in Kiew sagte am Montag nichts.");
    REQUIRE(events.size() == 1);
    CHECK(events[0].speaker.text == "Führung");
    CHECK(events[0].span.of("Die Führung in Kiew sagte am Montag nichts.") == "Die Führung in Kiew sagte");
    // Only a country or city: a date or any other phrase after "in" is no place.
    CHECK(run("  match {subject:speaker} sagte\n", "Die Führung im März sagte nichts.").empty());
    CHECK(run("  match {subject:speaker} sagte\n", "Die Führung in der Krise sagte nichts.").empty());
}

TEST_CASE("a gap reads past a mention or an abbreviation in parentheses, and past no other parenthesis") {
    const auto found = matched("  match {subject:speaker} hat ~8 kritisiert\n",
                               "Trainer Arsene Wenger hat die Europäische Fußball-Union (UEFA) für ihre Politik kritisiert.");
    CHECK(found == Texts{"Trainer Arsene Wenger hat die Europäische Fußball-Union (UEFA) für ihre Politik kritisiert"});
    CHECK(matched("  match {subject:speaker} hat ~8 kritisiert\n",
                  "Trainer Arsene Wenger hat die Union (seit Jahren) für ihre Politik kritisiert.").empty());
    // An abbreviation or a number that no gazetteer knows is one word too.
    CHECK(matched("  match teilte {subject:speaker} ~8 mit\n", "Das teilte die Behörde für Gesundheit (NCHS) am Dienstag mit.") ==
          Texts{"teilte die Behörde für Gesundheit (NCHS) am Dienstag mit"});
    CHECK(matched("  match {subject:speaker} hat ~8 kritisiert\n", "Trainer Arsene Wenger hat die Liga (DFL) 2015 kritisiert.") ==
          Texts{"Trainer Arsene Wenger hat die Liga (DFL) 2015 kritisiert"});
}

TEST_CASE("\"deren\" and \"dessen\" open an actor or a subject like a possessive") {
    const std::string_view text = "Die Reform sei falsch, meint deren Sozialsprecher Herbert Kickl.";
    const auto events = run("  match meint {subject:speaker}\n", text);
    REQUIRE(events.size() == 1);
    CHECK(events[0].speaker.text == "Sozialsprecher Herbert Kickl");
    CHECK(matched("  match mit {actor:speaker}\n", "Er sprach mit dessen Präsident Wladimir Putin.") ==
          Texts{"mit dessen Präsident Wladimir Putin"});
}

TEST_CASE("a German subject's article may stand before adjectives or a number, read past outside the capture") {
    const std::string_view text = "Am Montag sagte die regierende ÖVP, sie sei dagegen.";
    const auto events = run("  match sagte {subject:speaker}\n", text);
    REQUIRE(events.size() == 1);
    CHECK(events[0].speaker.text == "ÖVP");
    CHECK(events[0].span.of(text) == "sagte die regierende ÖVP");
    CHECK(matched("  match sagte {subject:speaker}\n", "Dann sagte der scheidende deutsche Präsident Joachim Gauck nichts.") ==
          Texts{"sagte der scheidende deutsche Präsident Joachim Gauck"});
    // Never a preposition of an adjective's shape, and never an article of another case.
    CHECK(matched("  match sagte {subject:speaker}\n", "Das sagte die gegen Russland gerichtete Erklärung.").empty());
    // Nor an article: a relative pronoun before an article opens no subject there.
    CHECK(matched("  match {subject:speaker} fordert\n", "Das Modell, das die ÖVP fordert, ist teuer.") == Texts{"die ÖVP fordert"});
    CHECK(matched("  match werfen {subject:speaker} ~4 vor\n", "Sie werfen dem scheidenden Präsidenten Wladimir Putin Lügen vor.").empty());
}

TEST_CASE("a subject's relative clause is read past, outside the capture") {
    const std::string_view text = "Kanzler Werner Faymann, der am Montag in Brüssel war, sagte, alles sei gut.";
    const auto events = run("  match {subject:speaker} sagte\n", text);
    REQUIRE(events.size() == 1);
    CHECK(events[0].speaker.name == "Werner Faymann");
    CHECK(events[0].speaker.span.of(text) == "Kanzler Werner Faymann");
    // Only a subject's: an actor slot takes no clause along.
    CHECK(run("  match {actor:speaker} sagte\n", text).empty());
}

TEST_CASE("several matches in one sentence: each with its own offsets, and lookbehinds see the whole sentence") {
    const std::string_view text = "Kanzler Werner Faymann sagte dies, und Präsident Heinz Fischer sagte das.";
    const auto events = run("  match {subject:speaker} sagte\n", text);
    REQUIRE(events.size() == 2);
    CHECK(events[0].span.of(text) == "Kanzler Werner Faymann sagte");
    CHECK(events[1].span.of(text) == "Präsident Heinz Fischer sagte");
    CHECK(events[1].speaker.name == "Heinz Fischer");
    // A subject is never after a preposition, also where matching starts at the actor.
    CHECK(run("  match {subject:speaker} beteuerte\n", "Vor Gericht beteuerte er seine Unschuld.").empty());
}

TEST_CASE("start bytes: a word's first letter opens a match only after a word boundary, a literal's anywhere") {
    auto extractor = statement_rule("", " match (und | \",\" | \"quot;\") [auch] sagte\n match [\"-\"] Gipfel tagte\n");
    const auto& guarded = extractor.rules()[0].patterns[0];
    REQUIRE(guarded.start_bytes);
    for (char c : std::string_view("uU,q")) CHECK(guarded.start_bytes->test(static_cast<unsigned char>(c)));
    CHECK(guarded.start_bytes_after_boundary.test('u'));
    CHECK(guarded.start_bytes_after_boundary.test('U'));  // "Und" at a sentence start
    CHECK_FALSE(guarded.start_bytes_after_boundary.test(','));
    CHECK_FALSE(guarded.start_bytes_after_boundary.test('q'));  // literals are not word-guarded here
    // A hyphen before "Gipfel" may join it to a compound without a boundary test ("[EU]" "-"
    // "Gipfel"); the start set does not tell which, so "G" counts as unguarded.
    const auto& joined = extractor.rules()[0].patterns[1];
    REQUIRE(joined.start_bytes);
    CHECK(joined.start_bytes->test('G'));
    CHECK_FALSE(joined.start_bytes_after_boundary.test('G'));
    CHECK_FALSE(joined.start_bytes_after_boundary.test('-'));
    // Skipping the "und" of "Grund" changes nothing: the shortcuts find what plain search finds.
    const std::string_view text = "Der Grund sagte nichts, und sagte dann doch etwas.";
    CHECK(found_by(extractor, text) == Texts{"und sagte"});
    extractor.use_shortcuts(false);
    CHECK(found_by(extractor, text) == Texts{"und sagte"});
}

TEST_CASE("start bytes: where a rule word opens the match, the byte after the first is known too") {
    auto extractor = statement_rule("lexicon say = sagte \"gab bekannt\" ;\n", " match (und | aber | \",\" | a) <say>\n");
    const auto& pattern = extractor.rules()[0].patterns[0];
    REQUIRE(pattern.start_bytes);
    auto follows = [&](char first, char second) {
        const std::uint8_t index = pattern.start_second_index[static_cast<unsigned char>(first)];
        return index == 0 || pattern.start_second_bytes[index - 1].test(static_cast<unsigned char>(second));
    };
    // "und" and its capital: only 'n' follows.
    CHECK(follows('u', 'n'));
    CHECK(follows('U', 'n'));
    CHECK_FALSE(follows('u', 'm'));
    // "aber" and the one-letter word "a": after 'a' anything may follow.
    CHECK(follows('a', 'b'));
    CHECK(follows('a', ' '));
    CHECK(follows('a', 'x'));
    // A literal: anything may follow (",", then spaces or a word).
    CHECK(pattern.start_second_index[static_cast<unsigned char>(',')] == 0);
    // The skipped tries change nothing: "umsagte" opens no match at 'u', "und sagte" does.
    const std::string_view text = "Er umsagte es, und sagte dann: aber gab bekannt.";
    CHECK(found_by(extractor, text) == Texts{"und sagte", "aber gab bekannt"});
    extractor.use_shortcuts(false);
    CHECK(found_by(extractor, text) == Texts{"und sagte", "aber gab bekannt"});
}
