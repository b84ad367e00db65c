#include <eventex/format.hpp>  // fmt::formatter for Date, Span, Actor, Modality and the events

#include <doctest/doctest.h>    // TEST_CASE, CHECK

#include <fmt/format.h>         // fmt::format

#include <string>               // std::string

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

}  // namespace

TEST_CASE("Date, Span and Modality format compactly, with width and alignment") {
    CHECK(fmt::format("{}", Date{2025, 7, 2}) == "2025-07-02");
    CHECK(fmt::format("{}", Date{2025, 7, 0}) == "2025-07");
    CHECK(fmt::format("{}", Date{2025, 0, 0}) == "2025");
    CHECK(fmt::format("{:>12}|", Date{2024, 2, 29}) == "  2024-02-29|");
    CHECK(fmt::format("{}", Span{226, 520}) == "[226,520)");
    CHECK(fmt::format("{:<10}|", Span{0, 5}) == "[0,5)     |");
    CHECK(fmt::format("{} {}", Modality::planned, Modality::reported) == "planned reported");
}

TEST_CASE("Actor: name or text, then role and country") {
    CHECK(fmt::format("{}", make_actor("Geschäftsträger John Ginkel", "John Ginkel", "Geschäftsträger",
                                       "USA", ActorKind::person, {10, 37})) ==
          "John Ginkel (Geschäftsträger, USA)");
    CHECK(fmt::format("{}", make_actor("Außenministerium der Ukraine", "", "", "UKR",
                                       ActorKind::organisation, {0, 29})) ==
          "Außenministerium der Ukraine (UKR)");
    CHECK(fmt::format("{}", make_actor("der Sprecher", "", "Sprecher", "", ActorKind::person, {0, 12})) ==
          "der Sprecher (Sprecher)");
    CHECK(fmt::format("{}", Actor{}) == "?");
    // A line break inside a name must not break the one-liner.
    CHECK(fmt::format("{}", make_actor("Andrii\nSybiha", "", "", "", ActorKind::person, {0, 13})) ==
          "Andrii Sybiha");
}

TEST_CASE("Meeting one-liner") {
    Meeting meeting;
    meeting.rule = "de.meeting.invite";
    meeting.span = {226, 520};
    meeting.date = Date{2025, 7, 2};
    meeting.participants.push_back(make_actor("Das Außenministerium der Ukraine", "Außenministerium der Ukraine",
                                              "", "UKR", ActorKind::organisation, {226, 258}));
    meeting.participants.push_back(make_actor("Geschäftsträger John Ginkel", "John Ginkel", "Geschäftsträger",
                                              "USA", ActorKind::person, {300, 327}));
    meeting.on_behalf_of = make_actor("Andrii Sybiha", "Andrii Sybiha", "", "", ActorKind::person, {350, 363});
    meeting.topic = "die Lage an der Front";
    CHECK(fmt::format("{}", meeting) ==
          "Meeting[asserted 2025-07-02] Außenministerium der Ukraine (UKR) + John Ginkel "
          "(Geschäftsträger, USA) on behalf of Andrii Sybiha; topic: die Lage an der Front; "
          "rule de.meeting.invite @ [226,520)");

    Meeting bare;
    bare.rule = "en.meeting.met";
    bare.span = {0, 9};
    bare.modality = Modality::planned;
    bare.location = "Wien";
    CHECK(fmt::format("{}", bare) == "Meeting[planned] ?; location: Wien; rule en.meeting.met @ [0,9)");
}

TEST_CASE("AidRequest one-liner") {
    AidRequest request;
    request.rule = "de.aid.bitten";
    request.span = {0, 70};
    request.modality = Modality::reported;
    request.requester = make_actor("Die Ukraine", "Ukraine", "", "UKR", ActorKind::country, {0, 11});
    request.provider = make_actor("Deutschland", "Deutschland", "", "DEU", ActorKind::country, {16, 27});
    request.items = {"Luftabwehrsysteme", "Munition"};
    request.category = AidCategory::military;
    request.urgent = true;
    CHECK(fmt::format("{}", request) ==
          "AidRequest[reported] Ukraine (UKR) -> Deutschland (DEU): Luftabwehrsysteme, Munition; "
          "military, urgent; rule de.aid.bitten @ [0,70)");

    AidRequest vague;
    vague.rule = "r";
    vague.span = {5, 8};
    vague.date = Date{2023, 0, 0};
    CHECK(fmt::format("{}", vague) == "AidRequest[asserted 2023] ?; other; rule r @ [5,8)");
}

TEST_CASE("Statement one-liner") {
    Statement statement;
    statement.rule = "de.statement.sagen";
    statement.span = {72, 112};
    statement.date = Date{2025, 7, 0};
    statement.speaker = make_actor("Außenminister Sebastian Kurz", "Sebastian Kurz", "Außenminister", "AUT",
                                   ActorKind::person, {72, 100});
    statement.content = "die Lage sei\nernst";
    CHECK(fmt::format("{}", statement) ==
          "Statement.say[asserted 2025-07] Sebastian Kurz (Außenminister, AUT): \"die Lage sei ernst\"; "
          "rule de.statement.sagen @ [72,112)");

    statement.kind = "thank";
    statement.content.reset();
    statement.modality = Modality::negated;
    statement.addressee = make_actor("Deutschland", "Deutschland", "", "DEU", ActorKind::country, {0, 11});
    CHECK(fmt::format("{}", statement) ==
          "Statement.thank[negated 2025-07] Sebastian Kurz (Außenminister, AUT) -> Deutschland (DEU); "
          "rule de.statement.sagen @ [72,112)");
}
