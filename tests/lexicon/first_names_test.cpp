// Tests for the generated first-name gender lexicon.
#include <doctest/doctest.h>                 // TEST_CASE, CHECK, REQUIRE

#include <algorithm>                         // std::count_if
#include <cstddef>                           // std::size_t
#include <iterator>                          // std::begin, std::end, std::size
#include <string_view>                       // std::string_view

#include "eventex/lexicon/first_names.hpp"   // first_names, find_first_name, first_name_gender, Gender

namespace {

namespace lx = eventex::lexicon;
using lx::Gender;

template <std::size_t N>
constexpr bool strictly_sorted(const lx::FirstName (&table)[N]) {
    for (std::size_t i = 1; i < N; ++i)
        if (!(table[i - 1].form < table[i].form)) return false;
    return true;
}

// Binary search depends on it, so it is checked at compile time; strict order rules out duplicates.
static_assert(strictly_sorted(lx::first_names), "first_names must be sorted by form, no duplicates");
// The lookup is usable in constant expressions.
static_assert(lx::first_name_gender("Beate") == Gender::feminine);
static_assert(lx::first_name_gender("Uwe") == Gender::masculine);
static_assert(lx::first_name_gender("Andrea") == Gender::unknown);

std::size_t count(Gender gender) {
    return static_cast<std::size_t>(std::count_if(std::begin(lx::first_names), std::end(lx::first_names),
                                                  [&](const lx::FirstName& n) { return n.gender == gender; }));
}

}  // namespace

TEST_CASE("first_names: size and invariants") {
    CHECK(std::size(lx::first_names) >= 3000);
    CHECK(count(Gender::feminine) >= 1000);
    CHECK(count(Gender::masculine) >= 1000);
    CHECK(count(Gender::unknown) >= 100);
    for (const auto& n : lx::first_names) {
        INFO(n.form);
        REQUIRE(n.form.size() >= 2);
        // capitalised: an ASCII capital or a UTF-8 lead byte (Ö, Ś, Č, ...), never lower case
        const auto first = static_cast<unsigned char>(n.form[0]);
        CHECK(((first >= 'A' && first <= 'Z') || first >= 0xC3));
        // one given name per row; double names keep their hyphen ("Jean-Claude")
        CHECK(n.form.find(' ') == std::string_view::npos);
        CHECK(n.form.front() != '-');
        CHECK(n.form.back() != '-');
        CHECK(lx::find_first_name(n.form) == &n);
    }
}

TEST_CASE("first_names: German, Austrian and English names") {
    struct Expect { std::string_view name; Gender gender; };
    const Expect expected[] = {
        {"Beate", Gender::feminine},     {"Uwe", Gender::masculine},       {"Jürgen", Gender::masculine},
        {"Angela", Gender::feminine},    {"Olaf", Gender::masculine},      {"Annalena", Gender::feminine},
        {"Ursula", Gender::feminine},    {"Heinz", Gender::masculine},     {"Johanna", Gender::feminine},
        {"Werner", Gender::masculine},   {"Pamela", Gender::feminine},     {"Alois", Gender::masculine},
        {"Theresa", Gender::feminine},   {"Keir", Gender::masculine},      {"Rishi", Gender::masculine},
        {"Nicola", Gender::unknown},     {"Kamala", Gender::feminine},     {"Donald", Gender::masculine},
        {"Hillary", Gender::feminine},   {"Nancy", Gender::feminine},      {"Joe", Gender::masculine},
        {"Mary", Gender::feminine},      {"John", Gender::masculine},      {"Emma", Gender::feminine},
    };
    for (const auto& e : expected) {
        INFO(e.name);
        CHECK(lx::first_name_gender(e.name) == e.gender);
    }
}

TEST_CASE("first_names: world leaders in German and English transliteration") {
    for (std::string_view name : {"Wolodymyr", "Volodymyr", "Wladimir", "Vladimir", "Sergej", "Sergei",
                                  "Recep", "Bashar", "Baschar", "Mahmoud", "Benjamin", "Emmanuel",
                                  "Mohammed", "Ali", "Michel", "Jean-Claude", "Mevlüt", "Kassym-Jomart"}) {
        INFO(name);
        CHECK(lx::first_name_gender(name) == Gender::masculine);
    }
    for (std::string_view name : {"Julija", "Yulia", "Kaja", "Giorgia", "Ségolène", "Tzipi", "Asma", "Emine"}) {
        INFO(name);
        CHECK(lx::first_name_gender(name) == Gender::feminine);
    }
    // Chinese names are left out: news writes the family name first
    CHECK(lx::find_first_name("Xi") == nullptr);
    CHECK(lx::first_name_gender("Xi") == Gender::unknown);
}

TEST_CASE("first_names: names used for both sexes are listed as unknown") {
    for (std::string_view name : {"Andrea", "Kim", "Sascha", "Robin", "Jean", "Simone", "Lindsey", "Chris"}) {
        INFO(name);
        const lx::FirstName* entry = lx::find_first_name(name);
        REQUIRE(entry != nullptr);  // a decision, not a gap
        CHECK(entry->gender == Gender::unknown);
        CHECK(lx::first_name_gender(name) == Gender::unknown);
    }
}

TEST_CASE("first_names: hyphenated names, case and unlisted words") {
    // not listed as a whole: the parts decide when they agree
    REQUIRE(lx::find_first_name("Hans-Peter") == nullptr);
    CHECK(lx::first_name_gender("Hans-Peter") == Gender::masculine);
    CHECK(lx::first_name_gender("Frank-Walter") == Gender::masculine);
    CHECK(lx::first_name_gender("Heinz-Christian") == Gender::masculine);
    CHECK(lx::first_name_gender("Marie-Luise") == Gender::feminine);
    CHECK(lx::first_name_gender("Karl-Maria") == Gender::unknown);    // parts disagree
    CHECK(lx::first_name_gender("Kim-Lena") == Gender::unknown);      // a part is ambiguous
    CHECK(lx::first_name_gender("Hans-Qwxyz") == Gender::unknown);    // a part is unknown
    CHECK(lx::first_name_gender("Hans-") == Gender::unknown);
    CHECK(lx::first_name_gender("-Hans") == Gender::unknown);
    // listed as a whole: the row decides ("Jean" alone is unknown)
    CHECK(lx::first_name_gender("Jean-Marie") == Gender::masculine);
    // exact, case-sensitive forms
    CHECK(lx::first_name_gender("beate") == Gender::unknown);
    CHECK(lx::first_name_gender("") == Gender::unknown);
    CHECK(lx::first_name_gender("Außenministerin") == Gender::unknown);
}
