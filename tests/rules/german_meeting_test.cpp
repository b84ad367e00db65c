// Tests of the default German meeting rules (eventex/rules/german.hpp) working together: the
// whole pipeline, so a rule's priority and the merging of overlapping matches are part of what
// is checked. Each rule's own examples are checked in extractor_test.cpp.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, Document, Meeting

namespace {

const eventex::Pipeline& pipeline() {
    static const eventex::Pipeline instance = eventex::Pipeline::german();
    return instance;
}

std::vector<eventex::Meeting> meetings(std::string_view text) {
    return pipeline().extract(eventex::Document{"t", text, eventex::Date{2016, 3, 1}, eventex::Language::german}).meetings;
}

std::vector<std::string> names(const eventex::Meeting& meeting) {
    std::vector<std::string> found;
    for (const eventex::Actor& actor : meeting.participants) found.push_back(actor.name.empty() ? actor.text : actor.name);
    return found;
}

}  // namespace

TEST_CASE("a meeting noun with its parties that is to take place is planned, not asserted") {
    const auto found = meetings("Ein Treffen zwischen Kanzlerin Angela Merkel und Präsident Wladimir Putin soll am Montag stattfinden.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].modality == eventex::Modality::planned);
    CHECK(names(found[0]) == std::vector<std::string>{"Angela Merkel", "Vladimir Putin"});
    // A guest expected is a planned visit, above the rule that reads "zu einem Besuch in".
    const auto expected = meetings("Präsident Barack Obama wird am Sonntag zu einem dreitägigen Besuch in Hanoi erwartet.");
    REQUIRE(expected.size() == 1);
    CHECK(expected[0].modality == eventex::Modality::planned);
    CHECK(expected[0].location == "Hanoi");
}

TEST_CASE("every party met after 'zusammentreffen' is a participant") {
    const auto found = meetings(
        "In Kairo traf Außenminister John Kerry mit Außenminister Sameh Shukri und anschließend auch mit Präsident "
        "Abdel Fattah al-Sisi zusammen.");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0]) == std::vector<std::string>{"John Kerry", "Sameh Shukri", "Abdel Fattah al-Sisi"});
}

TEST_CASE("a summit named after its members, in any case, with its 'mit' party") {
    const auto found = meetings("Angesichts des EU-Gipfels mit der Türkei sah sich die Regierung bestätigt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].participants.size() == 2);
    CHECK(found[0].participants[1].country == "TUR");
    // A body named like a summit's owner is no meeting.
    CHECK(meetings("Das EU-Parlament stimmte am Montag zu.").empty());
}
