// Tests of join_rule_text (eventex/rules/rule_text.hpp): the default rules, kept as several
// string literals, read as one text whose lines are the headers' lines.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <fstream>      // std::ifstream
#include <map>          // std::map
#include <string>       // std::string, std::getline
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, RuleBook

namespace {

std::vector<std::string> lines_of(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The line (from 1) of `offset` in `text`.
std::size_t line_at(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
    return line;
}

}  // namespace

TEST_CASE("parts joined keep the lines they have in the header") {
    // Line 3: R"(, line 4: A, line 5: )", line 6: R"(, line 7: B, line 8: )"
    constexpr std::string_view parts[] = {"\nA\n", "\nB\n"};
    const std::string text = eventex::rules::join_rule_text(parts, 3);
    CHECK(line_at(text, text.find('A')) == 4);
    CHECK(line_at(text, text.find('B')) == 7);
}

TEST_CASE("every default rule's position is its line in its header, in each part of the text") {
    const std::map<std::string, std::vector<std::string>> headers = {
        {"eventex/rules/german.hpp", lines_of(EVENTEX_SOURCE_DIR "/include/eventex/rules/german.hpp")},
        {"eventex/rules/english.hpp", lines_of(EVENTEX_SOURCE_DIR "/include/eventex/rules/english.hpp")}};
    const eventex::RuleBook book = eventex::Pipeline::default_rules();
    std::map<std::string, std::size_t> last_line;  // of a rule, per header
    for (const eventex::RuleEntry& entry : book.rules()) {
        const auto header = headers.find(entry.source->name);
        REQUIRE(header != headers.end());
        const std::size_t line = entry.source->position(entry.spec.offset).line;
        REQUIRE(line >= 1);
        REQUIRE(line <= header->second.size());
        CAPTURE(entry.spec.id);
        CHECK(header->second[line - 1].find(entry.spec.id) != std::string::npos);
        if (line > last_line[entry.source->name]) last_line[entry.source->name] = line;
    }
    // Both headers, with rules after the line that closes the first part.
    for (const auto& header : headers) {
        const std::string& name = header.first;  // not a structured binding: CAPTURE takes it in a lambda
        const std::vector<std::string>& lines = header.second;
        CAPTURE(name);
        std::size_t split = 0;
        for (std::size_t k = 0; k < lines.size() && split == 0; ++k)
            if (lines[k] == ")eventex\",") split = k + 1;
        REQUIRE(split > 0);
        CHECK(last_line[name] > split);
    }
}
