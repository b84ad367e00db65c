#include <eventex/json.hpp>  // append_json, append_jsonl, append_json_string, JsonObjectWriter

#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <limits>             // std::numeric_limits
#include <optional>           // std::optional
#include <string>             // std::string
#include <string_view>        // std::string_view
#include <vector>             // std::vector

using namespace eventex;

namespace {

Actor make_actor(std::string text, std::string name, std::string role, std::string country,
                 ActorKind kind, Span span) {
    Actor actor;
    actor.text = std::move(text);
    actor.name = std::move(name);
    actor.role = std::move(role);
    actor.country = std::move(country);
    actor.kind = kind;
    actor.span = span;
    return actor;
}

std::string quoted(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

constexpr std::string_view meeting_text =
    "Am Mittwoch traf Außenministerin Beate Meinl-Reisinger in Wien den ukrainischen "
    "Außenminister Andrii Sybiha.";

constexpr std::string_view aid_text =
    "Die Ukraine bat Deutschland dringend um Luftabwehrsysteme und Munition. "
    "Selenskyj sagte: \"Wir brauchen \\ Hilfe.\"";

Meeting make_meeting() {
    Meeting meeting;
    meeting.rule = "de.meeting.treffen";
    meeting.span = {12, 109};
    meeting.date = Date{2025, 7, 2};
    meeting.modality = Modality::asserted;
    meeting.participants.push_back(make_actor("Außenministerin Beate Meinl-Reisinger",
                                              "Beate Meinl-Reisinger", "Außenministerin", "AUT",
                                              ActorKind::person, {17, 55}));
    meeting.participants.push_back(make_actor("ukrainischen Außenminister Andrii Sybiha",
                                              "Andrii Sybiha", "Außenminister", "UKR",
                                              ActorKind::person, {68, 109}));
    meeting.location = "Wien";
    return meeting;
}

AidRequest make_aid_request() {
    AidRequest request;
    request.rule = "de.aid.bitten";
    request.span = {0, 70};
    request.modality = Modality::reported;
    request.requester = make_actor("Die Ukraine", "Ukraine", "", "UKR", ActorKind::country, {0, 11});
    request.items = {"Luftabwehrsysteme", "Munition"};
    request.category = AidCategory::military;
    request.urgent = true;
    return request;
}

Statement make_statement() {
    Statement statement;
    statement.rule = "de.statement.sagen";
    statement.span = {72, 112};
    statement.date = Date{2025, 7, 0};
    statement.speaker = make_actor("Selenskyj", "Selenskyj", "", "", ActorKind::person, {72, 81});
    statement.kind = "say";
    statement.content = "Wir brauchen \\ Hilfe.";
    return statement;
}

// A user event type with its own fields, and one whose traits write none.
struct Sanction : EventBase {
    std::string target;
    int packages = 0;
};
struct Bare : EventBase {};

}  // namespace

namespace eventex {
template <>
struct event_traits<Sanction> {
    static constexpr std::string_view name = "Sanction";
    static void write_json(JsonObjectWriter& writer, const Sanction& event) {
        writer.field("target", event.target).field("packages", event.packages);
    }
};
template <>
struct event_traits<Bare> {
    static constexpr std::string_view name = "Bare";
};
}  // namespace eventex

TEST_CASE("append_json_string escapes per RFC 8259") {
    CHECK(quoted("") == R"("")");
    CHECK(quoted(R"(er sagte "nein")") == R"("er sagte \"nein\"")");
    CHECK(quoted(R"(C:\temp)") == R"("C:\\temp")");
    CHECK(quoted("a\nb\tc\rd\be\ff") == R"("a\nb\tc\rd\be\ff")");
    CHECK(quoted(std::string_view("\x00\x01\x1f\x7f", 4)) == R"("\u0000\u0001\u001f)" "\x7f\"");
    CHECK(quoted("/") == R"("/")");
}

TEST_CASE("append_json_string keeps UTF-8 and replaces what is not UTF-8") {
    CHECK(quoted("Außenministerium – Kyjiw 🇺🇦") == "\"Außenministerium – Kyjiw 🇺🇦\"");
    // U+2028 and U+2029 are escaped so that a line stays one line in JavaScript too.
    CHECK(quoted("a\u2028b\u2029c") == R"("a\u2028b\u2029c")");
    // A lone continuation byte, a truncated sequence and an overlong form: one U+FFFD per byte.
    CHECK(quoted("a\x80z") == "\"a\xEF\xBF\xBDz\"");
    CHECK(quoted("Au\xC3") == "\"Au\xEF\xBF\xBD\"");
    CHECK(quoted("\xC0\xAF\"") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\\\"\"");
}

TEST_CASE("append_json writes a Meeting") {
    std::string out;
    append_json(out, make_meeting(), "at-001", meeting_text);
    CHECK(out ==
          R"json({"doc":"at-001","type":"Meeting","rule":"de.meeting.treffen","span":[12,109],)json"
          R"json("text":"traf Außenministerin Beate Meinl-Reisinger in Wien den ukrainischen Außenminister Andrii Sybiha",)json"
          R"json("date":"2025-07-02","modality":"asserted","cameo":null,"participants":[)json"
          R"json({"text":"Außenministerin Beate Meinl-Reisinger","name":"Beate Meinl-Reisinger","role":"Außenministerin","country":"AUT","kind":"person","span":[17,55]},)json"
          R"json({"text":"ukrainischen Außenminister Andrii Sybiha","name":"Andrii Sybiha","role":"Außenminister","country":"UKR","kind":"person","span":[68,109]}],)json"
          R"json("location":"Wien","topic":null,"on_behalf_of":null})json");
}

TEST_CASE("append_json writes an on_behalf_of actor and a topic, and appends") {
    Meeting meeting = make_meeting();
    meeting.location.clear();
    meeting.topic = "Wiederaufbau";
    meeting.modality = Modality::planned;
    meeting.date.reset();
    meeting.on_behalf_of = make_actor("Andrii Sybiha", "Andrii Sybiha", "", "UKR",
                                      ActorKind::person, {96, 109});
    meeting.participants.clear();
    std::string out = "x";
    append_json(out, meeting, "7", meeting_text);
    CHECK(out ==
          R"json(x{"doc":"7","type":"Meeting","rule":"de.meeting.treffen","span":[12,109],)json"
          R"json("text":"traf Außenministerin Beate Meinl-Reisinger in Wien den ukrainischen Außenminister Andrii Sybiha",)json"
          R"json("date":null,"modality":"planned","cameo":null,"participants":[],"location":null,"topic":"Wiederaufbau",)json"
          R"json("on_behalf_of":{"text":"Andrii Sybiha","name":"Andrii Sybiha","role":null,"country":"UKR","kind":"person","span":[96,109]}})json");
}

TEST_CASE("append_json writes an AidRequest") {
    std::string out;
    append_json(out, make_aid_request(), "at-002", aid_text);
    CHECK(out ==
          R"json({"doc":"at-002","type":"AidRequest","rule":"de.aid.bitten","span":[0,70],)json"
          R"json("text":"Die Ukraine bat Deutschland dringend um Luftabwehrsysteme und Munition",)json"
          R"json("date":null,"modality":"reported","cameo":null,)json"
          R"json("requester":{"text":"Die Ukraine","name":"Ukraine","role":null,"country":"UKR","kind":"country","span":[0,11]},)json"
          R"json("provider":null,"items":["Luftabwehrsysteme","Munition"],"category":"military","urgent":true})json");

    AidRequest plain;
    plain.rule = "r";
    plain.span = {16, 27};
    plain.provider = make_actor("Deutschland", "", "", "", ActorKind::country, {16, 27});
    out.clear();
    append_json(out, plain, "d", aid_text);
    CHECK(out ==
          R"json({"doc":"d","type":"AidRequest","rule":"r","span":[16,27],"text":"Deutschland",)json"
          R"json("date":null,"modality":"asserted","cameo":null,"requester":null,)json"
          R"json("provider":{"text":"Deutschland","name":null,"role":null,"country":null,"kind":"country","span":[16,27]},)json"
          R"json("items":[],"category":"other","urgent":false})json");
}

TEST_CASE("append_json writes a Statement, escaping quotes and backslashes of the text") {
    std::string out;
    Statement statement = make_statement();
    append_json(out, statement, "at-002", aid_text);
    CHECK(out ==
          R"json({"doc":"at-002","type":"Statement","rule":"de.statement.sagen","span":[72,112],)json"
          R"json("text":"Selenskyj sagte: \"Wir brauchen \\ Hilfe.\"","date":"2025-07","modality":"asserted","cameo":null,)json"
          R"json("speaker":{"text":"Selenskyj","name":"Selenskyj","role":null,"country":null,"kind":"person","span":[72,81]},)json"
          R"json("kind":"say","addressee":null,"content":"Wir brauchen \\ Hilfe."})json");

    statement.content.reset();
    statement.kind = "thank";
    statement.addressee = make_actor("Deutschland", "Deutschland", "", "DEU", ActorKind::country, {16, 27});
    out.clear();
    append_json(out, statement, "at-002", aid_text);
    CHECK(out.find(R"json("kind":"thank","addressee":{"text":"Deutschland","name":"Deutschland",)json"
                   R"json("role":null,"country":"DEU","kind":"country","span":[16,27]},"content":null})json") !=
          std::string::npos);
}

TEST_CASE("append_json clamps a span that lies outside the text") {
    Statement statement = make_statement();
    statement.span = {100, 500};
    std::string out;
    append_json(out, statement, "d", "kurz");
    CHECK(out.find(R"("span":[100,500],"text":"",)") != std::string::npos);
}

TEST_CASE("append_json writes a DocumentError") {
    std::string out;
    append_json(out, DocumentError{"a.txt", 123, errc::invalid_utf8, "invalid UTF-8 at byte offset 123", {}});
    CHECK(out == R"({"doc":"a.txt","error":"invalid_utf8","offset":123,"message":"invalid UTF-8 at byte offset 123","rule":null})");
    out.clear();
    append_json(out, DocumentError{"b", 0, errc::regex, "too complex", "de.meeting.x"});
    CHECK(out == R"({"doc":"b","error":"regex","offset":0,"message":"too complex","rule":"de.meeting.x"})");
}

TEST_CASE("append_jsonl merges the three types in document order") {
    Document document;
    document.id = "at-002";
    document.text = aid_text;
    Events events;
    events.statements.push_back(make_statement());              // [72,112)
    events.aid_requests.push_back(make_aid_request());          // [0,70)
    Meeting meeting;                                             // [0,70) too: after AidRequest by name
    meeting.rule = "m";
    meeting.span = {0, 70};
    events.meetings.push_back(meeting);
    Statement early = make_statement();                          // [0,11): first
    early.rule = "early";
    early.span = {0, 11};
    events.statements.push_back(early);

    std::string out = "keep\n";
    append_jsonl(out, document, events);
    std::vector<std::string> lines;
    for (std::size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(out.substr(start, end - start));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "keep");
    CHECK(lines[1].rfind(R"({"doc":"at-002","type":"Statement","rule":"early","span":[0,11],"text":"Die Ukraine",)", 0) == 0);
    CHECK(lines[2].rfind(R"({"doc":"at-002","type":"AidRequest","rule":"de.aid.bitten","span":[0,70],)", 0) == 0);
    CHECK(lines[3].rfind(R"({"doc":"at-002","type":"Meeting","rule":"m","span":[0,70],)", 0) == 0);
    CHECK(lines[4].rfind(R"({"doc":"at-002","type":"Statement","rule":"de.statement.sagen","span":[72,112],)", 0) == 0);
    CHECK(out.back() == '\n');

    out.clear();
    append_jsonl(out, document, Events{});
    CHECK(out.empty());
}

TEST_CASE("append_json serves user event types through event_traits") {
    Sanction sanction;
    sanction.rule = "de.sanction";
    sanction.span = {4, 11};
    sanction.date = Date{2024, 2, 29};
    sanction.target = "Russland";
    sanction.packages = 13;
    std::string out;
    append_json(out, sanction, "doc-1", "Die Ukraine");
    CHECK(out == R"({"doc":"doc-1","type":"Sanction","rule":"de.sanction","span":[4,11],"text":"Ukraine",)"
                 R"("date":"2024-02-29","modality":"asserted","cameo":null,"target":"Russland","packages":13})");

    Bare bare;
    bare.rule = "x";
    bare.modality = Modality::negated;
    out.clear();
    append_json(out, bare, "doc-2", "");
    CHECK(out == R"({"doc":"doc-2","type":"Bare","rule":"x","span":[0,0],"text":"","date":null,"modality":"negated","cameo":null})");
}

TEST_CASE("JsonObjectWriter writes numbers, booleans, null and optionals") {
    std::string out;
    JsonObjectWriter writer(out);
    writer.field("i", -42)
        .field("u", std::size_t{18446744073709551615u})
        .field("d", 0.1)
        .field("nan", std::numeric_limits<double>::quiet_NaN())
        .field("b", false)
        .field("n", nullptr)
        .field("s", "lit")
        .field("none", std::optional<std::string>{})
        .field("some", std::optional<int>{3})
        .field_or_null("empty", "")
        .field("list", std::vector<std::string>{"a", "\"b\""});
    writer.close();
    CHECK(out == R"({"i":-42,"u":18446744073709551615,"d":0.1,"nan":null,"b":false,"n":null,"s":"lit",)"
                 R"("none":null,"some":3,"empty":null,"list":["a","\"b\""]})");
}
