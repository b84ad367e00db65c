#pragma once
/// RuleMatch: what one rule found in one sentence, as event traits read it.
#include <algorithm>               // std::find, std::min, std::max
#include <cstddef>                 // std::size_t
#include <optional>                // std::optional
#include <string>                  // std::string
#include <string_view>             // std::string_view
#include <vector>                  // std::vector

#include <boost/regex.hpp>         // boost::match_results

#include "actor.hpp"               // Actor
#include "rule.hpp"                // CompiledRule
#include "entities/mention.hpp"    // AnalyzedSentence, Mention

namespace eventex {

/// A view of one match: the rule, the sentence, and what each slot captured. Valid only while
/// the extractor's call that produced it runs.
class RuleMatch {
public:
    using Groups = boost::match_results<std::string::const_iterator>;

    /// `begin`: where the match starts in the sentence's shadow, which is before groups[0]
    /// when the pattern's opening was tested outside its regex (a subject's article).
    RuleMatch(const CompiledRule& rule, const dsl::CompiledPattern& pattern, const AnalyzedSentence& sentence,
              std::string_view text, const Groups& groups, std::size_t begin)
        : rule_(rule), pattern_(pattern), sentence_(sentence), text_(text), groups_(groups), begin_(begin) {}

    const CompiledRule& rule() const noexcept { return rule_; }
    const dsl::CompiledPattern& pattern() const noexcept { return pattern_; }
    const AnalyzedSentence& sentence() const noexcept { return sentence_; }
    std::string_view document_text() const noexcept { return text_; }

    /// The matched text, in document offsets.
    Span span() const noexcept {
        return trimmed(sentence_.document_span(begin_, offset_of(0) + static_cast<std::size_t>(groups_[0].length())));
    }

    /// True when a slot of this role captured something.
    bool has(std::string_view role) const { return capture(role).has_value(); }

    /// Document span of the role's capture.
    std::optional<Span> span_of(std::string_view role) const {
        auto group = capture(role);
        if (!group) return std::nullopt;
        return trimmed(sentence_.document_span(group->first, group->second));
    }

    /// The role's text as it stands in the document ("" when the slot is empty).
    std::string text(std::string_view role) const {
        auto span = span_of(role);
        if (!span) return std::string();
        // Reported content ends where the sentence does; its final stop is not part of it.
        while (span->end > span->begin && is_final_punctuation(text_[span->end - 1])) --span->end;
        return std::string(span->of(text_));
    }

    /// The mentions inside the role's capture.
    std::vector<const Mention*> mentions(std::string_view role) const {
        // A role may have several slots ("{actor:participants} "-" {actor:participants}"): all count.
        std::vector<const Mention*> found;
        for_each_capture(role, [&](Range capture) {
            for (std::size_t index : sentence_.mentions_in(capture.first, capture.second))
                found.push_back(&sentence_.mentions[index]);
        });
        return found;
    }

    /// The first actor in the role's capture.
    std::optional<Actor> actor(std::string_view role) const {
        for (const Mention* mention : mentions(role))
            if (mention->type == MentionType::actor || mention->type == MentionType::place) return mention->actor;
        return std::nullopt;
    }

    /// Every actor in the role's capture ("Merkel und Macron").
    std::vector<Actor> actors(std::string_view role) const {
        std::vector<Actor> found;
        for (const Mention* mention : mentions(role))
            if (mention->type == MentionType::actor || mention->type == MentionType::place) found.push_back(mention->actor);
        return found;
    }

    /// The surface text of each aid item in the role's capture.
    std::vector<std::string> item_texts(std::string_view role) const {
        std::vector<std::string> found;
        for (const Mention* mention : mentions(role))
            if (mention->type == MentionType::item) found.emplace_back(mention->span.of(text_));
        return found;
    }

    /// The category the items of the role name: military before humanitarian before financial.
    AidCategory item_category(std::string_view role) const {
        bool seen[4] = {false, false, false, false};
        for (const Mention* mention : mentions(role))
            if (mention->type == MentionType::item) seen[static_cast<int>(mention->category)] = true;
        for (int k = 0; k < 4; ++k)
            if (seen[k]) return static_cast<AidCategory>(k);
        return AidCategory::other;
    }

    /// The rule's value for `key` in this match: that of the first `set key = value if <lexicon>`
    /// whose lexicon took part in the match, else that of `set key = value`, else "".
    std::string_view setting(std::string_view key) const noexcept {
        for (const ConditionalSetting& setting : rule_.conditional_settings) {
            if (setting.key != key) continue;
            for (const dsl::CueBinding& cue : pattern_.cues)
                if (groups_[cue.group].matched &&
                    std::find(setting.lexicons.begin(), setting.lexicons.end(), cue.lexicon) != setting.lexicons.end())
                    return setting.value;
        }
        return rule_.setting(key);
    }

    /// True when the sentence says the matter is urgent ("dringend", "urgently", ...).
    bool has_urgency_cue() const {
        static constexpr std::string_view cues[] = {"dringend", "Dringlichkeit", "dringlich", "sofortige", "umgehend",
                                                    "unverzüglich", "rasche", "schnelle", "urgent", "Urgent",
                                                    "immediate", "desperate", "as soon as possible"};
        const std::string_view sentence = sentence_.span.of(text_);
        for (std::string_view cue : cues)
            if (sentence.find(cue) != std::string_view::npos) return true;
        return false;
    }

private:
    struct Range {
        std::size_t first, second;
    };

    // Calls `f` with the shadow range of each slot of `role` that captured something.
    template <class F>
    void for_each_capture(std::string_view role, F f) const {
        for (const dsl::SlotBinding& slot : pattern_.slots) {
            if (slot.role != role) continue;
            const auto& group = groups_[slot.group];
            if (!group.matched) continue;
            const std::size_t begin = offset_of(slot.group);
            f(Range{begin, begin + static_cast<std::size_t>(group.length())});
        }
    }

    // From the first to the last capture of the role's slots.
    std::optional<Range> capture(std::string_view role) const {
        std::optional<Range> range;
        for_each_capture(role, [&](Range capture) {
            if (!range) range = capture;
            range->first = std::min(range->first, capture.first);
            range->second = std::max(range->second, capture.second);
        });
        return range;
    }

    // Where group n starts in the sentence's shadow. Not match_results::position(): that counts
    // from where the search began, which is not the shadow's start once matching resumes.
    std::size_t offset_of(int n) const noexcept {
        return static_cast<std::size_t>(groups_[n].first - sentence_.shadow.cbegin());
    }

    Span trimmed(Span span) const noexcept {
        while (span.begin < span.end && is_space(text_[span.begin])) ++span.begin;
        while (span.end > span.begin && (is_space(text_[span.end - 1]) || text_[span.end - 1] == ',')) --span.end;
        return span;
    }
    static bool is_final_punctuation(char c) noexcept { return c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }
    static bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    const CompiledRule& rule_;
    const dsl::CompiledPattern& pattern_;
    const AnalyzedSentence& sentence_;
    std::string_view text_;
    const Groups& groups_;
    std::size_t begin_;
};

}  // namespace eventex
