// Tokens with their lower-cased forms (eventex/text/lowered_tokens.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/text/lowered_tokens.hpp>  // lowered_tokens, lower_in_place, LoweredToken

TEST_CASE("lowered tokens: each token's bytes lower-cased, umlauts too, at the token's own offsets") {
    // "Außenministerin" and "ÖVP" in mid-text: the sentence starts at byte 4.
    const std::string text = "Ja. Die \xC3\x96VP-Chefin traf US-Au\xC3\x9F" "enministerin \xC3\x89lise in WIEN.";
    const eventex::Span sentence{4, text.size()};
    std::string buffer;
    std::vector<eventex::LoweredToken> tokens;
    tokens.push_back(eventex::LoweredToken{});  // cleared first
    eventex::lowered_tokens(text, sentence, buffer, tokens);
    std::vector<std::string> texts, lowers;
    for (const eventex::LoweredToken& token : tokens) {
        texts.emplace_back(token.text);
        lowers.emplace_back(token.lower);
        CHECK(token.lower.size() == token.text.size());
        CHECK(token.text == std::string_view(text).substr(token.span.begin, token.span.size()));
        // The lowered bytes sit where the token's bytes sit in the sentence.
        CHECK(token.lower.data() == buffer.data() + (token.span.begin - sentence.begin));
    }
    const std::vector<std::string> expected_texts = {"Die", "\xC3\x96VP-Chefin", "traf", "US-Au\xC3\x9F" "enministerin",
                                                     "\xC3\x89lise", "in", "WIEN", "."};
    // Ö becomes ö, É becomes é, ß has no capital in the range and stays.
    const std::vector<std::string> expected_lowers = {"die", "\xC3\xB6vp-chefin", "traf", "us-au\xC3\x9F" "enministerin",
                                                      "\xC3\xA9lise", "in", "wien", "."};
    CHECK(texts == expected_texts);
    CHECK(lowers == expected_lowers);
    CHECK(tokens[0].word);
    CHECK_FALSE(tokens.back().word);
}

TEST_CASE("lower_in_place: the multiplication sign stays, and a lead byte at the end is left alone") {
    std::string bytes = "A\xC3\x97Z\xC3";  // A × Z, then a lone lead byte
    eventex::lower_in_place(bytes.data(), bytes.size());
    CHECK(bytes == "a\xC3\x97z\xC3");
}
