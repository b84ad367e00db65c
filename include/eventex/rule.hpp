#pragma once
/// A compiled rule: what an Extractor runs.
#include <cstddef>            // std::size_t
#include <memory>             // std::shared_ptr
#include <string>             // std::string
#include <string_view>        // std::string_view
#include <utility>            // std::pair
#include <vector>             // std::vector

#include "language.hpp"       // Language
#include "dsl/ast.hpp"        // Example
#include "dsl/compiler.hpp"   // CompiledPattern
#include "dsl/source.hpp"     // Source

namespace eventex {

/// `set key = value if <lexicon> ...`: a value for the matches in which one of the lexicons took part.
struct ConditionalSetting {
    std::string key;
    std::string value;
    std::vector<std::string> lexicons;
};

/// Immutable after compilation; shared read-only by every thread that extracts.
struct CompiledRule {
    std::string id;
    std::string type;
    Language language = Language::german;
    int priority = 0;
    std::vector<std::pair<std::string, std::string>> settings;  ///< `set key = value`
    std::vector<ConditionalSetting> conditional_settings;       ///< in the rule's order: the first that holds wins
    std::vector<dsl::CompiledPattern> patterns;
    std::vector<dsl::Example> examples;
    std::shared_ptr<const dsl::Source> source;
    std::size_t offset = 0;  ///< where the rule stands in its source

    /// Whether the rule sets `key`, with or without a condition.
    bool sets(std::string_view key) const noexcept {
        for (const auto& [k, v] : settings)
            if (k == key) return true;
        for (const ConditionalSetting& setting : conditional_settings)
            if (setting.key == key) return true;
        return false;
    }
    /// The value of `set key = value` (without a condition), or "" when the rule does not set it.
    std::string_view setting(std::string_view key) const noexcept {
        for (const auto& [k, v] : settings)
            if (k == key) return v;
        return {};
    }
    /// "meeting.rules:12" for messages.
    std::string location() const {
        return source ? source->name + ':' + std::to_string(source->position(offset).line) : id;
    }
};

}  // namespace eventex
