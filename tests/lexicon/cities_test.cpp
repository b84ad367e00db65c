// Tests of the city gazetteer (eventex/lexicon/cities.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include "eventex/lexicon/cities.hpp"  // find_city, CityKind

using eventex::lexicon::CityKind;
using eventex::lexicon::find_city;

TEST_CASE("cities: English, local and German names give the country") {
    for (const char* name : {"Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "St. Pölten", "Bregenz", "Eisenstadt"}) {
        CAPTURE(name);
        REQUIRE(find_city(name) != nullptr);
        CHECK(find_city(name)->alpha3 == "AUT");
    }
    CHECK(find_city("München")->alpha3 == "DEU");
    CHECK(find_city("Munich")->alpha3 == "DEU");
    CHECK(find_city("Genf")->alpha3 == "CHE");
    CHECK(find_city("Geneva")->alpha3 == "CHE");
    CHECK(find_city("Zürich")->alpha3 == "CHE");
    CHECK(find_city("Mailand")->alpha3 == "ITA");
    CHECK(find_city("Lemberg")->alpha3 == "UKR");
    CHECK(find_city("Lwiw")->alpha3 == "UKR");
    CHECK(find_city("Lviv")->alpha3 == "UKR");
    CHECK(find_city("Karachi")->alpha3 == "PAK");
    CHECK(find_city("Frankfurt")->alpha3 == "DEU");  // not Frankfurt (Oder), the smaller
    CHECK(find_city("Graz.") == nullptr);
    CHECK(find_city("graz") == nullptr);
}

TEST_CASE("cities: names that are words or names are homographs, a dateline's only") {
    for (const char* name : {"Essen", "Halle", "Hamm", "Mobile", "Split", "Nice", "Reading", "Bath", "Victoria", "Jackson"}) {
        CAPTURE(name);
        if (const auto* city = find_city(name)) CHECK(city->kind == CityKind::homograph);
    }
    CHECK(find_city("Essen")->kind == CityKind::homograph);
    CHECK(find_city("Graz")->kind == CityKind::city);
    CHECK(find_city("Geneva")->kind == CityKind::renowned);
}
