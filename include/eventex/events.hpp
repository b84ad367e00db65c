#pragma once
/// The built-in event types. Plain value types: no Boost.Regex, no fmt here.
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <tuple>        // std::tie
#include <vector>       // std::vector

#include "actor.hpp"    // Actor
#include "date.hpp"     // Date
#include "span.hpp"     // Span

namespace eventex {

/// Whether the text says an event happened, will happen, did not happen, or is hearsay.
enum class Modality { asserted, planned, negated, reported };

constexpr std::string_view to_string(Modality modality) noexcept {
    switch (modality) {
        case Modality::asserted: return "asserted";
        case Modality::planned: return "planned";
        case Modality::negated: return "negated";
        case Modality::reported: return "reported";
    }
    return "asserted";
}

constexpr std::optional<Modality> modality_from_string(std::string_view s) noexcept {
    if (s == "asserted") return Modality::asserted;
    if (s == "planned") return Modality::planned;
    if (s == "negated") return Modality::negated;
    if (s == "reported") return Modality::reported;
    return std::nullopt;
}

/// What every event carries, whatever its type: provenance, position, time and modality.
/// User event types derive from it (see event_traits.hpp).
struct EventBase {
    std::string rule;            ///< id of the rule that found the event
    Span span;                   ///< the matched text, byte offsets into the document
    std::optional<Date> date;    ///< when, resolved against the document's date
    Modality modality = Modality::asserted;
    std::string cameo;           ///< nearest CAMEO code ("040"), see cameo.hpp; empty if none

    friend bool operator==(const EventBase& a, const EventBase& b) {
        return std::tie(a.rule, a.span, a.date, a.modality, a.cameo) ==
               std::tie(b.rule, b.span, b.date, b.modality, b.cameo);
    }
};

/// Who met, consulted, invited or hosted whom; where, on whose behalf, about what.
struct Meeting : EventBase {
    /// Host or inviter first where the text says. The two a pair names ("die beiden Minister")
    /// are two participants with the pair's text and span.
    std::vector<Actor> participants;
    std::string location;                 ///< surface text of the place, empty if none
    std::string topic;                    ///< what the meeting was about, empty if none
    std::optional<Actor> on_behalf_of;    ///< "im Auftrag von", "on behalf of"

    friend bool operator==(const Meeting& a, const Meeting& b) {
        return static_cast<const EventBase&>(a) == b &&
               std::tie(a.participants, a.location, a.topic, a.on_behalf_of) ==
                   std::tie(b.participants, b.location, b.topic, b.on_behalf_of);
    }
    friend bool operator!=(const Meeting& a, const Meeting& b) { return !(a == b); }
};

enum class AidCategory { military, humanitarian, financial, other };

constexpr std::string_view to_string(AidCategory category) noexcept {
    switch (category) {
        case AidCategory::military: return "military";
        case AidCategory::humanitarian: return "humanitarian";
        case AidCategory::financial: return "financial";
        case AidCategory::other: return "other";
    }
    return "other";
}

/// Who asks whom for what aid, and how urgently.
struct AidRequest : EventBase {
    std::optional<Actor> requester;
    std::optional<Actor> provider;
    std::vector<std::string> items;       ///< surface text of each item asked for
    AidCategory category = AidCategory::other;
    bool urgent = false;

    friend bool operator==(const AidRequest& a, const AidRequest& b) {
        return static_cast<const EventBase&>(a) == b &&
               std::tie(a.requester, a.provider, a.items, a.category, a.urgent) ==
                   std::tie(b.requester, b.provider, b.items, b.category, b.urgent);
    }
    friend bool operator!=(const AidRequest& a, const AidRequest& b) { return !(a == b); }
};

/// Who said, thanked, warned, stressed, demanded or rejected what, to whom.
struct Statement : EventBase {
    Actor speaker;
    std::string kind = "say";             ///< say, thank, warn, stress, demand, reject, criticise, announce, ...
    std::optional<Actor> addressee;
    std::optional<std::string> content;   ///< what was said, as it stands in the text

    friend bool operator==(const Statement& a, const Statement& b) {
        return static_cast<const EventBase&>(a) == b &&
               std::tie(a.speaker, a.kind, a.addressee, a.content) ==
                   std::tie(b.speaker, b.kind, b.addressee, b.content);
    }
    friend bool operator!=(const Statement& a, const Statement& b) { return !(a == b); }
};

}  // namespace eventex
