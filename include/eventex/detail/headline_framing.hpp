#pragma once
/// The speech act an English headline names ("Iran official warns ...", "Pentagon Disputes Red
/// Cross Criticism", "Mandelson warning to BBC"). The lead then often reports the same
/// words with a neutral "said"; readers, and the labelled sets (tests/data/README.md, "the lead
/// frames the event"), take the headline's word for the statement's kind.
#include <cstddef>      // std::size_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex::detail {

/// A word of the headline that names a kind of statement, and where it stands.
struct HeadlineSpeechAct {
    std::size_t offset = 0;  ///< byte offset of the word in the text searched
    std::string_view kind;   ///< Statement::kind: "warn", "criticise", ...
};

/// The first word of `headline` that names a speech act other than plain saying, in any case
/// ("Warns", "warning"); nullopt when there is none. Words that are as often nouns of something
/// else ("Bomb attacks", "border disputes", "Game warnings") count only right after an actor,
/// which `actor_ends_before(offset)` tells: "Pentagon Disputes", "Mandelson warning to BBC".
template <class ActorEndsBefore>
std::optional<HeadlineSpeechAct> headline_speech_act(std::string_view headline, ActorEndsBefore actor_ends_before) {
    struct Cue {
        std::string_view word;
        std::string_view kind;
        bool also_other_noun;
    };
    static constexpr Cue cues[] = {
        {"warns", "warn", false},          {"warned", "warn", false},          {"warning", "warn", true},
        {"warnings", "warn", true},       {"assails", "criticise", false},    {"slams", "criticise", false},
        {"criticises", "criticise", false}, {"criticizes", "criticise", false}, {"condemns", "criticise", false},
        {"accuses", "criticise", false},   {"attacks", "criticise", true},     {"rejects", "reject", false},
        {"dismisses", "reject", false},    {"rebuffs", "reject", false},       {"disputes", "reject", true},
        {"denies", "deny", false},         {"acknowledges", "confirm", false}, {"admits", "confirm", false},
        {"confirms", "confirm", false},    {"urges", "appeal", false},         {"demands", "demand", true},
        {"vows", "promise", false},        {"pledges", "promise", true},       {"promises", "promise", true},
        {"threatens", "threaten", false},  {"praises", "praise", false},       {"hails", "praise", false},
    };
    auto is_letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    std::string word;
    for (std::size_t at = 0; at < headline.size();) {
        if (!is_letter(headline[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        word.clear();
        while (end < headline.size() && is_letter(headline[end])) {
            const char ch = headline[end++];
            word += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch | 0x20) : ch;
        }
        for (const Cue& cue : cues)
            if (word == cue.word && (!cue.also_other_noun || actor_ends_before(at))) return HeadlineSpeechAct{at, cue.kind};
        at = end;
    }
    return std::nullopt;
}

}  // namespace eventex::detail
