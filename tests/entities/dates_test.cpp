#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "eventex/entities/dates.hpp"  // find_dates, resolve

using eventex::Date;
using eventex::DateExpression;
using eventex::DateKind;
using eventex::DateMention;
using eventex::Language;
using eventex::Span;
using eventex::TimeDirection;

namespace {

constexpr Language de = Language::german;
constexpr Language en = Language::english;
constexpr Date thursday{2025, 7, 3};  // 2025-07-03 was a Thursday

std::vector<DateMention> find(std::string_view text, Language language) {
    std::vector<DateMention> out;
    eventex::find_dates(text, Span{0, text.size()}, language, out);
    return out;
}

// "span=resolved" for every mention, joined by "; ": one string to compare per sentence.
std::string dates(std::string_view text, Language language, std::optional<Date> anchor = thursday,
                  TimeDirection direction = TimeDirection::past) {
    std::string result;
    for (const DateMention& m : find(text, language)) {
        if (!result.empty()) result += "; ";
        result += std::string(m.span.of(text)) + "=";
        const std::optional<Date> d = eventex::resolve(m.expression, anchor, direction);
        result += d ? eventex::to_string(*d) : "none";
    }
    return result;
}

}  // namespace

TEST_CASE("German day and month, with and without year") {
    const std::string_view text = "Er traf sie am 2. Juli in Wien.";
    const auto found = find(text, de);
    REQUIRE(found.size() == 1);
    CHECK(found[0].span == Span{15, 22});
    CHECK(found[0].expression.day == 2);
    CHECK(found[0].expression.month == 7);
    CHECK(found[0].expression.year == 0);
    const DateExpression& x = found[0].expression;
    CHECK(eventex::resolve(x, thursday, TimeDirection::past) == Date{2025, 7, 2});
    CHECK(eventex::resolve(x, Date{2025, 1, 10}, TimeDirection::past) == Date{2024, 7, 2});
    CHECK(eventex::resolve(x, thursday, TimeDirection::future) == Date{2026, 7, 2});
    CHECK(eventex::resolve(x, Date{2025, 1, 10}, TimeDirection::future) == Date{2025, 7, 2});
    CHECK(eventex::resolve(x, std::nullopt, TimeDirection::past) == std::nullopt);

    CHECK(dates("Am 2. Juli 2025 wurde gewählt.", de) == "2. Juli 2025=2025-07-02");
    CHECK(dates("Die Frist endet am 1. Jänner.", de) == "1. Jänner=2025-01-01");
    CHECK(dates("Seit dem 12. März 2015 ruht der Lander.", de) == "12. März 2015=2015-03-12");
    CHECK(dates("Am 3. Okt. 2016 und am 4. Dez. 2016", de) ==
          "3. Okt. 2016=2016-10-03; 4. Dez. 2016=2016-12-04");
    CHECK(dates("vom 23. April bis 26. Juni", de) == "23. April=2025-04-23; 26. Juni=2025-06-26");
    // The first day of a range borrows month and year from the second.
    CHECK(dates("Die Messe läuft vom 2. bis 5. Juli 2024.", de) ==
          "2.=2024-07-02; 5. Juli 2024=2024-07-05");
}

TEST_CASE("German numeric dates") {
    CHECK(dates("Die Sitzung am 2.7.2025 war kurz.", de) == "2.7.2025=2025-07-02");
    CHECK(dates("(APA, 02.07.2025)", de) == "02.07.2025=2025-07-02");
    CHECK(dates("Geschlossen am 24.12. und am 31.12.", de) ==
          "24.12.=2024-12-24; 31.12.=2024-12-31");
    // Decimals, versions, scores and impossible dates are not dates.
    CHECK(dates("Das Wachstum lag bei 24.12 Prozent, Version 1.2.3, Endstand 2:1.", de) == "");
    CHECK(dates("Am 31.02. und am 31.02.2025 nicht.", de) == "");
}

TEST_CASE("German months without a day") {
    CHECK(dates("Bereits im März 2023 gab es Streit.", de) == "März 2023=2023-03");
    CHECK(dates("Im Juni wurde gewählt.", de) == "Juni=2025-06");
    CHECK(dates("Im Juni wurde gewählt.", de, Date{2025, 3, 1}) == "Juni=2024-06");
    CHECK(dates("Im Juni wird gewählt.", de, Date{2025, 3, 1}, TimeDirection::future) ==
          "Juni=2025-06");
    CHECK(dates("Die Zahl stieg seit März 2023.", de) == "März 2023=2023-03");
    CHECK(dates("Anfang Juni, Mitte Juni und Ende Juni", de) ==
          "Anfang Juni=2025-06; Mitte Juni=2025-06; Ende Juni=2025-06");
    CHECK(dates("im vergangenen Juli", de) == "vergangenen Juli=2024-07");
    // A year written once belongs to the whole list.
    CHECK(dates("im Juni, Juli und August 2015", de) ==
          "Juni=2015-06; Juli=2015-07; August 2015=2015-08");
    // A month name needs a preposition, a day or a year: not "Gauleiter August Eigruber".
    CHECK(dates("die Gauleiter August Eigruber vernichten wollte", de) == "");
    CHECK(dates("nach der Juni-Wahl", de) == "");
    CHECK(dates("Firmenchef Maier und Maibaum", de) == "");
}

TEST_CASE("German years need a cue") {
    CHECK(dates("Im Jahr 2023 und im Jahre 2012", de) == "Jahr 2023=2023; Jahre 2012=2012");
    CHECK(dates("Er verdient pro Jahr 2000 Euro mehr.", de) == "");
    CHECK(dates("Anfang 2023 soll es fertig sein.", de) == "Anfang 2023=2023");
    CHECK(dates("Er regiert seit 2007 und bleibt bis 2018.", de) == "2007=2007; 2018=2018");
    CHECK(dates("Es kostet 2000 Euro, bis 2000 Euro, 1500 bis 2000 Menschen.", de) == "");
    CHECK(dates("In 2023 Fällen", de) == "");
}

TEST_CASE("German weekdays") {
    // The anchor's own weekday counts as that day.
    CHECK(dates("Am Montag traf er Merkel.", de) == "Montag=2025-06-30");
    CHECK(dates("Am Donnerstag traf er Merkel.", de) == "Donnerstag=2025-07-03");
    CHECK(dates("Am Montag trifft er Merkel.", de, thursday, TimeDirection::future) ==
          "Montag=2025-07-07");
    CHECK(dates("sagte ein Sprecher am Dienstagabend", de) == "Dienstagabend=2025-07-01");
    CHECK(dates("noch bis kommenden Donnerstag Zeit", de) == "kommenden Donnerstag=2025-07-10");
    CHECK(dates("am vergangenen Donnerstag", de) == "vergangenen Donnerstag=2025-06-26");
    CHECK(dates("in der Sonntagsausgabe, Sonntag-Ausgabe", de) == "");
}

TEST_CASE("German relative days, weeks, months and years") {
    CHECK(dates("heute, gestern, vorgestern, morgen, übermorgen", de) ==
          "heute=2025-07-03; gestern=2025-07-02; vorgestern=2025-07-01; morgen=2025-07-04; "
          "übermorgen=2025-07-05");
    CHECK(dates("Gestern kam er an.", de) == "Gestern=2025-07-02");
    CHECK(dates("lieber heute als morgen, von heute auf morgen", de) == "");
    CHECK(dates("Morgen für Morgen, am Morgen", de) == "Morgen=2025-07-04");
    // A week resolves to its Monday.
    CHECK(dates("vergangene Woche, letzte Woche, nächste Woche, kommende Woche", de) ==
          "vergangene Woche=2025-06-23; letzte Woche=2025-06-23; nächste Woche=2025-07-07; "
          "kommende Woche=2025-07-07");
    CHECK(dates("vergangenen Monat und nächsten Monat", de) ==
          "vergangenen Monat=2025-06; nächsten Monat=2025-08");
    CHECK(dates("Vergangenes Jahr, im vergangenen Jahr, voriges Jahr, heuer", de) ==
          "Vergangenes Jahr=2024; vergangenen Jahr=2024; voriges Jahr=2024; heuer=2025");
    CHECK(dates("seit Ende Vorjahr", de) == "Ende Vorjahr=2024");
    CHECK(dates("vor zwei Jahren, vor einer Woche, vor 3 Tagen", de) ==
          "vor zwei Jahren=2023; vor einer Woche=2025-06-23; vor 3 Tagen=2025-06-30");
    // Plural spans of time are not calendar units.
    CHECK(dates("in den letzten Jahren, die letzten Jahre", de) == "");
}

TEST_CASE("the weekend resolves to its Saturday") {
    CHECK(dates("Am Wochenende wurde gefeiert.", de) == "Wochenende=2025-06-28");
    CHECK(dates("Am Wochenende wird gefeiert.", de, thursday, TimeDirection::future) ==
          "Wochenende=2025-07-05");
    CHECK(dates("Am Wochenende wird gefeiert.", de, Date{2025, 7, 6}, TimeDirection::future) ==
          "Wochenende=2025-07-05");
    CHECK(dates("at the weekend and last weekend", en) ==
          "weekend=2025-06-28; last weekend=2025-06-28");
    CHECK(dates("das Wochenende ist lang", de) == "");
}

TEST_CASE("English dates") {
    CHECK(dates("They met on July 2 in Geneva.", en) == "July 2=2025-07-02");
    CHECK(dates("on 2 July, on 2 July 2025, on July 2, 2025", en) ==
          "2 July=2025-07-02; 2 July 2025=2025-07-02; July 2, 2025=2025-07-02");
    CHECK(dates("It opens on the 2nd of July.", en) == "2nd of July=2025-07-02");
    CHECK(dates("from 3-8 May 2004", en) == "3=2004-05-03; 8 May 2004=2004-05-08");
    CHECK(dates("in March 2023, in March, March 2023", en) ==
          "March 2023=2023-03; March=2025-03; March 2023=2023-03");
    CHECK(dates("in early June and late June, mid-June", en) ==
          "early June=2025-06; late June=2025-06; mid-June=2025-06");
    CHECK(dates("by the end of June", en) == "end of June=2025-06");
    CHECK(dates("in 2004, since 1990, by 2000 votes", en) == "2004=2004; 1990=1990");
    CHECK(dates("The Fed raised rates in June, August and November.", en) ==
          "June=2025-06; August=2024-08; November=2024-11");
    // Slashed dates are ambiguous between British and American order.
    CHECK(dates("on 2/7/2025", en) == "");
}

TEST_CASE("English May and March are months only in date context") {
    CHECK(dates("in May, on 5 May, May 5, May 2005, early May", en) ==
          "May=2025-05; 5 May=2025-05-05; May 5=2025-05-05; May 2005=2005-05; early May=2025-05");
    CHECK(dates("Theresa May said it may rain. May I? Mark Dornford-May", en) == "");
    CHECK(dates("They march on. The March of Dimes.", en) == "");
}

TEST_CASE("English weekdays and relative words") {
    CHECK(dates("On Tuesday, Mr Blair said", en) == "Tuesday=2025-07-01");
    CHECK(dates("Tuesday was quiet.", en) == "Tuesday=2025-07-01");
    CHECK(dates("last Tuesday and next Thursday", en) ==
          "last Tuesday=2025-07-01; next Thursday=2025-07-10");
    CHECK(dates("yesterday, today, tomorrow", en) ==
          "yesterday=2025-07-02; today=2025-07-03; tomorrow=2025-07-04");
    CHECK(dates("last week, next week, last month, next month, last year, this year", en) ==
          "last week=2025-06-23; next week=2025-07-07; last month=2025-06; "
          "next month=2025-08; last year=2024; this year=2025");
    CHECK(dates("two years ago, a week ago, 10 days ago", en) ==
          "two years ago=2023; a week ago=2025-06-23; 10 days ago=2025-06-23");
    // Names, not days.
    CHECK(dates("told the Sunday Times and the Mail on Sunday on Super Tuesday", en) == "");
    CHECK(dates("on BBC Radio 4's Today programme", en) == "");
    CHECK(dates("in the last week of March", en) == "March=2025-03");
}

TEST_CASE("resolve: impossible and unanchored dates") {
    CHECK(dates("am 31. Februar", de) == "31. Februar=none");
    CHECK(dates("am 29. Februar 2023 und am 29. Februar 2024", de) ==
          "29. Februar 2023=none; 29. Februar 2024=2024-02-29");
    // The most recent 29 February on or before the anchor.
    CHECK(dates("am 29. Februar", de) == "29. Februar=2024-02-29");
    CHECK(dates("am 29. Februar", de, thursday, TimeDirection::future) == "29. Februar=2028-02-29");
    CHECK(dates("gestern und am 2. Juli 2025", de, std::nullopt) ==
          "gestern=none; 2. Juli 2025=2025-07-02");
    CHECK(dates("gestern", de, Date{2025, 7, 0}) == "gestern=none");
    CHECK(dates("vergangenen Monat", de, Date{2025, 1, 15}) == "vergangenen Monat=2024-12");
}

TEST_CASE("find_dates respects `within` and appends") {
    const std::string_view text = "Am Montag kam er. Am 2. Juli ging er.";
    std::vector<DateMention> out;
    eventex::find_dates(text, Span{18, text.size()}, de, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].span == Span{21, 28});
    eventex::find_dates(text, Span{0, 17}, de, out);
    REQUIRE(out.size() == 2);
    CHECK(out[1].span.of(text) == "Montag");
    CHECK(out[1].expression.kind == DateKind::weekday);
    CHECK(out[1].expression.weekday == 1);
    // A window past the end of the text is clamped; an empty one finds nothing.
    eventex::find_dates(text, Span{30, 500}, de, out);
    eventex::find_dates(text, Span{5, 5}, de, out);
    CHECK(out.size() == 2);
    // A window that cuts a date in half sees only its part: "2. Ju" is no date.
    eventex::find_dates(text, Span{21, 26}, de, out);
    CHECK(out.size() == 2);
}

TEST_CASE("arbitrary bytes do not crash the scanner") {
    std::string noise;
    unsigned state = 12345;
    for (int i = 0; i < 20000; ++i) {
        state = state * 1103515245u + 12345u;
        noise.push_back(static_cast<char>(state >> 16));
    }
    // Salt the noise with date material so that the deeper paths run too.
    for (std::size_t i = 0; i + 12 < noise.size(); i += 97) noise.replace(i, 9, "2. Juli 2");
    std::vector<DateMention> out;
    eventex::find_dates(noise, Span{0, noise.size()}, de, out);
    eventex::find_dates(noise, Span{0, noise.size()}, en, out);
    for (const DateMention& m : out) {
        CHECK(m.span.begin < m.span.end);
        CHECK(m.span.end <= noise.size());
    }
    const std::string cut[] = {"2.", "24.12", "am 2.7.", "July", "July 2,", "Jahr", "vor zwei",
                               "\xC3", "M\xC3\xA4rz", "two years"};
    for (const std::string& s : cut) {
        out.clear();
        eventex::find_dates(s, Span{0, s.size()}, de, out);
        eventex::find_dates(s, Span{0, s.size()}, en, out);
        for (const DateMention& m : out) CHECK(m.span.end <= s.size());
    }
}
