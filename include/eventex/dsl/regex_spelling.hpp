#pragma once
/// quick_to_build: the same regex, spelled so that Boost.Regex builds it faster.
///
/// Boost.Regex builds a 256-byte table for every character class, and how long that takes
/// depends on how the class is written, not on what it matches (callgrind, Boost 1.74): `\s`
/// costs 6,400 instructions, its byte ranges `[\t-\r - ]` 1,700; `[ab]` 6,400, `[a-ab-b]` 1,700;
/// an escape `\x01` 2,100, the byte itself 200. The default rules hold about 55,000 classes
/// (every word boundary, every space between words), and respelling them cuts the instructions
/// of building Pipeline::standard() from 1,560 M to 1,111 M. The compiler keeps writing the
/// readable spelling into CompiledPattern::regex_text, which --explain, the tests and the naive
/// engine show and use; the regex itself is built from this spelling, which matches exactly the
/// same bytes (and runs as fast):
///   - `\s` and `\S` become the class of the six ASCII spaces (0x09-0x0D, 0x20) and its
///     complement: what Boost's `\s` is under the classic locale, and now whatever global
///     locale the program sets;
///   - `\xNN` becomes the byte itself where that byte means nothing to the regex syntax;
///   - inside a class, each lone byte becomes a range of one byte.
#include <algorithm>    // std::min
#include <cstddef>      // std::size_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex::dsl::detail {

inline int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The byte of `\xNN` at regex[i] (which is the backslash), or -1 if it is not that form.
inline int hex_escape_at(std::string_view regex, std::size_t i) noexcept {
    if (i + 3 >= regex.size() || regex[i + 1] != 'x') return -1;
    const int high = hex_digit(regex[i + 2]);
    const int low = hex_digit(regex[i + 3]);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/// Bytes that stay escaped outside a class: the syntax, NUL, and the spaces (kept readable).
inline bool keeps_escape_outside(unsigned char byte) noexcept {
    constexpr std::string_view syntax = "\\^$.|?*+()[]{}";
    return byte == 0 || (byte >= 0x09 && byte <= 0x0D) || byte == ' ' || syntax.find(static_cast<char>(byte)) != std::string_view::npos;
}

/// A byte as one end of a range inside a class.
inline void append_class_byte(std::string& out, unsigned char byte) {
    constexpr std::string_view syntax = "]\\^-[";
    if (byte == 0) {
        out += "\\x00";
    } else if (syntax.find(static_cast<char>(byte)) != std::string_view::npos) {
        out += '\\';
        out += static_cast<char>(byte);
    } else {
        out += static_cast<char>(byte);
    }
}

/// One element of a class as written: a byte (`a`, `\xC3`, `\[`), or a class escape kept as
/// written (`\w`, `\n`); `\s` is the two ranges it stands for.
struct ClassAtom {
    int byte = -1;               ///< -1: not one byte
    std::string_view text;       ///< what to copy when it is not a byte
    bool spaces = false;         ///< `\s`
    std::size_t next = 0;        ///< the index after it
};

/// The class element at regex[i], or nullopt where it is none this function reads.
inline std::optional<ClassAtom> class_atom_at(std::string_view regex, std::size_t i) {
    if (i >= regex.size()) return std::nullopt;
    const char c = regex[i];
    if (c != '\\') {
        if (c == '[' && i + 1 < regex.size() && (regex[i + 1] == ':' || regex[i + 1] == '=' || regex[i + 1] == '.'))
            return std::nullopt;  // POSIX classes: the compiler writes none
        return ClassAtom{static_cast<unsigned char>(c), {}, false, i + 1};
    }
    if (i + 1 >= regex.size()) return std::nullopt;
    const char escaped = regex[i + 1];
    if (const int byte = hex_escape_at(regex, i); byte >= 0) return ClassAtom{byte, {}, false, i + 4};
    if (escaped == 's') return ClassAtom{-1, {}, true, i + 2};
    if ((escaped >= 'a' && escaped <= 'z') || (escaped >= 'A' && escaped <= 'Z') || (escaped >= '0' && escaped <= '9'))
        return ClassAtom{-1, regex.substr(i, 2), false, i + 2};  // \w, \d, \n ...: as written
    return ClassAtom{static_cast<unsigned char>(escaped), {}, false, i + 2};  // \[ \^ \- \\ ...
}

/// Appends the class that opens at regex[open] ('['), respelled; returns the index after its
/// ']'. Returns npos, and leaves `out` as it was, for a class it does not read.
inline std::size_t respell_class(std::string_view regex, std::size_t open, std::string& out) {
    constexpr std::size_t npos = std::string_view::npos;
    const std::size_t mark = out.size();
    const auto refuse = [&out, mark] {
        out.resize(mark);
        return npos;
    };
    const auto append_range = [&out](int low, int high) {
        append_class_byte(out, static_cast<unsigned char>(low));
        out += '-';
        append_class_byte(out, static_cast<unsigned char>(high));
    };
    std::size_t i = open + 1;
    out += '[';
    if (i < regex.size() && regex[i] == '^') {
        out += '^';
        ++i;
    }
    for (bool first = true;; first = false) {
        if (i >= regex.size()) return refuse();
        if (regex[i] == ']' && !first) break;  // a ']' first is a member
        const std::optional<ClassAtom> atom = class_atom_at(regex, i);
        if (!atom) return refuse();
        i = atom->next;
        if (atom->spaces) {
            append_range(0x09, 0x0D);
            append_range(' ', ' ');
            continue;
        }
        if (atom->byte < 0) {
            out += atom->text;
            continue;
        }
        // An unescaped '-' between two bytes makes a range; before the closing ']' it is a member.
        if (i + 1 < regex.size() && regex[i] == '-' && regex[i + 1] != ']') {
            const std::optional<ClassAtom> end = class_atom_at(regex, i + 1);
            if (!end || end->byte < 0) return refuse();
            append_range(atom->byte, end->byte);
            i = end->next;
            continue;
        }
        append_range(atom->byte, atom->byte);
    }
    out += ']';
    return i + 1;
}

/// The regex `regex`, spelled as described at the top of this file.
inline std::string quick_to_build(std::string_view regex) {
    std::string out;
    out.reserve(regex.size() + regex.size() / 4);
    for (std::size_t i = 0; i < regex.size();) {
        const char c = regex[i];
        if (c == '[') {
            if (const std::size_t after = respell_class(regex, i, out); after != std::string_view::npos) {
                i = after;
                continue;
            }
            // A class not read: copy the whole of it unchanged, up to the ']' that closes it (not
            // one that closes an escape or a POSIX "[:alpha:]" inside it).
            std::size_t j = i + 1;
            if (j < regex.size() && regex[j] == '^') ++j;
            if (j < regex.size() && regex[j] == ']') ++j;
            while (j < regex.size() && regex[j] != ']') {
                if (regex[j] == '\\') {
                    j += 2;
                } else if (regex[j] == '[' && j + 1 < regex.size() &&
                           (regex[j + 1] == ':' || regex[j + 1] == '=' || regex[j + 1] == '.')) {
                    const char kind = regex[j + 1];
                    std::size_t close = j + 2;
                    while (close + 1 < regex.size() && !(regex[close] == kind && regex[close + 1] == ']')) ++close;
                    j = close + 2;
                } else {
                    ++j;
                }
            }
            const std::size_t end = std::min(j + 1, regex.size());
            out.append(regex.substr(i, end - i));
            i = end;
            continue;
        }
        if (c != '\\' || i + 1 >= regex.size()) {
            // Most of a regex is letters: copy up to the next escape or class at once.
            std::size_t next = i + 1;
            while (next < regex.size() && regex[next] != '[' && regex[next] != '\\') ++next;
            out.append(regex.substr(i, next - i));
            i = next;
            continue;
        }
        const char escaped = regex[i + 1];
        if (escaped == 's' || escaped == 'S') {
            out += escaped == 's' ? "[\t-\r - ]" : "[^\t-\r - ]";  // raw TAB..CR, and the space as a range
            i += 2;
            continue;
        }
        if (const int byte = hex_escape_at(regex, i); byte >= 0 && !keeps_escape_outside(static_cast<unsigned char>(byte))) {
            out += static_cast<char>(byte);
            i += 4;
            continue;
        }
        out.append(regex.substr(i, 2));
        i += 2;
    }
    return out;
}

}  // namespace eventex::dsl::detail
