// Tests of quick_to_build (eventex/dsl/regex_spelling.hpp): the respelled regex matches what
// the compiler's spelling matches, byte for byte, and is spelled as documented.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <string_view>  // std::string_view

#include <boost/regex.hpp>  // boost::regex, boost::regex_search

#include <eventex/dsl/regex_spelling.hpp>  // quick_to_build

namespace {

using eventex::dsl::detail::quick_to_build;

/// Where `a` and `b` first disagree on a two-byte subject (every first byte, a spread of second
/// bytes, including both ends of every range the compiler writes), as "x y"; empty if nowhere.
std::string first_disagreement(const std::string& a_text, const std::string& b_text) {
    const boost::regex a(a_text, boost::regex::perl);
    const boost::regex b(b_text, boost::regex::perl);
    for (int first = 0; first < 256; ++first) {
        for (int second : {0, 1, 2, 9, 13, 32, 45, 65, 97, 127, 128, 164, 195, 255}) {
            const std::string subject{static_cast<char>(first), static_cast<char>(second)};
            boost::smatch found_a, found_b;
            const bool in_a = boost::regex_search(subject, found_a, a);
            const bool in_b = boost::regex_search(subject, found_b, b);
            if (in_a != in_b || (in_a && (found_a.position() != found_b.position() || found_a.length() != found_b.length())))
                return std::to_string(first) + " " + std::to_string(second);
        }
    }
    return {};
}

}  // namespace

TEST_CASE("a respelled regex matches the same bytes as the compiler's spelling") {
    // The classes, escapes and boundaries the compiler writes (compiler.hpp), and edge cases of
    // the class syntax: a leading ']', a literal '-' at either end, escaped syntax bytes.
    for (const std::string_view regex :
         {R"(\s)", R"(\S)", R"(\s+x)", R"(a\s*b)", R"([^\s\x01\x02,;:.!?"()])", R"([^\x00-,./:-@\[-\^`{-\x7F])",
          R"((?<![^\x00-,./:-@\[-\^`{-\x7F])a)", R"(\x01[A-Z][0-9]+\x02)", R"(\xE2\x80[\x9C\x9D\xA6\x98\x99])",
          R"([.!?:;"')]|\xC2[\xBB\xAB])", R"([a-z-])", R"([-\w])", R"([]a])", R"([^]a])", R"([\x5D\x5B\x5C\x5E\x2D])",
          R"(\x5B\x2E)", R"((?<!\S\s.)b)", R"(\.\x20)", R"([\t\n])", R"([[:alpha:]])", R"([[:alpha:]\s]x)"}) {
        CAPTURE(regex);
        CHECK(first_disagreement(std::string(regex), quick_to_build(regex)) == "");
    }
}

TEST_CASE("quick_to_build spells spaces and lone class bytes as ranges, and escapes as bytes") {
    CHECK(quick_to_build(R"(a\s+b)") == "a[\t-\r - ]+b");
    CHECK(quick_to_build(R"(\S)") == "[^\t-\r - ]");
    CHECK(quick_to_build(R"([ab])") == "[a-ab-b]");
    CHECK(quick_to_build(R"([a-z])") == "[a-z]");
    CHECK(quick_to_build(R"(\x01P\x02)") == "\x01P\x02");
    // Bytes of the regex syntax, NUL and the spaces stay escaped, in a class and out of one.
    CHECK(quick_to_build(R"(\x2E\x00\x0A)") == R"(\x2E\x00\x0A)");
    CHECK(quick_to_build(R"([\x5D\x2D\x00])") == R"([\]-\]\--\-\x00-\x00])");
    // Class escapes other than \s stay as written; so does a POSIX class, which it does not read.
    CHECK(quick_to_build(R"([\w.])") == R"([\w.-.])");
    CHECK(quick_to_build(R"([[:alpha:]]x)") == R"([[:alpha:]]x)");
    CHECK(quick_to_build(R"([[:alpha:]\s]\s)") == "[[:alpha:]\\s][\t-\r - ]");  // the class whole, as written
    CHECK(quick_to_build("") == "");
}
