// Tests of the language detector (eventex/detail/language_detect.hpp): single sentences, short
// headlines, and every document of the corpora cut to its first 160 bytes.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <cstddef>             // std::size_t
#include <fstream>             // std::ifstream
#include <string>              // std::string

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>   // nlohmann::json
#define EVENTEX_TEST_CORPORA 1
#endif

#include "eventex/detail/language_detect.hpp"  // detect_language

using eventex::Language;
using eventex::detail::detect_language;

TEST_CASE("one sentence is enough to tell German from English") {
    CHECK(detect_language("Der ehemalige griechische Finanzminister will die EU transparenter gestalten.") == Language::german);
    CHECK(detect_language("The foreign ministry invited the US charge d'affaires to talks on military aid.") == Language::english);
    // Words both languages share ("will", "was", "in") decide nothing.
    CHECK(detect_language("Mal was Neues: Varoufakis will in Berlin bleiben.") == Language::german);
    // No function word at all: the endings decide.
    CHECK(detect_language("Obama ordered an investigation against Iran") == Language::english);
    CHECK(detect_language("Regierung plant Neuordnung") == Language::german);
    // Nothing to go on: German, the documented default.
    CHECK(detect_language("") == Language::german);
}

#ifdef EVENTEX_TEST_CORPORA
TEST_CASE("the first 160 bytes of every corpus document are enough") {
    struct Corpus { const char* file; Language language; };
    const Corpus corpora[] = {{"/corpora/de_news/articles.jsonl", Language::german},
                              {"/corpora/en_news/articles.jsonl", Language::english},
                              {"/corpora/en_world/items.jsonl", Language::english}};
    for (const Corpus& corpus : corpora) {
        std::ifstream in(std::string(EVENTEX_SHARED_DIR) + corpus.file);
        if (!in) {
            MESSAGE("corpus not found, skipped: ", corpus.file);
            continue;
        }
        std::size_t documents = 0, right = 0;
        for (std::string line; std::getline(in, line);) {
            const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
            if (text.empty()) continue;
            ++documents;
            right += detect_language(std::string_view(text).substr(0, 160)) == corpus.language;
        }
        CAPTURE(corpus.file);
        CHECK(documents > 1000);
        // Measured: 1028/1028, 2125/2125 and 1899/1900 (one headline of capitalised words only).
        CHECK(right * 1000 >= documents * 998);
    }
}
#endif
