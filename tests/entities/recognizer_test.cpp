// Tests of the entity recogniser (eventex/entities/recognizer.hpp): what becomes an actor, with
// which name, country and gender, and whom a pronoun or a bare surname points back to.
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <initializer_list>    // std::initializer_list
#include <string>              // std::string
#include <string_view>         // std::string_view
#include <utility>             // std::pair
#include <vector>              // std::vector

#include "eventex/entities/recognizer.hpp"  // Recognizer, AnalyzedDocument
#include "eventex/pipeline.hpp"             // Pipeline

namespace {

using eventex::Language;

const eventex::Recognizer& recognizer() {
    static const eventex::Recognizer instance;
    return instance;
}

// The actor mentions of every sentence of `text`, in order.
std::vector<eventex::Mention> actors(std::string_view text, Language language = Language::german) {
    const eventex::Document document{"test", text, eventex::Date{2016, 3, 1}, language};
    std::vector<eventex::Mention> found;
    for (const eventex::AnalyzedSentence& sentence : recognizer().analyze(document, language).sentences)
        for (const eventex::Mention& mention : sentence.mentions)
            if (mention.type == eventex::MentionType::actor) found.push_back(mention);
    return found;
}

// The mentions among `mentions` whose surface text is `text`.
std::vector<eventex::Mention> with_text(const std::vector<eventex::Mention>& mentions, std::string_view text) {
    std::vector<eventex::Mention> found;
    for (const eventex::Mention& mention : mentions)
        if (mention.actor.text == text) found.push_back(mention);
    return found;
}

}  // namespace

TEST_CASE("a party in parentheses after a name belongs to the mention and gives the country") {
    const std::string text = "Das sei falsch, sagte Wolfgang Katzian (SPÖ) am Montag.";
    const auto found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "Wolfgang Katzian");
    CHECK(found[0].actor.country == "AUT");
    CHECK(found[0].span.of(text) == "Wolfgang Katzian (SPÖ)");
}

TEST_CASE("a German genitive before a title names the title's country") {
    const auto found = actors("Puerto Ricos Gouverneur Alejandro Garcia Padilla hatte das erklärt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Alejandro Garcia Padilla");
    CHECK(found[0].actor.country == "PRI");
    CHECK(found[0].actor.role == "Puerto Ricos Gouverneur");

    const auto leadership = actors("Syriens Führung weist den Vorwurf zurück.");
    REQUIRE(leadership.size() == 1);
    CHECK(leadership[0].actor.country == "SYR");
}

TEST_CASE("an institution's seat and a medium's own name complete the mention") {
    const auto ministry = actors("Wie das Verteidigungsministerium in Kabul mitteilte, starben drei Soldaten.");
    REQUIRE(ministry.size() == 1);
    CHECK(ministry[0].actor.country == "AFG");
    const auto agency = actors("Das berichtete die Nachrichtenagentur Xinhua am Montag.");
    REQUIRE(agency.size() == 1);
    CHECK(agency[0].actor.name == "Xinhua");
    CHECK(agency[0].actor.country == "CHN");
}

TEST_CASE("unnamed observers and experts are nobody in particular") {
    CHECK(actors("Beobachtern zufolge war die Wahl fair.").empty());
    const auto specific = actors("Russische Experten warnten vor der Wahl.");
    REQUIRE(specific.size() == 1);
    CHECK(specific[0].actor.country == "RUS");
}

TEST_CASE("capitalised German nouns are not taken for a two-word name") {
    for (const eventex::Mention& mention : actors("In Richtung Koalitionspartner meinte der Fraktionschef, es reiche."))
        CHECK(mention.actor.text != "Richtung Koalitionspartner");
}

TEST_CASE("a lone name next to a verb of saying is a person") {
    const auto found = actors("Wir sind zuversichtlich, erklärte Hiddink.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "Hiddink");
    CHECK(found[0].actor.kind == eventex::ActorKind::person);
    // After "sagte", a two-word name is still a name ("sagte" is not an adjective).
    const auto pair = actors("Es sei ruhig, sagte Bernd Jäckel von der Polizei.");
    REQUIRE(!pair.empty());
    CHECK(pair[0].actor.name == "Bernd Jäckel");
}

TEST_CASE("\"sie\" is a woman named before, never a man; \"er\" is the most salient man") {
    const std::string text =
        "Beate Zschäpe hat erstmals ausgesagt. Ihr Komplize Uwe Böhnhardt sei gewalttätig gewesen. "
        "Sie berichtete von Streit.";
    const auto found = actors(text);
    REQUIRE(!found.empty());
    const eventex::Mention& she = found.back();
    CHECK(she.pronoun);
    CHECK(she.actor.name == "Beate Zschäpe");

    // Schieder is the topic of the passage; Schelling is named once, in passing.
    const std::string passage =
        "SPÖ-Klubobmann Andreas Schieder kritisiert die Sozialpartner. Schieder will eine Frist. "
        "Schieder gefällt die Idee von Finanzminister Hans Jörg Schelling. Das könne er mittragen.";
    const auto mentions = actors(passage);
    REQUIRE(!mentions.empty());
    CHECK(mentions.back().actor.name == "Andreas Schieder");

    // After a singular auxiliary or verb of saying, "sie" is she whatever word follows: the
    // participle "bestritten" and the plural noun "Reformen" say nothing of the pronoun's number.
    for (const std::string_view after : {"In ihrer ersten Aussage hatte sie bestritten, eingeweiht gewesen zu sein.",
                                         "Zudem fordert sie Reformen."}) {
        const auto later = actors("Beate Zschäpe hat erstmals ausgesagt. " + std::string(after));
        REQUIRE(!later.empty());
        CHECK(later.back().pronoun);
        CHECK(later.back().actor.name == "Beate Zschäpe");
    }
    // "sie haben" stays plural.
    CHECK(with_text(actors("Beate Zschäpe hat erstmals ausgesagt. Ihre Anwälte meinen, sie haben recht."), "sie").empty());
}

TEST_CASE("a news agency the report is credited to is not \"die Kommission\" of the report") {
    const auto found = actors("Das berichtete Kathpress am Montag. Die Kommission hat Papst Franziskus für seine klare Haltung gedankt.");
    const auto commission = with_text(found, "Kommission");
    REQUIRE(!commission.empty());
    CHECK(commission.back().actor.name != "Kathpress");
}

TEST_CASE("coordinated speakers each make the statement") {
    const auto pipeline = eventex::Pipeline::german();
    const std::string text = "Die syrische Opposition und der Westen werfen den Truppen Assads vor, Giftgas eingesetzt zu haben.";
    const auto events = pipeline.extract(eventex::Document{"test", text, eventex::Date{2015, 8, 6}, Language::german});
    REQUIRE(events.statements.size() == 2);
    CHECK(events.statements[0].kind == "criticise");
    CHECK(events.statements[0].speaker.country == "SYR");
    CHECK(events.statements[1].speaker.text == "Westen");
    CHECK(events.statements[0].span == events.statements[1].span);
}

TEST_CASE("a statement's span ends with its verb; what was said is its content") {
    const auto pipeline = eventex::Pipeline::german();
    const std::string text = "Die Kanzlerin betonte, dass Europa zusammenstehen müsse.";
    const auto events = pipeline.extract(eventex::Document{"test", text, eventex::Date{2015, 8, 6}, Language::german});
    REQUIRE(events.statements.size() == 1);
    CHECK(events.statements[0].span.of(text) == "Die Kanzlerin betonte");
    CHECK(events.statements[0].content == "Europa zusammenstehen müsse");
}

TEST_CASE("bare national bodies take the country that dominates the report") {
    const std::string austrian =
        "Kanzler Werner Faymann (SPÖ) und Vizekanzler Reinhold Mitterlehner (ÖVP) trafen sich in Wien. "
        "Die FPÖ kritisierte das Treffen. Die Regierung erklärte, man sei einig.";
    const auto governments = with_text(actors(austrian), "Regierung");
    CHECK(!governments.empty());
    for (const eventex::Mention& mention : governments) CHECK(mention.actor.country == "AUT");

    // No country dominates: the government stays without one.
    const std::string mixed =
        "Präsident Wladimir Putin und Präsident Emmanuel Macron trafen sich. Die Regierung erklärte, man sei einig.";
    for (const eventex::Mention& mention : with_text(actors(mixed), "Regierung")) CHECK(mention.actor.country.empty());
}

TEST_CASE("the owners of a summit or a source compound are mentions of their own") {
    const std::string text = "Beim EU-Türkei-Gipfel war nach Pentagon-Angaben auch die EU-Kommission vertreten.";
    const auto found = actors(text);
    REQUIRE(found.size() == 4);
    CHECK(found[0].span.of(text) == "EU");
    CHECK(found[1].span.of(text) == "Türkei");
    CHECK(found[1].actor.country == "TUR");
    CHECK(found[2].span.of(text) == "Pentagon");
    CHECK(found[2].actor.country == "USA");
    CHECK(found[3].span.of(text) == "EU-Kommission");  // other heads keep the compound whole
}

TEST_CASE("a dateline is a place, and counts for the report's home country") {
    const std::string text = "Wien – Die Regierung erklärte, man sei einig. Die Regierung tagte. "
                             "Das Parlament tagte. Die Regierung schwieg.";
    const eventex::Document document{"test", text, eventex::Date{2016, 3, 1}, Language::german};
    const auto analyzed = recognizer().analyze(document, Language::german);
    REQUIRE(!analyzed.sentences.empty());
    REQUIRE(!analyzed.sentences[0].mentions.empty());
    const eventex::Mention& dateline = analyzed.sentences[0].mentions[0];
    CHECK(dateline.type == eventex::MentionType::place);
    CHECK(dateline.dateline);
    CHECK(dateline.span.of(text) == "Wien");

    // A dateline of two cities: a city and a capital.
    const std::string two = "Frankfurt/Wien – Die Opec tagt.";
    const auto places = recognizer().analyze(eventex::Document{"test", two, eventex::Date{2016, 3, 1}, Language::german},
                                             Language::german);
    REQUIRE(places.sentences.size() == 1);
    REQUIRE(places.sentences[0].mentions.size() == 3);
    CHECK(places.sentences[0].mentions[0].type == eventex::MentionType::place);
    CHECK(places.sentences[0].mentions[0].dateline);
    CHECK(places.sentences[0].mentions[0].span.of(two) == "Frankfurt");
    CHECK(places.sentences[0].mentions[0].actor.country == "DEU");
    CHECK(places.sentences[0].mentions[1].span.of(two) == "Wien");
    CHECK(places.sentences[0].mentions[1].dateline);
}

namespace {

// The place mentions of every sentence of `text`, in order.
std::vector<eventex::Mention> places_in(std::string_view text, Language language) {
    const eventex::Document document{"test", text, eventex::Date{2016, 3, 1}, language};
    std::vector<eventex::Mention> found;
    for (const eventex::AnalyzedSentence& sentence : recognizer().analyze(document, language).sentences)
        for (const eventex::Mention& mention : sentence.mentions)
            if (mention.type == eventex::MentionType::place) found.push_back(mention);
    return found;
}

// The country a bare title in `text` gets from the report's home.
std::string title_country(std::string_view text, std::string_view role, Language language) {
    for (const eventex::Mention& mention : actors(text, language))
        if (mention.actor.role == role) return mention.actor.country;
    return "(no " + std::string(role) + ")";
}

}  // namespace

TEST_CASE("a city dateline gives the report's home country to a bare title, in German and English") {
    CHECK(title_country("GRAZ. Der Landeshauptmann traf am Montag den Bürgermeister.", "Landeshauptmann", Language::german) == "AUT");
    CHECK(title_country("Linz – Der Landeshauptmann sagte, man müsse handeln.", "Landeshauptmann", Language::german) == "AUT");
    CHECK(title_country("München (dpa) - Der Ministerpräsident sagte, man müsse handeln.", "Ministerpräsident", Language::german) == "DEU");
    CHECK(title_country("Salzburg/Wien – Der Landeshauptmann sagte, man müsse handeln.", "Landeshauptmann", Language::german) == "AUT");
    CHECK(title_country("MUNICH (Reuters) - The mayor said the city would act.", "mayor", Language::english) == "DEU");
    CHECK(title_country("KARACHI, Pakistan (Reuters) - The mayor said the city would act.", "mayor", Language::english) == "PAK");
    // Without the dateline the title has no country.
    CHECK(title_country("Der Landeshauptmann sagte, man müsse handeln.", "Landeshauptmann", Language::german).empty());
}

namespace {
// A text, its language, and the place in it with the place's country.
struct PlaceCase {
    const char* text;
    Language language;
    const char* place;
    const char* country;
};

// Each case's first place is its place, of its country, a dateline or not.
void check_places(std::initializer_list<PlaceCase> cases, bool dateline) {
    for (const PlaceCase& c : cases) {
        const std::string shown = c.text;
        CAPTURE(shown);
        const auto found = places_in(c.text, c.language);
        REQUIRE(!found.empty());
        CHECK(found[0].dateline == dateline);
        CHECK(found[0].actor.text == c.place);
        CHECK(found[0].actor.country == c.country);
        CHECK(found[0].actor.kind == eventex::ActorKind::country);
    }
}
}  // namespace

TEST_CASE("the dateline reader's forms, in both languages") {
    using Case = PlaceCase;
    check_places({Case{"GRAZ. Der Landeshauptmann sagte, man müsse handeln.", Language::german, "GRAZ", "AUT"},
                  Case{"Linz – Der Landeshauptmann sagte, man müsse handeln.", Language::german, "Linz", "AUT"},
                  Case{"St. Pölten – Der Landeshauptmann sagte, man müsse handeln.", Language::german, "St. Pölten", "AUT"},
                  Case{"Genf: Die Gespräche wurden vertagt.", Language::german, "Genf", "CHE"},
                  Case{"MUNICH (Reuters) - The mayor said the city would act.", Language::english, "MUNICH", "DEU"},
                  Case{"GENEVA, Switzerland - Talks resumed on Monday.", Language::english, "Switzerland", "CHE"},
                  Case{"BUCHAREST: The government said it would act.", Language::english, "BUCHAREST", "ROU"},
                  Case{"SEOUL (Reuters) - The minister said talks would resume.", Language::english, "SEOUL", "KOR"}},
                 true);
}

TEST_CASE("a city after a locative preposition is a place; a homograph of a word or name is not") {
    auto found = places_in("Die Minister trafen sich am Montag in Graz.", Language::german);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "Graz");
    CHECK(found[0].actor.country == "AUT");
    CHECK(!found[0].dateline);
    found = places_in("The ministers met in Geneva on Monday.", Language::english);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "CHE");
    found = places_in("Die Gespräche in Mailand scheiterten.", Language::german);  // a German exonym
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "ITA");

    // "Essen", "Halle", "Mobile", "Reading": words too, so no place after a preposition alone.
    CHECK(places_in("Wir gingen nach dem Essen in die Halle.", Language::german).empty());
    CHECK(places_in("Sie sprachen beim Essen über Politik.", Language::german).empty());
    CHECK(places_in("He works in Mobile phones and in Reading glasses.", Language::english).empty());
    // Never a place where it runs into a name, and never a government the way a capital is.
    CHECK(places_in("He studied at Boston University.", Language::english).empty());
    for (const eventex::Mention& mention : actors("Die Regierung in Graz sagte, man müsse handeln.", Language::german))
        CHECK(mention.actor.kind != eventex::ActorKind::country);
    // A homograph counts in a dateline.
    found = places_in("Essen – Der Oberbürgermeister sagte, man müsse handeln.", Language::german);
    REQUIRE(!found.empty());
    CHECK(found[0].actor.country == "DEU");
    CHECK(found[0].dateline);
}

TEST_CASE("a region after a locative preposition is a place of its country; a disputed one has none") {
    using Case = PlaceCase;
    check_places({Case{"Putin made an unannounced visit to Chechnya on Sunday.", Language::english, "Chechnya", "RUS"},
                  Case{"Kofi Annan arrived in Darfur on Tuesday for talks.", Language::english, "Darfur", "SDN"},
                  Case{"Steinmeier reiste am Montag nach Tschetschenien.", Language::german, "Tschetschenien", "RUS"},
                  Case{"Die Landeshauptleute trafen sich in Kärnten.", Language::german, "Kärnten", "AUT"},
                  Case{"Der G7-Gipfel findet in Bayern statt.", Language::german, "Bayern", "DEU"},
                  Case{"The talks in Catalonia ended.", Language::english, "Catalonia", "ESP"},
                  Case{"Er sprach in der Krim mit Soldaten.", Language::german, "Krim", "UKR"},
                  Case{"The bishops met in Northern Ireland.", Language::english, "Northern Ireland", "GBR"},
                  Case{"The governor stayed in New Jersey.", Language::english, "New Jersey", "USA"},
                  Case{"Singh came to Kashmir on Wednesday.", Language::english, "Kashmir", ""}},
                 false);
    // Only after a preposition, never running into a name or a compound, never a government.
    CHECK(places_in("Darfur rebels rejected the offer.", Language::english).empty());
    CHECK(places_in("He played in Bayern München for years.", Language::english).empty());
    CHECK(places_in("Das Treffen in Tirol-Nord fiel aus.", Language::german).empty());
    CHECK(places_in("He writes programs in Java.", Language::english).empty());  // a word, on the stoplist
    for (const eventex::Mention& mention : actors("Die Regierung in Kärnten sagte, man müsse handeln.", Language::german))
        CHECK(mention.actor.kind != eventex::ActorKind::country);
}

TEST_CASE("a pair is a group whose members are the last two people or countries named, never one person") {
    auto found = with_text(actors("Außenminister Sergej Lawrow hat mit US-Außenminister John Kerry telefoniert. Am Dienstag "
                                  "setzten die beiden Minister ihre Beratungen fort."),
                           "beiden Minister");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::group);
    CHECK(found[0].actor.name == "Sergei Lavrov und John Kerry");
    CHECK(found[0].pronoun);
    REQUIRE(found[0].members.size() == 2);
    CHECK(found[0].members[0].name == "Sergei Lavrov");
    CHECK(found[0].members[1].name == "John Kerry");
    CHECK(found[0].members[1].text == "beiden Minister");

    found = with_text(actors("Chirac phoned Gerhard Schroeder on Monday. The two leaders agreed to meet again.", Language::english),
                      "two leaders");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].members.size() == 2);
    CHECK(found[0].members[0].name == "Jacques Chirac");

    // Sides are countries: "India and Pakistan ... Both sides".
    found = with_text(actors("India and Pakistan resumed talks on Monday. Both sides said the talks were useful.", Language::english),
                      "Both sides");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].members.size() == 2);
    CHECK(found[0].members[0].country == "IND");
    CHECK(found[0].members[1].country == "PAK");
    CHECK(found[0].actor.name == "India and Pakistan");

    // Nobody named: a group no one resolves; "both sides of the border" is a place.
    found = with_text(actors("Both sides said the talks were useful.", Language::english), "Both sides");
    REQUIRE(found.size() == 1);
    CHECK(found[0].members.empty());
    CHECK(!found[0].pronoun);
    CHECK(found[0].actor.kind == eventex::ActorKind::group);
    CHECK(with_text(actors("Troops massed on both sides of the border.", Language::english), "both sides").empty());
    // "the two men" with only one named is no pair of them.
    found = with_text(actors("Tony Blair spoke on Monday. The two men were not named.", Language::english), "two men");
    REQUIRE(found.size() == 1);
    CHECK(found[0].members.empty());
}

TEST_CASE("a possessive after a preposition before a visit is the visitor named before") {
    auto found = with_text(actors("Larry Pressler said so. The remark, made during his recent visit to India, angered Pakistan.",
                                  Language::english),
                           "his");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Larry Pressler");
    CHECK(found[0].pronoun);
    found = with_text(actors("Wladimir Putin sagte das. Bei seinem Besuch in Peking traf er Präsident Xi Jinping."), "seinem");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Vladimir Putin");
    found = with_text(actors("Hillary Clinton arrived. During her trip to Moscow, she praised the reforms.", Language::english), "her");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Hillary Clinton");
    // The possessive names no one anew: a bare title after it may still be the man named before.
    found = with_text(actors("Gordon Brown has called on rich nations to act. On the fourth day of his six-day tour of "
                             "Africa, the UK chancellor predicted a vaccine.",
                             Language::english),
                      "UK chancellor");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Gordon Brown");
    // No preposition ("sagt seine Reise ab" cancels it), no visit, or no one of that gender named.
    CHECK(with_text(actors("Ahmet Davutoglu sagt seine Reise wegen des Terrors ab."), "seine").empty());
    CHECK(with_text(actors("Tony Blair said during his speech that he would stay.", Language::english), "his").empty());
    CHECK(with_text(actors("During his visit to Moscow, talks were held.", Language::english), "his").empty());
}

TEST_CASE("after a verb of saying an article opens the speaker; \"der 72-Jährige\" is a person named before") {
    const std::string text = "Husam, sagt ein Betreuer, habe das gut bewältigt.";
    auto found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.role == "Betreuer");
    CHECK(found[0].actor.kind == eventex::ActorKind::person);
    CHECK(found[0].span.of(text) == "Betreuer");

    found = actors("Die Lage ist ernst, sagt die Sozioökonomin Karin Heitzmann.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Karin Heitzmann");
    CHECK(found[0].actor.role == "Sozioökonomin");

    // Texts are sources, not speakers.
    CHECK(actors("Das sei falsch, so der Bericht.").empty());

    found = actors("Der Tennisspieler Dominic Thiem gewann. Ich habe einen guten Lauf, meinte der 22-Jährige.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.name == "Dominic Thiem");
    CHECK(found[1].pronoun);
}

TEST_CASE("an apposition makes one actor of a name and a title") {
    std::string text = "Der Vizevorsitzende der Linksfraktion, Jan Korte, forderte mehr Personal.";
    auto found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Jan Korte");
    CHECK(found[0].actor.role == "Vizevorsitzende der Linksfraktion");
    CHECK(found[0].actor.span.of(text) == "Vizevorsitzende der Linksfraktion, Jan Korte");
    CHECK(found[0].span.of(text) == "Vizevorsitzende der Linksfraktion, Jan Korte,");  // the shadow reads "Der [P0] forderte"

    text = "Andreas Schoo, Chef der Bauer Media Group, sagte, das sei gut.";
    found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Andreas Schoo");
    CHECK(found[0].actor.role == "Chef der Bauer Media Group");

    // A list of titled people is not an apposition.
    found = actors("Kanzler Werner Faymann, Vizekanzler Reinhold Mitterlehner und Minister Hans Meier trafen sich.");
    CHECK(found.size() == 3);
}

namespace {
std::vector<eventex::Mention> english_actors(std::string_view text) { return actors(text, Language::english); }
}  // namespace

TEST_CASE("companies: a listed name beats a title word, a legal suffix makes one, and \"the company\" points back") {
    auto found = english_actors("General Motors cut its forecast. The company said sales fell.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].actor.name == "General Motors");  // not a general named Motors
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(found[1].actor.text == "company");
    CHECK(found[1].actor.name == "General Motors");
    CHECK(found[1].actor.country == "USA");
    CHECK(found[1].pronoun);

    found = english_actors("Continental Airlines said it would cut jobs. The airline blamed fuel prices.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].actor.name == "Continental Airlines");
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(found[1].actor.name == "Continental Airlines");

    // Too far back (more than three sentences), "the company" stays unresolved.
    found = english_actors("General Motors cut its forecast. It rained. It rained again. It snowed. It hailed. "
                           "The company said sales fell.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.name != "General Motors");
}

TEST_CASE("two mentions of one country are enough to give a short report its home country") {
    const std::string text = "Israeli troops entered Gaza, the Israeli military said. A senior official said the raid was over.";
    const auto officials = with_text(english_actors(text), "senior official");
    CHECK(!officials.empty());
    for (const eventex::Mention& mention : officials) CHECK(mention.actor.country == "ISR");

    // A short item that names one country once: its police are that country's.
    const auto police = with_text(english_actors("Two men were arrested in India on Monday, police said."), "police");
    CHECK(!police.empty());
    for (const eventex::Mention& mention : police) CHECK(mention.actor.country == "IND");
}

TEST_CASE("after a verb of saying: bodies, acronyms and people of a country") {
    auto found = actors("Ein weiteres Kind werde vermisst, teilte die Küstenwache mit.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(found[0].actor.name == "Küstenwache");

    found = actors("Die Prämien sanken leicht, so die VIG.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(found[0].actor.name == "VIG");

    found = actors("Seine Profis sollen verärgert spielen, meinte der 69-jährige Niederländer.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::person);
    CHECK(found[0].actor.country == "NLD");

    // A lone name after "berichtet" is a source of its own.
    found = actors("Nun muss das Gericht entscheiden, berichtet TorrentFreak.");
    REQUIRE(!found.empty());
    CHECK(found.back().actor.text == "TorrentFreak");
}

TEST_CASE("a word that only opens a multi-word country is still a name") {
    const auto found = actors("CEO Tim Cook hat daher versprochen, das zu ändern.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Tim Cook");  // "Cook" opens "Cook Islands" only
    CHECK(found[0].actor.role == "CEO");
}

TEST_CASE("a bare title points back to the person last named with a longer title of that head") {
    const auto found = actors("Außenminister Sergej Lawrow reiste nach Wien. Der Minister sagte, das Treffen sei gut.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.text == "Minister");
    CHECK(found[1].actor.name == "Sergei Lavrov");
    CHECK(found[1].pronoun);
}

TEST_CASE("a company named before: its initials, its first word, and \"it\" before a verb of saying") {
    const auto found = english_actors("General Motors cut its forecast. GM said sales fell. It said the market was weak. "
                                      "Continental Airlines cut jobs. Continental also said fuel was expensive.");
    REQUIRE(found.size() == 5);
    CHECK(found[1].actor.text == "GM");
    CHECK(found[1].actor.name == "General Motors");
    CHECK(found[1].actor.country == "USA");
    CHECK(found[2].actor.text == "It");
    CHECK(found[2].actor.name == "General Motors");
    CHECK(found[2].pronoun);
    CHECK(found[4].actor.text == "Continental");
    CHECK(found[4].actor.name == "Continental Airlines");
    // An unknown acronym that speaks is an organisation; one that does not is nobody.
    auto unknown = english_actors("The NUT said teachers would strike.");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(english_actors("The NUT is on strike.").empty());
}

TEST_CASE("the home country reaches unlisted companies, never a listed international body") {
    const auto found = english_actors("Israeli troops entered the town, the Israeli military said. "
                                      "Acme Industries said its plant was hit. The UN said it was worried.");
    const auto company = with_text(found, "Acme Industries");
    CHECK(!company.empty());
    for (const eventex::Mention& mention : company) CHECK(mention.actor.country == "ISR");
    const auto united_nations = with_text(found, "UN");
    CHECK(!united_nations.empty());
    for (const eventex::Mention& mention : united_nations) CHECK(mention.actor.country.empty());
}

TEST_CASE("\"he\" is the person of the latest sentence named first there: its subject, as a rule") {
    const auto found = english_actors("Tory leader Michael Howard attacked Prime Minister Tony Blair on Monday. He said taxes would rise.");
    REQUIRE(found.size() == 3);
    CHECK(found[2].actor.text == "He");
    CHECK(found[2].actor.name == "Michael Howard");
}

TEST_CASE("German compounds with an aid item as their head are aid items") {
    const eventex::lexicon::Gazetteer& gazetteer = recognizer().gazetteer();
    REQUIRE(gazetteer.compound_item("panzerabwehrwaffen") != nullptr);
    CHECK(gazetteer.compound_item("panzerabwehrwaffen")->canonical == "weapons");
    REQUIRE(gazetteer.compound_item("artilleriemunition") != nullptr);
    CHECK(gazetteer.compound_item("artilleriemunition")->canonical == "ammunition");
    CHECK(gazetteer.compound_item("nachbarschaftshilfe") == nullptr);  // "hilfe" is no compound head

    const eventex::Document document{"t", "Die Ukraine fordert Panzerabwehrwaffen.", eventex::Date{2016, 3, 1}, Language::german};
    const auto analyzed = recognizer().analyze(document, Language::german);
    REQUIRE(analyzed.sentences.size() == 1);
    bool item = false;
    for (const eventex::Mention& mention : analyzed.sentences[0].mentions)
        item = item || (mention.type == eventex::MentionType::item && mention.item == "weapons");
    CHECK(item);
}

namespace {
// The surface text of each aid item in `text`, with its category.
std::vector<std::pair<std::string, eventex::AidCategory>> items(std::string_view text, Language language) {
    const eventex::Document document{"test", text, eventex::Date{2016, 3, 1}, language};
    std::vector<std::pair<std::string, eventex::AidCategory>> found;
    for (const eventex::AnalyzedSentence& sentence : recognizer().analyze(document, language).sentences)
        for (const eventex::Mention& mention : sentence.mentions)
            if (mention.type == eventex::MentionType::item)
                found.emplace_back(std::string(mention.span.of(text)), mention.category);
    return found;
}
}  // namespace

TEST_CASE("a sum of money is a financial aid item; a bare number is not") {
    using eventex::AidCategory;
    const auto imf = items("The island state is asking for about $320m from the International Monetary Fund.", Language::english);
    REQUIRE(imf.size() == 1);
    CHECK(imf[0].first == "$320m");  // the "$" belongs to the sum, though it is no token of it
    CHECK(imf[0].second == AidCategory::financial);
    const auto bbc = items("Gordon Brown has called on rich nations to fund a \xC3\x82\xC2\xA3" "5.5bn plan.", Language::english);
    REQUIRE(bbc.size() == 1);
    CHECK(bbc[0].first == "\xC3\x82\xC2\xA3" "5.5bn");  // the BBC texts' "Â£"
    const auto un = items("The United Nations launched an appeal for 210 million dollars.", Language::english);
    REQUIRE(un.size() == 1);
    CHECK(un[0].first == "210 million dollars");
    const auto imf_de = items("Die Regierung hat einen Notkredit über 1,7 Milliarden Dollar beantragt.", Language::german);
    REQUIRE(imf_de.size() == 2);
    CHECK(imf_de[0].first == "Notkredit");
    CHECK(imf_de[1].first == "1,7 Milliarden Dollar");
    CHECK(items("Es waren 72 Mrd. Euro.", Language::german).at(0).first == "72 Mrd. Euro");
    CHECK(items("Die Kommission forderte 500 Millionen Euro.", Language::german).at(0).first == "500 Millionen Euro");
    // Numbers without a currency count people or things.
    CHECK(items("500 Millionen Menschen und 3 million voters.", Language::german).empty());
    CHECK(items("The 320m people of the region.", Language::english).empty());
}

TEST_CASE("a sentence that opens with \"Das Land\" or \"The island state\" speaks of the country named last") {
    const auto greece = actors("Griechenland ist pleite. Das Land hat ein neues Hilfsprogramm beantragt.");
    const auto land = with_text(greece, "Das Land");
    REQUIRE(land.size() == 1);
    CHECK(land[0].actor.name == "Griechenland");
    CHECK(land[0].actor.country == "GRC");
    CHECK(land[0].pronoun);
    const auto lanka = actors("Sri Lanka faces a bill. The island state is asking for money.", Language::english);
    REQUIRE(with_text(lanka, "The island state").size() == 1);
    CHECK(with_text(lanka, "The island state")[0].actor.country == "LKA");
    // Not mid-sentence, not without a country before, not more than three sentences on.
    CHECK(with_text(actors("Griechenland ist pleite. Er sagt, das Land hat Geld beantragt."), "das Land").empty());
    CHECK(with_text(actors("Das Land hat Geld beantragt."), "Das Land").empty());
    CHECK(with_text(actors("Griechenland ist pleite. Eins. Zwei. Drei. Vier. Das Land hat Geld beantragt."), "Das Land").empty());
}

TEST_CASE("after a known given name, a word of another class can be the surname") {
    const auto found = actors("Drohungen häufen sich, sagte Oskar Deutsch am Mittwoch.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Oskar Deutsch");
    CHECK(found[0].actor.kind == eventex::ActorKind::person);
}

TEST_CASE("German words that only look like names are not people") {
    // A capitalised adjective and its noun after a dash; an amount after a number.
    CHECK(actors("465 Fälle wurden gemeldet – Starke Zunahme von Drohungen.").empty());
    CHECK(actors("Der Bedarf wurde mit 15,5 Millionen Euro beziffert.").empty());
    // A surname that opens a sentence is its subject only when a verb follows.
    CHECK(actors("Kurz nach Mitternacht fiel der Strom aus.").empty());
    const auto merkel = actors("Merkel empfängt am Freitag den Gast.");
    REQUIRE(merkel.size() == 1);
    CHECK(merkel[0].actor.name == "Angela Merkel");
}

TEST_CASE("an apposition before a date is merged: the fused article of \"am Mittwoch\" opens none") {
    const std::string text = "Das sei klar, sagte Oskar Deutsch, Präsident der Kultusgemeinde, am Mittwoch.";
    const auto found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Oskar Deutsch");
    CHECK(found[0].actor.role == "Präsident der Kultusgemeinde");
}

TEST_CASE("named bodies: a medium's multi-word name, capitalised adjectives before a body's noun") {
    const std::string text = "Das meldete der Sender Radio Free Asia (RFA) am Samstag.";
    const auto radio = actors(text);
    REQUIRE(radio.size() == 1);
    CHECK(radio[0].actor.name == "Radio Free Asia");
    CHECK(radio[0].span.of(text) == "Sender Radio Free Asia (RFA)");

    const auto commission = actors("Der Papst hat die Unabhängige Opferschutzkommission empfangen.");
    REQUIRE(with_text(commission, "Unabhängige Opferschutzkommission").size() == 1);
    CHECK(with_text(commission, "Unabhängige Opferschutzkommission")[0].actor.kind == eventex::ActorKind::organisation);
    const auto bishops = with_text(actors("Die Österreichische Bischofskonferenz lud ein."), "Österreichische Bischofskonferenz");
    REQUIRE(bishops.size() == 1);
    CHECK(bishops[0].actor.country == "AUT");
    // At a sentence's start any adjective is capitalised: only a country's counts there (the
    // bare "Kommission" is a body noun of its own).
    CHECK(with_text(actors("Neue Kommission gegründet."), "Neue Kommission").empty());
}

TEST_CASE("an unknown noun that opens a clause before a verb of statements is its subject") {
    const auto found = actors("Die Untersuchungsbehörde spricht von starken Indizien.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "Untersuchungsbehörde");
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    const auto accused = actors("Die Beschuldigten weisen die Vorwürfe zurück.");
    REQUIRE(accused.size() == 1);
    CHECK(accused[0].actor.kind == eventex::ActorKind::group);
    // Only a verb of statements vouches for it, and only at the clause's start.
    CHECK(actors("Die Untersuchungsbehörden durchsuchten das Haus.").empty());
    CHECK(actors("Am Montag wurde geprüft, ob die Beschuldigten warnten.").empty());
}

TEST_CASE("country adjectives outside mentions vote for the home country; a wire agency's dateline does not") {
    const std::string text =
        "Reuters - German unemployment rose again. The German economy is weak, the Bundesbank said. "
        "The rise was due to winter, labour office chief Frank Weise said.";
    const auto weise = with_text(actors(text, Language::english), "chief Frank Weise");
    REQUIRE(weise.size() == 1);
    CHECK(weise[0].actor.country == "DEU");
    // The dateline's Reuters (GBR) does not count: the Bundesbank alone gives the country.
    const auto tie = with_text(actors("Reuters - Unemployment rose, the Bundesbank said. Frank Weise said so.", Language::english),
                               "Frank Weise");
    REQUIRE(tie.size() == 1);
    CHECK(tie[0].actor.country == "DEU");
}

TEST_CASE("an English headline in Title Case gives no names from two capitalised words") {
    CHECK(actors("Watchdog Raps TV Game Operators Over Bills", Language::english).empty());
    const auto known = actors("Tony Blair Meets Party Leaders In London", Language::english);
    REQUIRE(with_text(known, "Tony Blair").size() == 1);
}

TEST_CASE("English owners and qualifiers before a title: \"Finland's consumer watchdog\"") {
    const auto found = actors("Finland's consumer watchdog said on Monday it had reprimanded broadcasters.", Language::english);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "FIN");
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    const auto ministry = actors("Russia's defence ministry said.", Language::english);
    REQUIRE(ministry.size() == 1);
    CHECK(ministry[0].actor.name == "defence ministry");
}

TEST_CASE("a surname known in the document is the person even where it is also a word") {
    const auto found = actors("Das sagte Oskar Deutsch am Mittwoch. Deutsch betonte, dass es ernst sei.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.text == "Deutsch");
    CHECK(found[1].actor.name == "Oskar Deutsch");
    // The possessive is no part of the name, which is then looked up like "Mr Brown" is.
    const auto brown = actors("Mr Brown's message was clear.", Language::english);
    REQUIRE(brown.size() == 1);
    CHECK(brown[0].actor.name == "Gordon Brown");
    CHECK(brown[0].actor.country == "GBR");
}

TEST_CASE("the pronoun of a closing report is not the person named in the quote before it") {
    const auto found = actors("Alan Milburn spoke to reporters. Tony Blair will lead the campaign, he said.", Language::english);
    REQUIRE(found.size() == 3);
    CHECK(found[2].actor.text == "he");
    CHECK(found[2].actor.name == "Alan Milburn");
    // Before a colon the sentence's own subject speaks: "X verspricht: ..., betonte er".
    const auto german = actors("Hans Meier kam. Jimmy Morales verspricht nichts: Das wird schwer, betonte er.");
    REQUIRE(german.size() == 3);
    CHECK(german[2].actor.name == "Jimmy Morales");
}

TEST_CASE("the home country: a plurality of two fifths, the dateline weighs two, ties go to the country named first") {
    // Wien (dateline, 2) against Burundi (1) and Kenia (1): Austria. Without its weight no
    // country would have two mentions.
    const auto kueberl = with_text(actors("Wien – In Burundi und Kenia hungern Menschen, sagte Franz Küberl."),
                                   "Franz Küberl");
    REQUIRE(kueberl.size() == 1);
    CHECK(kueberl[0].actor.country == "AUT");
    // Two countries with two mentions each: the one named first.
    const auto tie = with_text(actors("Russland und die USA streiten. Russland und die USA verhandeln, sagte Hans Meier."),
                               "Hans Meier");
    REQUIRE(tie.size() == 1);
    CHECK(tie[0].actor.country == "RUS");
    // Three countries of one mention each: none has two fifths, no home country.
    const auto none = with_text(actors("Russland, China und Indien streiten, sagte Hans Meier."), "Hans Meier");
    REQUIRE(none.size() == 1);
    CHECK(none[0].actor.country.empty());
}

TEST_CASE("a bare title declined like an adjective is one woman after \"die\", and points to the one person in view of that gender") {
    // Two people in view, one of each gender: "die Angeklagte" is the woman, "der Angeklagte" the man.
    const auto her = with_text(actors("Beate Zschäpe und Uwe Böhnhardt stritten. Er sei dagegen gewesen, sagte die Angeklagte."),
                               "Angeklagte");
    REQUIRE(her.size() == 1);
    CHECK(her[0].feminine);
    CHECK(her[0].actor.name == "Beate Zschäpe");
    const auto him = with_text(actors("Beate Zschäpe und Uwe Böhnhardt stritten. Sie sei dagegen gewesen, sagte der Angeklagte."),
                               "Angeklagte");
    REQUIRE(him.size() == 1);
    CHECK_FALSE(him[0].feminine);
    CHECK(him[0].actor.name == "Uwe Böhnhardt");
    // The plural "die Angeklagten" is both of them, no one person.
    const auto both = with_text(actors("Beate Zschäpe und Uwe Böhnhardt stritten. Das sei falsch, sagten die Angeklagten."),
                                "Angeklagten");
    REQUIRE(both.size() == 1);
    CHECK_FALSE(both[0].feminine);
    CHECK(both[0].actor.name.empty());
    // A title not declined like an adjective is a plural after "die": "die Minister" are no woman.
    const auto minister = actors("Hans Meier kam. Das sei falsch, sagten die Minister.");
    REQUIRE(with_text(minister, "Minister").size() == 1);
    CHECK_FALSE(with_text(minister, "Minister")[0].feminine);
}

TEST_CASE("German: a definite former office holder is the person named just before without a title") {
    const auto griss = with_text(actors("Irmgard Griss kandidiert. Die ehemalige Präsidentin des Obersten Gerichtshofs fordert eine Grenze."),
                                 "ehemalige Präsidentin");
    REQUIRE(griss.size() == 1);
    CHECK(griss[0].actor.name == "Irmgard Griss");
    CHECK(griss[0].pronoun);
    const auto meier = with_text(actors("Hans Meier kandidiert. Der frühere Bürgermeister fordert eine Grenze."),
                                 "frühere Bürgermeister");
    REQUIRE(meier.size() == 1);
    CHECK(meier[0].actor.name == "Hans Meier");
    // "die neue Präsidentin" is someone else: the office's next holder.
    const auto other = with_text(actors("Irmgard Griss kandidiert. Die neue Präsidentin des Obersten Gerichtshofs fordert eine Grenze."),
                                 "neue Präsidentin");
    REQUIRE(other.size() == 1);
    CHECK(other[0].actor.name.empty());
}

TEST_CASE("a capital's adjective before a title gives the country") {
    const auto found = actors("Das sei klar, sagte der Kiewer Politologe Alexander Kawa.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "UKR");
    CHECK(found[0].actor.role == "Kiewer Politologe");
}

TEST_CASE("a town's adjective before a title gives the town's country, capital or not") {
    const auto strasbourg = actors("Das sagte der Straßburger Bürgermeister Roland Ries.");
    REQUIRE(strasbourg.size() == 1);
    CHECK(strasbourg[0].actor.name == "Roland Ries");
    CHECK(strasbourg[0].actor.country == "FRA");
    // Towns in -en drop it before the adjective's -er: "Münchner" is München's.
    const auto munich = actors("Das sagte der Münchner Polizeisprecher Peter Reichl.");
    REQUIRE(munich.size() == 1);
    CHECK(munich[0].actor.country == "DEU");
    // No town: no country from the word, whatever it ends with.
    const auto other = actors("Das sagte der frühere Bürgermeister Peter Reichl.");
    REQUIRE(other.size() == 1);
    CHECK(other[0].actor.country.empty());
}

TEST_CASE("a compound with Chef is a title, however short the head") {
    const auto found = actors("Das sagte Touristikchef Jean-Jacques Gsell am Montag.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Jean-Jacques Gsell");
    CHECK(found[0].actor.role == "Touristikchef");
    const auto genitive = actors("Laut Angaben des Kommunikationschefs Peter Reichl kamen viele.");
    REQUIRE(genitive.size() == 1);
    CHECK(genitive[0].actor.name == "Peter Reichl");
}

TEST_CASE("the end of the sentence closes an apposition after a title") {
    const auto found = actors("Das sei produktiv gewesen, sagte der Chefunterhändler der Regierung, Humberto de la Calle.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Humberto de la Calle");
    CHECK(found[0].actor.role == "Chefunterhändler der Regierung");
    // A verb between the comma and the name: the title was said, the name says it.
    const auto verb = actors("René Wagner ist ab heute unser Cheftrainer, sagte Gruber.");
    REQUIRE_FALSE(verb.empty());
    CHECK(with_text(verb, "Gruber").size() == 1);
}

TEST_CASE("an unlisted institution between a German title and the name belongs to the title") {
    const auto found = actors("Das sagte der Sprecher des Innenministeriums Karl-Heinz Grundböck am Montag.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Karl-Heinz Grundböck");
    CHECK(found[0].actor.role == "Sprecher");
    // Not any noun: in "der Chef der Woche Peter Reichl" the week is no institution.
    const auto week = actors("Das sagte der Chef der Woche Peter Reichl.");
    CHECK(with_text(week, "Peter Reichl").size() == 1);
}

TEST_CASE("a title before its name in apposition points back to nobody") {
    // "The director" alone would be the person named before; with the name after it, it is
    // that name's, and a later pronoun means the director by name.
    const auto found = actors("Mary Smith opened the school. The director, David Caldwell, said it was late. "
                              "He told reporters more.",
                              Language::english);
    const auto he = with_text(found, "He");
    REQUIRE(he.size() == 1);
    CHECK(he[0].actor.name == "David Caldwell");
}

TEST_CASE("an English country adjective of several words gives the title its country") {
    const auto found = actors("A North Korean Foreign Ministry spokesman said the talks were over.", Language::english);
    REQUIRE_FALSE(found.empty());
    CHECK(found.back().actor.text == "North Korean Foreign Ministry spokesman");
    CHECK(found.back().actor.country == "PRK");
    const auto sri_lanka = actors("A Sri Lankan official said the talks were over.", Language::english);
    REQUIRE(sri_lanka.size() == 1);
    CHECK(sri_lanka[0].actor.country == "LKA");
}

TEST_CASE("an organisation named again in full is one mention, and a named firm keeps its name") {
    const auto found = actors("A report from investment firm Grant Samuel values the shares higher. "
                              "Grant Samuel said its valuation was cautious.",
                              Language::english);
    const auto again = with_text(found, "Grant Samuel");
    REQUIRE(again.size() == 1);
    CHECK(again[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(again[0].actor.name == "Grant Samuel");
    // "firm Sophos" after "Finnish firm F-Secure" is Sophos, not the firm named before.
    const auto firms = actors("Finnish firm F-Secure said the virus spread. But firm Sophos said it was rare.",
                              Language::english);
    const auto sophos = with_text(firms, "firm Sophos");
    REQUIRE(sophos.size() == 1);
    CHECK(sophos[0].actor.name == "Sophos");
}

TEST_CASE("the US federal departments are American bodies, in a British report too") {
    const auto found = actors("Mr Blair spoke in London. The Labor Department said payrolls rose.", Language::english);
    const auto labor = with_text(found, "Labor Department");
    REQUIRE(labor.size() == 1);
    CHECK(labor[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(labor[0].actor.name == "US Department of Labor");
    CHECK(labor[0].actor.country == "USA");
}

TEST_CASE("a bare institution in a title's genitive is the one named before with its country") {
    const auto found = actors("John Kerry traf die Unterhändler der kolumbianischen Regierung. Das sei produktiv gewesen, "
                              "sagte der Chefunterhändler der Regierung, Humberto de la Calle.");
    const auto calle = with_text(found, "Chefunterhändler der Regierung, Humberto de la Calle");
    REQUIRE(calle.size() == 1);
    CHECK(calle[0].actor.country == "COL");
    // Without an earlier mention with a country, the genitive gives none.
    const auto alone = actors("Das sei produktiv gewesen, sagte der Chefunterhändler der Regierung, Humberto de la Calle.");
    REQUIRE(alone.size() == 1);
    CHECK(alone[0].actor.country.empty());
}

TEST_CASE("a title with a long complement and the name after it make one actor, whatever follows") {
    const auto found = actors("Das sagte der Sprecher der oppositionellen Kommission für Menschenrechte und Nationale "
                              "Versöhnung (CCDHRN), Elizardo Sanchez, der Nachrichtenagentur dpa.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].actor.name == "Elizardo Sanchez");
    CHECK(found[0].actor.role == "Sprecher der oppositionellen Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)");
}

TEST_CASE("a bare title that names another holder does not point back") {
    const auto found = actors("Präsident Recep Tayyip Erdoğan sprach. Der künftige Präsident wird gewählt.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.name.empty());
    const auto same = actors("Präsident Recep Tayyip Erdoğan sprach. Der Präsident reiste ab.");
    REQUIRE(same.size() == 2);
    CHECK(same[1].actor.name == "Recep Tayyip Erdoğan");
}

TEST_CASE("English: 'the' and unknown words right before a verb of saying are its subject") {
    const auto committee = actors("But the programme makers suggest otherwise.", Language::english);
    REQUIRE(committee.size() == 1);
    CHECK(committee[0].actor.text == "programme makers");
    CHECK(committee[0].actor.kind == eventex::ActorKind::group);
    const auto office = actors("The increase was due to winter, the labour office said.", Language::english);
    REQUIRE(office.size() == 1);
    CHECK(office[0].actor.text == "labour office");
    // Auxiliaries are not part of the subject, a passive has none, and gazetteer names stay themselves.
    const auto aged = actors("The 64-year-old has denied the claims.", Language::english);
    REQUIRE(aged.size() == 1);
    CHECK(aged[0].actor.text == "64-year-old");
    CHECK(actors("The winners will be announced today.", Language::english).empty());
    const auto union_ = actors("The European Union has said no.", Language::english);
    REQUIRE(union_.size() == 1);
    CHECK(union_[0].actor.name == "European Union");
}

TEST_CASE("a title given in an apposition is remembered for bare titles later") {
    const auto found = actors("Oskar Deutsch, Präsident der Israelitischen Kultusgemeinde, sagte, es gebe mehr Vorfälle. "
                              "Das sei neu, meinte der IKG-Präsident.");
    const auto bare = with_text(found, "IKG-Präsident");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].actor.name == "Oskar Deutsch");
    CHECK(bare[0].pronoun);
}

TEST_CASE("a bare title nobody bore points to the one person just named, if gender and title allow") {
    SUBCASE("the only person in view, untitled") {
        const auto found = actors("So kann man James Butterfill verstehen: Die Lage ist gut, sagt der Ökonom.");
        const auto bare = with_text(found, "Ökonom");
        REQUIRE(bare.size() == 1);
        CHECK(bare[0].actor.name == "James Butterfill");
    }
    SUBCASE("an epithet after a person with another title") {
        const auto found = actors("Außenminister Lubomír Zaorálek reiste ab. Das sei falsch, sagte der Sozialdemokrat.");
        const auto bare = with_text(found, "Sozialdemokrat");
        REQUIRE(bare.size() == 1);
        CHECK(bare[0].actor.name == "Lubomír Zaorálek");
    }
    SUBCASE("not another office: a chancellor after a foreign minister is someone else") {
        const auto found = actors("Außenminister Sebastian Kurz reiste ab. Das sei falsch, sagte der Bundeskanzler.");
        const auto bare = with_text(found, "Bundeskanzler");
        REQUIRE(bare.size() == 1);
        CHECK(bare[0].actor.name.empty());
    }
    SUBCASE("not across genders, not with two people in view") {
        const auto woman = actors("Angela Merkel reiste ab. Das sei falsch, sagte der Ökonom.");
        REQUIRE(with_text(woman, "Ökonom").size() == 1);
        CHECK(with_text(woman, "Ökonom")[0].actor.name.empty());
        const auto two = actors("Hans Müller traf Peter Schmid. Das sei falsch, sagte der Ökonom.");
        REQUIRE(with_text(two, "Ökonom").size() == 1);
        CHECK(with_text(two, "Ökonom")[0].actor.name.empty());
    }
    SUBCASE("not when the person was named long before") {
        const auto found = actors("Hans Müller reiste ab. Es regnete. Es schneite. Es hagelte. Das sei falsch, sagte der Ökonom.");
        REQUIRE(with_text(found, "Ökonom").size() == 1);
        CHECK(with_text(found, "Ökonom")[0].actor.name.empty());
    }
    SUBCASE("with two in view, the person the report is about: named three times, twice as often") {
        const auto found = actors("James Butterfill ist optimistisch. Die Lage sei gut, sagt Butterfill. "
                                  "Die Preise steigen, sagt Butterfill. Peter Schmid widerspricht. Das sei falsch, sagt der Ökonom.");
        REQUIRE(with_text(found, "Ökonom").size() == 1);
        CHECK(with_text(found, "Ökonom")[0].actor.name == "James Butterfill");
        const auto even = actors("James Butterfill traf Peter Schmid. Butterfill und Schmid reisten ab. "
                                 "Das sei falsch, sagt der Ökonom.");
        REQUIRE(with_text(even, "Ökonom").size() == 1);
        CHECK(with_text(even, "Ökonom")[0].actor.name.empty());
    }
    SUBCASE("not a person of another country") {
        const auto found = actors("Präsident Petro Poroschenko reiste ab. Das sei falsch, sagte der norwegische Sozialdemokrat.");
        REQUIRE(with_text(found, "norwegische Sozialdemokrat").size() == 1);
        CHECK(with_text(found, "norwegische Sozialdemokrat")[0].actor.name.empty());
    }
}

TEST_CASE("a definite noun of no lexicon after a verb of saying points to the person in view") {
    SUBCASE("a person's noun: inhabitant, profession, 'Mann'") {
        for (const std::string noun : {"Segler", "Wiener", "Biologe", "Drehbuchautor", "Mann"}) {
            CAPTURE(noun);
            const auto found = actors("Andreas Hanakamp kennt das Meer. Wasser ist Wasser, sagt der " + noun + ".");
            const auto bare = with_text(found, noun);
            REQUIRE(bare.size() == 1);
            CHECK(bare[0].actor.name == "Andreas Hanakamp");
            CHECK(bare[0].pronoun);
        }
        const auto woman = actors("Sonja Hammerschmid eröffnete das Jahr. Es werde spannend, sagt die Rektorin.");
        REQUIRE(with_text(woman, "Rektorin").size() == 1);
        CHECK(with_text(woman, "Rektorin")[0].actor.name == "Sonja Hammerschmid");
    }
    SUBCASE("not a firm's, a body's or a text's noun, and no plural") {
        for (const std::string noun : {"Hersteller", "Autohersteller", "Naturschutzbund", "Spiegel", "Vorwurf", "Palast", "ÖNB"}) {
            CAPTURE(noun);
            const auto found = actors("Andreas Hanakamp kennt das Meer. Wasser ist Wasser, sagt der " + noun + ".");
            for (const eventex::Mention& m : with_text(found, noun)) CHECK(m.actor.name != "Andreas Hanakamp");
        }
        const auto plural = actors("Sonja Hammerschmid eröffnete das Jahr. Es werde spannend, sagten die Anwohnerinnen.");
        for (const eventex::Mention& m : with_text(plural, "Anwohnerinnen")) CHECK(m.actor.name.empty());
    }
}

TEST_CASE("a title after an indefinite article introduces someone new") {
    const auto found = actors("Das sagte der Sprecher der Polizeidirektion München, Rainer Kerstiens, am Donnerstag. "
                              "Es sei ruhig, sagte auch ein Sprecher der Polizeidirektion Tirol.");
    const auto bare = with_text(found, "Sprecher");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].actor.name.empty());
    CHECK_FALSE(bare[0].pronoun);
}

TEST_CASE("a middle initial belongs to the name; a lower-case English title may open a sentence") {
    const auto bush = actors("President George W. Bush met Prime Minister Tony Blair.", Language::english);
    REQUIRE(bush.size() == 2);
    CHECK(bush[0].actor.text == "President George W. Bush");
    CHECK(bush[0].actor.name == "George W. Bush");
    CHECK(bush[0].actor.role == "President");
    const auto kennedy = actors("John F. Kennedy was shot in Dallas.", Language::english);
    REQUIRE_FALSE(kennedy.empty());
    CHECK(kennedy[0].actor.name == "John F. Kennedy");
    const auto ministers = actors("Foreign ministers of the EU met in Luxembourg.", Language::english);
    REQUIRE_FALSE(ministers.empty());
    CHECK(ministers[0].actor.role == "Foreign ministers");
}

TEST_CASE("whom a spokesperson speaks for belongs to the title; an owner after the comma is no name") {
    const auto found = actors("A spokesman for Unison, Britain's biggest union, said the talks went well.", Language::english);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].actor.text == "spokesman for Unison");
    CHECK(found[0].actor.name.empty());
    const auto office = actors("A spokeswoman for the Foreign Office said it was untrue.", Language::english);
    REQUIRE_FALSE(office.empty());
    CHECK(office[0].actor.text == "spokeswoman for the Foreign Office");
}

TEST_CASE("a word with digits is no name, even in a mis-decoded amount") {
    const auto found = actors("Britain's \xC3\x82\xC2\xA3" "3bn rebate is not for renegotiation, Jack Straw said.", Language::english);
    for (const auto& mention : found) CHECK(mention.actor.text.find("3bn") == std::string::npos);
    CHECK(with_text(found, "Jack Straw").size() == 1);
}

TEST_CASE("a verb of statements before a title is no adjective of it, even after \"Das\"") {
    const auto found = actors("Das sagte Vizeparteichef Hans Müller am Montag.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.role == "Vizeparteichef");
    CHECK(found[0].actor.name == "Hans Müller");
    const auto union_leader = actors("Das sagte Gewerkschaftsschef Wolfgang Katzian.");
    REQUIRE(union_leader.size() == 1);
    CHECK(union_leader[0].actor.name == "Wolfgang Katzian");
}

TEST_CASE("a dateline in capitals is a place and names the report's home; the agency after it does not") {
    const eventex::Document document{"t", "SEOUL (Reuters) - The foreign minister said on Monday that talks would resume.",
                                     eventex::Date{2004, 9, 1}, Language::english};
    const auto analyzed = recognizer().analyze(document, Language::english);
    REQUIRE(analyzed.sentences.size() == 1);
    bool place = false;
    for (const auto& mention : analyzed.sentences[0].mentions) {
        if (mention.type == eventex::MentionType::place && mention.actor.text == "SEOUL") {
            place = true;
            CHECK(mention.dateline);
            CHECK(mention.actor.country == "KOR");
        }
        if (mention.actor.text == "Reuters") CHECK(mention.dateline);
    }
    CHECK(place);
    const auto minister = with_text(actors(document.text, Language::english), "foreign minister");
    REQUIRE(minister.size() == 1);
    CHECK(minister[0].actor.country == "KOR");
}

TEST_CASE("English \"chief\" is a title before a name and a modifier before a title") {
    const auto annan = actors("UN chief Kofi Annan said the talks would resume.", Language::english);
    REQUIRE(annan.size() == 1);
    CHECK(annan[0].actor.name == "Kofi Annan");
    CHECK(annan[0].actor.role == "UN chief");
    const auto executive = actors("The chief executive said so.", Language::english);
    REQUIRE(executive.size() == 1);
    CHECK(executive[0].actor.role == "chief executive");
}

TEST_CASE("a known surname after another known given name is someone else, and a lower-case legal title is a title") {
    const auto turnbull = actors("Matthew Turnbull said the figures were good.", Language::english);
    REQUIRE(turnbull.size() == 1);
    CHECK(turnbull[0].actor.name == "Matthew Turnbull");
    const auto blair = actors("Tony Blair said the figures were good.", Language::english);
    REQUIRE(blair.size() == 1);
    CHECK(blair[0].actor.name == "Tony Blair");
    const auto judge = actors("Judge Ralph Brown said the case was closed.", Language::english);
    REQUIRE(judge.size() == 1);
    CHECK(judge[0].actor.name == "Ralph Brown");
    CHECK(judge[0].actor.role == "Judge");
    const auto lawyer = actors("Saddam Hussein met with a defense lawyer on Thursday.", Language::english);
    CHECK(with_text(lawyer, "defense lawyer").size() == 1);
}

namespace {
// Every mention of `text`, read as English.
std::vector<eventex::Mention> english_mentions(std::string_view text) {
    const eventex::Document document{"test", text, eventex::Date{2004, 10, 1}, Language::english};
    std::vector<eventex::Mention> found;
    for (const eventex::AnalyzedSentence& sentence : recognizer().analyze(document, Language::english).sentences)
        for (const eventex::Mention& mention : sentence.mentions) found.push_back(mention);
    return found;
}
}  // namespace

TEST_CASE("English wire datelines in capitals are where the report was filed") {
    // A capital: a place, the dateline, and the home country of the spokesman.
    const auto islamabad = english_mentions("ISLAMABAD - Tribal elders met the kidnappers of two Chinese engineers, "
                                            "a government spokesman said.");
    REQUIRE(islamabad.size() >= 2);
    CHECK(islamabad[0].type == eventex::MentionType::place);
    CHECK(islamabad[0].actor.text == "ISLAMABAD");
    CHECK(islamabad[0].actor.country == "PAK");
    CHECK(islamabad[0].dateline);
    const auto spokesman = with_text(islamabad, "spokesman");
    REQUIRE(spokesman.size() == 1);
    CHECK(spokesman[0].actor.country == "PAK");
    // A town the gazetteer does not know, and its country; the agency in brackets is a credit.
    const auto grozny = english_mentions("GROZNY, Russia (Reuters) - Chechnya's new leader vowed to rebuild the region, "
                                         "after an election Washington called flawed.");
    REQUIRE(grozny.size() >= 3);
    CHECK(grozny[0].actor.text == "Russia");
    CHECK(grozny[0].type == eventex::MentionType::place);
    CHECK(grozny[0].dateline);
    CHECK(grozny[1].actor.name == "Reuters");
    CHECK(grozny[1].dateline);
    const auto leader = with_text(grozny, "new leader");
    REQUIRE(leader.size() == 1);
    CHECK(leader[0].actor.country == "RUS");
    // Capitals that open an ordinary sentence are no dateline.
    const auto plain = english_mentions("NATO troops arrived on Monday.");
    CHECK((plain.empty() || !plain[0].dateline));
}

TEST_CASE("English: an agency credited in brackets does not vote for the home country") {
    // "(AP)" after the headline and "AP -" before the summary: Iraq is the only country left.
    const auto found = english_mentions("Car Bomb Kills Three in Mosul (AP)\n\nAP - A car bomb exploded in the northern "
                                        "Iraq city of Mosul on Monday, killing three people, hospital police said.");
    const auto police = with_text(found, "police");
    REQUIRE(police.size() == 1);
    CHECK(police[0].actor.country == "IRQ");
    const auto credit = with_text(found, "AP");
    REQUIRE(credit.size() == 2);
    CHECK(credit[0].dateline);
}

TEST_CASE("English: a company named after a country is the company, not the country") {
    const auto found = english_mentions("A Singapore Airlines jet from Frankfurt was diverted to the UK after a threat "
                                        "that police said may have been a hoax.");
    const auto airline = with_text(found, "Singapore Airlines");
    REQUIRE(airline.size() == 1);
    CHECK(airline[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(airline[0].actor.name == "Singapore Airlines");
    CHECK(airline[0].actor.country.empty());
    // The UK is then the only country named: the police are British.
    const auto police = with_text(found, "police");
    REQUIRE(police.size() == 1);
    CHECK(police[0].actor.country == "GBR");
}

TEST_CASE("English: a title after a possessive owner serves the owner's country") {
    const auto found = english_mentions("The blast was confirmed by the Palestinian militant group #39;s leaders, who "
                                        "accused Israel.");
    const auto leaders = with_text(found, "leaders");
    REQUIRE(leaders.size() == 1);
    CHECK(leaders[0].actor.country == "PSE");
}

TEST_CASE("English: a definite bare title that no earlier holder explains is the person named before it") {
    // Named without the title, then the title: the same person, who keeps it.
    const auto found = actors("Michael Howard is to make a pitch for the ethnic vote. He will say his party shares its "
                              "values. But the Tory leader will argue against quotas. The Tory leader will also call "
                              "for tolerance.",
                              Language::english);
    const auto leader = with_text(found, "Tory leader");
    REQUIRE(leader.size() == 2);
    CHECK(leader[0].actor.name == "Michael Howard");
    CHECK(leader[0].actor.country == "GBR");
    CHECK(leader[0].pronoun);
    CHECK(leader[1].actor.name == "Michael Howard");
    // Not a person named in the same sentence (there the title is someone else), nor one who
    // holds another title.
    const auto same_sentence = with_text(actors("Jim Smith said the prime minister was wrong.", Language::english),
                                         "prime minister");
    REQUIRE(same_sentence.size() == 1);
    CHECK(same_sentence[0].actor.name.empty());
    const auto titled = with_text(actors("Foreign Secretary Jack Straw flew home. The prime minister was away.",
                                         Language::english),
                                  "prime minister");
    REQUIRE(titled.size() == 1);
    CHECK(titled[0].actor.name.empty());
}

TEST_CASE("English: a closing 'he said' after reported speech naming others is the speaker seen last") {
    // Milburn speaks; the sentences after him name Howard and Blair inside what he said.
    const auto found = actors("Mr Milburn explained the slogan. \"Not many people miss those days,\" he declared. "
                              "Nobody, he claimed, could picture Charles Kennedy in Downing Street. They could picture "
                              "Michael Howard or Tony Blair doing it. So the campaign was right. And Tony Blair would "
                              "lead it, he said. \"He will travel the country,\" he promised.",
                              Language::english);
    std::vector<std::string> pronouns;
    for (const eventex::Mention& mention : found)
        if (mention.actor.text == "he") pronouns.push_back(mention.actor.name);
    REQUIRE(pronouns.size() == 4);
    CHECK(pronouns[0] == "Milburn");
    CHECK(pronouns[1] == "Milburn");
    CHECK(pronouns[2] == "Milburn");
    CHECK(pronouns[3] == "Milburn");
    // A person introduced in the sentence right before, after the last speaker, is the one quoted.
    const auto willetts = actors("Age Concern says pensions matter. The report was welcomed by shadow pensions secretary "
                                 "David Willetts. \"The pensioners' voice must be heard,\" he said.",
                                 Language::english);
    const auto he = with_text(willetts, "he");
    REQUIRE(he.size() == 1);
    CHECK(he[0].actor.name == "David Willetts");
}

TEST_CASE("an English body no lexicon knows is named by its head noun, with its country") {
    const auto medical = actors("The British Medical Association warned on Monday that waiting lists would grow.", Language::english);
    REQUIRE(medical.size() == 1);
    CHECK(medical[0].actor.name == "British Medical Association");
    CHECK(medical[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(medical[0].actor.country == "GBR");
    // The "of" phrase after the head belongs to the name, and a country there gives the country.
    const auto muslim = actors("The Muslim Council of Britain said it was shocked.", Language::english);
    REQUIRE(muslim.size() == 1);
    CHECK(muslim[0].actor.name == "Muslim Council of Britain");
    CHECK(muslim[0].actor.country == "GBR");
    // An owner's country: "Iraq's Islamic Party"; "according to" makes no place of the owner.
    const auto party = actors("Civilians need aid, according to Iraq's Islamic Party.", Language::english);
    REQUIRE(party.size() == 1);
    CHECK(party[0].actor.text == "Islamic Party");
    CHECK(party[0].actor.country == "IRQ");
    // AG News writes the apostrophe as "#39;": then the owner is a mention of its own.
    const auto escaped = actors("Civilians need aid, according to Iraq #39;s Islamic Party.", Language::english);
    REQUIRE(escaped.size() == 2);
    CHECK(escaped[0].actor.name == "Iraq");
    CHECK(escaped[1].actor.name == "Islamic Party");
    CHECK(escaped[1].actor.country == "IRQ");
    // What a spokesperson speaks for.
    const auto spokesman = actors("A spokesman for the Muslim Council of Britain said it was shocked.", Language::english);
    REQUIRE_FALSE(spokesman.empty());
    CHECK(spokesman[0].actor.text == "spokesman for the Muslim Council of Britain");
    CHECK(spokesman[0].actor.country == "GBR");
}

TEST_CASE("a head noun alone, a title inside, or a headline in Title Case names no body") {
    CHECK(with_text(actors("Council members said so.", Language::english), "Council").empty());
    const auto office = actors("The Foreign Office said nothing.", Language::english);
    REQUIRE(office.size() == 1);
    CHECK(office[0].actor.name == "Foreign Office");  // the lexicon's, with its country
    CHECK(office[0].actor.country == "GBR");
    for (const auto& mention : actors("Rebels Storm Police Headquarters As Party Council Meets", Language::english))
        CHECK(mention.actor.text.find("Party Council") == std::string::npos);
    // The body's first word alone is no later mention of it: "Islamic" names other things too.
    const auto later = actors("The Islamic Party said it would boycott the vote. Islamic leaders disagreed.", Language::english);
    CHECK(with_text(later, "Islamic").empty());
}

TEST_CASE("a body's name may open with its head before an of phrase, and join words with 'and'") {
    const auto health = actors("The Department of Health said waiting times fell.", Language::english);
    REQUIRE(health.size() == 1);
    CHECK(health[0].actor.name == "Department of Health");
    const auto research = actors("The National Institute of Economic and Social Research said growth would slow.", Language::english);
    REQUIRE(research.size() == 1);
    CHECK(research[0].actor.name == "National Institute of Economic and Social Research");
    // A known body inside a longer name is another body; with only a country's adjective before
    // it, the known one.
    const auto social = actors("The Social Democratic Party said so.", Language::english);
    REQUIRE(social.size() == 1);
    CHECK(social[0].actor.name == "Social Democratic Party");
    // "and" after a person's name lists two actors.
    const auto listed = actors("Blair and Green Party activists said so.", Language::english);
    CHECK(with_text(listed, "Blair and Green Party").empty());
    // A listed body named after an aid item is the body, not the item.
    const auto fao = actors("The Food and Agriculture Organisation has warned of famine.", Language::english);
    REQUIRE(fao.size() == 1);
    CHECK(fao[0].actor.name == "Food and Agriculture Organization");
}

TEST_CASE("a country's name that runs past a title wins over the title: the West Bank") {
    const auto found = actors("Settlers in the West Bank said so.", Language::english);
    for (const auto& mention : found) CHECK(mention.actor.text != "the West");
}

TEST_CASE("an English adjective of scope before a title is part of the mention, never a title's own word") {
    const auto commission = actors("Iraq's electoral commission has said it will consider a request.", Language::english);
    REQUIRE_FALSE(commission.empty());
    CHECK(commission.back().actor.text == "Iraq's electoral commission");
    CHECK(commission.back().actor.country == "IRQ");
    CHECK(commission.back().actor.role == "commission");
    const auto officials = actors("Four people died, provincial officials said.", Language::english);
    REQUIRE(officials.size() == 1);
    CHECK(officials[0].actor.text == "provincial officials");
    // "central bank" is a title of its own: the adjective stays in the role.
    const auto bank = actors("The central bank said rates would stay.", Language::english);
    REQUIRE(bank.size() == 1);
    CHECK(bank[0].actor.role == "central bank");
}

TEST_CASE("English newspapers and bodies named with a country: the name, the country, the short form") {
    const auto post = actors("Two officials disappeared, the South China Morning Post reported.", Language::english);
    REQUIRE(post.size() == 2);
    CHECK(post[1].actor.name == "South China Morning Post");
    CHECK(post[1].actor.country == "CHN");
    // A country with a head alone is no name.
    CHECK(with_text(actors("The Iraq Council said so.", Language::english), "Iraq Council").empty());
    // A country's abbreviation before the name gives the country and stays out of the name,
    // so that the initials ("EPA") name the body later.
    const auto epa = actors("The US Environmental Protection Agency (EPA) said so. Later the EPA said no.", Language::english);
    REQUIRE(epa.size() == 2);
    CHECK(epa[0].actor.name == "Environmental Protection Agency");
    CHECK(epa[0].actor.country == "USA");
    CHECK(epa[1].actor.name == "Environmental Protection Agency");
}

TEST_CASE("a weekday after a title is the date, not the holder's name") {
    const auto found = actors("Saddam Hussein met with a defense lawyer Thursday for the first time.", Language::english);
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.text == "defense lawyer");
    CHECK(found[1].actor.name.empty());
    const auto german = actors("Das kündigte Vizekanzler Reinhold Mitterlehner Montag an.");
    REQUIRE(german.size() == 1);
    CHECK(german[0].actor.name == "Reinhold Mitterlehner");
}

TEST_CASE("German: after reported speech that names others, \"er\" is the speaker seen last") {
    // Faymann speaks; Putin is named only inside what he said (Konjunktiv I, no verb of saying).
    const auto found = actors("Kanzler Werner Faymann sprach in Wien. Man müsse handeln, sagte Faymann. "
                              "Präsident Wladimir Putin habe die Waffenruhe gebrochen. Das sei falsch, unterstrich er. "
                              "Präsident Putin habe gelogen. Er betonte, das sei schlimm.");
    std::vector<std::string> pronouns;
    for (const eventex::Mention& mention : found)
        if (mention.pronoun && (mention.actor.text == "er" || mention.actor.text == "Er")) pronouns.push_back(mention.actor.name);
    REQUIRE(pronouns.size() == 2);
    CHECK(pronouns[0] == "Werner Faymann");
    CHECK(pronouns[1] == "Werner Faymann");
    // A sentence with a verb of saying of its own names a new speaker: "er" is Putin there.
    const auto own = with_text(actors("Man müsse handeln, sagte Kanzler Werner Faymann. Präsident Wladimir Putin "
                                      "sagte, die Waffenruhe gelte. Er betonte, das sei wichtig."),
                               "Er");
    REQUIRE(own.size() == 1);
    CHECK(own[0].actor.name == "Vladimir Putin");
}

TEST_CASE("German: a pronoun inside indirect speech is its speaker, and so is the closing \"sagte er\"") {
    // "Er rechne ..." points back to Taranow; the closing "sagte er" is not someone else for it.
    const auto found = actors("Präsident Barack Obama zögert. Die USA seien bereit, versicherte am Freitag der Vizechef "
                              "der Präsidialverwaltung Andej Taranow. Er rechne mit Hilfe, sagte er.");
    std::vector<std::string> pronouns;
    for (const eventex::Mention& mention : found)
        if (mention.pronoun) pronouns.push_back(mention.actor.name);
    REQUIRE(pronouns.size() == 2);
    CHECK(pronouns[0] == "Andej Taranow");
    CHECK(pronouns[1] == "Andej Taranow");
}

TEST_CASE("German: speakers the gazetteer does not name, found by their place before or after a verb of saying") {
    // A group's word that is also singular, after "der" and a verb of saying, is one person.
    const auto scientist = with_text(actors("Das ist gut, sagt der Wissenschafter."), "Wissenschafter");
    REQUIRE(scientist.size() == 1);
    CHECK(scientist[0].actor.kind == eventex::ActorKind::person);
    CHECK(with_text(actors("Das ist gut, sagen die Wissenschafter."), "Wissenschafter").empty());
    // An indefinite article opens a speaker before a verb of statements.
    const auto official = with_text(actors("Ein Behördenvertreter sagte, die Hadsch finde statt."), "Behördenvertreter");
    REQUIRE(official.size() == 1);
    CHECK(official[0].actor.kind == eventex::ActorKind::person);
    // An acronym after an article, before a verb of statements, is an organisation.
    const auto front = with_text(actors("Die NF streitet jede Verzögerungstaktik ab."), "NF");
    REQUIRE(front.size() == 1);
    CHECK(front[0].actor.kind == eventex::ActorKind::organisation);
}

TEST_CASE("German: \"Dieser\" before a verb of statements and \"sein Büro\" point back to the person named before") {
    const auto found = actors("Präsident Pierre Nkurunziza ist isoliert. Dieser lehnt die Entsendung von Truppen ab.");
    const auto dieser = with_text(found, "Dieser");
    REQUIRE(dieser.size() == 1);
    CHECK(dieser[0].actor.name == "Pierre Nkurunziza");
    CHECK(with_text(actors("Präsident Pierre Nkurunziza ist isoliert. Dieser Vorschlag lehnt sich an Burundi an."), "Dieser").empty());
    const auto office = with_text(actors("Innenministerin Johanna Mikl-Leitner wechselt. Allerdings hieß es aus ihrem Büro, "
                                         "das sei falsch."),
                                  "Büro");
    REQUIRE(office.size() == 1);
    CHECK(office[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(office[0].actor.name == "Büro Johanna Mikl-Leitner");
}

TEST_CASE("English: a company named by its trade, and \"the firm\" is the one the report is about") {
    const auto found = english_actors(
        "Jet fuel supplier China Aviation Oil has offered to repay its creditors. The firm said it hoped to pay $100m "
        "now. Its chief was arrested when CAO announced its trading debacle. Its creditors include banks as well as "
        "South Korean firm SK Energy. Of the payment, the firm said it would pay $30m itself.");
    const auto company = with_text(found, "China Aviation Oil");
    REQUIRE(company.size() == 1);
    CHECK(company[0].actor.kind == eventex::ActorKind::organisation);
    CHECK(company[0].actor.country == "CHN");
    const auto firm = with_text(found, "firm");
    REQUIRE(firm.size() == 2);
    CHECK(firm[0].actor.name == "China Aviation Oil");
    // Named three times against SK Energy's once: still the firm the report is about.
    CHECK(firm[1].actor.name == "China Aviation Oil");
    const auto initials = with_text(found, "CAO");
    REQUIRE(initials.size() == 1);
    CHECK(initials[0].actor.name == "China Aviation Oil");
    // "China" alone stays the country, and a trade word opens no name of its own.
    const auto china = english_actors("China Aviation Oil cut jobs. China said it would help.");
    REQUIRE(china.size() == 2);
    CHECK(china[1].actor.name == "China");
    CHECK(china[1].actor.kind == eventex::ActorKind::country);
    const auto regulator = english_actors("The rules were set, said the Telecom Regulatory Authority of India.");
    REQUIRE(regulator.size() == 1);
    CHECK(regulator[0].actor.name == "Telecom Regulatory Authority of India");
}

TEST_CASE("English: sources and members are someone only with a country, a body or a trade") {
    CHECK(english_actors("The talks had failed, sources said.").empty());
    CHECK(english_actors("The talks had failed, members said.").empty());
    auto found = english_actors("Two people were killed, security sources said.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "security sources");
    CHECK(found[0].actor.kind == eventex::ActorKind::group);
    found = english_actors("The gunman was shot, a military source said.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "military source");
    found = english_actors("Palestinian sources said the talks had failed.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "PSE");
    found = english_actors("Opec members said output would not change.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "Opec members");
}

TEST_CASE("English: a vague group that opens a sentence is not read as a person's name") {
    CHECK(english_actors("Sources said the talks had failed.").empty());
    CHECK(english_actors("Analysts said the figures were disappointing.").empty());
    CHECK(english_actors("Witnesses said it was over within minutes.").empty());
    // Qualified, the group still speaks; a real name that opens a sentence still is one.
    auto found = english_actors("Iraqi doctors said ten people had died.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.country == "IRQ");
    CHECK(found[0].actor.kind == eventex::ActorKind::group);
    found = english_actors("Hiddink said the team was ready.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Hiddink");
}

TEST_CASE("a surname with a particle belongs to the name") {
    auto found = actors("Der Innenminister Thomas de Maizière sagte am Montag, die Lage sei ernst.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Thomas de Maizière");
    CHECK(found[0].actor.role == "Innenminister");
    found = actors("Das sei gut, sagte Anna van der Marel.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Anna van der Marel");
    found = english_actors("Mark van Gisbergen added that the team was ready.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Mark van Gisbergen");
    found = actors("Das sei ein Erfolg, sagt Werner von Moltke.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Werner von Moltke");
    found = english_actors("President Luiz Inacio Lula da Silva promised more aid.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.text == "President Luiz Inacio Lula da Silva");
    found = english_actors("\"We are ready,\" said Henri de Bodinat.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Henri de Bodinat");
    found = actors("Der Präsident Humberto de la Calle erklärte das.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Humberto de la Calle");
}

TEST_CASE("German \"von\" after a name names an employer, not a surname") {
    auto found = actors("Das sei neu, sagt Andreas Baur von der Steuerungsgruppe.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].actor.name == "Andreas Baur");
    found = actors("Das sei neu, sagt Gabor Wichmann von Birdlife.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].actor.name == "Gabor Wichmann");
    // A noun before "von" is no given name.
    for (const auto& mention : actors("Russland bestätigte den Einsatz von Senfgas."))
        CHECK(mention.actor.name != "Einsatz von Senfgas");
}

TEST_CASE("German: a fronted object before a verb with a person after it is not the speaker") {
    auto found = actors("Die Vorwürfe wies der Minister am Montag zurück.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.role == "Minister");
    found = actors("Die Pläne kritisierte Peter Pilz scharf.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Peter Pilz");
    // An unknown noun with the verb's object after it still speaks.
    found = actors("Die Untersuchungsbehörden sprechen von einem Unfall.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.role == "Untersuchungsbehörden");
}

TEST_CASE("an apposition whose title opens with a lower-case adjective still names the person") {
    const std::string text = "Nikolaus Scherak, stellvertretender Klubchef der Neos, sagte, das sei ein Skandal.";
    auto found = actors(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Nikolaus Scherak");
    CHECK(found[0].actor.role == "stellvertretender Klubchef der Neos");
    CHECK(found[0].actor.country == "AUT");
    found = english_actors("Andrew Bud, executive chairman of messaging firm Mblox, said the rules were clear.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "Andrew Bud");
    CHECK(found[0].actor.role == "executive chairman of messaging firm Mblox");
}

TEST_CASE("German: an unknown abbreviation after an article is a body") {
    auto found = actors("Der RH hatte die Kosten mit 20 Millionen Euro beziffert.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "RH");
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    found = actors("Das gab die PSDB am Dienstag bekannt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.name == "PSDB");
    // Without an article, with a digit, or opening a longer name it is none.
    CHECK(actors("Das CO2 steigt weiter.").empty());
    CHECK(actors("Er las den Bericht von RH gestern.").empty());
}

TEST_CASE("German: neuter titles and bodies (\"das Stadtoberhaupt\", \"das Ressort\")") {
    auto found = actors("Das Stadtoberhaupt sagte, die Stadt sei vorbereitet.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.role == "Stadtoberhaupt");
    CHECK(found[0].actor.kind == eventex::ActorKind::person);
    found = actors("Das Ressort teilte mit, die Zahlen seien gestiegen.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
    found = actors("Das heißt es im Finanzressort.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actor.kind == eventex::ActorKind::organisation);
}

// ---- English actors' countries and references (branch enprec) ---------------------------------

namespace {
// The one mention among `mentions` with surface text `text`; fails the test when there is not one.
eventex::Mention only(const std::vector<eventex::Mention>& mentions, std::string_view text) {
    const auto found = with_text(mentions, text);
    REQUIRE(found.size() == 1);
    return found.front();
}
// The country of the one English mention `mention` of `text`.
std::string country_of(std::string_view text, std::string_view mention) {
    return only(english_actors(text), mention).actor.country;
}
}  // namespace

TEST_CASE("a pronoun that points back to an unnamed speaker is named by that speaker's description") {
    auto found = english_actors("A spokeswoman for the Electoral Commission told BBC News Online that letters were sent. "
                                "She said the commission was satisfied.");
    auto she = only(found, "She");
    CHECK(she.pronoun);
    CHECK(she.actor.name == "spokeswoman for the Electoral Commission");
    CHECK(she.actor.role == "spokeswoman");

    // German shares it: "er" after "ein Sprecher der Polizei".
    found = actors("Ein Sprecher der Polizei bestätigte den Einsatz. Er sagte, es gebe keine Verletzten.");
    auto er = only(found, "Er");
    CHECK(er.pronoun);
    CHECK(er.actor.name == "Sprecher");
    // A named antecedent keeps its name.
    found = english_actors("Foreign Secretary Jack Straw arrived. He said talks would go on.");
    CHECK(only(found, "He").actor.name == "Jack Straw");
}

TEST_CASE("a country's possessive gives its country to what it owns, and is no part of a name") {
    auto found = english_actors("Pakistan's Musharraf calls for talks.");
    auto musharraf = only(found, "Musharraf");
    CHECK(musharraf.actor.name == "Pervez Musharraf");
    CHECK(musharraf.actor.country == "PAK");

    CHECK(country_of("On Monday Iraq's Ayad Allawi said the vote would go ahead.", "Ayad Allawi") == "IRQ");
    CHECK(country_of("At least five miners were killed in a blast in Russia's Siberia, the Emergencies Ministry said. "
                     "Officials said Russia's Emergencies Ministry sent teams.",
                     "Russia's Emergencies Ministry") == "RUS");
    // "France's Snecma": a lone name a country owns is an actor of that country.
    CHECK(country_of("Rolls-Royce won the order, and France's Snecma has also said it would bid.", "Snecma") == "FRA");

    // "South America's" is no country's possessive: the EU keeps no country.
    found = english_actors("Talks between the European Union and South America's Mercosur bloc stalled, the EU said.");
    const auto eu = with_text(found, "EU");
    REQUIRE(!eu.empty());
    for (const eventex::Mention& mention : eu) CHECK(mention.actor.country.empty());
}

TEST_CASE("a person's possessive: the owner is the known person, whose country the office after it serves") {
    const auto found = english_actors("Prime Minister Tony Blair's official spokesman said: \"We are making plans.\"");
    auto blair = only(found, "Prime Minister Tony Blair's");
    CHECK(blair.actor.name == "Tony Blair");
    CHECK(blair.actor.country == "GBR");
    auto spokesman = only(found, "official spokesman");
    CHECK(spokesman.actor.country == "GBR");
}

TEST_CASE("officers of a body of states serve no country; a country's envoy to one serves that country") {
    const std::string report = "Israeli troops entered Gaza, the Israeli military said. Israeli officials said it was over. "
                               "UN chief Kofi Annan said he was worried. A UN spokeswoman said aid was blocked.";
    auto found = english_actors(report);
    auto annan = only(found, "UN chief Kofi Annan");
    CHECK(annan.actor.country.empty());
    CHECK(annan.country_known);
    CHECK(only(found, "UN spokeswoman").actor.country.empty());
    CHECK(only(found, "Israeli officials").actor.country == "ISR");

    CHECK(country_of("Russia's UN ambassador said the resolution was unacceptable.", "Russia's UN ambassador") == "RUS");

    // The national branch of an NGO is not a body of states: a Caritas president takes the home country.
    found = actors("Bundeskanzler Werner Faymann besuchte Graz. Der Caritas-Präsident Franz Küberl kritisierte die "
                   "Regierung in Wien. Die SPÖ und die ÖVP schwiegen.");
    CHECK(only(found, "Caritas-Präsident Franz Küberl").actor.country == "AUT");
}

TEST_CASE("\"the firm\" is the company named before, not a nameless \"company\" with a country") {
    auto found = english_actors("Parmalat has sued 45 banks as the scandal-hit Italian dairy company tries to reclaim money. "
                                "The firm also said it is preparing further law suits.");
    auto firm = only(found, "firm");
    CHECK(firm.actor.name == "Parmalat");
    CHECK(firm.actor.country == "ITA");

    // "Houston-based" is where a body is based, not a given name; "the group" is then the airline.
    found = english_actors("Continental Airlines said it could run out of cash. Houston-based Continental now has debts. "
                           "The group also announced cuts.");
    CHECK(only(found, "Continental").actor.name == "Continental Airlines");
    CHECK(only(found, "group").actor.name == "Continental Airlines");

    // A body that qualifies a group is named: "the Islamic group" after "Hamas militants".
    found = english_actors("Israeli air strikes killed two Hamas militants in Gaza just after the Islamic group renewed its threats.");
    CHECK(only(found, "group").actor.name == "Hamas");

    // Shell is listed: "former Shell boss" is no person named Shell.
    found = english_actors("Shell is to pay $1m to the ex-finance chief. Shell said the pay-off was in line with her contract.");
    for (const eventex::Mention& mention : with_text(found, "Shell")) {
        CHECK(mention.actor.kind == eventex::ActorKind::organisation);
        CHECK(mention.actor.country == "NLD");
    }
}

TEST_CASE("\"the former Labour leader\" is the person named before; a headline runs into the first name") {
    const auto found = english_actors(
        "Kinnock to urge reform in Lords Neil Kinnock has said his acceptance of a seat will help reform. "
        "Mr Kinnock added that he had thought about it for a long time. "
        "The former Labour leader said he would probably take the title of Lord Kinnock.");
    auto first = only(found, "Neil Kinnock");
    CHECK(first.actor.name == "Neil Kinnock");
    auto leader = only(found, "former Labour leader");
    CHECK(leader.actor.name == "Neil Kinnock");
    CHECK(leader.pronoun);
}

TEST_CASE("capitalised words ending in a school or a war are no person, and no \"he\" points to them") {
    const auto found = english_actors(
        "Chancellor Gordon Brown visited Kenya. Speaking outside the Olympic Primary School, Mr Brown said: \"It is not "
        "acceptable.\" He pointed to plans to invest $10bn. The plan was likened to the Marshall Plan after World War Two.");
    auto school = only(found, "Primary School");
    CHECK(school.actor.kind == eventex::ActorKind::organisation);
    CHECK(only(found, "He").actor.name == "Gordon Brown");
    CHECK(with_text(found, "World War Two").empty());
}

TEST_CASE("the leader's name before a government, and a country before a described person, give the country") {
    CHECK(country_of("The Bush administration intends to seek the emergency funding, officials said.",
                     "Bush administration") == "USA");
    CHECK(country_of("Beer magnate Vijay Mallya set up Kingfisher Airlines, while UK entrepreneur Richard Branson "
                     "has said he is keen to start a local operation.",
                     "Richard Branson") == "GBR");
    // An unknown body that speaks takes the country its adjective names.
    CHECK(country_of("Volkswagen is considering a plant in India. The German giant said it was studying the idea.",
                     "German giant") == "DEU");
}

TEST_CASE("the name of an honour is no person: 'Billboard's Century Award', 'the Nobel Peace Prize'") {
    const auto receiver = actors("Singer Stevie Wonder will receive Billboard's Century Award in May.", Language::english);
    REQUIRE(receiver.size() == 1);
    CHECK(receiver[0].actor.text == "Stevie Wonder");
    for (const eventex::Mention& mention : actors("She won the Nobel Peace Prize in Oslo.", Language::english))
        CHECK(mention.actor.kind != eventex::ActorKind::person);
    // A receiver of an honour is no host of a guest.
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();
    const std::string text = "Singer Stevie Wonder will receive Billboard's Century Award at a ceremony in Las Vegas.";
    CHECK(pipeline.extract(eventex::Document{"d", text, std::nullopt, Language::english}).meetings.empty());
    // Names stay names.
    const auto found = actors("Angela Merkel thanked Paul McCartney.", Language::english);
    REQUIRE(found.size() == 2);
    CHECK(found[1].actor.text == "Paul McCartney");
}

TEST_CASE("meeting parties: a genitive name, a counterpart's office, a bank's name, a possessive before talks") {
    // A full name in the German genitive is the public figure, with their country.
    const auto erdogan = with_text(actors("Die UETD hat den Besuch Recep Tayyip Erdogans in Österreich organisiert."),
                                   "Recep Tayyip Erdogans");
    REQUIRE(erdogan.size() == 1);
    CHECK(erdogan[0].actor.name == "Recep Tayyip Erdoğan");
    CHECK(erdogan[0].actor.country == "TUR");
    // A known surname in the genitive after a visit noun is that person; after another noun it is no one.
    const auto gauck = with_text(actors("Präsident Joachim Gauck sprach mit Fischer. Thema war der China-Besuch Gaucks."),
                                 "Gaucks");
    REQUIRE(gauck.size() == 1);
    CHECK(gauck[0].actor.name == "Joachim Gauck");
    CHECK(with_text(actors("Präsident Barack Obama war dagegen. Nach der Absage Obamas klagte die Firma."), "Obamas")
              .empty());
    // A counterpart named with the office they hold; a bank with its name.
    const auto li = actors("He will meet Chinese counterpart Minister Li Zhaoxing.", Language::english);
    REQUIRE(!with_text(li, "Chinese counterpart Minister Li Zhaoxing").empty());
    CHECK(with_text(li, "Chinese counterpart Minister Li Zhaoxing")[0].actor.name == "Li Zhaoxing");
    const auto bank = with_text(actors("Barclays held talks with US bank Wells Fargo.", Language::english), "US bank Wells Fargo");
    REQUIRE(bank.size() == 1);
    CHECK(bank[0].actor.name == "Wells Fargo");
    CHECK(bank[0].actor.country == "USA");
    // The possessive before talks with someone is the person named last.
    const auto fischer =
        with_text(actors("Präsident Heinz Fischer war in Berlin. Nach seinen Gesprächen mit Kanzlerin Angela Merkel reiste er ab."),
                  "seinen");
    REQUIRE(fischer.size() == 1);
    CHECK(fischer[0].actor.name == "Heinz Fischer");
}

TEST_CASE("the capital a country adjective names is a place of that country") {
    const auto warsaw = places_in("Steinmeier ist in der polnischen Hauptstadt zu Besuch.", Language::german);
    REQUIRE(warsaw.size() == 1);
    CHECK(warsaw[0].actor.text == "polnischen Hauptstadt");
    CHECK(warsaw[0].actor.country == "POL");
    const auto baghdad = places_in("The minister arrived in the Iraqi capital on Monday.", Language::english);
    REQUIRE(baghdad.size() == 1);
    CHECK(baghdad[0].actor.country == "IRQ");
    CHECK(places_in("The firm raised venture capital.", Language::english).empty());
}

TEST_CASE("a country's name that ends a region of another state names no country: 'Northern Ireland', 'New Mexico'") {
    // Northern Ireland is British: its minister is no Irish one, and neither is a later "Sir Nicholas".
    const auto found = english_actors("Former Northern Ireland minister Sir Nicholas Scott has died. "
                                      "Sir Nicholas claimed he was unwell.");
    CHECK(only(found, "Sir Nicholas Scott").actor.country == "GBR");
    CHECK(only(found, "Sir Nicholas").actor.country == "GBR");
    CHECK(country_of("Northern Ireland said it would take part.", "Northern Ireland") == "GBR");
    // The state's governor is no Mexican official; Ireland and Mexico alone stay what they are.
    CHECK(country_of("New Mexico Governor Bill Richardson said he was ill.", "Governor Bill Richardson").empty());
    CHECK(country_of("Mexico said it would take part.", "Mexico") == "MEX");
    CHECK(country_of("Irish Prime Minister Bertie Ahern said he was ill.", "Irish Prime Minister Bertie Ahern") == "IRL");
}

TEST_CASE("a capitalised name after 'according to' is a source even when no gazetteer knows it") {
    const auto board = english_actors("The index fell to 96.8 in September, according to The Conference Board.");
    CHECK(only(board, "Conference Board").actor.kind == eventex::ActorKind::organisation);
    const auto gartner = english_actors("Sales of camera phones will triple, according to Gartner, a research firm.");
    CHECK(only(gartner, "Gartner").actor.name == "Gartner");
    // Data, a law and a possessive's owner are no source of their own.
    CHECK(with_text(english_actors("It ranked first according to the Linpack benchmark."), "Linpack").empty());
    CHECK(with_text(english_actors("It was legal according to Russia's competition law."), "Russia's competition law").empty());
    CHECK(with_text(english_actors("Chasing animals was allowed, according to Defra's lawyers."), "Defra").empty());
}

TEST_CASE("English: a body's title before a person's title is one person of that body") {
    SUBCASE("with a country adjective: the body's country") {
        const auto found = actors("The statement came from a North Korean Foreign Ministry spokesman, KCNA said.", Language::english);
        const auto spokesman = with_text(found, "North Korean Foreign Ministry spokesman");
        REQUIRE(spokesman.size() == 1);
        CHECK(spokesman[0].actor.country == "PRK");
        CHECK(spokesman[0].actor.kind == eventex::ActorKind::person);
    }
    SUBCASE("a listed body that opens with a title word: 'State Department', 'Home Office'") {
        const auto state = actors("A State Department spokesman said the talks went well.", Language::english);
        REQUIRE(with_text(state, "State Department spokesman").size() == 1);
        CHECK(with_text(state, "State Department spokesman")[0].actor.country == "USA");
        const auto home = actors("A Home Office spokesman said the plan was sound.", Language::english);
        REQUIRE(with_text(home, "Home Office spokesman").size() == 1);
        CHECK(with_text(home, "Home Office spokesman")[0].actor.kind == eventex::ActorKind::person);
    }
    SUBCASE("the body alone stays the body") {
        const auto found = actors("The Home Office said it would act.", Language::english);
        REQUIRE(with_text(found, "Home Office").size() == 1);
        CHECK(with_text(found, "Home Office")[0].actor.kind == eventex::ActorKind::organisation);
    }
    SUBCASE("'he' after the nameless spokesman is the spokesman") {
        const auto found = actors("But a Foreign Office spokesman said he could not comment.", Language::english);
        const auto he = with_text(found, "he");
        REQUIRE(he.size() == 1);
        CHECK(he[0].actor.role == "Foreign Office spokesman");
    }
}

TEST_CASE("a masculine object pronoun points to a man of the last sentences, not the clause's subject") {
    SUBCASE("the man named before the subject in the same sentence") {
        const auto found = actors("Frisk says Rijkaard greeted him before the match.", Language::english);
        const auto him = with_text(found, "him");
        REQUIRE(him.size() == 1);
        CHECK(him[0].actor.name == "Frisk");
        CHECK(him[0].pronoun);
        CHECK(him[0].letter == eventex::detail::letter::object_pronoun);
    }
    SUBCASE("else the most salient man of the sentences before") {
        const auto found = actors("Bundespräsident Heinz Fischer reiste nach Berlin. Joachim Gauck empfing ihn im Schloss Bellevue.");
        const auto ihn = with_text(found, "ihn");
        REQUIRE(ihn.size() == 1);
        CHECK(ihn[0].actor.name == "Heinz Fischer");
    }
    SUBCASE("never a woman, nobody when no man is in view") {
        const auto found = actors("Angela Merkel reiste nach Paris. Der Präsident empfing ihn.");
        CHECK(with_text(found, "ihn").empty());
    }
}

TEST_CASE("a German sentence adverb before the verb is no name") {
    for (const std::string adverb : {"Abschließend", "Daraufhin", "Erneut", "Zusammenfassend", "Tatsächlich"}) {
        CAPTURE(adverb);
        const auto found = actors(adverb + " forderte Herbert Kickl eine Antwort.");
        CHECK(with_text(found, adverb).empty());
        CHECK(with_text(found, "Herbert Kickl").size() == 1);
    }
}

TEST_CASE("English: a country adjective before 'and' shares the title of the next owner") {
    const auto found = actors("North Korean and U.S. officials met in Beijing on Tuesday.", Language::english);
    const auto korean = with_text(found, "North Korean");
    REQUIRE(korean.size() == 1);
    CHECK(korean[0].actor.country == "PRK");
    CHECK(korean[0].actor.role == "officials");
    CHECK(korean[0].actor.kind == eventex::ActorKind::group);
    REQUIRE(with_text(found, "U.S. officials").size() == 1);
    CHECK(with_text(found, "U.S. officials")[0].actor.country == "USA");
    const auto un = actors("Talks with Afghan and UN officials were postponed.", Language::english);
    REQUIRE(with_text(un, "Afghan").size() == 1);
    CHECK(with_text(un, "Afghan")[0].actor.country == "AFG");
    // Not without a title after the second owner.
    const auto companies = actors("Chinese and Japanese companies signed deals.", Language::english);
    for (const eventex::Mention& m : with_text(companies, "Chinese")) CHECK(m.actor.role.empty());
}

TEST_CASE("a bare organisation noun before the body's name is that body; afterwards it points back to it") {
    const auto found = actors("The charity Oxfam warned of famine. The charity said aid was short.", Language::english);
    const auto charity = with_text(found, "charity");
    REQUIRE(charity.size() == 2);
    CHECK(charity[0].actor.name != "Oxfam");  // the noun of the apposition is no reference back
    CHECK_FALSE(charity[0].pronoun);
    CHECK(charity[1].actor.name == "Oxfam");
    CHECK(charity[1].pronoun);
    const auto verdi = actors("Die Gewerkschaft ver.di rief zum Streik auf. Die Aktion habe begonnen, teilte ver.di mit.");
    REQUIRE(with_text(verdi, "ver.di").size() == 2);
    CHECK(with_text(verdi, "ver.di")[1].actor.country == "DEU");
}

TEST_CASE("a listed organisation beats a title read in the same words: 'EU-Kommission', 'Syrische Beobachtungsstelle'") {
    // The compound is the listed body, not the title "Kommission" of the EU.
    const auto commission = actors("Die EU-Kommission teilte am Montag mit, sie prüfe den Antrag.");
    REQUIRE(with_text(commission, "EU-Kommission").size() == 1);
    CHECK(with_text(commission, "EU-Kommission")[0].actor.name == "European Commission");
    // A country adjective that opens a listed name is part of it.
    const auto observatory = actors("Das berichtete die Syrische Beobachtungsstelle für Menschenrechte am Sonntag.");
    REQUIRE(with_text(observatory, "Syrische Beobachtungsstelle für Menschenrechte").size() == 1);
    CHECK(with_text(observatory, "Syrische Beobachtungsstelle für Menschenrechte")[0].actor.name ==
          "Syrian Observatory for Human Rights");
    // The bare noun is a body that speaks.
    const auto body = actors("Die Kommission teilte mit, der Bericht werde im Mai vorgelegt.");
    REQUIRE(with_text(body, "Kommission").size() == 1);
    CHECK(with_text(body, "Kommission")[0].actor.kind == eventex::ActorKind::organisation);
}
