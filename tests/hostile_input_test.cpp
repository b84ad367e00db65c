// Hostile input, as the README's "Hostile input" section defines it: what the library does with
// invalid UTF-8, NUL bytes, CRLF, a byte order mark, very long lines, empty documents, rules that
// blow up on one document, and deeply nested or huge rule text. Every case also checks that the
// events that should still come out do, at byte-exact offsets. (The tool's share, 50 MB and
// 100,000-document inputs, size limits and error records, is tested by cmake/hostile_cli.cmake.)
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <algorithm>    // std::count, std::replace
#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, Document, Events, RuleBook, RuleError, split_sentences

namespace {

const eventex::Pipeline& pipeline() {
    static const eventex::Pipeline shared = eventex::Pipeline::standard();
    return shared;
}

eventex::Events extract(std::string_view text, std::string id = "doc") {
    return pipeline().extract(eventex::Document{std::move(id), text, eventex::Date{2025, 3, 11}, eventex::Language::german});
}

/// "Type rule: text of the span" for every event, in document order.
std::vector<std::string> fingerprints(const eventex::Events& events, std::string_view text) {
    std::vector<std::string> out;
    for (const auto& e : events.meetings) out.push_back("Meeting " + e.rule + ": " + std::string(e.span.of(text)));
    for (const auto& e : events.aid_requests) out.push_back("AidRequest " + e.rule + ": " + std::string(e.span.of(text)));
    for (const auto& e : events.statements) out.push_back("Statement " + e.rule + ": " + std::string(e.span.of(text)));
    return out;
}

bool has(const std::vector<std::string>& list, std::string_view part) {
    for (const std::string& item : list)
        if (item.find(part) != std::string::npos) return true;
    return false;
}

const std::string meeting = "Bundeskanzler Karl Nehammer traf am Dienstag in Wien den ukrainischen Präsidenten Wolodymyr Selenskyj.";
const std::string request = "Die Regierung in Kiew bat Deutschland dringend um weitere Luftabwehrsysteme.";
const std::string statement = "Außenminister Sebastian Kurz sagte am Montag, die Lage sei ernst.";

}  // namespace

TEST_CASE("the three sentences the hostile cases are built from give their events") {
    const std::string text = meeting + ' ' + request + ' ' + statement;
    const auto found = fingerprints(extract(text), text);
    CHECK(has(found, "Meeting"));
    CHECK(has(found, "AidRequest"));
    CHECK(has(found, "Statement"));
}

TEST_CASE("invalid UTF-8: refused with the offset of the first bad byte, or replaced byte for byte") {
    const std::string bad = meeting + " Kaputt: \xC3\x28 und \xFF\xFE hier. " + request;
    const std::size_t first_bad = bad.find("\xC3\x28");  // not the 'ä' of "Präsidenten"

    const eventex::Events refused = extract(bad, "bad");
    REQUIRE(refused.error);
    CHECK(refused.error->code == eventex::errc::invalid_utf8);
    CHECK(refused.error->offset == first_bad);
    CHECK(refused.error->document_id == "bad");
    CHECK(refused.size() == 0);

    std::string replaced = bad;
    CHECK(eventex::replace_invalid_utf8(replaced) == 3);  // C3 (its '(' is ASCII and stays), FF, FE
    REQUIRE(replaced.size() == bad.size());
    for (std::size_t k = 0; k < bad.size(); ++k) {
        const bool invalid = k == first_bad || k == bad.find('\xFF') || k == bad.find('\xFE');
        CHECK(replaced[k] == (invalid ? ' ' : bad[k]));
    }
    const eventex::Events events = extract(replaced);
    REQUIRE_FALSE(events.error);
    // Offsets into the replaced text are offsets into the original: the spans read the same there.
    REQUIRE(events.meetings.size() == 1);
    CHECK(events.meetings[0].span.of(bad) == events.meetings[0].span.of(replaced));
    CHECK(events.meetings[0].span.begin == 0);
    REQUIRE(events.aid_requests.size() == 1);
    CHECK(events.aid_requests[0].span.begin > bad.find('\xFE'));
    CHECK(events.aid_requests[0].span.of(bad) == events.aid_requests[0].span.of(replaced));
    CHECK(events.aid_requests[0].span.of(bad).substr(0, 12) == "Die Regierun");

    // Truncated sequences at the very end, and a lone continuation byte at the start.
    std::string edges = "\x80" + meeting + "\xE2\x80";
    CHECK(eventex::replace_invalid_utf8(edges) == 3);
    CHECK(edges == " " + meeting + "  ");
    std::string valid = meeting;
    CHECK(eventex::replace_invalid_utf8(valid) == 0);
    CHECK(valid == meeting);
}

TEST_CASE("NUL bytes are text like any other: the events around them come out at their offsets") {
    std::string text = meeting + std::string(" \0\0 ", 4) + request + std::string("\0", 1) + ' ' + statement;
    REQUIRE(text.size() == meeting.size() + 4 + request.size() + 2 + statement.size());
    const eventex::Events events = extract(text);
    REQUIRE_FALSE(events.error);
    const auto found = fingerprints(events, text);
    CHECK(has(found, "Meeting"));
    REQUIRE(events.aid_requests.size() == 1);
    CHECK(events.aid_requests[0].span.begin == meeting.size() + 4);
    // The request ("bat ... um") is also an appeal (de.statement.appeal), as in the labels.
    REQUIRE(events.statements.size() == 2);
    CHECK(events.statements[0].span.begin == meeting.size() + 4);
    CHECK(events.statements[1].span.begin == meeting.size() + 4 + request.size() + 2);
    // A NUL inside a sentence neither crashes nor moves offsets.
    const std::string inside = "Bundeskanzler Karl Nehammer traf am Dienstag" + std::string("\0", 1) + " in Wien den Präsidenten Wolodymyr Selenskyj.";
    const eventex::Events in_sentence = extract(inside);
    REQUIRE_FALSE(in_sentence.error);
    for (const auto& m : in_sentence.meetings) CHECK(m.span.end <= inside.size());
}

TEST_CASE("CRLF line ends give the same events as LF, at the CRLF text's own offsets") {
    const std::string lf = "Politik in Wien\n\n" + meeting + "\n" + request + "\n\n" + statement + "\n";
    std::string crlf;
    for (char c : lf) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const auto with_lf = fingerprints(extract(lf), lf);
    auto with_crlf = fingerprints(extract(crlf), crlf);
    for (std::string& item : with_crlf) item.erase(std::remove(item.begin(), item.end(), '\r'), item.end());
    CHECK(with_lf.size() >= 3);
    CHECK(with_crlf == with_lf);
    const eventex::Events events = extract(crlf);
    REQUIRE(events.statements.size() == 2);  // the request's appeal, then the statement
    CHECK(events.statements[0].span.begin == crlf.find("Die Regierung in Kiew"));
    CHECK(events.statements[1].span.begin == crlf.find("Außenminister"));
}

TEST_CASE("a byte order mark is whitespace: the same events, every offset 3 bytes further") {
    const std::string text = meeting + ' ' + request;
    const std::string with_bom = "\xEF\xBB\xBF" + text;
    const eventex::Events plain = extract(text);
    const eventex::Events bom = extract(with_bom);
    REQUIRE_FALSE(bom.error);
    REQUIRE(bom.meetings.size() == plain.meetings.size());
    REQUIRE(bom.aid_requests.size() == plain.aid_requests.size());
    REQUIRE(bom.meetings.size() == 1);
    CHECK(bom.meetings[0].span.begin == plain.meetings[0].span.begin + 3);
    CHECK(bom.meetings[0].span.end == plain.meetings[0].span.end + 3);
    CHECK(bom.aid_requests[0].span.begin == plain.aid_requests[0].span.begin + 3);
    // A document of nothing but a byte order mark has text, and no events.
    const eventex::Events only_bom = extract("\xEF\xBB\xBF");
    CHECK_FALSE(only_bom.error);
    CHECK(only_bom.size() == 0);
}

TEST_CASE("empty documents are refused as empty, whatever whitespace they hold") {
    for (std::string_view text : {std::string_view(""), std::string_view(" \r\n\t\f\v\r\n")}) {
        const eventex::Events events = extract(text, "empty");
        REQUIRE(events.error);
        CHECK(events.error->code == eventex::errc::empty_document);
        CHECK(events.error->document_id == "empty");
        CHECK(events.error->offset == 0);
    }
}

TEST_CASE("a very long line without sentence ends is cut into sentences of at most 4 KiB") {
    std::string text;
    while (text.size() < 512 * 1024) text += "und so weiter ohne jedes Satzende ";
    const std::size_t request_at = text.size() + 2;
    text += ". " + request + ' ';
    for (int k = 0; k < 5000; ++k) text += "\xC3\xA4\xC3\xB6";  // 20 kB of umlauts, no space at all
    text += ". " + statement;

    const std::vector<eventex::Span> sentences = eventex::split_sentences(text);
    CHECK(sentences.size() > 128);
    std::size_t previous = 0;
    for (const eventex::Span& sentence : sentences) {
        CHECK(sentence.size() <= eventex::max_sentence_bytes);
        CHECK(sentence.begin >= previous);
        // Cuts never fall inside a UTF-8 character.
        CHECK((static_cast<unsigned char>(text[sentence.begin]) & 0xC0) != 0x80);
        previous = sentence.end;
    }
    const eventex::Events events = extract(text);
    REQUIRE_FALSE(events.error);
    REQUIRE(events.aid_requests.size() == 1);
    CHECK(events.aid_requests[0].span.begin == request_at);
    REQUIRE(events.statements.size() == 2);  // the request's appeal, then the statement
    CHECK(events.statements[0].span.begin == request_at);
    CHECK(events.statements[1].span.begin == text.size() - statement.size());
}

TEST_CASE("a rule that Boost.Regex gives up on costs that rule on that document, nothing else") {
    // Three gaps of 99 words in all pass the compiler's limits, but on a sentence of a thousand
    // x's they make Boost.Regex run out of its backtracking stack.
    const eventex::RuleBook user = eventex::RuleBook::from_string(
        "rule user.explode\n  type Statement\n  lang de\n  match x ...40 x ...40 x ...19 y\nend\n", "user.rules");
    const eventex::Pipeline with_user = eventex::Pipeline::with_rules(user);
    std::string exploding;
    for (int k = 0; k < 1000; ++k) exploding += "x ";
    exploding += "y. " + statement + ' ' + meeting;
    const std::string normal = request + ' ' + statement;

    const eventex::Events events = with_user.extract(eventex::Document{"doc-1", exploding, eventex::Date{2025, 3, 11}, eventex::Language::german});
    REQUIRE_FALSE(events.error);
    REQUIRE(events.rule_errors.size() == 1);
    const eventex::DocumentError& error = events.rule_errors[0];
    CHECK(error.document_id == "doc-1");
    CHECK(error.rule == "user.explode");
    CHECK(error.code == eventex::errc::regex);
    CHECK(error.offset == 0);  // the sentence it failed on
    CHECK(error.message.find("rule failed on this sentence") != std::string::npos);
    // The default rules' events of the same document all come out, exactly as without the rule.
    const auto expected = fingerprints(extract(exploding), exploding);
    CHECK(fingerprints(events, exploding) == expected);
    CHECK(has(expected, "Statement"));
    CHECK(has(expected, "Meeting"));

    // Another document: no error, the same events as the default pipeline gives.
    const eventex::Events other = with_user.extract(eventex::Document{"doc-2", normal, eventex::Date{2025, 3, 11}, eventex::Language::german});
    CHECK(other.rule_errors.empty());
    CHECK(fingerprints(other, normal) == fingerprints(extract(normal), normal));
}

namespace {

/// The RuleError that building a pipeline from `text` (after the defaults) throws, if any.
struct Refusal {
    bool thrown = false;
    eventex::errc code = eventex::errc::syntax;
    std::size_t line = 0, column = 0;
    std::string what;
};

Refusal refusal(const std::string& text) {
    Refusal out;
    try {
        eventex::Pipeline::with_rules(eventex::RuleBook::from_string(text, "user.rules"), false);
    } catch (const eventex::RuleError& error) {
        out = Refusal{true, error.code(), error.line(), error.column(), error.what()};
    }
    return out;
}

std::string rule_with(const std::string& pattern) {
    return "rule user.r\n  type Statement\n  lang de\n  match " + pattern + "\nend\n";
}

}  // namespace

TEST_CASE("patterns that could backtrack without bound are refused when compiled, with the reason and position") {
    SUBCASE("gaps nested in groups add up along one way through the pattern") {
        // Each sequence holds one gap of 40, but a match goes through all three: 120 words.
        const Refusal r = refusal(rule_with("sagte ...40 (a ...40 (b ...40 c))"));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::unbounded_pattern);
        CHECK(r.line == 4);
        CHECK(r.column == 9);
        CHECK(r.what.find("add up to 120 words along one way") != std::string::npos);
    }
    SUBCASE("two gaps that meet across an optional part") {
        const Refusal r = refusal(rule_with("sagte ...8 [...8 b] c"));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::unbounded_pattern);
        CHECK(r.column == 20);  // the optional part
        CHECK(r.what.find("two gaps in a row") != std::string::npos);
        CHECK(r.what.find("\n    ") != std::string::npos);  // the line, with a caret
    }
    SUBCASE("two gaps with only an optional part between them") {
        const Refusal r = refusal(rule_with("sagte ...8 [b] ...8 c"));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::unbounded_pattern);
        CHECK(r.column == 24);  // the second gap
    }
    SUBCASE("a gap that ends a group, before a gap") {
        const Refusal r = refusal(rule_with("sagte (b ...8 | c) ...8 d"));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::unbounded_pattern);
        CHECK(r.column == 28);
    }
    SUBCASE("what stays allowed: gaps apart, within the limit") {
        CHECK_FALSE(refusal(rule_with("sagte ...8 (b ...8 c) ...8 d")).thrown);
        CHECK_FALSE(refusal(rule_with("sagte ...40 b ...40 c ...19 d")).thrown);
    }
}

TEST_CASE("deeply nested and huge rule text: a RuleError or rules that work, never a crash") {
    SUBCASE("groups nested 17 deep are refused at the 17th") {
        std::string pattern = "sagte ";
        for (int k = 0; k < 17; ++k) pattern += "( a ";
        for (int k = 0; k < 17; ++k) pattern += ") ";
        const Refusal r = refusal(rule_with(pattern));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::syntax);
        CHECK(r.what.find("nested more than 16 deep") != std::string::npos);
        CHECK(r.column == 9 + 6 + 16 * 4);
    }
    SUBCASE("10,000 nested groups: refused at the 17th, without recursing deeper") {
        std::string pattern(10000, '(');
        const Refusal r = refusal(rule_with(pattern));
        REQUIRE(r.thrown);
        CHECK(r.code == eventex::errc::syntax);
        CHECK(r.column == 9 + 16);
    }
    SUBCASE("a lexicon of 20,000 words and 2,000 rules compile and find what they should") {
        std::string text = "lexicon user.words =";
        for (int k = 0; k < 20000; ++k) text += " wort" + std::to_string(k);
        text += " ;\n";
        for (int k = 0; k < 2000; ++k)
            text += "rule user.r" + std::to_string(k) + "\n  type Statement\n  lang de\n  match {subject:speaker} " +
                    (k == 1999 ? "<user.words>" : "wort" + std::to_string(k)) + " zeichen" + std::to_string(k) + "\nend\n";
        const eventex::Pipeline huge = eventex::Pipeline::with_rules(eventex::RuleBook::from_string(text, "huge.rules"), false);
        CHECK(huge.statements().rules().size() == 2000);
        const std::string sentence = "Außenminister Sebastian Kurz wort19999 zeichen1999.";
        const eventex::Events events = huge.extract(eventex::Document{"d", sentence, std::nullopt, eventex::Language::german});
        REQUIRE(events.statements.size() == 1);
        CHECK(events.statements[0].rule == "user.r1999");
        CHECK(events.statements[0].speaker.name == "Sebastian Kurz");
    }
    SUBCASE("a match line of 20,000 alternatives is a RuleError or a rule, not a crash") {
        std::string pattern = "sagte (";
        for (int k = 0; k < 20000; ++k) pattern += (k ? " | w" : "w") + std::to_string(k);
        pattern += ")";
        const Refusal r = refusal(rule_with(pattern));
        if (r.thrown) CHECK(r.code == eventex::errc::regex);
    }
}
