// Tests of the region gazetteer (eventex/lexicon/regions.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include "eventex/lexicon/regions.hpp"  // find_region

using eventex::lexicon::find_region;

TEST_CASE("regions: ISO 3166-2 subdivisions and curated exonyms give the country and code") {
    struct Case {
        const char* name;
        const char* alpha3;
        const char* code;
    };
    for (const Case& c : {Case{"Kärnten", "AUT", "AT-2"}, Case{"Carinthia", "AUT", "AT-2"}, Case{"Tirol", "AUT", "AT-7"},
                          Case{"Bayern", "DEU", "DE-BY"}, Case{"Bavaria", "DEU", "DE-BY"}, Case{"Catalunya", "ESP", "ES-CT"},
                          Case{"Katalonien", "ESP", "ES-CT"}, Case{"Chechnya", "RUS", "RU-CE"}, Case{"Tschetschenien", "RUS", "RU-CE"},
                          Case{"Tschetscheniens", "RUS", "RU-CE"}, Case{"Crimea", "UKR", "UA-43"}, Case{"Krim", "UKR", "UA-43"},
                          Case{"Xinjiang", "CHN", "CN-XJ"}, Case{"Tibet", "CHN", "CN-XZ"}, Case{"Texas", "USA", "US-TX"},
                          Case{"Toskana", "ITA", "IT-52"}, Case{"Scotland", "GBR", "GB-SCT"}}) {
        CAPTURE(c.name);
        const auto* region = find_region(c.name);
        REQUIRE(region != nullptr);
        CHECK(region->alpha3 == c.alpha3);
        CHECK(region->code == c.code);
    }
    // Regions that are no subdivision: a country where it is clear, none where it is disputed.
    CHECK(find_region("Darfur")->alpha3 == "SDN");
    CHECK(find_region("Darfur")->code.empty());
    CHECK(find_region("Donbass")->alpha3 == "UKR");
    CHECK(find_region("Kurdistan")->alpha3 == "IRQ");
    CHECK(find_region("Kashmir")->alpha3.empty());
    CHECK(find_region("Kaschmir")->alpha3.empty());
    CHECK(find_region("Punjab")->alpha3.empty());  // India's and Pakistan's
}

TEST_CASE("regions: names other gazetteers know, words and first names are left out") {
    // Countries and cities ("Wien" is a Land too, "Georgia" a US state, "Gaza" a governorate).
    for (const char* name : {"Wien", "Berlin", "Georgia", "Gaza", "Westjordanland", "Madrid"}) {
        CAPTURE(name);
        CHECK(find_region(name) == nullptr);
    }
    // Words and given names ("Central", "Java", "Victoria", "Kerry").
    for (const char* name : {"Central", "Rivers", "Java", "Unity", "Victoria", "Kerry", "Clare"}) {
        CAPTURE(name);
        CHECK(find_region(name) == nullptr);
    }
    CHECK(find_region("kärnten") == nullptr);
    CHECK(find_region("") == nullptr);
}
