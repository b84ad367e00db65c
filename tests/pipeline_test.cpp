// End-to-end tests of Pipeline (eventex/pipeline.hpp) on the seed article, and how it reports
// documents it cannot read.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <algorithm>    // std::any_of
#include <cctype>       // std::isalpha
#include <fstream>      // std::ifstream
#include <sstream>      // std::ostringstream
#include <string>       // std::string
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, Document, Events

namespace {

std::string read_seed() {
    std::ifstream in(EVENTEX_SOURCE_DIR "/examples/seed_article.txt", std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

template <class Range, class Predicate>
bool any(const Range& range, Predicate predicate) {
    return std::any_of(std::begin(range), std::end(range), predicate);
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

/// The span lies in the text and starts at a letter (a UTF-8 lead byte counts as one).
bool well_placed(const eventex::Span& span, const std::string& text) {
    if (span.begin >= span.end || span.end > text.size()) return false;
    const auto first = static_cast<unsigned char>(text[span.begin]);
    return std::isalpha(first) || first >= 0xC3;
}

}  // namespace

TEST_CASE("the seed article, end to end") {
    const std::string text = read_seed();
    REQUIRE(text.size() > 3000);
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    const eventex::Events events =
        pipeline.extract(eventex::Document{"seed", text, eventex::Date{2025, 7, 3}, std::nullopt});
    REQUIRE_FALSE(events.error);
    CHECK(events.language == eventex::Language::german);
    CHECK(events.rule_errors.empty());

    SUBCASE("the meeting on 2 July, on behalf of the foreign minister") {
        CHECK(any(events.meetings, [](const eventex::Meeting& m) {
            return m.date == eventex::Date{2025, 7, 2} && m.modality == eventex::Modality::asserted &&
                   m.on_behalf_of && m.on_behalf_of->name == "Andrii Sybiha" &&
                   any(m.participants, [](const eventex::Actor& a) { return a.name == "John Ginkel" && a.country == "USA"; }) &&
                   any(m.participants, [](const eventex::Actor& a) { return a.country == "UKR"; });
        }));
    }
    SUBCASE("the planned meeting of Zelensky with US representatives") {
        CHECK(any(events.meetings, [](const eventex::Meeting& m) {
            return m.modality == eventex::Modality::planned &&
                   any(m.participants, [](const eventex::Actor& a) { return contains(a.text, "Zelensky"); }) &&
                   any(m.participants, [](const eventex::Actor& a) { return a.country == "USA"; });
        }));
    }
    SUBCASE("Betsa thanks the USA, stresses, then warns") {
        CHECK(any(events.statements, [](const eventex::Statement& s) {
            return s.kind == "thank" && s.speaker.name == "Mariana Betsa" && s.addressee && s.addressee->country == "USA";
        }));
        // "... und betonte, dass die Kontinuität ... entscheidend ... sei": the same speaker, with
        // what she stressed.
        CHECK(any(events.statements, [](const eventex::Statement& s) {
            return s.kind == "stress" && s.speaker.name == "Mariana Betsa" && s.content &&
                   contains(*s.content, "Kontinuit") && contains(*s.content, "entscheidend");
        }));
        // "Sie warnte": the pronoun resolves to the person of the sentence before.
        CHECK(any(events.statements, [](const eventex::Statement& s) {
            return s.kind == "warn" && s.speaker.text == "Sie" && s.speaker.name == "Mariana Betsa";
        }));
    }
    SUBCASE("the aid requests") {
        CHECK(any(events.aid_requests, [](const eventex::AidRequest& r) {
            return any(r.items, [](const std::string& item) { return contains(item, "Patriot"); });
        }));
        CHECK(any(events.aid_requests, [](const eventex::AidRequest& r) {
            return r.provider && contains(r.provider->text, "Finanzministerium") &&
                   any(r.items, [](const std::string& item) { return item == "Waffen"; }) &&
                   any(r.items, [](const std::string& item) { return item == "Ausrüstung"; }) &&
                   r.date == eventex::Date{2025, 6, 0};
        }));
    }
    SUBCASE("CAMEO codes for users of PETRARCH and TABARI output") {
        CHECK(any(events.meetings, [](const eventex::Meeting& m) { return m.modality == eventex::Modality::asserted && m.cameo == "040"; }));
        CHECK(any(events.meetings, [](const eventex::Meeting& m) { return m.modality == eventex::Modality::planned && m.cameo == "036"; }));
        CHECK(any(events.statements, [](const eventex::Statement& s) { return s.kind == "thank" && s.cameo == "051"; }));
        CHECK(any(events.statements, [](const eventex::Statement& s) { return s.kind == "warn" && s.cameo == "130"; }));
        for (const auto& r : events.aid_requests) CHECK(r.cameo.rfind("023", 0) == 0);
    }
    SUBCASE("nothing spurious: the article's events, counted by hand") {
        // Meetings: the invitation of Ginkel (held on 2 July), Zelensky's planned talks.
        // Aid requests: air defence (diplomats), Patriot (Ukraine), the list to the US Treasury,
        // additional defence systems (leaders). Statements: the ministry's release, three
        // stresses, Betsa's thanks, her warning, Russia's rejection, the leaders' stress.
        CHECK(events.meetings.size() == 2);
        CHECK(events.aid_requests.size() == 4);
        CHECK(events.statements.size() == 8);
    }
    SUBCASE("every span lies in the text and starts at a letter") {
        for (const auto& m : events.meetings) CHECK_MESSAGE(well_placed(m.span, text), m.rule);
        for (const auto& r : events.aid_requests) CHECK_MESSAGE(well_placed(r.span, text), r.rule);
        for (const auto& s : events.statements) CHECK_MESSAGE(well_placed(s.span, text), s.rule);
        CHECK(events.size() >= 8);
    }
}

TEST_CASE("a pipeline builds each regex on first use: a German article builds German patterns only") {
    const std::string text = read_seed();
    const eventex::Document document{"seed", text, eventex::Date{2025, 7, 3}, eventex::Language::german};
    const eventex::Pipeline lazy = eventex::Pipeline::standard();
    struct Count {
        std::size_t built = 0, german = 0, english_built = 0, all = 0;
    };
    auto count = [](const eventex::Pipeline& pipeline) {
        Count c;
        auto add = [&c](const auto& extractor) {
            for (const eventex::CompiledRule& rule : extractor.rules())
                for (const eventex::dsl::CompiledPattern& pattern : rule.patterns) {
                    ++c.all;
                    c.built += pattern.regex_built();
                    c.german += rule.language == eventex::Language::german;
                    c.english_built += rule.language == eventex::Language::english && pattern.regex_built();
                }
        };
        add(pipeline.meetings());
        add(pipeline.aid_requests());
        add(pipeline.statements());
        return c;
    };
    CHECK(count(lazy).built == 0);
    const eventex::Events events = lazy.extract(document);
    const Count after = count(lazy);
    CHECK(after.built > 0);
    CHECK(after.built < after.german / 2);  // the prefilter lets through a fraction of the German patterns
    CHECK(after.english_built == 0);

    // Built up front, the same rules give the same events.
    const eventex::Pipeline eager = eventex::Pipeline::standard();
    eager.build_all_regexes();
    const Count all = count(eager);
    CHECK(all.built == all.all);
    std::string lazy_json, eager_json;
    eventex::append_jsonl(lazy_json, document, events);
    eventex::append_jsonl(eager_json, document, eager.extract(document));
    CHECK(events.size() >= 10);
    CHECK(lazy_json == eager_json);
}

TEST_CASE("documents the pipeline cannot read come back as errors, not exceptions") {
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    const std::string bad = "Die Ukraine dankte den USA. Kaputt: \xC3\x28 hier.";
    const eventex::Events invalid = pipeline.extract(eventex::Document{"bad", bad, std::nullopt, std::nullopt});
    REQUIRE(invalid.error);
    CHECK(invalid.error->code == eventex::errc::invalid_utf8);
    CHECK(invalid.error->offset == bad.find('\xC3'));
    CHECK(invalid.error->offset == 36);
    CHECK(invalid.error->document_id == "bad");
    CHECK(invalid.size() == 0);

    const eventex::Events empty = pipeline.extract(eventex::Document{"empty", " \n\t ", std::nullopt, std::nullopt});
    REQUIRE(empty.error);
    CHECK(empty.error->code == eventex::errc::empty_document);
    CHECK(empty.size() == 0);
}

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>  // nlohmann::json

#include "eventex/json.hpp"    // append_jsonl

TEST_CASE("the shortcuts (word prefilter, start positions) change nothing but the time: identical events on real news") {
    // The first documents of both corpora, all default rules of both languages, compared as JSON.
    std::vector<std::string> texts;
    for (const char* file : {"/corpora/de_news/articles.jsonl", "/corpora/en_news/articles.jsonl"}) {
        std::ifstream in(std::string(EVENTEX_SHARED_DIR) + file);
        std::string line;
        for (int n = 0; n < 30 && std::getline(in, line); ++n) texts.push_back(nlohmann::json::parse(line).at("text"));
    }
    if (texts.empty()) {
        MESSAGE("corpora not found; skipped");
        return;
    }
    eventex::Pipeline filtered = eventex::Pipeline::standard();
    eventex::Pipeline unfiltered = eventex::Pipeline::standard();
    unfiltered.shortcuts(false);
    std::string with, without;
    std::size_t events = 0;
    for (std::size_t k = 0; k < texts.size(); ++k) {
        const eventex::Document document{std::to_string(k), texts[k], std::nullopt, std::nullopt};
        const eventex::Events found = filtered.extract(document);
        events += found.size();
        eventex::append_jsonl(with, document, found);
        eventex::append_jsonl(without, document, unfiltered.extract(document));
    }
    CHECK(events > 100);
    CHECK(with == without);
}
#endif

TEST_CASE("an event in a headline that the body reports again is given once, from the body") {
    eventex::Pipeline pipeline = eventex::Pipeline::german();
    const auto meetings_in = [&](const std::string& text) {
        return pipeline.extract(eventex::Document{"h", text, eventex::Date{2016, 3, 1}, eventex::Language::german}).meetings;
    };
    // A headline on its own line, without a full stop.
    const std::string by_line = "Kanzlerin Angela Merkel traf Präsident Wladimir Putin\n"
                                "Kanzlerin Angela Merkel hat am Montag in Moskau Präsident Wladimir Putin und Außenminister Sergej Lawrow getroffen.";
    auto meetings = meetings_in(by_line);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].span.begin > by_line.find('\n'));
    // A teaser before the dateline that opens the body ("Moskau – ...").
    const std::string by_dateline = "Kanzlerin Angela Merkel traf Präsident Wladimir Putin. "
                                    "Moskau – Kanzlerin Angela Merkel hat am Montag Präsident Wladimir Putin und Außenminister Sergej Lawrow getroffen.";
    meetings = meetings_in(by_dateline);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].span.begin > by_dateline.find("Moskau"));
    // Every mention when the user asks for them. (Two reports of one meeting with the same
    // participants are one event anyway: the extractor merges them.)
    pipeline.keep_headline_repeats(true);
    CHECK(meetings_in(by_dateline).size() == 2);
}

TEST_CASE("English: the lead's neutral 'said' takes the speech act its headline names") {
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const auto statements_in = [&](const std::string& text) {
        return pipeline.extract(eventex::Document{"h", text, eventex::Date{2004, 11, 3}, eventex::Language::english}).statements;
    };
    // The headline's statement is the lead's: given once, from the lead, as a warning.
    auto found = statements_in("Iran official warns of pull-out if West presses\n\nIran will leave the treaty if the "
                               "West presses it, a senior Iran diplomat was quoted as saying on Wednesday.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "warn");
    CHECK(found[0].cameo == "130");
    CHECK(found[0].speaker.country == "IRN");
    // A headline without a speaker frames the lead as well ("Pentagon Disputes": a verb after an actor).
    found = statements_in("Pentagon Disputes Red Cross Criticism (AP)\n\nAP - A Pentagon spokesman said Monday that "
                          "the detentions were legal.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].kind == "reject");
    // "attacks" after no actor is the noun: the police only said.
    found = statements_in("Bomb attacks kill three in Baghdad\n\nA car bomb killed three people in Baghdad on Monday, "
                          "police said.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "say");
    // The lead's own verb of another kind wins, and the headline is not given twice.
    found = statements_in("Kerry assails Bush troop plan\n\nSenator John Kerry warned that the plan would hinder the "
                          "war on terrorism.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "warn");
}

TEST_CASE("English: 'it' and 'they' opening a sentence speak for the previous sentence's subject") {
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const auto statements_in = [&](const std::string& text) {
        return pipeline.extract(eventex::Document{"p", text, eventex::Date{2004, 11, 3}, eventex::Language::english}).statements;
    };
    // The body that spoke before, with "also" after the pronoun.
    auto found = statements_in("The Electoral Commission said the cap was worth debating. It also says there should be more "
                               "state funding.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].speaker.text == "It");
    CHECK(found[1].speaker.name == "Electoral Commission");
    CHECK(found[1].speaker.kind == eventex::ActorKind::organisation);
    CHECK(found[1].speaker.span == eventex::Span{58, 60});
    CHECK(found[1].span == eventex::Span{58, 70});
    // "they": a group that spoke, named by its words when it has no name.
    found = statements_in("The tobacco companies denied the charges. They also said they had met many of the demands.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].speaker.text == "They");
    CHECK(found[1].speaker.name == "tobacco companies");
    CHECK(found[1].kind == "say");
    // Or the actors that open the sentence before, as one group.
    found = statements_in("Volkswagen and Siemens have cut thousands of jobs. They have also warned there are more cuts to come.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].speaker.name == "Volkswagen and Siemens");
    CHECK(found[0].speaker.kind == eventex::ActorKind::group);
    CHECK(found[0].kind == "warn");
    // A party named in the plural is "they" too; one named person is not.
    found = statements_in("The Conservatives insisted they would hold ministers to account. They said they would press Labour.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].speaker.name == "Conservative Party");
    CHECK(statements_in("Mr Jones insisted the plan would work. They said it would not.").size() == 1);
    // A person is no "it", and a product going on sale says nothing: no statement.
    CHECK(statements_in("Mr Blair said the talks were useful. It also said that the plan had failed.").size() == 1);
    CHECK(statements_in("Sony said the device would ship in March. It went on sale in Japan before Christmas.").size() == 1);
}

TEST_CASE("a named speaker and the title after the comma are one speaker, with that role") {
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const auto statements_in = [&](const std::string& text) {
        return pipeline.extract(eventex::Document{"a", text, eventex::Date{2004, 11, 3}, eventex::Language::english}).statements;
    };
    auto found = statements_in("\"We are ready,\" said Gary Shapiro, chief executive of the Consumer Electronics Association.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].speaker.name == "Gary Shapiro");
    CHECK(found[0].speaker.role == "chief executive");
    found = statements_in("Mark Serwotka, the leader of the Public and Commercial Services Union said the plans were wrong.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].speaker.name == "Mark Serwotka");
    CHECK(found[0].speaker.role == "leader");
    // Two people named are two speakers still.
    found = statements_in("Gary Shapiro and Mark Serwotka said the plans were wrong.");
    CHECK(found.size() == 2);
}

TEST_CASE("an event's date and modality come from its own clause, not from the words it reports") {
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const eventex::Date thursday{2025, 7, 3};
    const auto extract = [&](const std::string& text, eventex::Language language) {
        return pipeline.extract(eventex::Document{"c", text, thursday, language});
    };
    // A date after the match, with only a place between, is the event's: English puts it last.
    auto events = extract("Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday.", eventex::Language::english);
    REQUIRE(events.meetings.size() == 1);
    CHECK(events.meetings[0].date == eventex::Date{2025, 7, 1});
    events = extract("Merkel traf Macron am Montag in Paris.", eventex::Language::german);
    REQUIRE(events.meetings.size() == 1);
    CHECK(events.meetings[0].date == eventex::Date{2025, 6, 30});
    // ...but not after a verb of its own: the date belongs to what follows.
    events = extract("Merkel traf Macron, der am Montag zurückgetreten war.", eventex::Language::german);
    REQUIRE(events.meetings.size() == 1);
    CHECK_FALSE(events.meetings[0].date.has_value());
    // Before an inverted attribution stands what was said: its date and its "will" are not the speaker's.
    events = extract("Die Vereinbarung, welche die Ukraine im März 2023 unterzeichnet hatte, werde halten, sagte Merkel.",
                     eventex::Language::german);
    REQUIRE(events.statements.size() == 1);
    CHECK_FALSE(events.statements[0].date.has_value());
    CHECK(events.statements[0].modality == eventex::Modality::asserted);
    events = extract("\"The IAAF will decide if we can compete again,\" Thanou told reporters.", eventex::Language::english);
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].modality == eventex::Modality::asserted);
    events = extract("Eight other counts will be dropped, his lawyer has said.", eventex::Language::english);
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].modality == eventex::Modality::asserted);
    events = extract("A senior Iran diplomat was quoted as saying that Tehran would resist.", eventex::Language::english);
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].modality == eventex::Modality::reported);
    // A date that opens the speaker's own clause is the statement's, comma or not.
    events = extract("On Tuesday, Lavrov said the talks were useful.", eventex::Language::english);
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].date == eventex::Date{2025, 7, 1});
    events = extract("Am Montag sagte Scholz, er sei bereit.", eventex::Language::german);
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].date == eventex::Date{2025, 6, 30});
    // The speaker's own plan still counts.
    events = extract("Lavrov will say on Friday that the talks failed.", eventex::Language::english);
    REQUIRE_FALSE(events.statements.empty());
    CHECK(events.statements[0].modality == eventex::Modality::planned);
}

TEST_CASE("an object pronoun fills a guest or an addressee, never a speaker") {
    eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const auto english = pipeline.extract(eventex::Document{
        "o", "Liam Fox spoke in the Commons. Mr Clarke accused him of scaremongering.", eventex::Date{2005, 2, 1},
        eventex::Language::english});
    REQUIRE(english.statements.size() >= 1);
    const eventex::Statement& accused = english.statements.back();
    CHECK(accused.kind == "criticise");
    CHECK(accused.speaker.text == "Mr Clarke");
    REQUIRE(accused.addressee.has_value());
    CHECK(accused.addressee->name == "Liam Fox");
    const auto german = pipeline.extract(eventex::Document{
        "o", "Bundespräsident Heinz Fischer reiste nach Berlin. Das sei ein gutes Zeichen, erklärte ihm Kanzlerin Angela Merkel.",
        eventex::Date{2016, 3, 1}, eventex::Language::german});
    for (const eventex::Statement& statement : german.statements) CHECK(statement.speaker.text != "ihm");
}
