#pragma once
/// Who does something in an event: a person, an organisation, a country or a group.
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <tuple>        // std::tie

#include "span.hpp"     // Span

namespace eventex {

enum class ActorKind { person, organisation, country, group };

constexpr std::string_view to_string(ActorKind kind) noexcept {
    switch (kind) {
        case ActorKind::person: return "person";
        case ActorKind::organisation: return "organisation";
        case ActorKind::country: return "country";
        case ActorKind::group: return "group";
    }
    return "group";
}

/// An actor as an event names it. Strings are owned so that events outlive the document;
/// `span` points back into the document's text. Empty strings mean "not known".
struct Actor {
    std::string text;     ///< surface text in the document ("Die stellvertretende Außenministerin Mariana Betsa")
    std::string name;     ///< canonical name ("Mariana Betsa", "Ukraine", "Außenministerium")
    std::string role;     ///< title or function ("stellvertretende Außenministerin")
    std::string country;  ///< ISO 3166-1 alpha-3 ("UKR")
    ActorKind kind = ActorKind::group;
    Span span;            ///< where `text` stands in the document

    friend bool operator==(const Actor& a, const Actor& b) {
        return std::tie(a.text, a.name, a.role, a.country, a.kind, a.span) ==
               std::tie(b.text, b.name, b.role, b.country, b.kind, b.span);
    }
    friend bool operator!=(const Actor& a, const Actor& b) { return !(a == b); }
};

}  // namespace eventex
