#pragma once
/// The languages eventex has rules for.
#include <optional>     // std::optional
#include <string_view>  // std::string_view

namespace eventex {

enum class Language { german, english };

/// "de" or "en": the ISO 639-1 code used in rule files, JSON and the command line.
constexpr std::string_view to_code(Language language) noexcept {
    return language == Language::german ? "de" : "en";
}

/// Parses "de"/"en" (also "ger"/"deu"/"eng"); nullopt for anything else.
constexpr std::optional<Language> language_from_code(std::string_view code) noexcept {
    if (code == "de" || code == "deu" || code == "ger") return Language::german;
    if (code == "en" || code == "eng") return Language::english;
    return std::nullopt;
}

}  // namespace eventex
