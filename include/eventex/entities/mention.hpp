#pragma once
/// What the recogniser finds in a sentence, and the placeholder text rules are matched against.
#include <algorithm>        // std::upper_bound
#include <cstddef>          // std::size_t
#include <string>           // std::string
#include <vector>           // std::vector

#include "../actor.hpp"     // Actor
#include "../events.hpp"    // AidCategory
#include "../span.hpp"      // Span
#include "dates.hpp"        // DateExpression

namespace eventex {

enum class MentionType { actor, place, date, item };

/// One recognised mention. Actors carry their resolved Actor; items their canonical name and
/// category; dates their unresolved expression (resolution needs the event's modality).
struct Mention {
    MentionType type = MentionType::actor;
    char letter = 'P';        ///< placeholder letter (detail/placeholder.hpp)
    Span span;                ///< in the document
    Actor actor;              ///< actors and places
    bool pronoun = false;     ///< the actor was resolved from a pronoun or a bare title
    bool feminine = false;    ///< known to refer to a woman (title form, "Frau")
    bool dateline = false;    ///< places: where the report was filed ("Wien – ..."), evidence of its home country
    bool city = false;        ///< places: a city or region, not a capital; evidence of the home country only as a dateline
    bool country_known = false;  ///< the gazetteer gave the country, possibly none (an international body)
    /// A pair resolved to whom it names ("die beiden Minister": Lawrow, Kerry), each with the
    /// pair's text and span; `actor` is then the group. Empty for any other mention.
    std::vector<Actor> members;
    DateExpression date;      ///< dates
    std::string item;         ///< items: canonical key ("air defence")
    AidCategory category = AidCategory::other;  ///< items
};

/// A sentence as rules see it: the text with every mention replaced by a placeholder, and the
/// map back to document offsets.
struct AnalyzedSentence {
    Span span;                       ///< the sentence in the document
    std::string shadow;              ///< placeholder text
    std::vector<Mention> mentions;   ///< placeholder i is mentions[i]

    /// A stretch of `shadow` that stands for document bytes: text copied one to one, or a
    /// placeholder standing for a whole mention.
    struct Piece {
        std::size_t shadow_begin = 0;
        std::size_t document_begin = 0;
        int mention = -1;  ///< -1 for copied text
    };
    std::vector<Piece> pieces;

    /// Document offset of shadow position `at`; inside a placeholder, the mention's start (or,
    /// with `end_side`, its end).
    std::size_t to_document(std::size_t at, bool end_side) const noexcept {
        auto it = std::upper_bound(pieces.begin(), pieces.end(), at,
                                   [](std::size_t value, const Piece& piece) { return value < piece.shadow_begin; });
        if (it == pieces.begin()) return span.begin;
        const Piece& piece = *(it - 1);
        if (piece.mention >= 0) {
            const Span& mention = mentions[static_cast<std::size_t>(piece.mention)].span;
            return end_side && at > piece.shadow_begin ? mention.end : mention.begin;
        }
        return piece.document_begin + (at - piece.shadow_begin);
    }

    /// The document span of shadow[begin, end). A placeholder that `end` cuts (a rule's word
    /// "C3" can match inside "\x01C3\x02") counts whole, so the span never leaves its mention.
    Span document_span(std::size_t begin, std::size_t end) const noexcept {
        if (end <= begin) {
            const std::size_t at = to_document(begin, false);
            return Span{at, at};
        }
        return Span{to_document(begin, false), past(end - 1)};
    }

    /// Indexes of the mentions whose placeholders lie in shadow[begin, end).
    std::vector<std::size_t> mentions_in(std::size_t begin, std::size_t end) const {
        std::vector<std::size_t> found;
        for (const Piece& piece : pieces) {
            if (piece.mention >= 0 && piece.shadow_begin >= begin && piece.shadow_begin < end)
                found.push_back(static_cast<std::size_t>(piece.mention));
        }
        return found;
    }

private:
    // Document offset just past shadow byte `at`: past the whole mention inside a placeholder.
    std::size_t past(std::size_t at) const noexcept {
        auto it = std::upper_bound(pieces.begin(), pieces.end(), at,
                                   [](std::size_t value, const Piece& piece) { return value < piece.shadow_begin; });
        if (it == pieces.begin()) return span.begin;
        const Piece& piece = *(it - 1);
        if (piece.mention >= 0) return mentions[static_cast<std::size_t>(piece.mention)].span.end;
        return piece.document_begin + (at - piece.shadow_begin) + 1;
    }
};

}  // namespace eventex
