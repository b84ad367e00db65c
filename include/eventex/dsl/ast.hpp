#pragma once
/// The parsed form of rule files: what the parser produces and the compiler consumes.
#include <cstddef>        // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view         // std::string
#include <utility>        // std::pair
#include <vector>         // std::vector

#include "../error.hpp"     // TextPosition
#include "../language.hpp"  // Language

namespace eventex::dsl {

/// What a slot captures. Each type compiles to a pattern over the recogniser's mentions.
enum class SlotType {
    actor,   ///< one actor: a person, organisation, country or group (a pronoun resolves)
    actors,  ///< a list of actors joined by commas and "und"/"and"
    subject, ///< an actor that can be the clause's subject: not after a preposition ("mit dem
             ///< Präsidenten") nor after a German article that marks another case (dem, den, des)
    subjects,///< a list of actors that can be the subject
    date,    ///< a date expression
    item,    ///< one aid item
    items,   ///< a list of aid items, possibly with adjectives between them
    place,   ///< a country, capital or city
    phrase,  ///< up to 16 words, stopping at clause punctuation
    clause,  ///< the rest of the sentence (reported speech)
};

/// Whether a slot of this type captures actors (actor, actors, subject, subjects).
constexpr bool holds_actors(SlotType type) noexcept {
    return type == SlotType::actor || type == SlotType::actors || type == SlotType::subject || type == SlotType::subjects;
}

/// The slot type as rules write it ("subjects").
constexpr std::string_view to_string(SlotType type) noexcept {
    switch (type) {
        case SlotType::actor: return "actor";
        case SlotType::actors: return "actors";
        case SlotType::subject: return "subject";
        case SlotType::subjects: return "subjects";
        case SlotType::date: return "date";
        case SlotType::item: return "item";
        case SlotType::items: return "items";
        case SlotType::place: return "place";
        case SlotType::phrase: return "phrase";
        case SlotType::clause: return "clause";
    }
    return "actor";
}

/// One element of a pattern. A flat struct rather than a variant: patterns are tiny.
struct Node {
    enum class Kind { word, literal, lexicon, slot, gap, group, optional, negation, sentence_start, sentence_end };
    Kind kind = Kind::word;
    std::string text;        ///< word, literal text, lexicon name, or slot role
    bool prefix = false;     ///< word*: the word is a prefix ("Gespräch*")
    SlotType slot_type = SlotType::actor;
    std::size_t max_gap = 0; ///< gaps: at most this many tokens
    bool clause_bounded = false;  ///< gaps: never across clause punctuation (`~`)
    std::vector<std::vector<Node>> alternatives;  ///< groups and optional parts
    std::size_t offset = 0;  ///< byte offset of the element in the rule source
};

using Sequence = std::vector<Node>;

/// `example + "sentence" role="expected"`: a sentence the rule must (or, with -, must not) match.
struct Example {
    bool positive = true;
    std::string sentence;
    std::vector<std::pair<std::string, std::string>> expectations;  ///< role -> text the slot contains
    std::size_t offset = 0;
};

/// `set key = value`: a constant the rule gives its events (kind = thank, modality = negated).
/// `set key = value if <lexicon> ...`: the value only for a match in which one of those lexicons
/// took part, so that one rule can give each verb it matches its own kind
/// (`set kind = warn if <en.warn> <en.warn.ing>`).
struct Setting {
    std::string key;
    std::string value;
    std::vector<std::string> if_lexicons;  ///< empty: the value holds for every match
    std::size_t offset = 0;
};

struct RuleSpec {
    std::string id;
    std::string type;
    Language language = Language::german;
    bool has_language = false;
    int priority = 0;
    std::vector<Setting> settings;
    std::vector<Sequence> patterns;            ///< one per `match` line; any may fire
    std::vector<std::size_t> pattern_offsets;  ///< where each `match` line starts
    std::vector<Example> examples;
    std::size_t offset = 0;                    ///< where `rule` stands
};

/// `lexicon name = word word ... ;`: a named word class.
struct Lexicon {
    std::string name;
    std::vector<std::string> entries;  ///< expanded: "sagt{e,en}" gives "sagte", "sagten"
    std::size_t offset = 0;
};

}  // namespace eventex::dsl
