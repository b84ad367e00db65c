// The word prefilter's scan (eventex/detail/required_words.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/detail/required_words.hpp>  // for_each_word_run, FoldedWordTable, RequiredWordVocabulary

using eventex::detail::RequiredWordHits;

TEST_CASE("word runs: parts of a hyphenated run come before the run, punctuation and placeholders split") {
    std::vector<std::string> runs;
    eventex::detail::for_each_word_run("Der EU-Gipfel, \x01P0\x02 sagte: \"ja\" 3.000 Ex--Chef",
                                       [&](std::string_view run) { runs.emplace_back(run); });
    const std::vector<std::string> expected = {"Der", "EU", "Gipfel", "EU-Gipfel", "P0", "sagte", "ja", "3",
                                               "000", "Ex", "Chef", "Ex--Chef"};
    CHECK(runs == expected);
}

TEST_CASE("a folded word table finds a run with its first letter lower-cased, umlauts included") {
    eventex::detail::FoldedWordTable<int> table;
    CHECK(table.find_run("sagte") == nullptr);  // empty
    table["sagte"] = 1;
    table["österreich"] = 2;
    table["un"] = 3;
    REQUIRE(table.find_run("Sagte") != nullptr);
    CHECK(*table.find_run("Sagte") == 1);
    CHECK(*table.find_run("sagte") == 1);
    CHECK(*table.find_run("\xC3\x96sterreich") == 2);  // Ö
    CHECK(*table.find_run("\xC3\xB6sterreich") == 2);  // ö
    CHECK(table.find_run("UN") == nullptr);       // only the first letter is folded
    CHECK(table.find_run("sAGTE") == nullptr);
    CHECK(table.find_run("sagten") == nullptr);
    CHECK(table.find_run("Bundesaussenminister") == nullptr);  // longer than every word
    CHECK(table.find_run("") == nullptr);
    // A capitalised run longer than the stack buffer is folded in a copy.
    const std::string long_word(60, 'x');
    table["a" + long_word] = 4;
    REQUIRE(table.find_run("A" + long_word) != nullptr);
    CHECK(*table.find_run("A" + long_word) == 4);
}

TEST_CASE("the vocabulary's scan gives each sentence's hits with their ends, sentence by sentence") {
    eventex::detail::RequiredWordVocabulary vocabulary;
    vocabulary.add("sagte");
    vocabulary.add("gipfel");
    RequiredWordHits hits;
    hits.clear();
    const std::string first = "Er sagte, der EU-Gipfel sei vorbei. Sagte er.";
    const std::string second = "Nichts davon.";
    vocabulary.scan(first, hits);
    vocabulary.scan(second, hits);
    REQUIRE(hits.first.size() == 3);
    CHECK(hits.first[0] == 0);
    CHECK(hits.first[1] == 3);
    CHECK(hits.first[2] == 3);  // the second sentence holds none
    REQUIRE(hits.hits.size() == 3);
    CHECK(hits.hits[0].run == "sagte");
    CHECK(hits.hits[0].end == 8);
    CHECK(hits.hits[1].run == "Gipfel");
    CHECK(hits.hits[1].end == 23);
    CHECK(hits.hits[2].run == "Sagte");
    CHECK(hits.hits[2].end == 41);
}
