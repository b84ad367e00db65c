// Tests for eventex/text/sentences.hpp. Most inputs are sentences quoted from the corpora in
// ../shared/corpora (de_news: derStandard.at, en_news: BBC), a few are written for one rule.
#include "eventex/text/sentences.hpp"  // split_sentences

#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "eventex/span.hpp"  // Span

namespace {

using eventex::Span;

/// The sentences of `text` as strings, so that a failing CHECK prints them.
std::vector<std::string> sentences(std::string_view text) {
    std::vector<std::string> out;
    for (const Span& s : eventex::split_sentences(text)) out.emplace_back(s.of(text));
    return out;
}

}  // namespace

TEST_CASE("split_sentences: German news with ordinals, dates and abbreviations") {
    const std::string_view text =
        "Dieser Termin fand am 2. Juli im Auftrag von Außenminister Andrii Sybiha statt und wurde "
        "ausgelöst. Laut Pressemitteilung des Außenministeriums stand die Diskussion im Zeichen "
        "der Hilfe.";
    const std::vector<Span> spans = eventex::split_sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == Span{0, 101});  // "ß" and "ö" are two bytes each
    CHECK(spans[1] == Span{102, 189});
    CHECK(spans[1].of(text).substr(0, 5) == "Laut ");

    // de_news: "am 7. Juli", "St. Pölten", "Mio. Euro", "des frühen 20. Jahrhunderts", "Dr."
    CHECK(sentences("Er hofft nun auf eine Reaktion im Gold Cup, der am 7. Juli beginnt. Durch die "
                    "Gruppe-A-Konstellation stehen auch Argentinien und Paraguay bereits vorzeitig "
                    "als Aufsteiger fest.") ==
          std::vector<std::string>{
              "Er hofft nun auf eine Reaktion im Gold Cup, der am 7. Juli beginnt.",
              "Durch die Gruppe-A-Konstellation stehen auch Argentinien und Paraguay bereits "
              "vorzeitig als Aufsteiger fest."});
    CHECK(sentences("Ebenfalls am Dienstag treffen Mattersburg und der SKN St. Pölten aufeinander "
                    "(18.30 Uhr). Vor zwei Jahren schaffte der Zweitligist den Einzug.") ==
          std::vector<std::string>{
              "Ebenfalls am Dienstag treffen Mattersburg und der SKN St. Pölten aufeinander "
              "(18.30 Uhr).",
              "Vor zwei Jahren schaffte der Zweitligist den Einzug."});
    CHECK(sentences("Die Zessionen werden auf 800 Millionen Lewa geschätzt, umgerechnet 407 Mio. "
                    "Euro. Wassilew soll im Kreis gewirtschaftet haben.") ==
          std::vector<std::string>{
              "Die Zessionen werden auf 800 Millionen Lewa geschätzt, umgerechnet 407 Mio. Euro.",
              "Wassilew soll im Kreis gewirtschaftet haben."});
    CHECK(sentences("Das Werk entführt ins düstere London des frühen 20. Jahrhunderts. Nach dem "
                    "Drama schickt das Studio die Spieler ins Jahr 1918, um die Verwandlung eines "
                    "Arztes namens Dr. Jonathan Reid mitzuerleben.")
              .size() == 2);
    CHECK(sentences("3. Oktober: Die Wahl am 1. Mai 2025 fiel in das 20. Jahrhundert? Nein. Am "
                    "24.12. kam er, der 20. Jahrhundert-Mann.") ==
          std::vector<std::string>{"3. Oktober: Die Wahl am 1. Mai 2025 fiel in das 20. Jahrhundert?",
                                   "Nein.", "Am 24.12. kam er, der 20. Jahrhundert-Mann."});
}

TEST_CASE("split_sentences: abbreviation list") {
    CHECK(sentences("Lkw-Fahrten (z. B. Transport von Rohstoffen) und Kosten z.B. Miete, u. a. Strom, "
                    "d. h. Geld, bzw. Zinsen, ca. 300 Euro, Nr. 5, Str. 4, Abs. 2, Art. 7, vgl. "
                    "Anhang, evtl. Mehr, ggf. Weniger, inkl. Steuer, Hr. Maier, Fr. Huber, 3. Jh. "
                    "Kunst, 50 v. Chr. Rom, Bd. 2, S. 4, gem. Vertrag, lt. Bericht, geb. Müller, "
                    "Prof. Dr. Hans Meier, 3 Mrd. Dollar fehlen.")
              .size() == 1);
    CHECK(sentences("Mr. Smith met Dr. Jones in St. Louis on Jan. 5. He said the U.S. economy grew "
                    "2.5 percent, e.g. in Ohio, i.e. slowly, at 9 a.m. Monday, vs. No. 2 Acme Inc. "
                    "Ltd. and Gov. Rick Perry.") ==
          std::vector<std::string>{"Mr. Smith met Dr. Jones in St. Louis on Jan. 5.",
                                   "He said the U.S. economy grew 2.5 percent, e.g. in Ohio, i.e. "
                                   "slowly, at 9 a.m. Monday, vs. No. 2 Acme Inc. Ltd. and Gov. "
                                   "Rick Perry."});
    // An abbreviation that can end a sentence ends one before a typical opener only.
    CHECK(sentences("Äpfel, Birnen usw. Die Preise stiegen.") ==
          std::vector<std::string>{"Äpfel, Birnen usw.", "Die Preise stiegen."});
    CHECK(sentences("Äpfel, Birnen usw. Österreich importiert viel.").size() == 1);
    CHECK(sentences("The deal was approved in the U.S. The talks went on.").size() == 2);
    CHECK(sentences("Lawyers for Pfc. Lynndie England sought Wednesday to throw out evidence.").size() ==
          1);
}

TEST_CASE("split_sentences: initials, numbers, ellipses and addresses") {
    CHECK(sentences("John F. Kennedy was born in 1917. J. R. R. Tolkien wrote The Hobbit.") ==
          std::vector<std::string>{"John F. Kennedy was born in 1917.",
                                   "J. R. R. Tolkien wrote The Hobbit."});
    CHECK(sentences("Dort wohnte auch der Selbstmordattentäter Brahim A. Der Franzose Brahim A. "
                    "hatte sich in die Luft gesprengt.") ==
          std::vector<std::string>{"Dort wohnte auch der Selbstmordattentäter Brahim A.",
                                   "Der Franzose Brahim A. hatte sich in die Luft gesprengt."});
    CHECK(sentences("Rund 3.000 Menschen, also 2.5 Prozent, kamen.").size() == 1);
    // en_news: a number before a period is an English sentence's end.
    CHECK(sentences("He passed away just 11 days after his wife Audrey died aged 91. Lord Callaghan, "
                    "who leaves a son and two daughters, was the longest living former PM.")
              .size() == 2);
    CHECK(sentences("The airline has the option to buy two more in a deal that could be worth more "
                    "than $1.8bn. Both the 7E7 and the A350 are being designed to be efficient.")
              .size() == 2);
    // en_news: "..." before a lower-case word stays inside the sentence.
    CHECK(sentences("\"Their only mistakes were that they were a little bit less focused in the "
                    "second... but only a little bit.\" Sella, however, insisted the pressure had "
                    "eased.") ==
          std::vector<std::string>{"\"Their only mistakes were that they were a little bit less "
                                   "focused in the second... but only a little bit.\"",
                                   "Sella, however, insisted the pressure had eased."});
    CHECK(sentences("Er wartete\xE2\x80\xA6 Dann kam der Bus.") ==
          std::vector<std::string>{"Er wartete\xE2\x80\xA6", "Dann kam der Bus."});
    // de_news: web addresses do not end sentences.
    CHECK(sentences("Für mehr Transparenz haben die Gewerkschaft nun unter www.allinrechner.at ein "
                    "Online-Werkzeug lanciert. Der allinrechner.at mache auch Verträge transparenter, "
                    "schreibt derStandard.at. Mehr unter info@gpa-djp.at.") ==
          std::vector<std::string>{
              "Für mehr Transparenz haben die Gewerkschaft nun unter www.allinrechner.at ein "
              "Online-Werkzeug lanciert.",
              "Der allinrechner.at mache auch Verträge transparenter, schreibt derStandard.at.",
              "Mehr unter info@gpa-djp.at."});
}

TEST_CASE("split_sentences: quotes and brackets") {
    // German „…“: the closing “ after the period stays with its sentence.
    CHECK(sentences("\xE2\x80\x9EWir bleiben hart.\xE2\x80\x9C Dann ging er. Sie sagte: "
                    "\xE2\x80\x9EGut!\xE2\x80\x9C, und lachte.") ==
          std::vector<std::string>{"\xE2\x80\x9EWir bleiben hart.\xE2\x80\x9C", "Dann ging er.",
                                   "Sie sagte: \xE2\x80\x9EGut!\xE2\x80\x9C, und lachte."});
    // en_news: "?" inside quotes, then a new sentence that opens with a quote.
    CHECK(sentences("\"Did you ever know Mr Ebbers to make an accounting entry into Worldcom "
                    "books?\" Mr Weingarten pressed. \"No,\" replied the witness.") ==
          std::vector<std::string>{"\"Did you ever know Mr Ebbers to make an accounting entry "
                                   "into Worldcom books?\"",
                                   "Mr Weingarten pressed.", "\"No,\" replied the witness."});
    CHECK(sentences("Der Eintritt ist frei (Spenden erwünscht.) \xC2\xBB" "Kommt alle!\xC2\xAB rief er.") ==
          std::vector<std::string>{"Der Eintritt ist frei (Spenden erwünscht.)",
                                   "\xC2\xBB" "Kommt alle!\xC2\xAB rief er."});
}

TEST_CASE("split_sentences: line breaks and headlines") {
    const std::string_view text =
        "Ukrainisches Außenministerium ruft US-Vertreter zu Gesprächen\n\nDas Außenministerium "
        "der Ukraine hat am 3. Oktober um Gespräche gebeten.";
    const std::vector<Span> spans = eventex::split_sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == Span{0, 63});
    CHECK(spans[1] == Span{65, 139});
    CHECK(spans[0].of(text) == "Ukrainisches Außenministerium ruft US-Vertreter zu Gesprächen");

    // A single break before a capital ends an unpunctuated line; CRLF is a break.
    CHECK(sentences("Bank of Scotland cuts jobs\r\nThe bank said on Monday that it would cut 200 "
                    "jobs.\r\n") ==
          std::vector<std::string>{"Bank of Scotland cuts jobs",
                                   "The bank said on Monday that it would cut 200 jobs."});
    // A single break inside a sentence that continues in lower case, or after a comma.
    CHECK(sentences("Die Regierung hat am Montag\nbeschlossen, die Steuern,\nAbgaben und Gebühren "
                    "zu senken.")
              .size() == 1);
    // A blank line always ends a sentence, even before a lower-case word.
    CHECK(sentences("erster Teil ohne Punkt\r\n\r\nzweiter Teil") ==
          std::vector<std::string>{"erster Teil ohne Punkt", "zweiter Teil"});
    // A period at a line's end is judged as anywhere else: "Dr." does not end one.
    CHECK(sentences("Er traf Dr.\nMüller. Dann ging er.") ==
          std::vector<std::string>{"Er traf Dr.\nMüller.", "Dann ging er."});
}

TEST_CASE("split_sentences: empty input, appending and arbitrary bytes") {
    CHECK(eventex::split_sentences("").empty());
    CHECK(eventex::split_sentences(" \t\r\n\n \xC2\xA0 ").empty());
    CHECK(sentences("  Nur ein Satz ohne Punkt  ") ==
          std::vector<std::string>{"Nur ein Satz ohne Punkt"});
    CHECK(sentences("Wirklich?! Ja!!! Gut.") ==
          std::vector<std::string>{"Wirklich?!", "Ja!!!", "Gut."});

    // The out-parameter overload appends and keeps what was there.
    std::vector<Span> out{Span{7, 9}};
    eventex::split_sentences("Eins. Zwei.", out);
    CHECK(out == std::vector<Span>{Span{7, 9}, Span{0, 5}, Span{6, 11}});

    // Invalid UTF-8, NUL bytes and truncated sequences keep byte-exact offsets.
    // The NUL after the first period opens no sentence; "\xE2\x80." is not an ellipsis.
    const std::string bytes("Ab\xFF\xFE. \0Cd\xE2\x80. Ef \xC3. G\xE2", 21);
    const std::vector<Span> spans = eventex::split_sentences(bytes);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0] == Span{0, 12});
    CHECK(spans[1] == Span{13, 18});
    CHECK(spans[2] == Span{19, 21});
    CHECK(sentences(std::string_view("\xE2\x80", 2)) == std::vector<std::string>{"\xE2\x80"});
}
