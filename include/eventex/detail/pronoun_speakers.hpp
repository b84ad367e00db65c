#pragma once
/// English statements whose speaker is "it" or "they" at the start of a sentence: the speaker
/// is the subject of the sentence before. A step after extraction, because that subject is
/// often known only from the statements found there ("..., the OSI said. It added ...").
#include <cstddef>      // std::size_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector

#include "../actor.hpp"               // Actor, ActorKind
#include "../entities/mention.hpp"    // AnalyzedSentence, Mention
#include "../entities/recognizer.hpp" // AnalyzedDocument
#include "../events.hpp"              // Statement
#include "../span.hpp"                // Span
#include "erase_flagged.hpp"           // erase_flagged

namespace eventex::detail {

// Where "it" or "they" stands in `span`, past an opening "but" or "and"; empty if neither.
inline Span opening_subject_pronoun(std::string_view text, Span span) {
    std::size_t at = span.begin;
    for (int word = 0; word < 2 && at < span.end; ++word) {
        std::size_t end = at;
        while (end < span.end && text[end] != ' ') ++end;
        std::string lower(text.substr(at, end - at));
        for (char& ch : lower) ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch | 0x20) : ch;
        if (lower == "it" || lower == "they") return Span{at, end};
        if (word > 0 || (lower != "but" && lower != "and")) break;
        at = end;
        while (at < span.end && text[at] == ' ') ++at;
    }
    return Span{span.begin, span.begin};
}

inline std::size_t sentence_holding(const AnalyzedDocument& analyzed, std::size_t offset) {
    for (std::size_t s = 0; s < analyzed.sentences.size(); ++s)
        if (analyzed.sentences[s].span.begin <= offset && offset < analyzed.sentences[s].span.end) return s;
    return analyzed.sentences.size();
}

// The coordinated speakers of the statements at `span`, as one group ("they").
inline Actor speakers_as_group(const std::vector<Statement>& statements, Span span) {
    std::vector<const Actor*> members;
    for (const Statement& other : statements)
        if (other.span == span) members.push_back(&other.speaker);
    Actor group;
    group.kind = ActorKind::group;
    group.country = members.front()->country;
    for (const Actor* member : members) {
        if (!group.name.empty()) group.name += member == members.back() ? " and " : ", ";
        group.name += member->name.empty() ? member->text : member->name;
        if (member->country != group.country) group.country.clear();
    }
    return group;
}

// The subject of `sentence` that "it" (`plural` false) or "they" can stand for, if it has one.
inline std::optional<Actor> pronoun_antecedent_in(std::string_view text, const AnalyzedSentence& sentence,
                                       const std::vector<Statement>& statements, bool plural) {
    // "they" also stands for a body or people named in the plural ("the Conservatives",
    // "Ministers"), not for one named person ("Mr Jones").
    auto fits = [plural](const Actor& actor) {
        if (!plural) return actor.kind == ActorKind::organisation;
        if (actor.kind == ActorKind::group) return true;
        if (actor.kind == ActorKind::country || (actor.kind == ActorKind::person && !actor.name.empty())) return false;
        return actor.text.size() > 3 && actor.text.back() == 's' && actor.text[actor.text.size() - 2] != 's';
    };
    // A statement's speaker is its clause's subject whatever stands first ("..., the OSI said").
    const Statement* last = nullptr;
    std::size_t speakers = 0;
    for (const Statement& other : statements) {
        if (!sentence.span.contains(other.span) || other.speaker.text.empty()) continue;
        if (last != nullptr && other.span == last->span) {
            ++speakers;  // coordinated speakers of one verb
            continue;
        }
        last = &other;
        speakers = 1;
    }
    if (last != nullptr) {
        if (plural && speakers >= 2) return speakers_as_group(statements, last->span);
        if (fits(last->speaker)) return last->speaker;
        return std::nullopt;
    }
    // Otherwise the actors that open the sentence, after an article at most: "The campaigners
    // unveiled ...", "Volkswagen and Siemens have warned ...".
    std::vector<const Mention*> opening;
    std::size_t at = sentence.span.begin;
    const std::string_view head = text.substr(at, 4);
    if (head == "The " || head == "the ") at += 4;
    for (const Mention& mention : sentence.mentions) {
        if (mention.type != MentionType::actor || mention.span.begin < at) continue;
        if (mention.span.begin != at) break;
        opening.push_back(&mention);
        at = mention.span.end;
        for (std::string_view joint : {std::string_view(", "), std::string_view(" and "), std::string_view(", and ")})
            if (text.substr(at, joint.size()) == joint) {
                at += joint.size();
                break;
            }
    }
    if (opening.empty()) return std::nullopt;
    if (plural && opening.size() >= 2) {
        Actor group;
        group.kind = ActorKind::group;
        group.country = opening.front()->actor.country;
        for (const Mention* mention : opening) {
            if (!group.name.empty()) group.name += mention == opening.back() ? " and " : ", ";
            group.name += mention->actor.name.empty() ? mention->actor.text : mention->actor.name;
            if (mention->actor.country != group.country) group.country.clear();
        }
        return group;
    }
    if (opening.size() == 1 && fits(opening.front()->actor)) return opening.front()->actor;
    return std::nullopt;
}

// "The group said the campaign was well organised. It added that ...": the recogniser resolves
// "it" only to a body its gazetteer knows, and "they" not at all, so the English rules also
// read a sentence that opens with "it" or "they" before a verb of saying, without a speaker.
// Such a statement takes the subject of the sentence before: a statement's speaker there
// (the last), or else the actor or the list of actors that opens it. "it" needs one
// organisation, "they" a group or a list of two or more actors; any other subject, or none,
// and the statement is dropped: an earlier sentence is too far to be sure of.
inline void resolve_pronoun_speakers(std::string_view text, const AnalyzedDocument& analyzed,
                                     std::vector<Statement>& statements) {
    std::vector<bool> drop(statements.size());
    bool any = false;
    for (std::size_t k = 0; k < statements.size(); ++k) {
        Statement& statement = statements[k];
        if (!statement.speaker.text.empty() || !statement.speaker.name.empty()) continue;
        const Span pronoun = opening_subject_pronoun(text, statement.span);
        const std::size_t sentence = sentence_holding(analyzed, statement.span.begin);
        std::optional<Actor> antecedent;
        if (!pronoun.empty() && sentence > 0 && sentence < analyzed.sentences.size())
            antecedent = pronoun_antecedent_in(text, analyzed.sentences[sentence - 1], statements, pronoun.size() > 2);
        if (!antecedent) {
            drop[k] = any = true;
            continue;
        }
        statement.speaker = std::move(*antecedent);
        // An antecedent without a name ("the group", "delegates") lends its words.
        if (statement.speaker.name.empty()) statement.speaker.name = statement.speaker.text;
        statement.speaker.text = std::string(pronoun.of(text));
        statement.speaker.span = pronoun;
    }
    if (any) erase_flagged(statements, drop);
}

}  // namespace eventex::detail
