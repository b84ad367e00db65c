// Where a subject slot opens a match (eventex/detail/subject_opening.hpp): the C++ test the
// extractor runs must answer what the compiler's regex text answers, at every position.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <random>       // std::mt19937
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <boost/regex.hpp>  // boost::regex, boost::regex_search

#include <eventex/detail/subject_opening.hpp>  // subject_placeholder
#include <eventex/dsl/compiler.hpp>            // subject_opening_regex
#include <eventex/eventex.hpp>                 // Pipeline, Extractor, RuleBook

namespace {

constexpr std::size_t none = std::string_view::npos;

// Where the regex text puts the subject's placeholder when it opens at `at`, or npos. The
// compiled patterns go on with the actor, which starts with the placeholder, so the opening
// must end at one.
std::size_t placeholder_by_regex(const boost::regex& opening, const std::string& text, std::size_t at) {
    boost::match_results<std::string::const_iterator> groups;
    if (!boost::regex_search(text.cbegin() + static_cast<std::ptrdiff_t>(at), text.cend(), groups, opening,
                             boost::match_continuous, text.cbegin()))
        return none;
    return static_cast<std::size_t>(groups[0].second - text.cbegin());
}

const boost::regex& opening_regex() {
    static const boost::regex regex(eventex::dsl::detail::subject_opening_regex() + R"((?=\x01))", boost::regex::perl);
    return regex;
}

// Checks every position of `text`; returns how many positions open a subject.
std::size_t check_every_position(const std::string& text) {
    std::size_t opening = 0;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        const std::size_t expected = placeholder_by_regex(opening_regex(), text, at);
        const std::size_t got = eventex::detail::subject_placeholder(text, at);
        if (got != expected) {
            INFO("text: \"" << text << "\" at " << at);
            CHECK(got == expected);
        }
        opening += got != none;
    }
    return opening;
}

}  // namespace

TEST_CASE("subject openings: articles, attributives, prepositions and other cases, by example") {
    using eventex::detail::subject_placeholder;
    const std::string actor = "\x01P0\x02";
    // An article opens; the actor follows it, or one or two declined attributives do.
    CHECK(subject_placeholder("sagte die " + actor, 6) == 10);
    CHECK(subject_placeholder("Die regierende " + actor, 0) == 15);
    CHECK(subject_placeholder("die beiden neuen " + actor, 0) == 17);
    CHECK(subject_placeholder("die 12 " + actor, 0) == 7);
    CHECK(subject_placeholder("the " + actor, 0) == 4);
    // English adjectives have no ending to tell them by: none after "the".
    CHECK(subject_placeholder("the new " + actor, 0) == none);
    // Three attributives are too many; a stop word is none ("das die ÖVP fordert").
    CHECK(subject_placeholder("die alte neue große " + actor, 0) == none);
    CHECK(subject_placeholder("das die " + actor, 0) == none);
    // The placeholder itself, unless an article of another case or a preposition stands before.
    CHECK(subject_placeholder(actor, 0) == 0);
    CHECK(subject_placeholder("sagte " + actor, 6) == 6);
    CHECK(subject_placeholder("werfen dem " + actor, 11) == none);
    CHECK(subject_placeholder("mit " + actor, 4) == none);
    CHECK(subject_placeholder("mit der " + actor, 4) == none);
    CHECK(subject_placeholder("mit  der " + actor, 5) == none);  // two spaces, as the German corpus often has
    CHECK(subject_placeholder("mit   der " + actor, 6) == 10);   // three: no longer the preposition's
    // Not at a word that only ends like an article.
    CHECK(subject_placeholder("oder " + actor, 1) == none);
}

TEST_CASE("subject openings: the C++ test and the regex text agree at every position of generated text") {
    // Words from every list the opening reads, in both cases, and words that almost belong.
    std::vector<std::string> words;
    const auto add = [&](const auto& list) {
        for (std::string_view word : list) {
            words.emplace_back(word);
            std::string upper(word);
            if (upper[0] >= 'a' && upper[0] <= 'z') upper[0] = static_cast<char>(upper[0] - 0x20);
            words.push_back(upper);
        }
    };
    add(eventex::detail::nominative_articles);
    add(eventex::detail::subject_prepositions);
    add(eventex::detail::other_case_articles);
    add(eventex::detail::attributive_stop_words);
    add(eventex::detail::attributive_numbers);
    for (const char* word : {"regierende", "beiden", "neuen", "größte", "ökologischen", "x-te", "e", "en", "ne", "neu",
                             "Neue", "-neue", "12", "3a", "zweite", "dreizehn", "über", "für", "oder", "dies", "ß", "aße",
                             "\xC3\x9F" "e", "\x01P0\x02", "\x01O1\x02", "\x01P2\x02-", "(", ",", "-", "\"", "_", "dass"})
        words.emplace_back(word);
    const char* const spaces[] = {" ", " ", " ", "  ", "\t", "\n", "", " \v"};
    std::mt19937 random(20261127);  // a fixed seed: the same texts on every run and platform
    std::size_t openings = 0;
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        const std::uint32_t length = 1 + random() % 7;
        for (std::uint32_t w = 0; w < length; ++w) {
            text += words[random() % words.size()];
            text += spaces[random() % (sizeof spaces / sizeof spaces[0])];
        }
        if (random() % 2 == 0) text += "\x01P9\x02";
        openings += check_every_position(text);
    }
    CHECK(openings > 500);  // the texts exercise the openings, not only their absence
}

TEST_CASE("subject openings: the C++ test and the regex text agree on analysed news") {
    const std::string text =
        "Die ukrainische Regierung hat die US-Vertreterin eingeladen. Die beiden Minister trafen sich mit dem "
        "Präsidenten in Kiew. Laut der Sprecherin des Außenministeriums warnte Mariana Betsa vor neuen Angriffen. "
        "The foreign minister said that the two leaders had met with the President of France. Er sagte, die drei "
        "Gewerkschaften und die regierende ÖVP lehnten das ab.";
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    for (const eventex::Language language : {eventex::Language::german, eventex::Language::english}) {
        const eventex::AnalyzedDocument analyzed =
            pipeline.recognizer().analyze(eventex::Document{"d", text, std::nullopt, language}, language);
        std::size_t openings = 0;
        for (const eventex::AnalyzedSentence& sentence : analyzed.sentences) openings += check_every_position(sentence.shadow);
        CHECK(openings >= 5);
    }
}

TEST_CASE("a pattern that opens with a subject leaves the opening out of its regex, and matches from the article") {
    const eventex::Extractor<eventex::Statement> extractor(eventex::RuleBook::from_string(R"(
rule t.say
  type Statement
  lang de
  match {subject:speaker} sagte
  example + "Die regierende Partei sagte das." speaker="Partei"
end
)"));
    const std::string& opening = eventex::dsl::detail::subject_opening_regex();
    const eventex::dsl::CompiledPattern& pattern = extractor.rules().front().patterns.front();
    CHECK(pattern.subject_opening == opening.size());
    CHECK(pattern.regex_text.compare(0, opening.size(), opening) == 0);
    // The regex is the rest, in the spelling Boost.Regex builds faster (dsl/regex_spelling.hpp).
    CHECK(pattern.regex().str() == eventex::dsl::detail::quick_to_build(pattern.regex_text.substr(opening.size())));
    CHECK(extractor.check_examples().empty());
    const std::string text = "Am Montag sagte mit der Kanzlerin niemand etwas. Die regierende \xC3\x96VP sagte dazu nichts.";
    for (const bool shortcuts : {true, false}) {
        eventex::Extractor<eventex::Statement> run = extractor;
        run.use_shortcuts(shortcuts);
        const auto statements = run.extract(eventex::Document{"d", text, std::nullopt, eventex::Language::german});
        REQUIRE(statements.size() == 1);
        // The event starts at the article, which the regex itself no longer reads.
        CHECK(statements[0].span.of(text).substr(0, 15) == "Die regierende ");
        CHECK(statements[0].speaker.text == "\xC3\x96VP");
    }
}
