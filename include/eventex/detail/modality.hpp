#pragma once
/// The words that make an event planned, negated or hearsay, per language.
#include <algorithm>        // std::find
#include <iterator>         // std::begin, std::end
#include <string_view>      // std::string_view

#include "../events.hpp"    // Modality
#include "../language.hpp"  // Language

namespace eventex::detail {

/// True when `word` stands in `text` as a whole word (or words).
inline bool contains_word(std::string_view text, std::string_view word) noexcept {
    auto is_word_byte = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool left = at == 0 || !is_word_byte(text[at - 1]);
        const std::size_t end = at + word.size();
        const bool right = end >= text.size() || !is_word_byte(text[end]) || word.back() == '*';
        if (left && right) return true;
    }
    return false;
}

/// True when any word of `cues` stands in `text`; a cue ending in '*' matches as a prefix.
template <std::size_t N>
bool contains_any(std::string_view text, const std::string_view (&cues)[N]) noexcept {
    for (std::string_view cue : cues) {
        if (!cue.empty() && cue.back() == '*') {
            const std::string_view stem = cue.substr(0, cue.size() - 1);
            for (std::size_t at = text.find(stem); at != std::string_view::npos; at = text.find(stem, at + 1)) {
                const auto before = at == 0 ? ' ' : text[at - 1];
                const auto u = static_cast<unsigned char>(before);
                if (!(u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))) return true;
            }
        } else if (contains_word(text, cue)) {
            return true;
        }
    }
    return false;
}

struct ModalityCues {
    /// Inside the words that report the event itself ("traf ... nicht").
    bool negated(std::string_view trigger, Language language) const noexcept {
        static constexpr std::string_view de[] = {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals",
                                                  "abgesagt", "verweigert", "weder"};
        static constexpr std::string_view en[] = {"not", "n't", "never", "no", "cancelled", "canceled",
                                                  "called off", "refused to", "declined to"};
        return language == Language::german ? contains_any(trigger, de) : contains_any(trigger, en);
    }
    /// A German clause that closes on "nicht" after a verb of telling, or on "offen" after
    /// "ließ": "..., äußerte sich Baykal nicht." and "Ob ..., ließ er vorerst offen." said
    /// nothing. The closing word is the last of the trigger and the rest of its clause that is
    /// not an adverb of time; "nicht nur einmal" goes on, so it does not count.
    bool negated_after(std::string_view trigger, std::string_view rest_of_clause, Language language) const noexcept {
        if (language != Language::german) return false;
        static constexpr std::string_view adverbs[] = {"vorerst", "zunächst", "bislang", "bisher", "noch", "jedoch",
                                                       "aber", "allerdings", "dazu", "darüber"};
        static constexpr std::string_view leave[] = {"ließ", "lässt", "ließen", "lassen", "ließe"};
        // Verbs whose closing "nicht" withholds the words: "glaubt Grundböck nicht" still says
        // what he believes.
        static constexpr std::string_view tell[] = {"sagte", "sagt", "sagten", "äußerte", "äußert", "äußerten",
                                                    "kommentierte", "kommentiert", "kommentierten", "nannte", "nennt",
                                                    "nannten", "verriet", "verrät", "bestätigte", "bestätigt",
                                                    "bestätigten", "erklärte", "erklärt", "wollte", "will", "wollten"};
        auto closing_word = [&](std::string_view text) {
            while (true) {
                while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
                if (text.empty()) return text;
                const std::size_t space = text.rfind(' ');
                const std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
                if (std::find(std::begin(adverbs), std::end(adverbs), word) == std::end(adverbs)) return word;
                text = space == std::string_view::npos ? std::string_view() : text.substr(0, space);
            }
        };
        std::string_view closing = closing_word(rest_of_clause);
        if (closing.empty()) closing = closing_word(trigger);
        return (closing == "nicht" && contains_any(trigger, tell)) || (closing == "offen" && contains_any(trigger, leave));
    }
    /// Anywhere in the sentence outside reported content: the event is hearsay.
    bool reported(std::string_view sentence, Language language) const noexcept {
        static constexpr std::string_view de[] = {"Berichten zufolge", "Medienberichten zufolge", "laut Berichten",
                                                  "Berichte", "Medienberichte", "angeblich", "mutmaßlich",
                                                  "Gerüchten zufolge", "soll sich", "sollen sich"};
        static constexpr std::string_view en[] = {"reportedly", "according to reports", "allegedly", "is said to",
                                                  "are said to", "reports suggest", "was reported", "rumoured",
                                                  "was quoted as", "were quoted as", "is quoted as"};
        return language == Language::german ? contains_any(sentence, de) : contains_any(sentence, en);
    }
    /// Before or within the trigger: the event lies ahead.
    bool planned(std::string_view trigger, Language language) const noexcept {
        static constexpr std::string_view de[] = {"plant", "planen", "plante", "planten", "geplant*", "will",
                                                  "wollen", "soll", "sollen", "wird", "werden", "künftig*",
                                                  "zukünftig*", "bevorstehend*", "demnächst", "kommende*",
                                                  "anberaumt*", "vorgesehen*", "beabsichtigt"};
        static constexpr std::string_view en[] = {"will", "plans", "planned", "plan to", "scheduled", "upcoming",
                                                  "expected to", "is to", "are to", "'ll", "would", "next week",
                                                  "intends to", "due to"};
        return language == Language::german ? contains_any(trigger, de) : contains_any(trigger, en);
    }
};

}  // namespace eventex::detail
