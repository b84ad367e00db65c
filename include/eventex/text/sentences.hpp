#pragma once
/// Sentence splitting for German and English news text: one forward pass over the bytes.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view
#include <vector>       // std::vector

#include "eventex/detail/sorted_table.hpp"  // strictly_ascending, find_sorted, contains_sorted
#include "eventex/span.hpp"  // Span

// How a sentence ends:
// - at . ! ? or … (a run of them, plus closing quotes and brackets), when whitespace and then
//   a capital, a digit or an opening quote or bracket follow;
// - but not after a single period that follows an abbreviation from `detail::abbreviations`,
//   an initial ("F.", "U.S.A."), or a number where a German ordinal or date stands
//   ("am 2. Juli", "24.12."); some of those end one when a typical opener follows ("usw. Die");
// - at a blank line, and at a line break when the line has no final punctuation and the next
//   line starts with a capital (a headline).
// - and, whatever the text, after at most max_sentence_bytes: a longer stretch without a
//   sentence end (a table, a list, a text without punctuation) is cut at the last whitespace
//   before the limit, so that no later stage ever sees an unbounded sentence.
// No regex, no copies: one forward pass; look-behind is bounded to a few bytes per period.

namespace eventex {
namespace detail {

/// An abbreviation (without its final period) that a period after it does not end a sentence.
/// `may_end`: it can still end one when a typical sentence opener follows ("... usw. Die").
struct Abbreviation {
    std::string_view text;
    bool may_end;
};

// Sorted bytewise for binary search; case matters ("No." is a number sign, "no." a word).
// Multi-part abbreviations are stored without spaces: "z. B." is looked up as "z.B".
inline constexpr Abbreviation abbreviations[] = {
    {"Abb", false}, {"Abs", false}, {"Adm", false}, {"Ala", true}, {"Anm", false},
    {"Apr", true}, {"Ariz", true}, {"Ark", true}, {"Art", true}, {"Aufl", false}, {"Aug", true},
    {"Ave", true}, {"Bd", false}, {"Brig", false}, {"Bros", true}, {"Bsp", false},
    {"Calif", true}, {"Capt", false}, {"Ch", true}, {"Chr", true}, {"Cmdr", false},
    {"Co", true}, {"Col", false}, {"Colo", true}, {"Conn", true}, {"Corp", true},
    {"Cpl", false}, {"Dec", true}, {"Dept", false}, {"Det", false}, {"Dez", true},
    {"Dipl", false}, {"Dir", false}, {"Dkfm", false}, {"Dr", false}, {"E.U", true},
    {"Feb", true}, {"Fig", false}, {"Fla", true}, {"Fr", false}, {"Frl", false}, {"Ga", true},
    {"Gen", true}, {"Gov", false}, {"Hon", false}, {"Hr", false}, {"Hrsg", false},
    {"Inc", true}, {"Ing", false}, {"Insp", false}, {"Jan", true}, {"Jg", false}, {"Jh", true},
    {"Jhd", true}, {"Jhdt", true}, {"Jr", true}, {"Jul", true}, {"Jun", true}, {"Jän", true},
    {"Kan", true}, {"Kap", false}, {"Ky", true}, {"Lt", false}, {"Ltd", true}, {"Mag", false},
    {"Maj", false}, {"Md", true}, {"Messrs", false}, {"Mich", true}, {"Minn", true},
    {"Mio", true}, {"Mont", true}, {"Mr", false}, {"Mrd", true}, {"Mrs", false}, {"Ms", false},
    {"Mt", false}, {"Neb", true}, {"Nev", true}, {"No", false}, {"Nov", true}, {"Nr", false},
    {"Oct", true}, {"Okla", true}, {"Okt", true}, {"Ont", true}, {"Ore", true}, {"Pfc", false},
    {"Ph.D", true}, {"Prof", false}, {"Pvt", false}, {"Que", true}, {"Rd", true},
    {"Rep", false}, {"Rev", false}, {"Rt", false}, {"Sen", false}, {"Sep", true},
    {"Sept", true}, {"Sgt", false}, {"Spc", false}, {"Sr", true}, {"St", false}, {"Str", true},
    {"Sts", false}, {"Supt", false}, {"Tel", false}, {"Tenn", true}, {"Tex", true},
    {"Tsd", true}, {"U.K", true}, {"U.N", true}, {"U.S", true}, {"Univ", false}, {"Va", true},
    {"Vol", false}, {"Vt", true}, {"Wis", true}, {"Wyo", true}, {"a.m", true}, {"al", true},
    {"approx", false}, {"bspw", false}, {"bzgl", false}, {"bzw", false}, {"ca", false},
    {"cf", false}, {"d.h", false}, {"dt", false}, {"e.g", false}, {"ehem", false},
    {"etc", true}, {"evtl", false}, {"geb", false}, {"gem", false}, {"gest", false},
    {"ggf", false}, {"i.d.R", false}, {"i.e", false}, {"inkl", false}, {"lt", false},
    {"n.Chr", true}, {"o.Ä", true}, {"o.ä", true}, {"p.m", true}, {"pp", false}, {"s.o", true},
    {"s.u", true}, {"sog", false}, {"u.U", false}, {"u.a", true}, {"u.v.m", true},
    {"usw", true}, {"v.Chr", true}, {"v.a", false}, {"vgl", false}, {"vs", false},
    {"z.B", false}, {"z.Hd", false}, {"z.T", false}, {"z.Zt", false}, {"zzgl", false},
    {"öst", false}, {"österr", false},
};

/// Capitalised words that nearly always open a sentence; after an abbreviation or ordinal
/// that may end a sentence ("... 2004. The", "usw. Die"), they signal that it did.
inline constexpr std::string_view sentence_openers[] = {
    "A", "Aber", "After", "All", "Als", "Although", "Am", "An", "And", "As", "At", "Auch",
    "Auf", "Aus", "Bei", "Bis", "But", "By", "Da", "Dabei", "Daher", "Damit", "Danach", "Dann",
    "Darüber", "Das", "Dass", "Dem", "Den", "Denn", "Der", "Deshalb", "Die", "Dies", "Diese",
    "Diesem", "Diesen", "Dieser", "Dieses", "Doch", "Du", "Ein", "Eine", "Einem", "Einen",
    "Einer", "Eines", "Er", "Es", "For", "Für", "He", "Her", "His", "How", "However", "I",
    "Ich", "If", "Ihr", "Im", "In", "It", "Its", "Jetzt", "Man", "Meanwhile", "Mit", "Mr",
    "Mrs", "Ms", "My", "Nach", "Now", "Nun", "On", "One", "Our", "She", "Sie", "Since", "So",
    "Some", "That", "The", "Their", "There", "These", "They", "This", "Those", "To", "Um",
    "Und", "Von", "Vor", "We", "Wenn", "What", "When", "While", "Why", "Wie", "Wir", "With",
    "Yet", "You", "Zudem", "Zum", "Zur",
};

/// Lower-case German words that precede an ordinal: "am 2. Juli", "der 20. Jahrhundert".
inline constexpr std::string_view ordinal_leaders[] = {
    "ab", "am", "an", "auf", "aus", "bei", "beim", "bereits", "bis", "bzw", "das", "dem", "den",
    "der", "deren", "des", "dessen", "die", "ein", "eine", "einem", "einen", "einer", "eines",
    "erst", "für", "gegen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "in",
    "ins", "je", "jede", "jedem", "jeden", "jeder", "jedes", "mit", "nach", "oder", "pro",
    "sein", "seine", "seinem", "seinen", "seiner", "seines", "seit", "um", "und", "unser",
    "unsere", "unserem", "unseren", "unserer", "unter", "vom", "von", "vor", "zu", "zum", "zur",
    "über",
};

/// Capitalised German words that follow an ordinal: "2. Juli", "3. Runde".
inline constexpr std::string_view ordinal_followers[] = {
    "April", "Auflage", "August", "Bezirk", "Dezember", "Etappe", "Feber", "Februar", "Folge",
    "Geburtstag", "Halbjahr", "Jahr", "Jahrestag", "Jahrhundert", "Jahrhunderts", "Januar",
    "Juli", "Juni", "Jänner", "Klasse", "Lebensjahr", "Lesung", "Liga", "Mai", "Mal", "Minute",
    "Monat", "März", "November", "Oktober", "Platz", "Quartal", "Rang", "Runde", "September",
    "Session", "Sitzung", "Spieltag", "Staffel", "Stelle", "Stock", "Tag", "Teil", "Weltkrieg",
    "Woche",
};

inline constexpr auto abbreviation_text = [](const Abbreviation& a) { return a.text; };
static_assert(strictly_ascending(abbreviations, abbreviation_text), "abbreviations must be sorted bytewise and unique");
static_assert(strictly_ascending(sentence_openers), "sentence_openers must be sorted bytewise and unique");
static_assert(strictly_ascending(ordinal_leaders), "ordinal_leaders must be sorted bytewise and unique");
static_assert(strictly_ascending(ordinal_followers), "ordinal_followers must be sorted bytewise and unique");

/// The abbreviation `word` (no final period), or nullptr.
inline const Abbreviation* find_abbreviation(std::string_view word) noexcept {
    return find_sorted(abbreviations, abbreviation_text, word);
}

inline unsigned char byte_at(std::string_view t, std::size_t i) noexcept {
    return static_cast<unsigned char>(t[i]);
}

/// Decodes the code point at `i` (which must be < t.size()); malformed bytes decode as
/// U+FFFD of length 1, so any input is safe.
inline char32_t decode_utf8(std::string_view t, std::size_t i, std::size_t& len) noexcept {
    const unsigned char c0 = byte_at(t, i);
    len = 1;
    if (c0 < 0x80) return c0;
    auto cont = [&](std::size_t k) {
        return i + k < t.size() && (byte_at(t, i + k) & 0xC0) == 0x80;
    };
    if (c0 >= 0xC2 && c0 < 0xE0 && cont(1)) {
        len = 2;
        return (char32_t(c0 & 0x1F) << 6) | (byte_at(t, i + 1) & 0x3F);
    }
    if (c0 >= 0xE0 && c0 < 0xF0 && cont(1) && cont(2)) {
        len = 3;
        return (char32_t(c0 & 0x0F) << 12) | (char32_t(byte_at(t, i + 1) & 0x3F) << 6) |
               (byte_at(t, i + 2) & 0x3F);
    }
    if (c0 >= 0xF0 && c0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
        len = 4;
        return (char32_t(c0 & 0x07) << 18) | (char32_t(byte_at(t, i + 1) & 0x3F) << 12) |
               (char32_t(byte_at(t, i + 2) & 0x3F) << 6) | (byte_at(t, i + 3) & 0x3F);
    }
    return 0xFFFD;
}

/// Upper-case letters of the Latin, Greek and Cyrillic scripts news text uses.
constexpr bool is_upper(char32_t c) noexcept {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
    if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
    if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
    if (c >= 0x178 && c <= 0x17E) return c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D;
    if (c >= 0x386 && c <= 0x3AB) return c != 0x387 && c != 0x38B && c != 0x38D && c != 0x390;
    if (c >= 0x400 && c <= 0x42F) return true;
    if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0;
    return false;
}

constexpr bool is_letter(char32_t c) noexcept {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    return (c >= 0x370 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

constexpr bool is_line_break(unsigned char c) noexcept { return c == '\n' || c == '\r'; }

/// Length of the whitespace character starting at `i`, or 0. ASCII whitespace, NBSP,
/// U+2000..U+200A, U+2028/9, U+202F, U+205F, U+3000, and U+FEFF (a byte order mark: text that
/// opens with one starts its first sentence after it, with offsets still counting it).
inline std::size_t space_len(std::string_view t, std::size_t i) noexcept {
    const unsigned char c = byte_at(t, i);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c == 0xC2) return i + 1 < t.size() && byte_at(t, i + 1) == 0xA0 ? 2 : 0;
    if (c == 0xEF) return i + 2 < t.size() && byte_at(t, i + 1) == 0xBB && byte_at(t, i + 2) == 0xBF ? 3 : 0;
    if ((c == 0xE2 || c == 0xE3) && i + 2 < t.size()) {
        const unsigned char c1 = byte_at(t, i + 1), c2 = byte_at(t, i + 2);
        if (c == 0xE3) return c1 == 0x80 && c2 == 0x80 ? 3 : 0;
        if (c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF))
            return 3;
        if (c1 == 0x81 && c2 == 0x9F) return 3;
    }
    return 0;
}

/// Length of the whitespace character that ends just before `e` (e > 0), or 0.
inline std::size_t space_len_before(std::string_view t, std::size_t e) noexcept {
    const unsigned char c = byte_at(t, e - 1);
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
    if (e >= 2 && byte_at(t, e - 2) == 0xC2 && c == 0xA0) return 2;
    if (e >= 3 && space_len(t, e - 3) == 3) return 3;
    return 0;
}

/// Length of the sentence terminator at `i` (. ! ? or …), or 0.
inline std::size_t terminator_len(std::string_view t, std::size_t i) noexcept {
    const unsigned char c = byte_at(t, i);
    if (c == '.' || c == '!' || c == '?') return 1;
    if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80 && byte_at(t, i + 2) == 0xA6)
        return 3;
    return 0;
}

/// U+2018 ‘ U+2019 ’ U+201A ‚ U+201C “ U+201D ” U+201E „ U+2039 ‹ U+203A ›: the
/// third byte after E2 80.
constexpr bool is_quote_e280(unsigned char c2) noexcept {
    return (c2 >= 0x98 && c2 <= 0x9A) || (c2 >= 0x9C && c2 <= 0x9E) || c2 == 0xB9 ||
           c2 == 0xBA;
}

/// Length of a closing quote or bracket at `i`, or 0. “ « ‹ are closers too, for German
/// („…“, »…«); only the position decides, as right after a terminator nothing opens.
inline std::size_t closer_len(std::string_view t, std::size_t i) noexcept {
    const unsigned char c = byte_at(t, i);
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (c == 0xC2 && i + 1 < t.size() && (byte_at(t, i + 1) == 0xBB || byte_at(t, i + 1) == 0xAB))
        return 2;
    if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80) {
        const unsigned char c2 = byte_at(t, i + 2);
        if (is_quote_e280(c2) && c2 != 0x9A && c2 != 0x9E) return 3;  // not the low „ ‚
    }
    return 0;
}

/// Length of the closing quote or bracket that ends just before `e` (e > 0), or 0.
inline std::size_t closer_len_before(std::string_view t, std::size_t e) noexcept {
    if (closer_len(t, e - 1) == 1) return 1;
    if (e >= 2 && closer_len(t, e - 2) == 2) return 2;
    if (e >= 3 && closer_len(t, e - 3) == 3) return 3;
    return 0;
}

/// Length of an opening quote or bracket at `i`, or 0: " ' ( [ « » „ “ ‚ ‘ ‹ ›.
inline std::size_t opener_len(std::string_view t, std::size_t i) noexcept {
    const unsigned char c = byte_at(t, i);
    if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
    if (c == 0xC2 && i + 1 < t.size() && (byte_at(t, i + 1) == 0xAB || byte_at(t, i + 1) == 0xBB))
        return 2;
    if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80 &&
        is_quote_e280(byte_at(t, i + 2)) && byte_at(t, i + 2) != 0x99 &&
        byte_at(t, i + 2) != 0x9D)  // ’ and ” only close
        return 3;
    return 0;
}

inline bool can_open_digit(std::string_view t, std::size_t i) noexcept {
    return i < t.size() && byte_at(t, i) >= '0' && byte_at(t, i) <= '9';
}

/// Whether the text at `i` can begin a sentence: an upper-case letter, a digit or an
/// opening quote or bracket.
inline bool can_open_sentence(std::string_view t, std::size_t i) noexcept {
    const unsigned char c = byte_at(t, i);
    if (c >= '0' && c <= '9') return true;
    if (opener_len(t, i) != 0) return true;
    std::size_t len = 0;
    return is_upper(decode_utf8(t, i, len));
}

/// The word (up to 14 bytes of letters) that starts at `i` after at most one opening
/// quote; if `whole`, only when it ends in whitespace, ",;:" or an apostrophe.
inline std::string_view word_at(std::string_view t, std::size_t i, bool whole) noexcept {
    const std::size_t n = t.size();
    i += opener_len(t, i);
    const std::size_t begin = i;
    while (i < n && i - begin <= 14) {
        std::size_t len = 0;
        if (!is_letter(decode_utf8(t, i, len))) break;
        i += len;
    }
    if (i == begin || i - begin > 14) return {};
    // "A." is an initial, "Die-Hard" a compound: a word must end here.
    if (whole && i < n && space_len(t, i) == 0) {
        const unsigned char c = byte_at(t, i);
        const bool apostrophe =
            c == '\'' || (c == 0xE2 && i + 2 < n && byte_at(t, i + 1) == 0x80 &&
                          byte_at(t, i + 2) == 0x99);
        if (c != ',' && c != ';' && c != ':' && !apostrophe) return {};
    }
    return t.substr(begin, i - begin);
}

/// Whether the number before a period stands where a German ordinal does: first in its
/// sentence or list item ("3. Oktober ..."), after a list separator or another number
/// ("16. 5. 2016", "Maier (AUT) 54 3. Raich"), or after an article, preposition or inflected
/// adjective ("am 2. Juli", "des frühen 20. Jahrhunderts"). English puts a number before a
/// period followed by a capital mostly at a sentence's end ("died aged 91. Lord ...").
inline bool ordinal_context(std::string_view t, std::size_t b, std::size_t start) noexcept {
    std::size_t p = b;
    for (std::size_t sl; p > start && (sl = space_len_before(t, p)) != 0 && p - sl >= start;)
        p -= sl;
    if (p <= start) return true;
    const unsigned char last = byte_at(t, p - 1);
    if (last == ',' || last == ':' || last == ';' || last == '-' || last == '(' ||
        last == ')' || last == '/')
        return true;
    if (p - start >= 3 && byte_at(t, p - 3) == 0xE2 && byte_at(t, p - 2) == 0x80 &&
        (last == 0x93 || last == 0x94))  // – —
        return true;
    std::size_t q = p;  // the previous token is [q, p)
    while (q > start && p - q <= 16 && space_len_before(t, q) == 0) --q;
    if (p - q > 16) return false;
    const std::string_view prev = t.substr(q, p - q);
    if (prev.find_first_not_of("0123456789.,:") == std::string_view::npos &&
        prev.find_first_of("0123456789") != std::string_view::npos)
        return true;
    if (prev.empty() || prev.size() > 16) return false;
    char buf[16];
    std::size_t k = 0;
    for (char ch : prev) buf[k++] = ch;
    if (buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = static_cast<char>(buf[0] - 'A' + 'a');  // "Am 3."
    if (contains_sorted(ordinal_leaders, std::string_view(buf, k))) return true;
    // German inflected adjectives: "frühen", "liegende", "kommendem".
    const std::string_view w(buf, k);
    auto ends_with = [&](std::string_view s) {
        return w.size() >= s.size() + 3 && w.substr(w.size() - s.size()) == s;
    };
    return byte_at(prev, 0) >= 'a' && (ends_with("en") || ends_with("em") || ends_with("ende"));
}

/// What the word before a single period makes of it.
enum class PeriodKind {
    plain,       ///< an ordinary word: the period ends the sentence
    never_ends,  ///< a title or abbreviation like "Dr." or "z. B.": it never does
    may_end,     ///< an ordinal, initial or abbreviation like "usw.": only before an opener
};

inline PeriodKind kind_of(const Abbreviation* a) noexcept {
    return a->may_end ? PeriodKind::may_end : PeriodKind::never_ends;
}

/// Looks `word` up as given and, when it starts with an ASCII capital, in lower case
/// too (a sentence may begin with "Ca." or "Vgl.").
inline const Abbreviation* find_abbreviation_any_case(std::string_view word) noexcept {
    if (const Abbreviation* a = find_abbreviation(word)) return a;
    if (word.empty() || word.size() > 15 || byte_at(word, 0) < 'A' || byte_at(word, 0) > 'Z')
        return nullptr;
    char buf[16];
    buf[0] = static_cast<char>(word[0] - 'A' + 'a');
    for (std::size_t k = 1; k < word.size(); ++k) buf[k] = word[k];
    return find_abbreviation(std::string_view(buf, word.size()));
}

/// Classifies the word that ends at the single period at `dot`; the current sentence
/// began at `start` and the next one would begin at `next`.
inline PeriodKind classify_period(std::string_view t, std::size_t dot, std::size_t start,
                                  std::size_t next) noexcept {
    // Abbreviations are short; a longer token is a word, a URL or a number.
    constexpr std::size_t max_token = 24;
    std::size_t b = dot;
    while (b > 0 && dot - b <= max_token && space_len_before(t, b) == 0) --b;
    if (dot - b > max_token) return PeriodKind::plain;
    const std::size_t token_begin = b;
    while (b < dot) {  // drop opening quotes and brackets: "(Dr." is "Dr."
        const std::size_t ol = opener_len(t, b);
        if (ol == 0 || b + ol > dot) break;
        b += ol;
    }
    const std::string_view word = t.substr(b, dot - b);
    if (word.empty()) return PeriodKind::plain;

    if (const Abbreviation* a = find_abbreviation_any_case(word)) return kind_of(a);

    // "z. B.", "v. Chr.": the previous token is a short lower-case abbreviation part.
    if (b >= 4 && byte_at(t, b - 1) == ' ' && byte_at(t, b - 2) == '.' && word.size() <= 4) {
        std::size_t pb = b - 2;
        while (pb > 0 && b - 2 - pb < 4 && space_len_before(t, pb) == 0) --pb;
        if (pb < b - 2 && (t[pb] == '(' || t[pb] == '"')) ++pb;  // "(z. B."
        const std::size_t plen = b - 2 - pb;
        if (plen >= 1 && plen <= 3 && (pb == 0 || space_len_before(t, pb) != 0)) {
            char buf[16];
            std::size_t k = 0;
            for (std::size_t q = pb; q < b - 2; ++q) buf[k++] = t[q];
            buf[k++] = '.';
            for (char ch : word) buf[k++] = ch;
            if (const Abbreviation* a = find_abbreviation(std::string_view(buf, k)))
                return kind_of(a);
        }
    }

    // "Dipl.-Ing.", "Univ.-Prof.", "pre-Sept. 11": the part after the hyphen decides.
    const std::size_t hyphen = word.rfind('-');
    if (hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
        if (const Abbreviation* a = find_abbreviation(word.substr(hyphen + 1))) return kind_of(a);
    }

    // Single letters and dotted initialisms: "F.", "z.", "J.R.R.", "U.S.A.".
    {
        std::size_t i = 0;
        bool letter_next = true, ok = true;
        while (i < word.size()) {
            std::size_t len = 0;
            const char32_t c = decode_utf8(word, i, len);
            if (letter_next ? !is_letter(c) : c != '.') {
                ok = false;
                break;
            }
            letter_next = !letter_next;
            i += len;
        }
        if (ok && !letter_next) return PeriodKind::may_end;
    }

    // Numbers: German ordinals and dates ("am 2. Juli", "(51.)", "24.12."), unless the
    // context says it is an English sentence's end ("died aged 91. Lord Callaghan ...").
    {
        std::size_t digits = 0, groups = 1;
        bool ok = true;
        for (char ch : word) {
            if (ch >= '0' && ch <= '9') {
                if (++digits > 3) ok = false;
            } else if (ch == '.' && digits > 0 && groups == 1) {
                ++groups;
                digits = 0;
            } else {
                ok = false;
            }
            if (!ok) break;
        }
        if (ok && digits > 0 && groups == 2 && digits <= 2 && word.size() <= 5)
            return PeriodKind::may_end;
        if (ok && digits > 0 && groups == 1) {
            if (b != token_begin || can_open_digit(t, next) || ordinal_context(t, token_begin, start) ||
                contains_sorted(ordinal_followers, word_at(t, next, false)))
                return PeriodKind::may_end;
            return PeriodKind::plain;
        }
    }

    // Regnal numbers: "Benedikt XVI.", "Karl IV.".
    if (word.size() >= 2 && word.size() <= 5 &&
        word.find_first_not_of("IVX") == std::string_view::npos)
        return PeriodKind::may_end;

    return PeriodKind::plain;
}

/// Whether the line that ends at `e` (exclusive, last visible byte at e-1) is finished
/// by sentence punctuation, or by a character that continues onto the next line.
inline bool line_ends_sentence_or_continues(std::string_view t, std::size_t start,
                                            std::size_t e) noexcept {
    std::size_t p = e;
    while (p > start) {
        const std::size_t cl = closer_len_before(t, p);
        if (cl == 0 || p - cl < start) break;
        p -= cl;
    }
    if (p > start) {
        const unsigned char c = byte_at(t, p - 1);
        if (c == '.' || c == '!' || c == '?') return true;
        if (p - start >= 3 && terminator_len(t, p - 3) == 3) return true;
    }
    const unsigned char last = byte_at(t, e - 1);
    if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '/' ||
        last == '&')
        return true;
    // – and — (E2 80 93/94) also carry a sentence on.
    return e - start >= 3 && byte_at(t, e - 3) == 0xE2 && byte_at(t, e - 2) == 0x80 &&
           (last == 0x93 || last == 0x94);
}

/// Appends [b, e) trimmed of whitespace, unless nothing is left.
inline void push_trimmed_piece(std::string_view t, std::size_t b, std::size_t e,
                               std::vector<Span>& out) {
    while (b < e) {
        const std::size_t sl = space_len(t, b);
        if (sl == 0 || b + sl > e) break;
        b += sl;
    }
    while (e > b) {
        const std::size_t sl = space_len_before(t, e);
        if (sl == 0 || e - sl < b) break;
        e -= sl;
    }
    if (b < e) out.push_back(Span{b, e});
}

/// Where to cut a stretch that starts at `b` and is longer than max_sentence_bytes: after the
/// last ASCII whitespace before the limit, or failing that at the last UTF-8 character start.
inline std::size_t sentence_cut(std::string_view t, std::size_t b, std::size_t limit) noexcept {
    std::size_t cut = b + limit;
    for (std::size_t k = cut; k > b + limit / 2; --k) {
        const unsigned char c = byte_at(t, k - 1);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return k;
    }
    while (cut > b + 1 && (byte_at(t, cut) & 0xC0) == 0x80) --cut;
    return cut;
}

}  // namespace detail

/// No sentence is longer than this (4 KiB): the longest real sentence in the project's corpora
/// is under 2 kB, and later stages (recognition, rules) cost more than linear time in a
/// sentence's length, so a text without sentence ends is cut into pieces of at most this size.
constexpr std::size_t max_sentence_bytes = 4096;

namespace detail {

/// Appends [b, e) trimmed of whitespace, in pieces of at most max_sentence_bytes.
inline void push_trimmed(std::string_view t, std::size_t b, std::size_t e,
                         std::vector<Span>& out) {
    while (e - b > max_sentence_bytes) {
        const std::size_t cut = sentence_cut(t, b, max_sentence_bytes);
        push_trimmed_piece(t, b, cut, out);
        b = cut;
    }
    push_trimmed_piece(t, b, e, out);
}

}  // namespace detail

/// Appends to `out` the spans of the sentences of `text` (byte offsets into `text`), in order,
/// each trimmed of surrounding whitespace; never allocates except to grow `out`.
inline void split_sentences(std::string_view text, std::vector<Span>& out) {
    using namespace detail;
    const std::size_t n = text.size();
    std::size_t start = 0;  // where the current sentence began (maybe on whitespace)
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = byte_at(text, i);
        if (c == '.' || c == '!' || c == '?' || c == 0xE2) {
            std::size_t j = i;
            for (std::size_t tl; j < n && (tl = terminator_len(text, j)) != 0;) j += tl;
            if (j == i) {  // an E2 byte that is not "…"
                ++i;
                continue;
            }
            std::size_t k = j;  // closing quotes and brackets stay with the sentence
            for (std::size_t cl; k < n && (cl = closer_len(text, k)) != 0;) k += cl;
            std::size_t m = k;
            for (std::size_t sl; m < n && (sl = space_len(text, m)) != 0;) m += sl;
            // No whitespace after it: "3.000", "www.x.at", "?!", or the text's end.
            if (m == k || m == n) {
                i = m;
                continue;
            }
            bool ends = can_open_sentence(text, m);
            if (ends && j == i + 1 && c == '.') {
                const PeriodKind kind = classify_period(text, i, start, m);
                if (kind == PeriodKind::never_ends) ends = false;
                else if (kind == PeriodKind::may_end)
                    ends = contains_sorted(sentence_openers, word_at(text, m, true));
            }
            if (ends) {
                push_trimmed(text, start, k, out);
                start = k;
            }
            i = k;  // the whitespace after it may hold a blank line, seen below
            continue;
        }
        const bool line_break = c == '\n' || (c == '\r' && (i + 1 == n || text[i + 1] != '\n'));
        if (!line_break) {
            ++i;
            continue;
        }
        std::size_t p = i + 1;  // first visible byte of the next line
        for (std::size_t sl; p < n && !is_line_break(byte_at(text, p)) &&
                             (sl = space_len(text, p)) != 0;)
            p += sl;
        if (p < n && is_line_break(byte_at(text, p))) {  // a blank line always ends one
            push_trimmed(text, start, i, out);
            start = i;
            i = p;
            continue;
        }
        std::size_t e = i;  // end of the last visible character before the break
        for (std::size_t sl; e > start && (sl = space_len_before(text, e)) != 0 && e - sl >= start;)
            e -= sl;
        // A line without final punctuation followed by a capitalised line: a headline.
        if (e > start && p < n && !line_ends_sentence_or_continues(text, start, e)) {
            std::size_t len = 0;
            if (is_upper(decode_utf8(text, p, len))) {
                push_trimmed(text, start, i, out);
                start = i;
            }
        }
        i = p;
    }
    push_trimmed(text, start, n, out);
}

/// Convenience overload: the sentence spans of `text`.
inline std::vector<Span> split_sentences(std::string_view text) {
    std::vector<Span> out;
    split_sentences(text, out);
    return out;
}

}  // namespace eventex
