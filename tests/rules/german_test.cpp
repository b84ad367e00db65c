// Tests of the default German rules (eventex/rules/german.hpp) working together: where two
// patterns of one rule read the same verb, one statement with the right speaker comes out.
// Each rule's own examples are checked in extractor_test.cpp.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, Document, Statement

namespace {

const eventex::Pipeline& pipeline() {
    static const eventex::Pipeline instance = eventex::Pipeline::german();
    return instance;
}

// The speaker text of each statement found in `text`.
std::vector<std::string> speakers(std::string_view text) {
    std::vector<std::string> found;
    const eventex::Events events =
        pipeline().extract(eventex::Document{"t", text, eventex::Date{2016, 3, 1}, eventex::Language::german});
    for (const eventex::Statement& statement : events.statements) found.push_back(statement.speaker.text);
    return found;
}

}  // namespace

TEST_CASE("a closing verb of saying gives one statement, by the speaker right after it") {
    // A known title: the genitive after it is no second speaker.
    CHECK(speakers("Das sei möglich, sagte der Chef der Gruppe Fursan al-Hak.") == std::vector<std::string>{"Chef"});
    // A title with an unlisted institution in its genitive, and the name right after it: one speaker.
    CHECK(speakers("Die USA seien bereit, versicherte am Freitag der Vizechef der Präsidialverwaltung Andej Taranow.") ==
          std::vector<std::string>{"Vizechef der Präsidialverwaltung Andej Taranow"});
    // Whom the speaker told is no speaker: "der Zeitung" is a dative.
    CHECK(speakers("Das ist so, sagte Geschäftsführer Christoph Becker der Zeitung.") ==
          std::vector<std::string>{"Geschäftsführer Christoph Becker"});
    // A genitive owner the recogniser does not know stands between verb and speaker.
    CHECK(speakers("Es führe kein Weg an einer Debatte vorbei, sagt Kärntens Landeshauptmann.") ==
          std::vector<std::string>{"Landeshauptmann"});
}

TEST_CASE("declining to comment is one statement, negated") {
    const std::string_view text = "Namen wollte Bürgermeister Klaus Schneeberger nicht nennen.";
    const eventex::Events events =
        pipeline().extract(eventex::Document{"t", text, eventex::Date{2016, 3, 1}, eventex::Language::german});
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].speaker.name == "Klaus Schneeberger");
    CHECK(events.statements[0].modality == eventex::Modality::negated);
}
