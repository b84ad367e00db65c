// Tests for the generated country gazetteer (cmake/generate_countries.py).
#include "eventex/lexicon/countries.hpp"

#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <algorithm>    // std::is_sorted, std::find_if, std::count_if
#include <array>        // std::array
#include <iterator>     // std::begin, std::end, std::size
#include <set>          // std::set
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::pair

namespace {

using eventex::Language;
using eventex::lexicon::country_forms;
using eventex::lexicon::CountryForm;
using eventex::lexicon::CountryFormKind;
using eventex::lexicon::countries;
using eventex::lexicon::find_country;

bool has_form(std::string_view form, std::string_view alpha3, CountryFormKind kind,
              Language language) {
    return std::find_if(std::begin(country_forms), std::end(country_forms),
                        [&](const CountryForm& f) {
                            return f.form == form && f.alpha3 == alpha3 && f.kind == kind &&
                                   f.language == language;
                        }) != std::end(country_forms);
}

// The 193 UN member states, typed independently of the generator's own list.
constexpr std::array<std::string_view, 193> un_members = {
    "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL",
    "BEN", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN",
    "BTN", "BWA", "CAF", "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM",
    "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY",
    "ERI", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA", "GIN",
    "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND",
    "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM",
    "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU",
    "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR",
    "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC", "NLD", "NOR",
    "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "PRT",
    "PRY", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV", "SMR",
    "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD", "TGO",
    "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TZA", "UGA", "UKR", "URY",
    "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
};

}  // namespace

TEST_CASE("countries: ISO 3166-1 table with German names") {
    CHECK(std::size(countries) >= 249);
    CHECK(std::is_sorted(std::begin(countries), std::end(countries),
                         [](const auto& a, const auto& b) { return a.alpha3 < b.alpha3; }));

    const auto* ukraine = find_country("UKR");
    REQUIRE(ukraine != nullptr);
    CHECK(ukraine->alpha2 == "UA");
    CHECK(ukraine->name_en == "Ukraine");
    CHECK(ukraine->name_de == "Ukraine");

    const auto* germany = find_country("DEU");
    REQUIRE(germany != nullptr);
    CHECK(germany->alpha2 == "DE");
    CHECK(germany->name_de == "Deutschland");
    CHECK(germany->name_en == "Germany");

    // First and last entries: the binary search must reach both ends.
    REQUIRE(find_country("ABW") != nullptr);
    CHECK(find_country("ABW")->name_en == "Aruba");
    REQUIRE(find_country("ZWE") != nullptr);
    CHECK(find_country("ZWE")->name_de == "Simbabwe");

    // Inverted ISO names ("Korea, Republic of") are replaced by common names for display.
    CHECK(find_country("KOR")->name_en == "South Korea");
    CHECK(find_country("RUS")->name_de == "Russland");
    CHECK(find_country("PSE")->name_en == "Palestine");
    CHECK(find_country("AUT")->name_de == "Österreich");

    CHECK(find_country("XKX") == nullptr);  // Kosovo is not ISO: forms only
    CHECK(find_country("ukr") == nullptr);  // codes are upper case
    CHECK(find_country("") == nullptr);
    CHECK(find_country("ZZZ") == nullptr);

    static_assert(find_country("FRA") != nullptr && find_country("FRA")->alpha2 == "FR",
                  "find_country is usable in constant expressions");
}

TEST_CASE("country_forms: names, adjectives, demonyms, capitals, abbreviations") {
    using K = CountryFormKind;
    constexpr auto de = Language::german;
    constexpr auto en = Language::english;

    // ISO names and their German translations.
    CHECK(has_form("Ukraine", "UKR", K::name, en));
    CHECK(has_form("Ukraine", "UKR", K::name, de));
    CHECK(has_form("Bundesrepublik Deutschland", "DEU", K::name, de));
    CHECK(has_form("State of Eritrea", "ERI", K::name, en));  // ISO's leading "the" dropped
    CHECK_FALSE(has_form("the State of Eritrea", "ERI", K::name, en));

    // Curated short and declined forms.
    CHECK(has_form("Vereinigten Staaten", "USA", K::name, de));
    CHECK(has_form("USA", "USA", K::name, de));
    CHECK(has_form("United States", "USA", K::name, en));
    CHECK(has_form("Russlands", "RUS", K::name, de));
    CHECK(has_form("Niederlanden", "NLD", K::name, de));
    CHECK(has_form("Vereinigten Arabischen Emiraten", "ARE", K::name, de));
    CHECK(has_form("Großbritannien", "GBR", K::name, de));
    CHECK(has_form("Turkey", "TUR", K::name, en));
    CHECK(has_form("Weißrussland", "BLR", K::name, de));
    CHECK(has_form("Elfenbeinküste", "CIV", K::name, de));
    CHECK(has_form("Kosovo", "XKX", K::name, de));
    CHECK_FALSE(has_form("England", "GBR", K::name, en));

    // Adjectives: German stems without ending, English adjectives.
    CHECK(has_form("ukrainisch", "UKR", K::adjective, de));
    CHECK(has_form("US-amerikanisch", "USA", K::adjective, de));
    CHECK(has_form("österreichisch", "AUT", K::adjective, de));
    CHECK(has_form("Ukrainian", "UKR", K::adjective, en));
    CHECK(has_form("British", "GBR", K::adjective, en));
    CHECK_FALSE(has_form("ukrainische", "UKR", K::adjective, de));

    // Demonyms, including the expanded "+" shorthand and irregular feminines.
    CHECK(has_form("Ukrainerinnen", "UKR", K::demonym, de));
    CHECK(has_form("Russin", "RUS", K::demonym, de));
    CHECK(has_form("Russen", "RUS", K::demonym, de));
    CHECK(has_form("Französin", "FRA", K::demonym, de));
    CHECK_FALSE(has_form("Franzosin", "FRA", K::demonym, de));
    CHECK(has_form("Iraqis", "IRQ", K::demonym, en));

    // Capitals in both languages.
    CHECK(has_form("Kyiv", "UKR", K::capital, en));
    CHECK(has_form("Kiew", "UKR", K::capital, de));
    CHECK(has_form("Moskau", "RUS", K::capital, de));
    CHECK(has_form("Beijing", "CHN", K::capital, en));
    CHECK(has_form("Wien", "AUT", K::capital, de));
    CHECK(has_form("Washington", "USA", K::capital, en));

    // Abbreviations and compound prefixes.
    CHECK(has_form("US", "USA", K::abbreviation, de));
    CHECK(has_form("U.S.", "USA", K::abbreviation, en));
    CHECK(has_form("UK", "GBR", K::abbreviation, en));
    CHECK(has_form("VAE", "ARE", K::abbreviation, de));
    CHECK(has_form("UAE", "ARE", K::abbreviation, en));
    CHECK(has_form("BRD", "DEU", K::abbreviation, de));
}

TEST_CASE("country_forms: sorted, unique, every alpha3 known") {
    const auto key = [](const CountryForm& f) { return std::pair(f.form, f.alpha3); };
    CHECK(std::is_sorted(std::begin(country_forms), std::end(country_forms),
                         [&](const CountryForm& a, const CountryForm& b) { return key(a) < key(b); }));

    std::set<std::string> seen;
    int unknown = 0;
    int kosovo = 0;
    for (const auto& f : country_forms) {
        CHECK_FALSE(f.form.empty());
        CHECK(f.form.find('|') == std::string_view::npos);  // TSV separator leaked
        const bool paren_ok = f.form.find('(') == std::string_view::npos || f.kind == CountryFormKind::name;
        CHECK_MESSAGE(paren_ok, f.form);
        const std::string id = std::string(f.form) + '\t' + std::string(f.alpha3) + '\t' +
                               std::to_string(static_cast<int>(f.kind)) + '\t' +
                               std::to_string(static_cast<int>(f.language));
        CHECK_MESSAGE(seen.insert(id).second, "duplicate form ", f.form);
        if (f.alpha3 == "XKX") {
            ++kosovo;
        } else if (find_country(f.alpha3) == nullptr) {
            ++unknown;
            MESSAGE("unknown alpha3 ", f.alpha3, " for ", f.form);
        }
    }
    CHECK(unknown == 0);
    CHECK(kosovo > 5);
}

TEST_CASE("country_forms: every UN member has adjectives and capitals in both languages") {
    std::set<std::pair<std::string_view, int>> adjectives;
    std::set<std::pair<std::string_view, int>> capitals;
    for (const auto& f : country_forms) {
        if (f.kind == CountryFormKind::adjective) adjectives.emplace(f.alpha3, static_cast<int>(f.language));
        if (f.kind == CountryFormKind::capital) capitals.emplace(f.alpha3, static_cast<int>(f.language));
    }
    for (const auto code : un_members) {
        REQUIRE_MESSAGE(find_country(code) != nullptr, code);
        for (const auto language : {Language::german, Language::english}) {
            const auto entry = std::pair(code, static_cast<int>(language));
            CHECK_MESSAGE(adjectives.count(entry) == 1, code, " adjective ", eventex::to_code(language));
            CHECK_MESSAGE(capitals.count(entry) == 1, code, " capital ", eventex::to_code(language));
        }
    }
    // German adjective stems are lower case ("ukrainisch"), except invariant forms in -er
    // ("Schweizer Regierung").
    for (const auto& f : country_forms) {
        if (f.kind != CountryFormKind::adjective || f.language != Language::german) continue;
        const bool lower = static_cast<unsigned char>(f.form[0]) >= 0x80 ||
                           (f.form[0] >= 'a' && f.form[0] <= 'z');
        const bool invariant = f.form.size() > 2 && f.form.substr(f.form.size() - 2) == "er";
        const bool us_prefix = f.form.substr(0, 3) == "US-";
        CHECK_MESSAGE((lower || invariant || us_prefix), f.form);
    }
}

TEST_CASE("country_forms: at least the 80 most newsworthy countries have German demonyms") {
    std::set<std::string_view> with_demonym;
    for (const auto& f : country_forms) {
        if (f.kind == CountryFormKind::demonym && f.language == Language::german) with_demonym.insert(f.alpha3);
    }
    CHECK(with_demonym.size() >= 80);
    for (const auto code : {"USA", "RUS", "UKR", "DEU", "AUT", "CHN", "ISR", "PSE", "IRN", "TUR"}) {
        CHECK_MESSAGE(with_demonym.count(code) == 1, code);
    }
}
