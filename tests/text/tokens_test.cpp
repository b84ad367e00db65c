// Tests of the tokenizer (eventex/text/tokens.hpp): which bytes make one word token.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/text/tokens.hpp>  // tokenize, Token

namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<eventex::Token> tokens;
    eventex::tokenize(text, eventex::Span{0, text.size()}, tokens);
    std::vector<std::string> words;
    for (const eventex::Token& token : tokens) words.emplace_back(token.text);
    return words;
}

}  // namespace

TEST_CASE("tokenize: joiners inside a word, and a period between lower-case letters") {
    CHECK(words_of("US-Vertreter trafen d'Estaing.") == std::vector<std::string>{"US-Vertreter", "trafen", "d'Estaing", "."});
    CHECK(words_of("rund 3.000 Menschen in den U.S.") == std::vector<std::string>{"rund", "3.000", "Menschen", "in", "den", "U.S."});
    // A name or address with a period inside: two lower-case letters or more on each side.
    CHECK(words_of("teilte ver.di mit") == std::vector<std::string>{"teilte", "ver.di", "mit"});
    CHECK(words_of("berichtet meedia.de heute") == std::vector<std::string>{"berichtet", "meedia.de", "heute"});
    // Abbreviations stay apart, and so does a sentence's end.
    CHECK(words_of("z.B. Miete, u.a. Strom") ==
          std::vector<std::string>{"z", ".", "B", ".", "Miete", ",", "u", ".", "a", ".", "Strom"});
    CHECK(words_of("Er kam.dann ging er") == std::vector<std::string>{"Er", "kam.dann", "ging", "er"});
    CHECK(words_of("Er kam. Dann") == std::vector<std::string>{"Er", "kam", ".", "Dann"});
}
