// A word with one byte changed, for table lookups (eventex/detail/recased_word.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view

#include <eventex/detail/recased_word.hpp>  // RecasedWord

using eventex::detail::RecasedWord;

TEST_CASE("a recased word is the word with one byte changed, the word itself untouched") {
    const std::string word = "minister";
    const RecasedWord upper(word, 0, 'M');
    CHECK(upper.view() == "Minister");
    CHECK(word == "minister");
    // "Ämter" folded at its second byte: Ä (C3 84) becomes ä (C3 A4).
    const RecasedWord umlaut("\xC3\x84mter", 1, '\xA4');
    CHECK(umlaut.view() == "\xC3\xA4mter");
    // A position past the end changes nothing; an empty word stays empty.
    CHECK(RecasedWord("abc", 3, 'X').view() == "abc");
    CHECK(RecasedWord("", 0, 'X').view().empty());
}

TEST_CASE("a recased word longer than its buffer is copied in full") {
    const std::string long_word = "bundes" + std::string(60, 'x') + "minister";
    const RecasedWord upper(long_word, 0, 'B');
    REQUIRE(upper.view().size() == long_word.size());
    CHECK(upper.view() == "B" + long_word.substr(1));
}
