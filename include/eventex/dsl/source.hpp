#pragma once
/// A rule source (a file or a string) kept alive so that errors can point into it.
#include <cstddef>        // std::size_t
#include <string>         // std::string
#include <string_view>    // std::string_view

#include "../error.hpp"   // RuleError, TextPosition, errc

namespace eventex::dsl {

/// Rule text with its name. Positions are byte offsets; line and column are computed only when
/// an error is reported, so that parsing never pays for them.
struct Source {
    std::string name;
    std::string text;

    TextPosition position(std::size_t offset) const noexcept {
        TextPosition position;
        position.offset = offset < text.size() ? offset : text.size();
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < position.offset; ++i) {
            if (text[i] == '\n') {
                ++position.line;
                line_start = i + 1;
            }
        }
        position.column = position.offset - line_start + 1;
        return position;
    }

    /// The whole line that holds `offset`, without its line break.
    std::string_view line_at(std::size_t offset) const noexcept {
        const std::string_view all = text;
        if (offset > all.size()) offset = all.size();
        const std::size_t begin = offset == 0 ? 0 : all.rfind('\n', offset - 1);
        const std::size_t start = begin == std::string_view::npos || offset == 0 ? 0 : begin + 1;
        std::size_t end = all.find('\n', offset);
        if (end == std::string_view::npos) end = all.size();
        std::string_view line = all.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return line;
    }

    RuleError error(errc code, std::size_t offset, std::string message) const {
        return RuleError(code, name, position(offset), std::move(message), line_at(offset));
    }
};

}  // namespace eventex::dsl
