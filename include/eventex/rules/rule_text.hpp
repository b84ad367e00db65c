#pragma once
/// join_rule_text: the default rules' text, kept in a header as several string literals, made
/// one text whose line numbers are the header's.
#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex::rules {

/// `parts` are raw string literals that follow each other in a header, the first one opening on
/// line `first_line` and each next one on the line after the previous one's close. The result
/// has the parts in order, with empty lines where the header has the literals' delimiters, so
/// that a rule's line in the text is its line in the header.
template <std::size_t N>
std::string join_rule_text(const std::string_view (&parts)[N], std::size_t first_line) {
    std::size_t size = first_line + N;
    for (std::string_view part : parts) size += part.size();
    std::string text;
    text.reserve(size);
    text.append(first_line - 1, '\n');
    for (std::size_t i = 0; i < N; ++i) {
        if (i != 0) text += '\n';  // the line that closes the previous literal
        text += parts[i];
    }
    return text;
}

}  // namespace eventex::rules
