#pragma once
/// Where a rule's subject slot may open a match, in the shadow text rules are matched against:
/// at a nominative article ("die Kanzlerin", "the minister"), at a German nominative article
/// before one or two declined attributives ("die regierende [ÖVP]", "die beiden [Minister]"),
/// or at the placeholder itself when no article of another case stands before it ("werfen dem
/// [Präsidenten] vor" has no subject); never after a preposition ("mit der [Kanzlerin]").
///
/// The word lists are the one source of this test. The compiler writes it as regex text
/// (dsl::detail::subject_opening_regex) where a subject stands inside a pattern ("sagte
/// {subject}"). A pattern that opens with a subject leaves it out of its Boost.Regex: the
/// extractor asks subject_placeholder() instead, once per candidate start, and runs the regex
/// from the placeholder on. That prefix was a third of the default rules' regex text, so
/// start-up was a third shorter without it, and its dozen lookbehinds ran again for every
/// pattern at every candidate. subject_placeholder() answers exactly what the regex text
/// answers, byte for byte, including Boost.Regex's reading of \b and \s for char (ASCII word
/// bytes, the six ASCII spaces); tests/detail/subject_opening_test.cpp checks the two agree.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace eventex::detail {

/// Articles that open a nominative subject; the first letter in either case.
inline constexpr std::string_view nominative_articles[] = {"der", "die", "das", "deren", "dessen", "the",
                                                           "ein", "eine", "sein", "seine", "ihr", "ihre",
                                                           "a", "an"};
/// Of those, the German ones that may stand before declined attributives.
inline constexpr std::string_view german_nominative_articles[] = {"der", "die", "das", "deren", "dessen", "ein",
                                                                  "eine", "sein", "seine", "ihr", "ihre"};
/// No subject after these (as written: the lists spell the capitalised forms they mean).
inline constexpr std::string_view subject_prepositions[] = {
    "mit", "Mit", "von", "Von", "vom", "Vom", "bei", "Bei", "beim", "Beim", "zu", "Zu", "zum", "Zum", "zur", "Zur",
    "nach", "Nach", "für", "Für", "gegen", "Gegen", "an", "An", "am", "Am", "auf", "Auf", "aus", "Aus",
    "vor", "Vor", "durch", "Durch", "um", "Um", "unter", "Unter", "über", "Über", "seit", "Seit",
    "zwischen", "Zwischen", "with", "With", "by", "By", "to", "To", "for", "For", "from", "From", "against", "Against",
    "of", "at", "At", "on", "On", "in", "In", "im", "Im", "about", "About", "between", "Between"};
/// A placeholder after one of these is not a subject: the article is another case's, or the
/// match should have opened at it.
inline constexpr std::string_view other_case_articles[] = {
    "der", "Der", "die", "Die", "das", "Das", "dem", "Dem", "den", "Den", "des", "Des", "the", "The", "ein", "Ein",
    "eine", "Eine", "einem", "Einem", "einen", "Einen", "eines", "Eines", "einer", "Einer", "seine", "Seine",
    "seinem", "seinen", "seines", "seiner", "ihre", "Ihre", "ihrem", "ihren", "ihres", "ihrer", "a", "A", "an"};
/// Lower-case words with an adjective's ending that are not attributives: articles, pronouns,
/// prepositions, adverbs ("die gegen Russland verhängten Sanktionen", "das die ÖVP fordert").
inline constexpr std::string_view attributive_stop_words[] = {
    "ie", "die", "sie", "wie", "nie", "dem", "den", "der", "des", "je", "ohne",
    "eine", "einem", "einen", "einer", "eines", "deine", "deinem", "deinen", "deiner", "deines",
    "meine", "meinem", "meinen", "meiner", "meines", "seine", "seinem", "seinen", "seiner", "seines",
    "ihre", "ihrem", "ihren", "ihrer", "ihres", "unsere", "unserem", "unseren", "unserer", "unseres",
    "eure", "eurem", "euren", "eurer", "eures", "diese", "diesem", "diesen", "dieser", "dieses",
    "jene", "jenem", "jenen", "jener", "jenes", "welche", "welchem", "welchen", "welcher", "welches",
    "keine", "keinem", "keinen", "keiner", "keines", "solche", "solchem", "solchen", "solcher", "solches",
    "alle", "allem", "allen", "aller", "alles", "gegen", "unter", "über", "hinter", "neben", "wegen",
    "entgegen", "oben", "unten", "innen", "außen", "eben", "gern", "gestern", "heute", "morgen", "aber",
    "oder", "wieder", "immer", "später", "früher", "näher", "weiter", "außer", "seither", "daher", "bisher",
    "vorher", "nachher", "sowie", "hier"};
/// Numbers that stand where an attributive does ("die drei Gewerkschaften"); digits count too.
inline constexpr std::string_view attributive_numbers[] = {"zwei", "drei", "vier", "fünf", "sechs", "sieben",
                                                           "acht", "neun", "zehn", "elf", "zwölf"};

namespace subject_opening_detail {

// Boost.Regex's \w and \s for char in the classic locale.
constexpr bool is_regex_word(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
constexpr bool is_regex_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
// \b at `i`: a word byte on one side only (outside the text counts as no word byte).
constexpr bool boundary_at(std::string_view text, std::size_t i) noexcept {
    const bool before = i > 0 && is_regex_word(text[i - 1]);
    const bool after = i < text.size() && is_regex_word(text[i]);
    return before != after;
}
constexpr std::size_t word_end(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && !is_regex_space(text[i])) ++i;
    return i;
}
constexpr std::size_t spaces_end(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && is_regex_space(text[i])) ++i;
    return i;
}
template <std::size_t N>
constexpr bool one_of(std::string_view word, const std::string_view (&words)[N]) noexcept {
    for (std::string_view w : words)
        if (w == word) return true;
    return false;
}
// Whether `word` is one of `words` with its first letter in either case ("Die", "die").
template <std::size_t N>
constexpr bool one_of_either_case(std::string_view word, const std::string_view (&words)[N]) noexcept {
    if (word.empty()) return false;
    const char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] | 0x20) : word[0];
    for (std::string_view w : words)
        if (w.size() == word.size() && w[0] == first && w.substr(1) == word.substr(1)) return true;
    return false;
}
// `(?<!\b(?:words)\s)(?<!\b(?:words)\s\s)` at `i` fails: one or two spaces before `i` (the
// German corpus doubles many: "von  Bosnien"), and before them a listed word that starts at a
// word boundary.
template <std::size_t N>
constexpr bool preceded_by(std::string_view text, std::size_t i, const std::string_view (&words)[N],
                           std::size_t spaces) noexcept {
    if (i < spaces) return false;
    for (std::size_t k = 1; k <= spaces; ++k)
        if (!is_regex_space(text[i - k])) return false;
    const std::size_t end = i - spaces;
    if (end == 0) return false;
    const char last = text[end - 1];  // every listed word ends in an ASCII letter: a cheap test first
    for (std::string_view w : words)
        if (w.back() == last && w.size() <= end && text.substr(end - w.size(), w.size()) == w &&
            boundary_at(text, end - w.size()))
            return true;
    return false;
}
template <std::size_t N>
constexpr bool preceded_by(std::string_view text, std::size_t i, const std::string_view (&words)[N]) noexcept {
    return preceded_by(text, i, words, 1) || preceded_by(text, i, words, 2);
}
// The end of `\b(?:article)\s+` at `i`, or npos.
template <std::size_t N>
constexpr std::size_t article_end(std::string_view text, std::size_t i, const std::string_view (&articles)[N]) noexcept {
    if (!boundary_at(text, i)) return std::string_view::npos;
    const std::size_t end = word_end(text, i);
    if (end == text.size() || !one_of_either_case(text.substr(i, end - i), articles)) return std::string_view::npos;
    return spaces_end(text, end);
}
// The end of one attributive and its spaces at `i`, or npos: a lower-case word (ASCII, ä ö ü,
// ß and hyphens after the first letter) ending in -e, -en, -er, -es or -em and not a stop
// word, or a number.
constexpr std::size_t attributive_end(std::string_view text, std::size_t i) noexcept {
    const std::size_t end = word_end(text, i);
    if (end == i || end == text.size()) return std::string_view::npos;
    const std::string_view word = text.substr(i, end - i);
    bool letters = true;
    for (std::size_t k = 0; k < word.size() && letters; ++k) {
        const char c = word[k];
        if ((c >= 'a' && c <= 'z') || (c == '-' && k > 0)) continue;
        const bool umlaut = c == '\xC3' && k + 1 < word.size() &&
                            (word[k + 1] == '\xA4' || word[k + 1] == '\xB6' || word[k + 1] == '\xBC' ||
                             (word[k + 1] == '\x9F' && k > 0));
        if (umlaut) ++k;
        else letters = false;
    }
    // The ending is read on the bytes before the word's end, which for a one-letter word
    // include the space before it, as the regex's lookbehind does.
    const char last = text[end - 1];
    const bool declined = end >= 2 && ((last == 'e') || (text[end - 2] == 'e' && (last == 'n' || last == 'r' ||
                                                                                   last == 's' || last == 'm')));
    bool digits = true;
    for (char c : word) digits = digits && c >= '0' && c <= '9';
    if ((letters && declined && !one_of(word, attributive_stop_words)) || digits || one_of(word, attributive_numbers))
        return spaces_end(text, end);
    return std::string_view::npos;
}

}  // namespace subject_opening_detail

/// Where the actor of a subject opening at `at` stands: the position of its placeholder
/// ('\x01'), or npos when no subject opens at `at`.
constexpr std::size_t subject_placeholder(std::string_view shadow, std::size_t at) noexcept {
    using namespace subject_opening_detail;
    constexpr std::size_t none = std::string_view::npos;
    if (at >= shadow.size()) return none;
    const bool at_placeholder = shadow[at] == '\x01';
    const std::size_t after_article = at_placeholder ? none : article_end(shadow, at, nominative_articles);
    if (!at_placeholder && after_article == none) return none;
    if (preceded_by(shadow, at, subject_prepositions)) return none;
    if (at_placeholder) return preceded_by(shadow, at, other_case_articles) ? none : at;
    if (article_end(shadow, at, german_nominative_articles) != none) {
        std::size_t next = after_article;
        for (int words = 0; words < 2; ++words) {
            next = attributive_end(shadow, next);
            if (next == none) break;
            if (next < shadow.size() && shadow[next] == '\x01') return next;
        }
    }
    return after_article < shadow.size() && shadow[after_article] == '\x01' ? after_article : none;
}

}  // namespace eventex::detail
