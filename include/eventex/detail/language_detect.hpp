#pragma once
/// Telling German from English by their commonest words: reliable on a paragraph, cheap.
#include <cstddef>          // std::size_t
#include <string_view>      // std::string_view

#include "../language.hpp"  // Language

namespace eventex::detail {

/// Counts frequent function words of each language in the first 4 KB; ties go to German.
inline Language detect_language(std::string_view text) noexcept {
    static constexpr std::string_view german[] = {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf",
                                                  "für", "dem", "den", "des", "ein", "eine", "auch", "wurde", "sei",
                                                  "nach", "bei", "von", "zu", "im", "sagte", "dass", "wie", "aus"};
    static constexpr std::string_view english[] = {"the", "and", "of", "to", "is", "that", "for", "with", "was",
                                                   "on", "are", "be", "by", "said", "has", "have", "it", "from",
                                                   "at", "which", "this", "will", "were", "an", "its", "their"};
    const std::string_view sample = text.substr(0, 4096);
    std::size_t de = 0, en = 0;
    std::size_t i = 0;
    while (i < sample.size()) {
        while (i < sample.size() && !(sample[i] >= 'a' && sample[i] <= 'z') && static_cast<unsigned char>(sample[i]) < 0xC3) ++i;
        const std::size_t begin = i;
        while (i < sample.size() && ((sample[i] >= 'a' && sample[i] <= 'z') || static_cast<unsigned char>(sample[i]) >= 0x80)) ++i;
        const std::string_view word = sample.substr(begin, i - begin);
        if (word.empty()) {
            ++i;
            continue;
        }
        for (std::string_view w : german) de += w == word;
        for (std::string_view w : english) en += w == word;
    }
    return en > de ? Language::english : Language::german;
}

}  // namespace eventex::detail
