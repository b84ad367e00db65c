#pragma once
/// Provenance for rule authors: which rule found an event, where, and what filled each slot.
#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <vector>       // std::vector

#include "actor.hpp"    // Actor
#include "span.hpp"     // Span

namespace eventex {

/// What one slot of the rule captured.
struct SlotFill {
    std::string role;           ///< "speaker", "guest", ...
    std::string type;           ///< the slot type: actor, subjects, clause, ...
    Span span;                  ///< byte offsets of the capture in the document
    std::string text;           ///< the captured text
    std::vector<Actor> actors;  ///< the actors recognised inside it (name, country, kind)
};

/// How an event was found. Computed on request (`Pipeline::explain`), never on the hot path.
struct Explanation {
    std::string type;             ///< "Meeting", "Statement", ...
    std::string rule;             ///< the rule's id
    std::string location;         ///< "source:line" of the rule, e.g. "eventex/rules/german.hpp:88"
    std::size_t pattern = 0;      ///< which of the rule's match lines fired, from 1
    Span match;                   ///< the whole match (the event's span may be shorter)
    Span event;                   ///< the event's span
    std::vector<SlotFill> slots;  ///< in the order of the pattern
};

}  // namespace eventex
