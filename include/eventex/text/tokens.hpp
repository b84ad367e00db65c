#pragma once
/// Word tokens of a sentence: byte ranges, never copies.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "../span.hpp"  // Span

namespace eventex {

/// One word or punctuation mark. `text` views the document's bytes.
struct Token {
    Span span;
    std::string_view text;
    bool word = false;  ///< letters or digits (else punctuation)
};

namespace detail {

/// Length of the UTF-8 punctuation or space sequence at `at` that separates words (quotes,
/// dashes, ellipsis, guillemets, no-break space), or 0 when the bytes are part of a word.
inline std::size_t separator_length(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    const unsigned char b0 = static_cast<unsigned char>(text[at]);
    if (b0 < 0x80) {
        const char c = text[at];
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return word ? 0 : 1;
    }
    if (b0 == 0xE2 && byte(at + 1) == 0x80) return 3;                // U+2000..U+203F: dashes, quotes, …
    if (b0 == 0xC2 && (byte(at + 1) == 0xA0 || byte(at + 1) == 0xAB || byte(at + 1) == 0xBB ||
                       byte(at + 1) == 0xB7 || byte(at + 1) == 0xAD))
        return 2;                                                    // no-break space, « », ·, soft hyphen
    return 0;
}

}  // namespace detail

/// Appends the tokens of text[within] to `out`. A word keeps inner hyphens, apostrophes and the
/// periods of initials ("US-Vertreter", "d'affaires", "U.S."); other punctuation is one token
/// per mark; whitespace is dropped.
inline void tokenize(std::string_view text, Span within, std::vector<Token>& out) {
    std::size_t i = within.begin;
    const std::size_t end = within.end < text.size() ? within.end : text.size();
    while (i < end) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\x01' || c == '\x02') {
            ++i;
            continue;
        }
        std::size_t sep = detail::separator_length(text, i);
        if (sep != 0) {
            if (i + sep > end) sep = end - i;
            const bool space = sep == 2 && static_cast<unsigned char>(text[i + 1]) == 0xA0;
            if (!space) out.push_back(Token{Span{i, i + sep}, text.substr(i, sep), false});
            i += sep;
            continue;
        }
        const std::size_t begin = i;
        while (i < end) {
            if (detail::separator_length(text, i) == 0) {
                ++i;
                continue;
            }
            // Joiners inside a word: "US-Vertreter", "d'affaires", "U.S.", "3.000".
            const char j = text[i];
            const bool next_is_word = i + 1 < end && detail::separator_length(text, i + 1) == 0;
            if ((j == '-' || j == '\'') && next_is_word) {
                ++i;
                continue;
            }
            if (j == '.' && i > begin) {
                const bool single_letter_before = i - begin == 1 || (i >= 2 && text[i - 2] == '.');
                const bool initial = single_letter_before && text[i - 1] >= 'A' && text[i - 1] <= 'Z';
                const bool digits = text[i - 1] >= '0' && text[i - 1] <= '9' && next_is_word &&
                                    text[i + 1] >= '0' && text[i + 1] <= '9';
                if (digits || (initial && next_is_word && text[i + 1] >= 'A' && text[i + 1] <= 'Z')) {
                    ++i;
                    continue;
                }
                // "ver.di", "meedia.de": a period between lower-case letters, two or more on
                // each side, is inside a name (not "u.a.", "z.B.", which abbreviate).
                const auto lower_at = [&](std::size_t k) { return k < end && text[k] >= 'a' && text[k] <= 'z'; };
                if (i - begin >= 2 && lower_at(i - 1) && lower_at(i - 2) && lower_at(i + 1) && lower_at(i + 2)) {
                    ++i;
                    continue;
                }
                if (initial && i - begin >= 3) {  // the final period of "U.S."
                    ++i;
                }
            }
            break;
        }
        out.push_back(Token{Span{begin, i}, text.substr(begin, i - begin), true});
    }
}

}  // namespace eventex
