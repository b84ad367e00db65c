#pragma once
/// Tokens with their lower-cased form, worked out once per sentence for the recogniser's many
/// lookups of each token instead of a lower-cased copy per lookup.
#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "../span.hpp"  // Span
#include "tokens.hpp"   // Token, tokenize

namespace eventex {

/// Lower-cases ASCII and the German umlauts in place; other bytes stay as they are. The length
/// never changes, so a lowered text keeps every offset of the original.
inline void lower_in_place(char* bytes, std::size_t size) noexcept {
    for (std::size_t i = 0; i < size; ++i) {
        const char c = bytes[i];
        if (c >= 'A' && c <= 'Z') bytes[i] = static_cast<char>(c | 0x20);
        else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < size) {
            const auto next = static_cast<unsigned char>(bytes[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) bytes[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
}

/// A token and its bytes lower-cased as lower_in_place does, each token on its own.
struct LoweredToken : Token {
    std::string_view lower;  ///< views the buffer given to lowered_tokens
};

/// The tokens of text[within] (tokenize) with their lower-cased forms in `buffer`, which the
/// views point into: keep it unchanged while the tokens are used. `Lowered` may extend
/// LoweredToken with fields of the caller's, which start value-initialised.
template <class Lowered = LoweredToken>
void lowered_tokens(std::string_view text, Span within, std::string& buffer, std::vector<Lowered>& out) {
    std::vector<Token> tokens;
    tokens.reserve(within.size() / 4 + 4);  // the corpora have a token per 5.5 bytes: no regrowth
    tokenize(text, within, tokens);
    buffer.assign(text.substr(within.begin, within.size()));
    out.clear();
    out.reserve(tokens.size());
    for (const Token& token : tokens) {
        char* lower = buffer.data() + (token.span.begin - within.begin);
        // Each token on its own, as a copy of the token would be lowered: a lead byte before
        // the token (in bytes that are not UTF-8) must not reach into it.
        lower_in_place(lower, token.text.size());
        static_cast<LoweredToken&>(out.emplace_back()) = LoweredToken{token, std::string_view(lower, token.text.size())};
    }
}

}  // namespace eventex
