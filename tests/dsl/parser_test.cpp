// Tests of the rule language's parser (eventex/dsl/parser.hpp): what valid rule text becomes,
// and where and how malformed rule text is reported.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>       // std::string
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // RuleBook, Extractor, RuleError, errc

namespace {

/// What a RuleError reported, or code "none" when nothing was thrown.
struct Caught {
    bool thrown = false;
    eventex::errc code = eventex::errc::syntax;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string source;
    std::string what;
};

Caught parse_error(const std::string& text) {
    Caught caught;
    try {
        eventex::RuleBook::from_string(text, "test.rules");
    } catch (const eventex::RuleError& error) {
        caught = Caught{true, error.code(), error.line(), error.column(), error.source(), error.what()};
    }
    return caught;
}

/// Parses, then compiles the Statement rules: errors the compiler finds.
Caught compile_error(const std::string& text) {
    Caught caught;
    try {
        const eventex::RuleBook book = eventex::RuleBook::from_string(text, "test.rules");
        const eventex::Extractor<eventex::Statement> extractor(book);
    } catch (const eventex::RuleError& error) {
        caught = Caught{true, error.code(), error.line(), error.column(), error.source(), error.what()};
    }
    return caught;
}

/// The offending line, then a caret under `column` (after the four-space indent).
std::string quoted_line(const std::string& line, std::size_t column) {
    return "\n    " + line + "\n    " + std::string(column - 1, ' ') + "^";
}

}  // namespace

TEST_CASE("a lexicon expands brace groups, in order, and keeps quoted entries whole") {
    const auto book = eventex::RuleBook::from_string(
        "# verbs\n"
        "lexicon say = sagt{e,en,} \"im Auftrag von\"\n"
        "   erklär{te,t} ;\n",
        "test.rules");
    const eventex::dsl::Lexicon* say = book.find_lexicon("say");
    REQUIRE(say != nullptr);
    CHECK(say->entries == std::vector<std::string>{"sagte", "sagten", "sagt", "im Auftrag von", "erklärte", "erklärt"});
    CHECK(book.find_lexicon("nope") == nullptr);
    CHECK(book.rules().empty());
}

TEST_CASE("a rule's directives are parsed into its spec") {
    const auto book = eventex::RuleBook::from_string(
        "lexicon thank = dankt{e,en} ;\n"
        "rule de.thank   # a comment after the id\n"
        "  type Statement\n"
        "  lang de\n"
        "  priority 7\n"
        "  set kind = thank\n"
        "  match {actor:speaker} ~3 <thank> {actor:addressee}\n"
        "  match {actor:speaker} dankte ( den | der ) [Regierung] ...5 $\n"
        "  example + \"Kurz dankte Merkel.\" speaker=\"Kurz\" addressee=\"Merkel\"\n"
        "  example - \"Kurz schwieg.\"\n"
        "end\n",
        "test.rules");
    REQUIRE(book.rules().size() == 1);
    const eventex::RuleEntry& entry = book.rules().front();
    const eventex::dsl::RuleSpec& rule = entry.spec;
    CHECK(entry.source->name == "test.rules");
    CHECK(rule.id == "de.thank");
    CHECK(rule.type == "Statement");
    CHECK(rule.language == eventex::Language::german);
    CHECK(rule.priority == 7);
    CHECK(rule.offset == 30);  // "rule" starts line 2, after the 30 bytes of line 1
    REQUIRE(rule.settings.size() == 1);
    CHECK(rule.settings[0].key == "kind");
    CHECK(rule.settings[0].value == "thank");
    REQUIRE(rule.patterns.size() == 2);
    const eventex::dsl::Sequence& first = rule.patterns[0];
    REQUIRE(first.size() == 4);
    CHECK(first[0].kind == eventex::dsl::Node::Kind::slot);
    CHECK(first[0].slot_type == eventex::dsl::SlotType::actor);
    CHECK(first[0].text == "speaker");
    CHECK(first[1].kind == eventex::dsl::Node::Kind::gap);
    CHECK(first[1].clause_bounded);
    CHECK(first[1].max_gap == 3);
    CHECK(first[2].kind == eventex::dsl::Node::Kind::lexicon);
    CHECK(first[2].text == "thank");
    CHECK(first[3].text == "addressee");
    const eventex::dsl::Sequence& second = rule.patterns[1];
    REQUIRE(second.size() == 6);
    CHECK(second[1].kind == eventex::dsl::Node::Kind::word);
    CHECK(second[1].text == "dankte");
    CHECK(second[2].kind == eventex::dsl::Node::Kind::group);
    CHECK(second[2].alternatives.size() == 2);
    CHECK(second[3].kind == eventex::dsl::Node::Kind::optional);
    CHECK(second[4].kind == eventex::dsl::Node::Kind::gap);
    CHECK_FALSE(second[4].clause_bounded);
    CHECK(second[4].max_gap == 5);
    CHECK(second[5].kind == eventex::dsl::Node::Kind::sentence_end);
    REQUIRE(rule.examples.size() == 2);
    CHECK(rule.examples[0].positive);
    CHECK(rule.examples[0].sentence == "Kurz dankte Merkel.");
    REQUIRE(rule.examples[0].expectations.size() == 2);
    CHECK(rule.examples[0].expectations[0] == std::pair<std::string, std::string>{"speaker", "Kurz"});
    CHECK(rule.examples[0].expectations[1] == std::pair<std::string, std::string>{"addressee", "Merkel"});
    CHECK_FALSE(rule.examples[1].positive);
    CHECK(rule.examples[1].expectations.empty());
}

TEST_CASE("`set key = value if <lexicon> ...` is a setting with a condition") {
    const auto book = eventex::RuleBook::from_string(
        "lexicon warn = warnte ;\nlexicon stress = betonte ;\nlexicon stressing = betonend ;\n"
        "rule r\n  type Statement\n  lang de\n"
        "  set kind = say\n  set kind = warn if <warn>   # a comment\n  set kind = \"stress\" if <stress> <stressing>\n"
        "  match {actor:speaker} (<warn> | <stress>)\nend\n",
        "test.rules");
    const eventex::dsl::RuleSpec& rule = book.rules().front().spec;
    REQUIRE(rule.settings.size() == 3);
    CHECK(rule.settings[0].if_lexicons.empty());
    CHECK(rule.settings[1].key == "kind");
    CHECK(rule.settings[1].value == "warn");
    CHECK(rule.settings[1].if_lexicons == std::vector<std::string>{"warn"});
    CHECK(rule.settings[2].value == "stress");
    CHECK(rule.settings[2].if_lexicons == std::vector<std::string>{"stress", "stressing"});
}

TEST_CASE("a default gap is 8 words and `en` selects English") {
    const auto book = eventex::RuleBook::from_string(
        "rule en.say\n type Statement\n lang en\n match {actor:speaker} ... said\nend\n", "test.rules");
    REQUIRE(book.rules().size() == 1);
    CHECK(book.rules()[0].spec.language == eventex::Language::english);
    CHECK(book.rules()[0].spec.patterns[0][1].max_gap == 8);
    CHECK(book.rules()[0].spec.priority == 0);
}

TEST_CASE("malformed rules: error code, line, column, source and a caret under the problem") {
    SUBCASE("unknown directive") {
        const Caught e = parse_error("rule r\n  type Statement\n  mach x\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unknown_directive);
        CHECK(e.line == 3);
        CHECK(e.column == 3);
        CHECK(e.source == "test.rules");
        CHECK(e.what.find("test.rules:3:3: unknown directive 'mach'") == 0);
        CHECK(e.what.find(quoted_line("  mach x", 3)) != std::string::npos);
    }
    SUBCASE("missing end: reported at the rule that is not closed") {
        const Caught e = parse_error("\nrule r\n  type Statement\n  lang de\n  match sagte\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 2);
        CHECK(e.column == 1);
        CHECK(e.what.find("not closed by 'end'") != std::string::npos);
        CHECK(e.what.find(quoted_line("rule r", 1)) != std::string::npos);
    }
    SUBCASE("a second rule before end") {
        const Caught e = parse_error("rule a\n  type Statement\n  lang de\n  match sagte\nrule b\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 5);
        CHECK(e.column == 1);
    }
    SUBCASE("missing type") {
        const Caught e = parse_error("rule r\n  lang de\n  match sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::missing_field);
        CHECK(e.line == 1);
        CHECK(e.column == 1);
        CHECK(e.what.find("no 'type'") != std::string::npos);
    }
    SUBCASE("missing lang") {
        const Caught e = parse_error("# x\n  rule r\n  type Statement\n  match sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::missing_field);
        CHECK(e.line == 2);
        CHECK(e.column == 3);
        CHECK(e.what.find("no 'lang'") != std::string::npos);
        CHECK(e.what.find(quoted_line("  rule r", 3)) != std::string::npos);
    }
    SUBCASE("missing match") {
        const Caught e = parse_error("rule r\n  type Statement\n  lang de\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::missing_field);
        CHECK(e.line == 1);
        CHECK(e.what.find("no 'match'") != std::string::npos);
    }
    SUBCASE("unterminated string: points at the opening quote") {
        const Caught e = parse_error("rule r\n  type Statement\n  lang de\n  match sagte \"im Auftrag\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 4);
        CHECK(e.column == 15);
        CHECK(e.what.find("unterminated string") != std::string::npos);
        CHECK(e.what.find(quoted_line("  match sagte \"im Auftrag", 15)) != std::string::npos);
    }
    SUBCASE("unknown slot type: points at the type name") {
        const Caught e = parse_error("rule r\n  type Statement\n  lang de\n  match {actr:x} sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unknown_slot_type);
        CHECK(e.line == 4);
        CHECK(e.column == 10);
        CHECK(e.what.find("unknown slot type 'actr'") != std::string::npos);
        CHECK(e.what.find(quoted_line("  match {actr:x} sagte", 10)) != std::string::npos);
    }
    SUBCASE("gap longer than the limit: points at the number") {
        const Caught e = parse_error("rule r\n  type Statement\n  lang de\n  match sagte ...99 ein\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unbounded_pattern);
        CHECK(e.line == 4);
        CHECK(e.column == 18);
        CHECK(e.what.find(quoted_line("  match sagte ...99 ein", 18)) != std::string::npos);
    }
    SUBCASE("two gaps in a row: a compile error at the second gap") {
        const std::string text = "rule r\n  type Statement\n  lang de\n  match {actor:speaker} ...3 ~4 sagte\nend\n";
        CHECK_FALSE(parse_error(text).thrown);  // the grammar allows it; the compiler refuses it
        const Caught e = compile_error(text);
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unbounded_pattern);
        CHECK(e.line == 4);
        CHECK(e.column == 30);
        CHECK(e.source == "test.rules");
        CHECK(e.what.find("two gaps in a row") != std::string::npos);
        CHECK(e.what.find(quoted_line("  match {actor:speaker} ...3 ~4 sagte", 30)) != std::string::npos);
    }
    SUBCASE("unknown lexicon: a compile error at '<'") {
        const std::string text = "rule r\n  type Statement\n  lang de\n  match {actor:speaker} <nope>\nend\n";
        CHECK_FALSE(parse_error(text).thrown);
        const Caught e = compile_error(text);
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unknown_lexicon);
        CHECK(e.line == 4);
        CHECK(e.column == 25);
        CHECK(e.what.find("unknown lexicon 'nope'") != std::string::npos);
        CHECK(e.what.find(quoted_line("  match {actor:speaker} <nope>", 25)) != std::string::npos);
    }
    SUBCASE("unknown role for the event type: a compile error at the slot") {
        const Caught e = compile_error("rule r\n  type Statement\n  lang de\n  match {actor:guest} sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unknown_role);
        CHECK(e.line == 4);
        CHECK(e.column == 9);
        CHECK(e.what.find("unknown role 'guest'") != std::string::npos);
    }
    SUBCASE("a modality that does not exist: a compile error at the setting") {
        const Caught e = compile_error("rule r\n  type Statement\n  lang de\n  set modality = maybe\n  match sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::bad_value);
        CHECK(e.line == 4);
        CHECK(e.column == 7);
        CHECK(e.what.find(quoted_line("  set modality = maybe", 7)) != std::string::npos);
    }
    SUBCASE("an unknown language") {
        const Caught e = parse_error("rule r\n  type Statement\n  lang fr\n  match sagte\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::bad_value);
        CHECK(e.line == 3);
        CHECK(e.column == 8);
    }
    SUBCASE("duplicate rule id: at the second rule") {
        const std::string rule = "rule dup\n  type Statement\n  lang de\n  match sagte\nend\n";
        const Caught e = parse_error(rule + "\n" + rule);
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::duplicate_rule);
        CHECK(e.line == 7);
        CHECK(e.column == 1);
        CHECK(e.what.find("'dup'") != std::string::npos);
        CHECK(e.what.find(quoted_line("rule dup", 1)) != std::string::npos);
    }
    SUBCASE("a conditional setting without 'if'") {
        const Caught e = parse_error("lexicon w = warnte ;\nrule r\n  type Statement\n  lang de\n  set kind = warn when <w>\n  match <w>\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 5);
        CHECK(e.column == 19);
        CHECK(e.what.find("expected 'if <lexicon>'") != std::string::npos);
        CHECK(e.what.find(quoted_line("  set kind = warn when <w>", 19)) != std::string::npos);
    }
    SUBCASE("a conditional setting without the lexicon's brackets") {
        const Caught e = parse_error("lexicon w = warnte ;\nrule r\n  type Statement\n  lang de\n  set kind = warn if w\n  match <w>\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 5);
        CHECK(e.column == 22);
        CHECK(e.what.find("'<' before the lexicon's name") != std::string::npos);
    }
    SUBCASE("a conditional setting on an unknown lexicon: at the setting") {
        const Caught e = compile_error("lexicon w = warnte ;\nrule r\n  type Statement\n  lang de\n  set kind = warn if <wx>\n  match {actor:speaker} <w>\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::unknown_lexicon);
        CHECK(e.line == 5);
        CHECK(e.column == 7);
        CHECK(e.what.find("unknown lexicon 'wx'") != std::string::npos);
    }
    SUBCASE("a conditional setting on a lexicon no match line uses, or uses only inside !( )") {
        const Caught e = compile_error("lexicon w = warnte ;\nlexicon s = sagte ;\nrule r\n  type Statement\n  lang de\n"
                                       "  set kind = warn if <w>\n  match {actor:speaker} <s> !(<w>)\nend\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::bad_value);
        CHECK(e.line == 6);
        CHECK(e.column == 7);
        CHECK(e.what.find("no match line of rule 'r' uses <w> outside !( )") != std::string::npos);
    }
    SUBCASE("text that is neither rule nor lexicon") {
        const Caught e = parse_error("lexicon a = b ;\nregel r\n");
        REQUIRE(e.thrown);
        CHECK(e.code == eventex::errc::syntax);
        CHECK(e.line == 2);
        CHECK(e.column == 1);
    }
}

TEST_CASE("a failed add leaves the book as it was") {
    eventex::RuleBook book = eventex::RuleBook::from_string("rule a\n type Statement\n lang de\n match sagte\nend\n");
    CHECK_THROWS_AS(book.add_string("rule b\n type Statement\n lang de\n match sagte\nend\nrule a\nend\n"),
                    eventex::RuleError);
    CHECK(book.rules().size() == 1);
}
