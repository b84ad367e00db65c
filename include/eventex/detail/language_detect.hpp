#pragma once
/// Telling German from English by their commonest words and German letters: cheap, and right on
/// a single news paragraph.
#include <cstddef>          // std::size_t
#include <string>           // std::string
#include <string_view>      // std::string_view

#include "../language.hpp"  // Language
#include "sorted_table.hpp"  // strictly_ascending, contains_sorted

namespace eventex::detail {

/// Function words frequent in one language and rare in the other, lower case, sorted bytewise.
/// Words both languages use ("in", "was", "will", "an", "so") are in neither list.
inline constexpr std::string_view german_function_words[] = {
    "aber", "als", "am", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die", "doch",
    "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für", "gegen", "haben", "hat", "hatte", "ich",
    "ihre", "im", "ist", "kein", "man", "mit", "nach", "nicht", "noch", "nur", "oder", "sagte", "sei", "seine", "sich",
    "sie", "sind", "um", "und", "uns", "vom", "von", "vor", "war", "werden", "wie", "wir", "wird", "wurde", "zu",
    "zum", "zur", "über"};
inline constexpr std::string_view english_function_words[] = {
    "a", "after", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
    "her", "his", "it", "its", "more", "not", "of", "on", "or", "over", "said", "says", "she", "than", "that", "the",
    "their", "them", "they", "this", "to", "told", "we", "were", "which", "who", "with", "would"};
static_assert(strictly_ascending(german_function_words) && strictly_ascending(english_function_words),
              "the function words must be sorted bytewise and unique");

/// Counts those words in the first 4 KB (first letters folded to lower case), and German
/// letters (ä, ö, ü, ß) as half a word each; a tie goes by word endings, then to German.
inline Language detect_language(std::string_view text) noexcept {
    const std::string_view sample = text.substr(0, 4096);
    std::size_t de = 0, en = 0, umlauts = 0, english_endings = 0, german_endings = 0;
    std::string word;
    auto is_letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; };
    std::size_t i = 0;
    while (i < sample.size()) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0xC3 && i + 1 < sample.size()) {
            const auto next = static_cast<unsigned char>(sample[i + 1]);
            umlauts += next == 0xA4 || next == 0xB6 || next == 0xBC || next == 0x9F || next == 0x84 || next == 0x96 || next == 0x9C;
        }
        if (!is_letter(c)) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < sample.size() && is_letter(static_cast<unsigned char>(sample[i]))) ++i;
        word.assign(sample.substr(begin, i - begin));
        if (word[0] >= 'A' && word[0] <= 'Z') word[0] = static_cast<char>(word[0] | 0x20);
        if (contains_sorted(german_function_words, word)) ++de;
        if (contains_sorted(english_function_words, word)) ++en;
        // Endings break a tie in texts too short for function words ("Obama ordered an inquiry").
        auto ends = [&](std::string_view ending) {
            return word.size() > ending.size() + 2 && std::string_view(word).substr(word.size() - ending.size()) == ending;
        };
        if (ends("ing") || ends("ed") || ends("ly")) ++english_endings;
        if (ends("ung") || ends("lich") || ends("keit") || ends("heit") || ends("chen") || ends("isch")) ++german_endings;
    }
    const std::size_t english = 2 * en, german = 2 * de + umlauts;
    if (english != german) return english > german ? Language::english : Language::german;
    return english_endings > german_endings ? Language::english : Language::german;
}

}  // namespace eventex::detail
