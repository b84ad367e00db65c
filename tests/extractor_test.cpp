// Tests of Extractor<Event> (eventex/extractor.hpp): a user-defined event type with its own
// traits and rules, the default rules' own examples, and modality.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, INFO, FAIL

#include <algorithm>    // std::find_if
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Extractor, RuleBook, Pipeline, event_traits, EventBase

namespace {

/// A user event type: who imposed which measure on whom.
struct Sanction : eventex::EventBase {
    eventex::Actor imposer;
    eventex::Actor target;
    std::string measure;
};

}  // namespace

template <>
struct eventex::event_traits<Sanction> {
    static constexpr std::string_view name = "Sanction";
    static constexpr std::string_view roles[] = {"imposer", "target", "measure"};
    static void fill(Sanction& event, const eventex::RuleMatch& match) {
        if (auto imposer = match.actor("imposer")) event.imposer = std::move(*imposer);
        if (auto target = match.actor("target")) event.target = std::move(*target);
        event.measure = match.text("measure");
    }
};

namespace {

constexpr std::string_view sanction_rules = R"(
lexicon de.impose = verhängt{e,en,} ;
rule de.sanction
  type Sanction
  lang de
  match {actor:imposer} <de.impose> [ am {date} | {date} ] {phrase:measure} gegen {actor:target}
  example + "Die EU verhängte neue Sanktionen gegen den Iran." imposer="EU" target="Iran" measure="Sanktionen"
end
rule en.sanction
  type Sanction
  lang en
  match {actor:imposer} imposed ~2 {phrase:measure} on {actor:target}
  example + "The United States imposed sanctions on Russia." measure="sanctions"
end
)";

eventex::Extractor<Sanction> sanction_extractor() {
    return eventex::Extractor<Sanction>(eventex::RuleBook::from_string(std::string(sanction_rules), "sanction.rules"));
}

}  // namespace

TEST_CASE("a user event type: German sanctions, with a resolved date") {
    const auto extractor = sanction_extractor();
    REQUIRE(extractor.rules().size() == 2);
    const std::string text = "Die Lage bleibt angespannt. Die USA verhängten am Montag Sanktionen gegen Russland.";
    // 2025-07-03 is a Thursday; "am Montag" in a report is the Monday before.
    const auto events = extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
    REQUIRE(events.size() == 1);
    const Sanction& event = events[0];
    CHECK(event.rule == "de.sanction");
    CHECK(event.imposer.country == "USA");
    CHECK(event.imposer.span.of(text) == "USA");
    CHECK(event.target.country == "RUS");
    CHECK(event.target.span.of(text) == "Russland");
    CHECK(event.measure == "Sanktionen");  // the date is not part of the measure
    REQUIRE(event.date);
    CHECK(*event.date == eventex::Date{2025, 6, 30});
    CHECK(event.modality == eventex::Modality::asserted);
    CHECK(event.span.of(text) == "Die USA verhängten am Montag Sanktionen gegen Russland");  // the article is part of the match
    CHECK(extractor.check_examples().empty());
}

TEST_CASE("a user event type: English rules run only on English documents") {
    const auto extractor = sanction_extractor();
    // A date after the match belongs to what follows, so this one stands before it.
    const std::string text = "On Friday, the United States imposed new sanctions on Russia.";
    const auto events = extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::english});
    REQUIRE(events.size() == 1);
    CHECK(events[0].rule == "en.sanction");
    CHECK(events[0].imposer.country == "USA");
    CHECK(events[0].target.country == "RUS");
    CHECK(events[0].measure == "new sanctions");
    REQUIRE(events[0].date);
    CHECK(*events[0].date == eventex::Date{2025, 6, 27});
    CHECK(extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german}).empty());
}

TEST_CASE("a conditional setting gives each match the value of the lexicon that took part in it") {
    const auto book = eventex::RuleBook::from_string(R"(
lexicon t.warn = warnte warnten ;
lexicon t.stress = betonte betonten ;
lexicon t.hope = hoffte hofften ;
rule t.speech
  type Statement
  lang de
  set kind = say
  set kind = warn if <t.warn>
  set kind = stress if <t.stress>
  set cameo = 013 if <t.hope>
  match {subject:speaker} (<t.warn> | <t.stress> | erklärte) [","] [dass] {clause:content}
  match {subject:speaker} <t.hope> [","] [dass] {clause:content}
  example + "Die Ministerin warnte, die Lage sei ernst." speaker="Ministerin" kind="warn"
  example + "Die Ministerin betonte, die Lage sei ernst." kind="stress"
  example + "Die Ministerin erklärte, die Lage sei ernst." kind="say"
end
)", "cue.rules");
    const eventex::Extractor<eventex::Statement> extractor(book);
    CHECK(extractor.check_examples().empty());
    const std::string text =
        "Außenminister Andrii Sybiha warnte, die Lage sei ernst. Die Kanzlerin betonte, man helfe. "
        "Der Minister erklärte, es gebe Fortschritte. Präsident Macron hoffte, die Gespräche gingen weiter.";
    const auto events = extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
    REQUIRE(events.size() == 4);
    CHECK(events[0].kind == "warn");
    CHECK(events[0].speaker.name == "Andrii Sybiha");
    CHECK(events[1].kind == "stress");
    CHECK(events[2].kind == "say");
    CHECK(events[2].cameo != "013");
    CHECK(events[3].kind == "say");
    CHECK(events[3].cameo == "013");  // the second pattern's lexicon, for another key
    CHECK(events[3].speaker.text.find("Macron") != std::string::npos);
    for (const auto& event : events) CHECK(event.rule == "t.speech");

    // A wrong expectation of a setting is reported as such.
    const auto wrong = eventex::RuleBook::from_string(R"(
lexicon t.warn = warnte ;
rule t.warn
  type Statement
  lang de
  set kind = warn if <t.warn>
  match {subject:speaker} (<t.warn> | betonte)
  example + "Die Ministerin betonte das." kind="warn"
end
)", "wrong.rules");
    const auto failures = eventex::Extractor<eventex::Statement>(wrong).check_examples();
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].problem == "setting 'kind' is \"\", expected \"warn\"; ");
}

TEST_CASE("two rules of equal priority reading the same words as one event: the fuller reading is kept") {
    // t.bare comes first in the book and reads the verb alone; t.full, later, also takes what
    // was said. Whichever order the rules stand in, the event keeps its content.
    const std::string bare = R"(
rule t.bare
  type Statement
  lang de
  set kind = stress
  match {subject:speaker} ~12 betonte
end
)";
    const std::string full = R"(
rule t.full
  type Statement
  lang de
  set kind = stress
  match {subject:speaker} ~12 betonte "," [dass] {clause:content}
end
)";
    const std::string text = "Die Ministerin dankte den Helfern und betonte, dass die Lage ernst sei.";
    for (const std::string& rules : {bare + full, full + bare}) {
        const eventex::Extractor<eventex::Statement> extractor(eventex::RuleBook::from_string(rules, "tie.rules"));
        const auto events = extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
        REQUIRE(events.size() == 1);
        CHECK(events[0].rule == "t.full");
        REQUIRE(events[0].content);
        CHECK(*events[0].content == "die Lage ernst sei");
        CHECK(events[0].span.of(text) == "Die Ministerin dankte den Helfern und betonte");
    }
}

TEST_CASE("reported speech is no part of the report: a match that ends in a clause resumes where the clause starts") {
    const auto book = eventex::RuleBook::from_string(R"(
rule t.say
  type Statement
  lang en
  match {subject:speaker} (said|warned) [that] {clause:content}
end
)", "clause.rules");
    const eventex::Extractor<eventex::Statement> extractor(book);
    // One sentence, two statements: the second stands inside the first one's content.
    const std::string text = "President Vladimir Putin said that Chancellor Angela Merkel warned that the talks would fail.";
    const auto events = extractor.extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::english});
    REQUIRE(events.size() == 2);
    CHECK(events[0].speaker.name == "Vladimir Putin");
    REQUIRE(events[0].content);
    CHECK(*events[0].content == "Chancellor Angela Merkel warned that the talks would fail");
    CHECK(events[1].speaker.name == "Angela Merkel");
    REQUIRE(events[1].content);
    CHECK(*events[1].content == "the talks would fail");
}

TEST_CASE("every default rule passes its own examples") {
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    std::vector<eventex::ExampleFailure> failures = pipeline.meetings().check_examples();
    for (auto& failure : pipeline.aid_requests().check_examples()) failures.push_back(failure);
    for (auto& failure : pipeline.statements().check_examples()) failures.push_back(failure);
    for (const eventex::ExampleFailure& failure : failures) {
        INFO(failure.location, ": rule ", failure.rule, ": ", failure.problem);
        INFO("sentence: ", failure.sentence);
        FAIL("a rule's own example fails");
    }
    CHECK(failures.empty());
    // The check runs something: the default rules have examples.
    std::size_t examples = 0;
    for (const auto& rule : pipeline.statements().rules()) examples += rule.examples.size();
    CHECK(examples > 10);
}

TEST_CASE("modality: plans and cancellations") {
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    const auto meetings = [&](std::string_view text) {
        return pipeline.meetings().extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
    };
    const auto planned = meetings("Präsident Macron plant, bei künftigen Treffen mit Vertretern Polens die Energiepreise zu erörtern.");
    REQUIRE(planned.size() == 1);
    CHECK(planned[0].modality == eventex::Modality::planned);
    const auto negated = meetings("Der Präsident sagte das Treffen mit Bundeskanzler Olaf Scholz kurzfristig ab.");
    REQUIRE(negated.size() == 1);
    CHECK(negated[0].modality == eventex::Modality::negated);
    const auto asserted = meetings("Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten Emmanuel Macron.");
    REQUIRE(asserted.size() == 1);
    CHECK(asserted[0].modality == eventex::Modality::asserted);
    REQUIRE(asserted[0].date);
    CHECK(*asserted[0].date == eventex::Date{2025, 7, 1});
    // An actor's own description is not the event's mode: the future chairman was met.
    const auto described = meetings("Präsident Recep Tayyip Erdogan traf am Mittwoch in Ankara mit dem künftigen "
                                     "Alterspräsidenten des Parlaments, Deniz Baykal, zusammen.");
    REQUIRE(described.size() == 1);
    CHECK(described[0].modality == eventex::Modality::asserted);
}

TEST_CASE("modality: an English adverb between subject and verb is no part of the subject, and still counts") {
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const std::string text = "The document reportedly said that troops would stay.";
    const auto found = pipeline.statements().extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::english});
    REQUIRE(found.size() == 1);
    CHECK(found[0].speaker.text == "document");
    CHECK(found[0].modality == eventex::Modality::reported);
}

TEST_CASE("a pair (\"die beiden Minister\") takes part in a meeting as the two it names, in another round") {
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    const auto meetings = pipeline.meetings().extract(
        eventex::Document{"d",
                          "Außenminister Sergej Lawrow hat am Montag mit US-Außenminister John Kerry telefoniert. Am Dienstag "
                          "setzten die beiden Minister ihre Beratungen über die Lage in Syrien fort.",
                          eventex::Date{2016, 3, 1}, eventex::Language::german});
    // The call and the talks the next day are two meetings of the same two.
    REQUIRE(meetings.size() == 2);
    const eventex::Meeting& talks = meetings[1];
    REQUIRE(talks.participants.size() == 2);
    CHECK(talks.participants[0].name == "Sergei Lavrov");
    CHECK(talks.participants[0].country == "RUS");
    CHECK(talks.participants[1].name == "John Kerry");
    CHECK(talks.participants[1].country == "USA");
    for (const eventex::Actor& member : talks.participants) {
        CHECK(member.text == "beiden Minister");
        CHECK(member.kind == eventex::ActorKind::person);
    }
}

TEST_CASE("modality: a German clause that closes on \"nicht\" or \"ließ ... offen\" said nothing") {
    const eventex::Pipeline pipeline = eventex::Pipeline::german();
    const auto statements = [&](std::string_view text) {
        return pipeline.statements().extract(eventex::Document{"d", text, eventex::Date{2025, 7, 3}, eventex::Language::german});
    };
    auto found = statements("Ob weitere Standorte bestreikt werden, ließ die Gewerkschaft Verdi vorerst offen.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].modality == eventex::Modality::negated);
    found = statements("Ob er kandidiere, sagte Bürgermeister Klaus Schneeberger nicht.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].modality == eventex::Modality::negated);
    // What the speaker does not believe is still said.
    found = statements("Dass das Abkommen platzt, glaubt Innenminister Karl Grundböck nicht.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].modality == eventex::Modality::asserted);
    // "nicht nur" goes on: the speaker said something.
    found = statements("Die Lage sei ernst, sagte Bürgermeister Klaus Schneeberger nicht nur einmal.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].modality == eventex::Modality::asserted);
    // A source inside the match that no role fills passes the words on; the speaker's own "laut" does not.
    found = statements("Bürgermeister Klaus Schneeberger hatte laut einem Bericht der Zeitung gesagt, er trete zurück.");
    // (The extractor alone also keeps "laut einem Bericht der Zeitung" as the paper's own statement.)
    const auto mayor = std::find_if(found.begin(), found.end(),
                                    [](const auto& s) { return s.speaker.name == "Klaus Schneeberger"; });
    REQUIRE(mayor != found.end());
    CHECK(mayor->modality == eventex::Modality::reported);
    found = statements("Laut Bürgermeister Klaus Schneeberger ist die Lage ernst.");
    REQUIRE_FALSE(found.empty());  // the extractor alone keeps each pattern's match
    for (const auto& statement : found) CHECK(statement.modality == eventex::Modality::asserted);
    // The cues themselves, on the rest of a clause.
    const eventex::detail::ModalityCues cues;
    CHECK(cues.negated_after("ließ er", " vorerst offen", eventex::Language::german));
    CHECK_FALSE(cues.negated_after("sagte er", " offen", eventex::Language::german));
    CHECK_FALSE(cues.negated_after("said", " not", eventex::Language::english));
}
