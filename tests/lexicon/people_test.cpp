// Tests for the gazetteer of political figures.
#include "eventex/lexicon/people.hpp"

#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <algorithm>    // std::count_if, std::none_of
#include <cstddef>      // std::size_t
#include <iterator>     // std::begin, std::end, std::size
#include <map>          // std::map
#include <string>       // std::string
#include <string_view>  // std::string_view

#include "eventex/lexicon/countries.hpp"  // find_country

namespace {

using eventex::lexicon::find_country;
using eventex::lexicon::find_person;
using eventex::lexicon::people;
using eventex::lexicon::Person;

// Strictly increasing forms mean sorted and unique at once; checked while compiling.
constexpr bool strictly_sorted() {
    for (std::size_t i = 1; i < std::size(people); ++i) {
        if (!(people[i - 1].form < people[i].form)) {
            return false;
        }
    }
    return true;
}
static_assert(strictly_sorted(), "people must be sorted by form, forms unique");
static_assert(find_person("Merkel") != nullptr && find_person("Merkel")->alpha3 == "DEU",
              "find_person works in constant expressions");

// Looks a form up and checks every field; REQUIRE keeps a missing form from dereferencing null.
void check_person(std::string_view form, std::string_view canonical, std::string_view alpha3,
                  bool feminine, bool surname) {
    CAPTURE(form);
    const Person* p = find_person(form);
    REQUIRE(p != nullptr);
    CHECK(p->form == form);
    CHECK(p->canonical == canonical);
    CHECK(p->alpha3 == alpha3);
    CHECK(p->feminine == feminine);
    CHECK(p->surname == surname);
}

}  // namespace

TEST_CASE("people: sorted, unique, large enough") {
    CHECK(strictly_sorted());
    CHECK(std::size(people) >= 400);
    const auto surnames = std::count_if(std::begin(people), std::end(people),
                                        [](const Person& p) { return p.surname; });
    CHECK(surnames >= 200);
    CHECK(static_cast<std::size_t>(surnames) < std::size(people));
}

TEST_CASE("people: every row is well formed") {
    for (const Person& p : people) {
        CAPTURE(p.form);
        CHECK(!p.form.empty());
        CHECK(!p.canonical.empty());
        CHECK(p.form.front() != ' ');
        CHECK(p.form.back() != ' ');
        // An empty alpha3 marks an international official; any other must be a real ISO code.
        if (!p.alpha3.empty()) {
            CHECK(find_country(p.alpha3) != nullptr);
        }
        // A one-word form is never a full name, so it must be flagged for the recogniser.
        if (p.form.find(' ') == std::string_view::npos) {
            CHECK(p.surname);
        }
    }
}

TEST_CASE("people: the forms of one person agree with each other") {
    std::map<std::string_view, const Person*> first_by_canonical;
    for (const Person& p : people) {
        CAPTURE(p.form);
        // The canonical name is itself a full-name form of the same person.
        const Person* self = find_person(p.canonical);
        REQUIRE(self != nullptr);
        CHECK(self->canonical == p.canonical);
        CHECK_FALSE(self->surname);
        auto [it, inserted] = first_by_canonical.emplace(p.canonical, &p);
        if (!inserted) {
            CHECK(it->second->alpha3 == p.alpha3);
            CHECK(it->second->feminine == p.feminine);
        }
    }
    CHECK(first_by_canonical.size() >= 300);
}

TEST_CASE("people: Ukraine and Russia in German and English spellings") {
    for (std::string_view form : {"Selenskyj", "Selensky", "Zelensky", "Zelenskyy"}) {
        check_person(form, "Volodymyr Zelensky", "UKR", false, true);
    }
    check_person("Wolodymyr Selenskyj", "Volodymyr Zelensky", "UKR", false, false);
    check_person("Volodymyr Zelensky", "Volodymyr Zelensky", "UKR", false, false);
    check_person("Andrii Sybiha", "Andrii Sybiha", "UKR", false, false);
    check_person("Sybiha", "Andrii Sybiha", "UKR", false, true);
    check_person("Kuleba", "Dmytro Kuleba", "UKR", false, true);
    check_person("Schmyhal", "Denys Shmyhal", "UKR", false, true);
    check_person("Poroschenko", "Petro Poroshenko", "UKR", false, true);
    check_person("Timoschenko", "Yulia Tymoshenko", "UKR", true, true);
    check_person("Putin", "Vladimir Putin", "RUS", false, true);
    check_person("Wladimir Putin", "Vladimir Putin", "RUS", false, false);
    check_person("Lawrow", "Sergei Lavrov", "RUS", false, true);
    check_person("Lavrov", "Sergei Lavrov", "RUS", false, true);
    check_person("Medwedew", "Dmitry Medvedev", "RUS", false, true);
    check_person("Peskow", "Dmitry Peskov", "RUS", false, true);
    check_person("Sacharowa", "Maria Zakharova", "RUS", true, true);
    check_person("Lukaschenko", "Alexander Lukashenko", "BLR", false, true);
}

TEST_CASE("people: Austria 2015-2016 and Germany") {
    check_person("Merkel", "Angela Merkel", "DEU", true, true);
    check_person("Angela Merkel", "Angela Merkel", "DEU", true, false);
    check_person("Baerbock", "Annalena Baerbock", "DEU", true, true);
    check_person("de Maizière", "Thomas de Maizière", "DEU", false, true);
    check_person("Schäuble", "Wolfgang Schäuble", "DEU", false, true);
    check_person("Kurz", "Sebastian Kurz", "AUT", false, true);
    check_person("Kern", "Christian Kern", "AUT", false, true);
    check_person("Van der Bellen", "Alexander Van der Bellen", "AUT", false, true);
    check_person("Mikl-Leitner", "Johanna Mikl-Leitner", "AUT", true, true);
    check_person("Griss", "Irmgard Griss", "AUT", true, true);
    check_person("Häupl", "Michael Häupl", "AUT", false, true);
    // Bare "Fischer" and "Sobotka" are the Austrians; the others are reachable by full name.
    check_person("Fischer", "Heinz Fischer", "AUT", false, true);
    check_person("Joschka Fischer", "Joschka Fischer", "DEU", false, false);
    check_person("Sobotka", "Wolfgang Sobotka", "AUT", false, true);
    check_person("Bohuslav Sobotka", "Bohuslav Sobotka", "CZE", false, false);
}

TEST_CASE("people: US and UK, ambiguous words marked as surnames") {
    check_person("Bush", "George W. Bush", "USA", false, true);
    check_person("Rice", "Condoleezza Rice", "USA", true, true);
    check_person("Clinton", "Hillary Clinton", "USA", true, true);
    check_person("Bill Clinton", "Bill Clinton", "USA", false, false);
    check_person("Rubio", "Marco Rubio", "USA", false, true);
    check_person("Powell", "Colin Powell", "USA", false, true);
    check_person("May", "Theresa May", "GBR", true, true);
    check_person("Brown", "Gordon Brown", "GBR", false, true);
    check_person("Straw", "Jack Straw", "GBR", false, true);
    check_person("Howard", "Michael Howard", "GBR", false, true);
    check_person("John Howard", "John Howard", "AUS", false, false);
}

TEST_CASE("people: Middle East, Iraq and Afghanistan 2004") {
    check_person("Erdoğan", "Recep Tayyip Erdoğan", "TUR", false, true);
    check_person("Erdogan", "Recep Tayyip Erdoğan", "TUR", false, true);
    check_person("Netanjahu", "Benjamin Netanyahu", "ISR", false, true);
    check_person("Binyamin Netanyahu", "Benjamin Netanyahu", "ISR", false, false);
    check_person("Scharon", "Ariel Sharon", "ISR", false, true);
    check_person("Abbas", "Mahmoud Abbas", "PSE", false, true);
    check_person("Arafat", "Yasser Arafat", "PSE", false, true);
    check_person("Rohani", "Hassan Rouhani", "IRN", false, true);
    check_person("Chamenei", "Ali Khamenei", "IRN", false, true);
    check_person("Assad", "Bashar al-Assad", "SYR", false, true);
    check_person("Allawi", "Ayad Allawi", "IRQ", false, true);
    check_person("al-Sadr", "Muqtada al-Sadr", "IRQ", false, true);
    check_person("Saddam", "Saddam Hussein", "IRQ", false, true);
    check_person("Karsai", "Hamid Karzai", "AFG", false, true);
}

TEST_CASE("people: Asia and international officials") {
    check_person("Xi Jinping", "Xi Jinping", "CHN", false, false);
    check_person("Kim Jong Un", "Kim Jong-un", "PRK", false, false);
    check_person("Modi", "Narendra Modi", "IND", false, true);
    check_person("Koizumi", "Junichiro Koizumi", "JPN", false, true);
    check_person("Guterres", "António Guterres", "", false, true);
    check_person("Annan", "Kofi Annan", "", false, true);
    check_person("Stoltenberg", "Jens Stoltenberg", "", false, true);
    check_person("Rutte", "Mark Rutte", "", false, true);
    check_person("von der Leyen", "Ursula von der Leyen", "", true, true);
    check_person("Tusk", "Donald Tusk", "POL", false, true);
}

TEST_CASE("people: find_person is exact and case-sensitive") {
    CHECK(find_person("merkel") == nullptr);
    CHECK(find_person("Merke") == nullptr);
    CHECK(find_person("Merkels") == nullptr);
    CHECK(find_person("") == nullptr);
    CHECK(find_person("Zzzz") == nullptr);
    REQUIRE(find_person(people[0].form) == &people[0]);
    const Person& last = people[std::size(people) - 1];
    CHECK(find_person(last.form) == &last);
}

TEST_CASE("people: heads of government of the G20 and the EU are present") {
    // Everyone who led a G20 or EU government in mid-2025, by canonical name.
    for (std::string_view name :
         {"Javier Milei", "Anthony Albanese", "Luiz Inácio Lula da Silva", "Mark Carney",
          "Li Qiang", "Xi Jinping", "Emmanuel Macron", "Friedrich Merz", "Narendra Modi",
          "Prabowo Subianto", "Giorgia Meloni", "Shigeru Ishiba", "Lee Jae-myung",
          "Claudia Sheinbaum", "Vladimir Putin", "Mohammed bin Salman", "Cyril Ramaphosa",
          "Recep Tayyip Erdoğan", "Keir Starmer", "Donald Trump", "Christian Stocker",
          "Bart De Wever", "Rosen Zhelyazkov", "Andrej Plenković", "Nikos Christodoulides",
          "Petr Fiala", "Mette Frederiksen", "Kristen Michal", "Petteri Orpo",
          "Kyriakos Mitsotakis", "Viktor Orbán", "Micheál Martin", "Evika Siliņa",
          "Gintautas Paluckas", "Luc Frieden", "Robert Abela", "Dick Schoof", "Donald Tusk",
          "Luís Montenegro", "Ilie Bolojan", "Robert Fico", "Robert Golob", "Pedro Sánchez",
          "Ulf Kristersson"}) {
        CAPTURE(name);
        const Person* p = find_person(name);
        REQUIRE(p != nullptr);
        CHECK(p->canonical == name);
    }
}
