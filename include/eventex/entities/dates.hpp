#pragma once
/// Date expressions in German and English news ("am 2. Juli", "last week") and their resolution
/// against the document's date.
///
/// Decisions, so that callers know what a resolved Date means:
/// - Spans cover the date words and their modifiers ("Anfang Juni", "last Tuesday", "Jahr 2023"),
///   never a leading preposition or article ("am", "im", "on", "in", "the").
/// - A weekday ("am Montag") resolves to the nearest such day on the anchor's side given by the
///   direction; the anchor's own weekday counts ("Montag" in a Monday paper is that Monday).
///   With "last"/"next"/"vergangenen"/"kommenden" the anchor day does not count.
/// - The weekend resolves to its Saturday; a weekend under way (anchor on Sunday) is that weekend.
/// - A week ("vergangene Woche", "next week") resolves to the Monday of that ISO week, with day
///   precision; read it as "the week starting on".
/// - Month parts ("Anfang Juni", "late June") keep month precision; DateExpression::part says
///   which part. "Anfang 2023" keeps year precision.
/// - Bare four-digit numbers are years only after "im Jahr(e)", "seit", "bis", "ab", "Anfang",
///   "Mitte", "Ende", "in", "since", "by", "until", "early", "late", "mid-" and the like, and not
///   before a unit ("bis 2000 Euro"). Slashed dates ("2/7/2025") and two-digit years are skipped.
/// - Impossible numeric dates ("31.02.") are not reported (such numbers are often not dates);
///   named ones ("31. Februar") are reported and resolve to nullopt.
/// - A year written once covers a list or range: "Juni, Juli und August 2015", "2. bis 5. Juli".
/// - Counted spans resolve like their unit: "vor zwei Jahren", "three weeks ago".
#include <cstddef>           // std::size_t
#include <initializer_list>  // std::initializer_list
#include <optional>          // std::optional
#include <string_view>       // std::string_view
#include <vector>            // std::vector

#include "../date.hpp"      // Date, is_valid, add_days, iso_weekday, days_in_month
#include "../language.hpp"  // Language
#include "../span.hpp"      // Span

namespace eventex {

/// Which way an underspecified date points: reports look back, plans look ahead.
enum class TimeDirection { past, future };

/// How a date expression is anchored.
enum class DateKind {
    calendar,  ///< day, month, year as written, some missing ("2. Juli", "im Juni", "2023")
    relative,  ///< `offset` units from the anchor ("gestern", "nächste Woche", "last year")
    weekday,   ///< a named weekday or the weekend ("am Montag", "last Tuesday")
};

/// The unit a relative expression counts in.
enum class DateUnit { day, week, month, year };

/// Which part of a month or year the text names ("Anfang Juni", "late 2004").
enum class DatePart { whole, early, middle, late };

/// A date expression as written, before it is resolved against a document date.
struct DateExpression {
    DateKind kind = DateKind::calendar;
    int year = 0;     ///< calendar: as written, 0 when absent
    int month = 0;    ///< calendar: 1..12, 0 when absent (year only)
    int day = 0;      ///< calendar: 1..31, 0 when absent (month or year only)
    int weekday = 0;  ///< weekday: ISO 1 = Monday .. 7 = Sunday; 6 for the weekend
    bool weekend = false;  ///< weekday: the text says "Wochenende"/"weekend"
    DateUnit unit = DateUnit::day;  ///< relative: what `offset` counts
    int offset = 0;                 ///< relative: -1 "gestern", +1 "nächste Woche", 0 "heute"
    DatePart part = DatePart::whole;
    /// Set by "last"/"next"/"vergangenen"/"kommenden": overrides the caller's direction and
    /// excludes the anchor's own day (weekday) or month (calendar).
    std::optional<TimeDirection> direction;

    friend bool operator==(const DateExpression& a, const DateExpression& b) noexcept {
        return a.kind == b.kind && a.year == b.year && a.month == b.month && a.day == b.day &&
               a.weekday == b.weekday && a.weekend == b.weekend && a.unit == b.unit &&
               a.offset == b.offset && a.part == b.part && a.direction == b.direction;
    }
    friend bool operator!=(const DateExpression& a, const DateExpression& b) noexcept {
        return !(a == b);
    }
};

/// One date expression found in a text.
struct DateMention {
    Span span;  ///< byte offsets into the text passed to find_dates
    DateExpression expression;
};

namespace detail {

enum class DateWordKind : unsigned char {
    month,        // value: 1..12
    month_abbr,   // value: 1..12; needs a day or year next to it
    weekday,      // value: 1..7
    day_offset,   // value: days from the anchor ("gestern" -1)
    day_unit,     // "Tag", "day"; value 1: plural ("Tagen", "days")
    week_unit,    // "Woche", "week"; value 1: plural
    month_unit,   // "Monat", "month"; value 1: plural
    year_unit,    // "Jahr", "year"; value 1: plural (also "Jahre", as in "im Jahre 2023")
    weekend,      // "Wochenende", "weekend"
    this_year,    // "heuer" (Austrian: this year)
    prior_week,   // "Vorwoche"
    prior_month,  // "Vormonat"
    prior_year,   // "Vorjahr"
};

constexpr unsigned char date_de = 1;
constexpr unsigned char date_en = 2;
constexpr unsigned char date_both = 3;

struct DateWord {
    std::string_view text;  // capitalised when only the capitalised form counts
    DateWordKind kind;
    signed char value;
    unsigned char languages;
};

using K = DateWordKind;
constexpr DateWord date_words[] = {
    {"Januar", K::month, 1, date_de},        {"Jänner", K::month, 1, date_de},
    {"Februar", K::month, 2, date_de},       {"Feber", K::month, 2, date_de},
    {"März", K::month, 3, date_de},          {"April", K::month, 4, date_both},
    {"Mai", K::month, 5, date_de},           {"Juni", K::month, 6, date_de},
    {"Juli", K::month, 7, date_de},          {"August", K::month, 8, date_both},
    {"September", K::month, 9, date_both},   {"Oktober", K::month, 10, date_de},
    {"November", K::month, 11, date_both},   {"Dezember", K::month, 12, date_de},
    {"January", K::month, 1, date_en},       {"February", K::month, 2, date_en},
    {"March", K::month, 3, date_en},         {"May", K::month, 5, date_en},
    {"June", K::month, 6, date_en},          {"July", K::month, 7, date_en},
    {"October", K::month, 10, date_en},      {"December", K::month, 12, date_en},
    {"Jan", K::month_abbr, 1, date_both},    {"Jän", K::month_abbr, 1, date_de},
    {"Feb", K::month_abbr, 2, date_both},    {"Mär", K::month_abbr, 3, date_de},
    {"Mar", K::month_abbr, 3, date_en},      {"Apr", K::month_abbr, 4, date_both},
    {"Jun", K::month_abbr, 6, date_both},    {"Jul", K::month_abbr, 7, date_both},
    {"Aug", K::month_abbr, 8, date_both},    {"Sep", K::month_abbr, 9, date_both},
    {"Sept", K::month_abbr, 9, date_both},   {"Okt", K::month_abbr, 10, date_de},
    {"Oct", K::month_abbr, 10, date_en},     {"Nov", K::month_abbr, 11, date_both},
    {"Dez", K::month_abbr, 12, date_de},     {"Dec", K::month_abbr, 12, date_en},
    {"Montag", K::weekday, 1, date_de},      {"Dienstag", K::weekday, 2, date_de},
    {"Mittwoch", K::weekday, 3, date_de},    {"Donnerstag", K::weekday, 4, date_de},
    {"Freitag", K::weekday, 5, date_de},     {"Samstag", K::weekday, 6, date_de},
    {"Sonnabend", K::weekday, 6, date_de},   {"Sonntag", K::weekday, 7, date_de},
    {"Monday", K::weekday, 1, date_en},      {"Tuesday", K::weekday, 2, date_en},
    {"Wednesday", K::weekday, 3, date_en},   {"Thursday", K::weekday, 4, date_en},
    {"Friday", K::weekday, 5, date_en},      {"Saturday", K::weekday, 6, date_en},
    {"Sunday", K::weekday, 7, date_en},
    {"heute", K::day_offset, 0, date_de},    {"gestern", K::day_offset, -1, date_de},
    {"vorgestern", K::day_offset, -2, date_de}, {"morgen", K::day_offset, 1, date_de},
    {"übermorgen", K::day_offset, 2, date_de},
    {"today", K::day_offset, 0, date_en},    {"tonight", K::day_offset, 0, date_en},
    {"yesterday", K::day_offset, -1, date_en}, {"tomorrow", K::day_offset, 1, date_en},
    {"Tag", K::day_unit, 0, date_de},        {"Tagen", K::day_unit, 1, date_de},
    {"day", K::day_unit, 0, date_en},        {"days", K::day_unit, 1, date_en},
    {"Woche", K::week_unit, 0, date_de},     {"week", K::week_unit, 0, date_en},
    {"Wochen", K::week_unit, 1, date_de},    {"weeks", K::week_unit, 1, date_en},
    {"Monaten", K::month_unit, 1, date_de},  {"months", K::month_unit, 1, date_en},
    {"Jahren", K::year_unit, 1, date_de},    {"years", K::year_unit, 1, date_en},
    {"Monat", K::month_unit, 0, date_de},    {"Monats", K::month_unit, 0, date_de},
    {"month", K::month_unit, 0, date_en},
    {"Jahr", K::year_unit, 0, date_de},      {"Jahre", K::year_unit, 1, date_de},
    {"Jahres", K::year_unit, 0, date_de},    {"year", K::year_unit, 0, date_en},
    {"Wochenende", K::weekend, 0, date_de},  {"weekend", K::weekend, 0, date_en},
    {"heuer", K::this_year, 0, date_de},
    {"Vorwoche", K::prior_week, 0, date_de}, {"Vormonat", K::prior_month, 0, date_de},
    {"Vorjahr", K::prior_year, 0, date_de},  {"Vorjahres", K::prior_year, 0, date_de},
};
constexpr std::size_t date_word_count = sizeof date_words / sizeof date_words[0];

// Words are bucketed by their folded first byte: 0..25 ASCII letters, 26 anything else
// ("März" and "übermorgen" fold to 'm' and bucket 26), so a word is compared with a handful
// of entries at most.
constexpr int date_bucket(unsigned char c) noexcept {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a';
    return 26;
}

struct DateWordIndex {
    unsigned char order[date_word_count]{};
    unsigned char start[28]{};
};

constexpr DateWordIndex make_date_word_index() noexcept {
    DateWordIndex index{};
    int counts[27]{};
    for (std::size_t i = 0; i < date_word_count; ++i)
        ++counts[date_bucket(static_cast<unsigned char>(date_words[i].text[0]))];
    int total = 0;
    for (int b = 0; b < 27; ++b) {
        index.start[b] = static_cast<unsigned char>(total);
        total += counts[b];
    }
    index.start[27] = static_cast<unsigned char>(total);
    int fill[27]{};
    for (std::size_t i = 0; i < date_word_count; ++i) {
        const int b = date_bucket(static_cast<unsigned char>(date_words[i].text[0]));
        index.order[index.start[b] + fill[b]++] = static_cast<unsigned char>(i);
    }
    return index;
}
constexpr DateWordIndex date_word_index = make_date_word_index();
static_assert(date_word_count < 256, "index uses unsigned char");

constexpr bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_upper_ascii(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }

// Length of the letter starting at `at` (0 when none): ASCII letters and two-byte UTF-8
// sequences from U+00C0 on (Latin-1 letters, Latin Extended, Greek, Cyrillic). Three-byte
// sequences are mostly punctuation in news ("„", "–"), so they end a word.
constexpr std::size_t letter_at(std::string_view text, std::size_t at, std::size_t end) noexcept {
    if (at >= end) return 0;
    const auto c = static_cast<unsigned char>(text[at]);
    if (is_ascii_letter(c)) return 1;
    if (c >= 0xC3 && c <= 0xDF && at + 1 < end) {
        const auto d = static_cast<unsigned char>(text[at + 1]);
        if ((d & 0xC0) == 0x80 && !(c == 0xC3 && (d == 0x97 || d == 0xB7))) return 2;  // not × ÷
    }
    return 0;
}

// Length of the letter ending just before `at` (0 when none), not reaching below `floor`.
constexpr std::size_t letter_before(std::string_view text, std::size_t at,
                                    std::size_t floor) noexcept {
    if (at <= floor) return 0;
    const auto c = static_cast<unsigned char>(text[at - 1]);
    if (is_ascii_letter(c)) return 1;
    if ((c & 0xC0) == 0x80 && at - 1 > floor) {
        const auto lead = static_cast<unsigned char>(text[at - 2]);
        if (lead >= 0xC3 && lead <= 0xDF && !(lead == 0xC3 && (c == 0x97 || c == 0xB7)))
            return 2;
    }
    return 0;
}

constexpr std::size_t word_end(std::string_view text, std::size_t at, std::size_t end) noexcept {
    while (at < end) {
        const std::size_t n = letter_at(text, at, end);
        if (n == 0) break;
        at += n;
    }
    return at;
}

// Compares a word with a table entry. A lowercase entry ("gestern") also matches its
// capitalised form; `capitalised` reports that. Capitalised entries match only as written.
constexpr bool word_matches(std::string_view word, std::string_view entry,
                            bool& capitalised) noexcept {
    capitalised = false;
    if (word.size() != entry.size()) return false;
    if (word == entry) return true;
    const auto w = static_cast<unsigned char>(word[0]);
    const auto e = static_cast<unsigned char>(entry[0]);
    std::size_t rest = 1;
    if (e >= 'a' && e <= 'z') {
        if (w != e - 'a' + 'A') return false;
    } else if (e == 0xC3 && entry.size() > 1 &&
               static_cast<unsigned char>(entry[1]) >= 0xA0 &&  // lowercase Latin-1 letter
               w == 0xC3 && static_cast<unsigned char>(word[1]) + 0x20 ==
                                static_cast<unsigned char>(entry[1])) {
        rest = 2;
    } else {
        return false;
    }
    if (word.substr(rest) != entry.substr(rest)) return false;
    capitalised = true;
    return true;
}

struct DateWordMatch {
    const DateWord* entry = nullptr;
    bool capitalised = false;  // a lowercase word written with a capital
    bool compound = false;     // "Montagabend": weekday plus part of the day
};

constexpr bool date_word_initial(unsigned char c) noexcept {
    // Initials of all entries (folded): a d f h j m n o s t v w y, plus non-ASCII (ü).
    switch (c | 0x20) {
        case 'a': case 'd': case 'f': case 'g': case 'h': case 'j': case 'm': case 'n':
        case 'o': case 's': case 't': case 'v': case 'w': case 'y':
            return true;
        default:
            return c >= 0x80;
    }
}

constexpr DateWordMatch lookup_date_word(std::string_view word, Language language) noexcept {
    const unsigned char mask = language == Language::german ? date_de : date_en;
    const int b = date_bucket(static_cast<unsigned char>(word[0]));
    for (int i = date_word_index.start[b]; i < date_word_index.start[b + 1]; ++i) {
        const DateWord& entry = date_words[date_word_index.order[i]];
        bool capitalised = false;
        if ((entry.languages & mask) && word_matches(word, entry.text, capitalised))
            return {&entry, capitalised, false};
    }
    if (language == Language::german && word.size() > 9) {
        // German writes the part of the day onto the weekday: "Montagabend", "Sonntagfrüh".
        constexpr std::string_view parts[] = {"abend", "morgen", "nachmittag", "vormittag",
                                              "mittag", "früh", "nacht"};
        for (int i = date_word_index.start[b]; i < date_word_index.start[b + 1]; ++i) {
            const DateWord& entry = date_words[date_word_index.order[i]];
            if (entry.kind != K::weekday || !(entry.languages & mask) ||
                word.substr(0, entry.text.size()) != entry.text)
                continue;
            const std::string_view rest = word.substr(entry.text.size());
            for (std::string_view part : parts)
                if (rest == part) return {&entry, false, true};
        }
    }
    return {};
}

// The modifier of a German relative expression: "vergangene(n|r|s|m)", "letzte..",
// "vorige..", "nächste..", "kommende..", "diese..". Offset -1, +1 or 0.
constexpr std::optional<int> german_modifier(std::string_view word) noexcept {
    struct Stem { std::string_view text; int offset; };
    constexpr Stem stems[] = {{"vergangen", -1}, {"letzt", -1}, {"vorig", -1},
                              {"nächst", 1},     {"kommend", 1}, {"dies", 0},
                              {"laufend", 0}};
    constexpr std::string_view endings[] = {"e", "en", "er", "es", "em"};
    if (word.empty()) return std::nullopt;
    for (const Stem& stem : stems) {
        if (word.size() <= stem.text.size() || word.size() > stem.text.size() + 2) continue;
        const auto first = static_cast<unsigned char>(word[0]);
        if ((first | 0x20) != static_cast<unsigned char>(stem.text[0])) continue;
        if (word.substr(1, stem.text.size() - 1) != stem.text.substr(1)) continue;
        const std::string_view ending = word.substr(stem.text.size());
        for (std::string_view e : endings)
            if (ending == e) return stem.offset;
    }
    return std::nullopt;
}

constexpr std::optional<int> english_modifier(std::string_view word) noexcept {
    if (word == "last" || word == "Last") return -1;
    if (word == "next" || word == "Next") return 1;
    if (word == "this" || word == "This") return 0;
    return std::nullopt;
}

constexpr bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) noexcept {
    for (std::string_view w : list)
        if (w == word) return true;
    return false;
}

// Scans one text; lookahead stops at `end`, lookbehind at `floor` (the end of the last
// mention, so that mentions never overlap).
class DateScanner {
public:
    DateScanner(std::string_view text, std::size_t begin, std::size_t end, Language language,
                std::vector<DateMention>& out) noexcept
        : text_(text), begin_(begin), end_(end), floor_(begin), language_(language), out_(out) {}

    void run() {
        std::size_t i = begin_;
        while (i < end_) {
            const auto c = static_cast<unsigned char>(text_[i]);
            if (is_digit(c)) {
                i = at_number(i);
                continue;
            }
            const std::size_t n = letter_at(text_, i, end_);
            if (n == 0) {
                ++i;
                continue;
            }
            const std::size_t we = word_end(text_, i, end_);
            if (date_word_initial(c) && we - i >= 3) {
                const DateWordMatch match = lookup_date_word(text_.substr(i, we - i), language_);
                if (match.entry != nullptr) {
                    const std::size_t next = at_word(i, we, match);
                    i = next > we ? next : we;
                    continue;
                }
            }
            i = we;
        }
    }

private:
    struct Number {
        std::size_t end = 0;
        int value = 0;
        int digits = 0;
    };
    struct Parsed {
        std::size_t end = 0;
        DateExpression expression;
    };

    std::string_view text_;
    std::size_t begin_, end_, floor_;
    Language language_;
    std::vector<DateMention>& out_;

    bool german() const noexcept { return language_ == Language::german; }
    unsigned char at(std::size_t i) const noexcept {
        return i < end_ ? static_cast<unsigned char>(text_[i]) : 0;
    }

    void emit(std::size_t b, std::size_t e, const DateExpression& expression) {
        // "von September bis November 2014", "Juni und Juli 2015": the year written once
        // belongs to the whole list.
        if (expression.kind == DateKind::calendar && expression.year != 0 &&
            expression.month != 0 && !out_.empty() && out_.back().span.end == floor_) {
            std::size_t next = b;
            for (std::size_t k = out_.size(); k-- > 0;) {
                DateMention& m = out_[k];
                // The last link needs a word or a dash ("Juli und August 2015"); a comma
                // alone may start a new phrase ("in March, March 2023").
                if (m.span.begin < begin_ || m.expression.kind != DateKind::calendar ||
                    m.expression.year != 0 || m.expression.month == 0 ||
                    !joined(m.span.end, next, next != b))
                    break;
                m.expression.year = expression.year;
                next = m.span.begin;
            }
        }
        out_.push_back(DateMention{Span{b, e}, expression});
        floor_ = e;
    }

    Number number_at(std::size_t i) const noexcept {
        Number n;
        n.end = i;
        while (n.end < end_ && is_digit(at(n.end)) && n.digits < 9) {
            n.value = n.value * 10 + (at(n.end) - '0');
            ++n.end;
            ++n.digits;
        }
        return n;
    }

    // A number ends cleanly: no more digits, no decimal or thousands part, no letter glued on.
    bool number_ends(std::size_t i) const noexcept {
        const unsigned char c = at(i);
        if (is_digit(c) || letter_at(text_, i, end_) != 0) return false;
        if ((c == '.' || c == ',' || c == ':') && is_digit(at(i + 1))) return false;
        return true;
    }

    std::size_t skip_spaces(std::size_t i) const noexcept {
        while (i < end_ && at(i) == ' ') ++i;
        // A no-break space (U+00A0) sits between day and month in some sources.
        while (i + 1 < end_ && at(i) == 0xC2 && at(i + 1) == 0xA0) i += 2;
        while (i < end_ && at(i) == ' ') ++i;
        return i;
    }

    // The word that ends at `i` after optional spaces; empty span when none.
    Span word_before(std::size_t i) const noexcept {
        while (i > floor_ && text_[i - 1] == ' ') --i;
        const std::size_t e = i;
        while (std::size_t n = letter_before(text_, i, floor_)) i -= n;
        return Span{i, e};
    }

    // The word starting at `i` after optional spaces; empty span when none.
    Span word_after(std::size_t i) const noexcept {
        i = skip_spaces(i);
        return Span{i, word_end(text_, i, end_)};
    }

    std::string_view view(Span s) const noexcept { return s.of(text_); }

    // True when the word at `i` starts a sentence or clause: a capital there says nothing.
    bool sentence_initial(std::size_t i) const noexcept {
        while (i > begin_ && (text_[i - 1] == ' ' || text_[i - 1] == '\n' || text_[i - 1] == '\t'))
            --i;
        if (i <= begin_) return true;
        const auto c = static_cast<unsigned char>(text_[i - 1]);
        switch (c) {
            case '.': case '!': case '?': case ':': case ';': case '"': case '\'': case '(':
            case '[': case '-':
                return true;
            default: break;
        }
        if (i - begin_ >= 2) {
            const auto lead = static_cast<unsigned char>(text_[i - 2]);
            if (lead == 0xC2 && (c == 0xAB || c == 0xBB)) return true;  // « »
            if (i - begin_ >= 3 && static_cast<unsigned char>(text_[i - 3]) == 0xE2 &&
                lead == 0x80 && c >= 0x93 && c <= 0x9E)  // – — ‘ ’ “ ” „
                return true;
        }
        return false;
    }

    // A four-digit year 1000..2999 at `i`, ending cleanly.
    std::optional<Number> year_at(std::size_t i) const noexcept {
        if (!is_digit(at(i))) return std::nullopt;
        const Number n = number_at(i);
        if (n.digits != 4 || n.value < 1000 || n.value > 2999 || !number_ends(n.end))
            return std::nullopt;
        return n;
    }

    // A month word at `i` (full or abbreviated, the abbreviation's dot included).
    struct MonthWord {
        std::size_t end = 0;
        int month = 0;
        bool abbreviated = false;
    };
    std::optional<MonthWord> month_at(std::size_t i) const noexcept {
        if (i >= end_ || !is_upper_ascii(at(i))) return std::nullopt;
        const std::size_t we = word_end(text_, i, end_);
        if (we - i < 3) return std::nullopt;
        const DateWordMatch m = lookup_date_word(text_.substr(i, we - i), language_);
        if (m.entry == nullptr || m.capitalised ||
            (m.entry->kind != K::month && m.entry->kind != K::month_abbr))
            return std::nullopt;
        MonthWord w{we, m.entry->value, m.entry->kind == K::month_abbr};
        if (w.abbreviated && at(we) == '.') ++w.end;
        else if (at(we) == '-' && letter_at(text_, we + 1, end_) != 0) return std::nullopt;
        return w;
    }

    // "[space] 2025" after a month: the year, or nothing.
    std::size_t year_after(std::size_t i, int& year) const noexcept {
        const std::size_t j = skip_spaces(i);
        if (j == i) return i;
        if (auto y = year_at(j)) {
            year = y->value;
            return y->end;
        }
        return i;
    }

    // German "2. Juli [2025]" at `i`.
    std::optional<Parsed> german_day_month(std::size_t i) const noexcept {
        const Number d = number_at(i);
        if (d.digits < 1 || d.digits > 2 || d.value < 1 || d.value > 31 || at(d.end) != '.')
            return std::nullopt;
        const auto m = month_at(skip_spaces(d.end + 1));
        if (!m) return std::nullopt;
        Parsed p;
        p.expression.day = d.value;
        p.expression.month = m->month;
        p.end = year_after(m->end, p.expression.year);
        return p;
    }

    std::size_t ordinal_suffix(std::size_t i, int day) const noexcept {
        const unsigned char a = at(i), b = at(i + 1);
        const int last = day % 10;
        const bool teen = day >= 11 && day <= 13;
        bool ok = false;
        if (a == 's' && b == 't') ok = last == 1 && !teen;
        else if (a == 'n' && b == 'd') ok = last == 2 && !teen;
        else if (a == 'r' && b == 'd') ok = last == 3 && !teen;
        else if (a == 't' && b == 'h') ok = teen || last == 0 || last >= 4;
        return ok && letter_at(text_, i + 2, end_) == 0 ? i + 2 : i;
    }

    // English "2 July [2025]", "2nd July", "2nd of July".
    std::optional<Parsed> english_day_month(std::size_t i) const noexcept {
        const Number d = number_at(i);
        if (d.digits < 1 || d.digits > 2 || d.value < 1 || d.value > 31) return std::nullopt;
        const std::size_t after = ordinal_suffix(d.end, d.value);
        if (after == d.end && !number_ends(d.end)) return std::nullopt;
        std::size_t j = skip_spaces(after);
        if (j == after) return std::nullopt;
        if (j + 3 <= end_ && text_.substr(j, 3) == "of ") j = skip_spaces(j + 3);
        const auto m = month_at(j);
        if (!m) return std::nullopt;
        Parsed p;
        p.expression.day = d.value;
        p.expression.month = m->month;
        std::size_t k = m->end;
        if (at(k) == ',') ++k;
        const std::size_t y = year_after(k, p.expression.year);
        p.end = y != k ? y : m->end;
        return p;
    }

    std::size_t at_number(std::size_t i) {
        const Number n = number_at(i);
        std::size_t skip = n.end;
        while (is_digit(at(skip))) ++skip;  // more than nine digits
        // Inside a longer token: "A4", "1.234", "14:30", "2/7".
        if (i > floor_) {
            const auto p = static_cast<unsigned char>(text_[i - 1]);
            if (letter_before(text_, i, floor_) != 0 || p == '_') return skip;
            if ((p == '.' || p == ',' || p == ':' || p == '/') && i - 1 > floor_ &&
                is_digit(static_cast<unsigned char>(text_[i - 2])))
                return skip;
        }
        if (n.digits == 4) return at_four_digits(i, n);
        if (n.digits > 2 || n.value == 0) return skip;
        if (german()) {
            if (auto p = german_numeric(n)) {
                emit(i, p->end, p->expression);
                return p->end;
            }
            if (auto p = german_day_month(i)) {
                emit(i, p->end, p->expression);
                return p->end;
            }
            // "2. bis 5. Juli", "2. und 3. Juli": the first day borrows the month.
            if (at(n.end) == '.') return day_range(i, n, n.end + 1, skip);
            return skip;
        }
        if (auto p = english_day_month(i)) {
            emit(i, p->end, p->expression);
            return p->end;
        }
        // "3-8 May", "3rd and 4th May"
        return day_range(i, n, ordinal_suffix(n.end, n.value), skip);
    }

    // A day range whose first day, ending at `first_end`, borrows month and year from the
    // second: "2. bis 5. Juli", "3-8 May". Returns where scanning goes on.
    std::size_t day_range(std::size_t i, const Number& n, std::size_t first_end,
                          std::size_t skip) {
        const std::size_t j = skip_spaces(first_end);
        std::size_t k = j;
        const std::string_view word = view(Span{j, word_end(text_, j, end_)});
        if (at(j) == '-') k = j + 1;
        else if (j + 3 <= end_ && text_.substr(j, 3) == "\xE2\x80\x93") k = j + 3;  // en dash
        else if (german() ? is_one_of(word, {"bis", "und"}) : is_one_of(word, {"to", "and"}))
            k = j + word.size();
        if (k == j) return skip;
        k = skip_spaces(k);
        if (!is_digit(at(k))) return skip;
        const std::optional<Parsed> second = german() ? german_day_month(k) : english_day_month(k);
        if (!second || n.value < 1 || n.value >= second->expression.day) return skip;
        DateExpression first = second->expression;
        first.day = n.value;
        emit(i, first_end, first);
        emit(k, second->end, second->expression);
        return second->end;
    }

    // "2.7.2025", "02.07.2025", "24.12.": validated here, since such numbers are often not dates.
    std::optional<Parsed> german_numeric(const Number& d) const noexcept {
        if (at(d.end) != '.' || !is_digit(at(d.end + 1))) return std::nullopt;
        const Number m = number_at(d.end + 1);
        if (m.digits > 2 || at(m.end) != '.') return std::nullopt;
        Parsed p;
        p.expression.day = d.value;
        p.expression.month = m.value;
        if (is_digit(at(m.end + 1))) {
            const auto y = year_at(m.end + 1);
            if (!y) return std::nullopt;
            p.expression.year = y->value;
            p.end = y->end;
            if (!is_valid(Date{y->value, m.value, d.value})) return std::nullopt;
        } else {
            // "24.12." needs its closing dot and nothing glued on after it.
            p.end = m.end + 1;
            if (letter_at(text_, p.end, end_) != 0) return std::nullopt;
            if (!is_valid(Date{2000, m.value, d.value})) return std::nullopt;  // 2000: leap
        }
        return p;
    }

    // Units after a bare year make it a quantity: "bis 2000 Euro", "by 2000 votes".
    bool quantity_follows(std::size_t i) const noexcept {
        const std::size_t j = skip_spaces(i);
        if (at(j) == '%') return true;
        const std::string_view w = view(Span{j, word_end(text_, j, end_)});
        return is_one_of(w, {"Euro", "Dollar", "Franken", "Pfund", "Prozent", "Menschen",
                             "Personen", "Leute", "Meter", "Kilometer", "Tonnen", "Stück",
                             "Stimmen", "Mitarbeiter", "Euros", "euros", "dollars", "pounds",
                             "people", "percent", "metres", "meters", "miles", "votes", "jobs",
                             "tonnes", "staff", "workers", "homes", "units", "copies"});
    }

    std::size_t at_four_digits(std::size_t i, const Number& n) {
        // ISO 8601: "2025-07-02".
        if (at(n.end) == '-' && is_digit(at(n.end + 1)) && is_digit(at(n.end + 2)) &&
            at(n.end + 3) == '-' && is_digit(at(n.end + 4)) && is_digit(at(n.end + 5)) &&
            number_ends(n.end + 6)) {
            DateExpression e;
            e.year = n.value;
            e.month = (at(n.end + 1) - '0') * 10 + (at(n.end + 2) - '0');
            e.day = (at(n.end + 4) - '0') * 10 + (at(n.end + 5) - '0');
            if (is_valid(Date{e.year, e.month, e.day})) {
                emit(i, n.end + 6, e);
                return n.end + 6;
            }
            return n.end;
        }
        if (n.value < 1900 || n.value > 2099 || !number_ends(n.end) || quantity_follows(n.end))
            return n.end;
        DateExpression e;
        e.year = n.value;
        std::size_t b = i;
        // "mid-2005"
        if (i >= floor_ + 4 && (text_.substr(i - 4, 4) == "mid-" || text_.substr(i - 4, 4) == "Mid-")) {
            e.part = DatePart::middle;
            emit(i - 4, n.end, e);
            return n.end;
        }
        const Span prev = word_before(i);
        if (prev.empty() || prev.end == i) return n.end;  // glued to a word or symbol
        const std::string_view w = view(prev);
        bool ok = false;
        if (german()) {
            if (is_one_of(w, {"Anfang", "Mitte", "Ende"})) {
                e.part = w == "Anfang" ? DatePart::early : w == "Mitte" ? DatePart::middle
                                                                         : DatePart::late;
                b = prev.begin;
                ok = true;
            } else if (is_one_of(w, {"Frühjahr", "Frühling", "Sommer", "Herbst", "Winter"})) {
                b = prev.begin;
                ok = true;
            } else {
                ok = is_one_of(w, {"seit", "Seit", "bis", "Bis", "ab", "Ab", "im", "Im", "vor",
                                   "nach", "Jahr", "Jahre", "Jahres", "Jahresende", "von"});
                // "1500 bis 2000": a range of quantities, not a year.
                if (ok && is_one_of(w, {"bis", "Bis", "von"})) {
                    std::size_t p = prev.begin;
                    while (p > floor_ && text_[p - 1] == ' ') --p;
                    if (p > floor_ && is_digit(static_cast<unsigned char>(text_[p - 1]))) ok = false;
                }
            }
        } else {
            if (is_one_of(w, {"early", "Early", "late", "Late"})) {
                e.part = w[0] == 'e' || w[0] == 'E' ? DatePart::early : DatePart::late;
                b = prev.begin;
                ok = true;
            } else if (is_one_of(w, {"spring", "summer", "autumn", "winter", "Spring", "Summer",
                                     "Autumn", "Winter"})) {
                b = prev.begin;
                ok = true;
            } else {
                ok = is_one_of(w, {"in", "In", "since", "Since", "by", "By", "until", "Until",
                                   "till", "during", "During", "before", "after", "year"});
                if (ok && is_one_of(w, {"to", "by"})) {
                    std::size_t p = prev.begin;
                    while (p > floor_ && text_[p - 1] == ' ') --p;
                    if (p > floor_ && is_digit(static_cast<unsigned char>(text_[p - 1]))) ok = false;
                }
            }
        }
        if (!ok) return n.end;
        emit(b, n.end, e);
        return n.end;
    }

    // Extends a span leftwards over a month part: "Anfang", "early", "the end of".
    std::size_t month_part_before(std::size_t i, DatePart& part) const noexcept {
        const Span prev = word_before(i);
        if (prev.empty() || prev.end == i) return i;
        const std::string_view w = view(prev);
        if (german()) {
            if (w == "Anfang") part = DatePart::early;
            else if (w == "Mitte") part = DatePart::middle;
            else if (w == "Ende") part = DatePart::late;
            else return i;
            return prev.begin;
        }
        if (w == "early" || w == "Early") part = DatePart::early;
        else if (w == "late" || w == "Late") part = DatePart::late;
        else if (w == "of") {
            const Span p2 = word_before(prev.begin);
            if (p2.empty() || p2.end == prev.begin) return i;
            const std::string_view w2 = view(p2);
            if (is_one_of(w2, {"start", "beginning"})) part = DatePart::early;
            else if (w2 == "middle") part = DatePart::middle;
            else if (w2 == "end") part = DatePart::late;
            else return i;
            return p2.begin;
        } else {
            return i;
        }
        return prev.begin;
    }

    std::size_t at_word(std::size_t b, std::size_t e, const DateWordMatch& match) {
        const DateWord& w = *match.entry;
        switch (w.kind) {
            case K::month:
            case K::month_abbr: return at_month(b, e, w);
            case K::weekday: return at_weekday(b, e, w);
            case K::day_offset: {
                if (match.capitalised && !sentence_initial(b)) return e;  // "Today" programme
                if (german()) {
                    // "heute morgen" is this morning; "lieber heute als morgen" and "von heute
                    // auf morgen" are idioms, not dates.
                    const std::string_view prev = view(word_before(b));
                    const std::string_view next = view(word_after(e));
                    if (w.value == 1 && is_one_of(prev, {"heute", "gestern", "vorgestern",
                                                         "Heute", "Gestern", "als", "auf"}))
                        return e;
                    if (w.value == 0 && is_one_of(next, {"als", "auf"}) &&
                        view(word_after(word_after(e).end)) == "morgen")
                        return e;
                }
                DateExpression x;
                x.kind = DateKind::relative;
                x.unit = DateUnit::day;
                x.offset = w.value;
                emit(b, e, x);
                return e;
            }
            case K::this_year:
                if (match.capitalised && !sentence_initial(b)) return e;
                return emit_relative(b, e, DateUnit::year, 0);
            case K::prior_week: return emit_relative(part_start(b), e, DateUnit::week, -1);
            case K::prior_month: return emit_relative(part_start(b), e, DateUnit::month, -1);
            case K::prior_year: return emit_relative(part_start(b), e, DateUnit::year, -1);
            case K::day_unit: return at_unit(b, e, DateUnit::day, w.value != 0);
            case K::week_unit: return at_unit(b, e, DateUnit::week, w.value != 0);
            case K::month_unit: return at_unit(b, e, DateUnit::month, w.value != 0);
            case K::year_unit: return at_unit(b, e, DateUnit::year, w.value != 0);
            case K::weekend: return at_weekend(b, e);
        }
        return e;
    }

    // "Anfang/Ende" before a relative noun ("seit Ende Vorjahr").
    std::size_t part_start(std::size_t b) const noexcept {
        DatePart part = DatePart::whole;
        return month_part_before(b, part);
    }

    std::size_t emit_relative(std::size_t b, std::size_t e, DateUnit unit, int offset,
                              DatePart part = DatePart::whole) {
        DateExpression x;
        x.kind = DateKind::relative;
        x.unit = unit;
        x.offset = offset;
        x.part = part;
        if (part == DatePart::whole && unit != DateUnit::day && unit != DateUnit::week) {
            DatePart p = DatePart::whole;
            const std::size_t s = month_part_before(b, p);
            if (s != b) {
                x.part = p;
                b = s;
            }
        }
        emit(b, e, x);
        return e;
    }

    // A modifier word before `b`: offset and where it starts; English "the last week" is not one.
    std::optional<int> modifier_before(std::size_t b, std::size_t& start) const noexcept {
        const Span prev = word_before(b);
        if (prev.empty() || prev.end == b) return std::nullopt;
        const std::string_view w = view(prev);
        const std::optional<int> offset = german() ? german_modifier(w) : english_modifier(w);
        if (!offset) return std::nullopt;
        if (!german()) {
            const std::string_view article = view(word_before(prev.begin));
            if (is_one_of(article, {"the", "The"}) && *offset != 0) return std::nullopt;
        }
        start = prev.begin;
        return offset;
    }

    // A count before `b`: digits or a number word ("zwei", "einem", "a", "two").
    std::optional<int> count_before(std::size_t b, std::size_t& start) const noexcept {
        std::size_t i = b;
        while (i > floor_ && text_[i - 1] == ' ') --i;
        if (i == b) return std::nullopt;
        std::size_t d = i;
        while (d > floor_ && is_digit(static_cast<unsigned char>(text_[d - 1]))) --d;
        if (d < i) {
            if (i - d > 3 || (d > floor_ && text_[d - 1] != ' ')) return std::nullopt;
            start = d;
            return number_at(d).value;
        }
        const Span w = word_before(b);
        if (w.empty() || (w.begin > floor_ && letter_before(text_, w.begin, floor_) != 0))
            return std::nullopt;
        constexpr std::string_view german_counts[] = {
            "einem", "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
            "neun", "zehn", "elf", "zwölf"};
        constexpr std::string_view english_counts[] = {
            "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve"};
        const std::string_view word = view(w);
        for (int k = 0; k < 13; ++k) {
            const std::string_view c = german() ? german_counts[k] : english_counts[k];
            if (word == c || (!german() && k == 0 && word == "an")) {
                start = w.begin;
                return k <= 1 ? 1 : k;
            }
        }
        return std::nullopt;
    }

    // "vor zwei Jahren", "vor einer Woche", "two years ago", "a week ago".
    std::size_t counted_ago(std::size_t b, std::size_t e, DateUnit unit) {
        std::size_t start = b;
        const std::optional<int> count = count_before(b, start);
        if (!count || *count < 1) return b;
        std::size_t end = e;
        if (german()) {
            const Span vor = word_before(start);
            if (vor.empty() || vor.end == start || !is_one_of(view(vor), {"vor", "Vor"})) return b;
            start = vor.begin;
        } else {
            const Span ago = word_after(e);
            if (ago.begin == e || view(ago) != "ago") return b;
            end = ago.end;
        }
        DateExpression x;
        x.kind = DateKind::relative;
        x.unit = unit;
        x.offset = -*count;
        emit(start, end, x);
        return end;
    }

    std::size_t at_unit(std::size_t b, std::size_t e, DateUnit unit, bool plural) {
        if (unit == DateUnit::year && german()) {
            // "im Jahr 2023", "des Jahres 2015"
            const std::size_t j = skip_spaces(e);
            if (j != e) {
                const auto y = year_at(j);
                // "pro Jahr 2000 Euro" is a quantity.
                if (y && !quantity_follows(y->end)) {
                    DateExpression x;
                    x.year = y->value;
                    emit(b, y->end, x);
                    return y->end;
                }
            }
        }
        const std::size_t ago = counted_ago(b, e, unit);
        if (ago != b) return ago;
        // "die letzten Jahre", "the last days" are spans of time, not calendar units.
        if (plural || unit == DateUnit::day) return e;
        std::size_t start = b;
        const std::optional<int> offset = modifier_before(b, start);
        if (!offset) return e;
        return emit_relative(start, e, unit, *offset);
    }

    std::size_t at_weekend(std::size_t b, std::size_t e) {
        DateExpression x;
        x.kind = DateKind::weekday;
        x.weekday = 6;
        x.weekend = true;
        std::size_t start = b;
        if (const std::optional<int> offset = modifier_before(b, start)) {
            if (*offset < 0) x.direction = TimeDirection::past;
            if (*offset > 0) x.direction = TimeDirection::future;
            emit(start, e, x);
            return e;
        }
        const Span prev = word_before(b);
        const std::string_view w = view(prev);
        bool ok = false;
        if (german()) {
            ok = is_one_of(w, {"am", "Am", "übers", "Übers", "zum", "Zum"});
        } else if (is_one_of(w, {"the", "The"})) {
            ok = is_one_of(view(word_before(prev.begin)),
                           {"at", "At", "over", "Over", "on", "On", "during", "During", "for"});
        }
        if (!ok) return e;
        emit(b, e, x);
        return e;
    }

    std::size_t at_weekday(std::size_t b, std::size_t e, const DateWord& w) {
        if (!german()) {
            // Names, not days: "Sunday Times", "Mail on Sunday", "Super Tuesday".
            const std::string_view next = view(word_after(e));
            if (is_one_of(next, {"Times", "Telegraph", "Mirror", "Express", "Herald", "Post",
                                 "Mail", "Sport", "People", "Independent", "Star", "Night",
                                 "Tribune", "Business", "Observer"}) &&
                skip_spaces(e) != e)
                return e;
            const Span p = word_before(b);
            const std::string_view prev = view(p);
            if (is_one_of(prev, {"Super", "Black", "Good", "Easter", "Bloody", "Palm", "Ash",
                                 "Holy", "Cyber", "Maundy", "Shrove", "Low"}))
                return e;
            if (w.value == 7 && prev == "on" &&
                is_one_of(view(word_before(p.begin)), {"Mail", "Independent", "Scotland"}))
                return e;
        } else if (at(e) == '-' && letter_at(text_, e + 1, end_) != 0) {
            return e;  // "Sonntag-Frage"
        }
        DateExpression x;
        x.kind = DateKind::weekday;
        x.weekday = w.value;
        std::size_t start = b;
        if (const std::optional<int> offset = modifier_before(b, start)) {
            if (*offset < 0) x.direction = TimeDirection::past;
            if (*offset > 0) x.direction = TimeDirection::future;
        }
        emit(start, e, x);
        return e;
    }

    // "im Juni, August und November": a month right after a month mention, joined by a
    // comma, "and", "or", "/" or "bis", needs no preposition of its own.
    bool month_list_continues(std::size_t b) const noexcept {
        if (out_.empty() || out_.back().span.end != floor_ || floor_ <= begin_) return false;
        const DateExpression& last = out_.back().expression;
        return last.kind == DateKind::calendar && last.month != 0 && joined(floor_, b);
    }

    // True when only a list or range joiner lies between two mentions: ", ", " und ",
    // " or ", "/", " - ", " bis ".
    bool joined(std::size_t from, std::size_t to, bool comma = true) const noexcept {
        if (to <= from) return false;
        std::size_t i = from;
        const bool has_comma = at(i) == ',';
        if (has_comma || at(i) == '/' || at(i) == '-') ++i;
        else if (i + 3 <= end_ && text_.substr(i, 3) == "\xE2\x80\x93") i += 3;  // en dash
        i = skip_spaces(i);
        if (i == to) return i > from && (comma || !has_comma);
        const Span w{i, word_end(text_, i, end_)};
        if (!is_one_of(view(w), {"and", "or", "to", "und", "oder", "bis"})) return false;
        return skip_spaces(w.end) == to;
    }

    std::size_t at_month(std::size_t b, std::size_t e, const DateWord& w) {
        // Glued to a hyphenated word: "Juni-Ausgabe", "Post-Mai"; but "mid-June".
        bool mid = false;
        if (b > floor_ && text_[b - 1] == '-') {
            if (b >= floor_ + 4 && (text_.substr(b - 4, 4) == "mid-" || text_.substr(b - 4, 4) == "Mid-"))
                mid = true;
            else if (letter_before(text_, b - 1, floor_) != 0)
                return e;
        }
        const auto m = month_at(b);
        if (!m) return e;
        DateExpression x;
        x.month = m->month;
        std::size_t end = m->end;
        if (!german()) {
            // "July 2", "July 2nd", "July 2, 2025"
            if (w.value == 5 && (at(end) == '\'' ||
                                 (at(end) == 0xE2 && at(end + 1) == 0x80 && at(end + 2) == 0x99)))
                return e;  // "May's" is mostly Theresa May's
            const std::size_t j = skip_spaces(end);
            if (j != end && is_digit(at(j))) {
                const Number d = number_at(j);
                if (d.digits <= 2 && d.value >= 1 && d.value <= 31) {
                    std::size_t k = ordinal_suffix(d.end, d.value);
                    if (k != d.end || number_ends(d.end)) {
                        x.day = d.value;
                        end = k;
                        std::size_t c = at(k) == ',' ? k + 1 : k;
                        const std::size_t y = year_after(c, x.year);
                        if (y != c) end = y;
                    }
                }
            }
        }
        if (x.day == 0) {
            const std::size_t y = year_after(end, x.year);
            end = y;
        }
        if (m->abbreviated && x.day == 0 && x.year == 0) return e;
        std::size_t start = b;
        if (mid) {
            x.part = DatePart::middle;
            start = b - 4;
        } else if (x.day == 0) {
            start = month_part_before(b, x.part);
        }
        if (x.day == 0 && x.year == 0 && start == b) {
            // A month on its own needs a preposition or modifier: "im Juni", "in March".
            const Span prev = word_before(b);
            const std::string_view p = view(prev);
            bool ok = false;
            if (german()) {
                ok = is_one_of(p, {"im", "Im", "seit", "Seit", "bis", "Bis", "ab", "Ab",
                                   "vom", "zum", "von", "Von", "für", "Für", "zwischen",
                                   "Zwischen", "gegenüber"});
            } else if (w.value == 5) {
                ok = is_one_of(p, {"in", "In", "on", "since", "Since", "until", "Until", "by",
                                   "By", "from", "From"});
            } else {
                ok = is_one_of(p, {"in", "In", "since", "Since", "until", "Until", "by", "By",
                                   "till", "during", "During", "from", "From", "before",
                                   "after", "for", "between", "Between", "of", "to"});
            }
            ok = ok || month_list_continues(b);
            std::size_t s = b;
            if (!ok) {
                if (const std::optional<int> offset = modifier_before(b, s)) {
                    if (*offset < 0) x.direction = TimeDirection::past;
                    if (*offset > 0) x.direction = TimeDirection::future;
                    ok = true;
                    start = s;
                }
            }
            if (!ok) return e;
        }
        emit(start, end, x);
        return end;
    }
};

}  // namespace detail

/// Appends every date expression in text[within] to `out` (spans are offsets into `text`);
/// `within` is clamped to the text. Allocates only through `out`.
inline void find_dates(std::string_view text, Span within, Language language,
                       std::vector<DateMention>& out) {
    const std::size_t end = within.end < text.size() ? within.end : text.size();
    if (within.begin >= end) return;
    detail::DateScanner(text, within.begin, end, language, out).run();
}

/// The calendar date the expression denotes, given the document's date; nullopt when it
/// cannot be resolved (a relative expression without a full-date anchor, or an impossible date).
inline std::optional<Date> resolve(const DateExpression& expression, std::optional<Date> anchor,
                                   TimeDirection direction) {
    const DateExpression& x = expression;
    auto checked = [](const Date& d) -> std::optional<Date> {
        return is_valid(d) ? std::optional<Date>(d) : std::nullopt;
    };
    if (x.kind == DateKind::calendar && x.year != 0) {
        if (x.day != 0 && x.month == 0) return std::nullopt;
        return checked(Date{x.year, x.month, x.day});
    }
    if (!anchor || !is_valid(*anchor) || !anchor->has_day()) return std::nullopt;
    const Date a = *anchor;
    const bool strict = x.direction.has_value();
    const bool past = x.direction.value_or(direction) == TimeDirection::past;
    switch (x.kind) {
        case DateKind::calendar: {
            if (x.month < 1 || x.month > 12) return std::nullopt;
            if (x.day == 0) {
                int year = a.year;
                if (past && (x.month > a.month || (strict && x.month == a.month))) --year;
                if (!past && (x.month < a.month || (strict && x.month == a.month))) ++year;
                return checked(Date{year, x.month, 0});
            }
            if (x.day < 1 || x.day > days_in_month(2000, x.month)) return std::nullopt;
            // 29 February recurs every four years, and every eight across a century.
            for (int k = 0; k <= 8; ++k) {
                const Date d{past ? a.year - k : a.year + k, x.month, x.day};
                if (!is_valid(d)) continue;
                if (past ? (strict ? d < a : !(a < d)) : (strict ? a < d : !(d < a))) return d;
            }
            return std::nullopt;
        }
        case DateKind::relative:
            switch (x.unit) {
                case DateUnit::day: return checked(add_days(a, x.offset));
                case DateUnit::week: {
                    const Date monday = add_days(a, 1 - iso_weekday(a));
                    return checked(add_days(monday, 7L * x.offset));
                }
                case DateUnit::month: {
                    const long months = a.year * 12L + (a.month - 1) + x.offset;
                    const long year = months >= 0 ? months / 12 : (months - 11) / 12;
                    return checked(Date{static_cast<int>(year),
                                        static_cast<int>(months - year * 12) + 1, 0});
                }
                case DateUnit::year: return checked(Date{a.year + x.offset, 0, 0});
            }
            return std::nullopt;
        case DateKind::weekday: {
            const int wd = iso_weekday(a);
            if (x.weekend) {
                if (past) {
                    long back = (wd - 6 + 7) % 7;
                    if (strict && wd >= 6) back += 7;
                    return checked(add_days(a, -back));
                }
                if (wd == 7 && !strict) return checked(add_days(a, -1));
                long ahead = (6 - wd + 7) % 7;
                if (strict && ahead == 0) ahead = 7;
                return checked(add_days(a, ahead));
            }
            if (x.weekday < 1 || x.weekday > 7) return std::nullopt;
            if (past) {
                long back = (wd - x.weekday + 7) % 7;
                if (strict && back == 0) back = 7;
                return checked(add_days(a, -back));
            }
            long ahead = (x.weekday - wd + 7) % 7;
            if (strict && ahead == 0) ahead = 7;
            return checked(add_days(a, ahead));
        }
    }
    return std::nullopt;
}

}  // namespace eventex
