#pragma once
/// The hook that makes a struct an event type: `event_traits<Event>`.
///
/// A user type derives from EventBase and specialises event_traits with
///   static constexpr std::string_view name;          // the `type` rules name, e.g. "Sanction"
///   static constexpr std::string_view roles[];       // the slot roles its rules may use
///   static void fill(Event&, const RuleMatch&);      // copy slots into fields
/// and optionally
///   static constexpr std::string_view settings[];    // the `set` keys its rules may use
///   static void merge(Event& into, const Event& from);          // for `set attach = previous`
///   static void write_json(JsonObjectWriter&, const Event&);    // extra JSON fields
///   static std::string_view default_cameo(const Event&);        // CAMEO code when no rule sets one
///   static void expand(Event&&, const RuleMatch&, std::vector<Event>& out);
///                                   // one match, several events ("MHP und CHP lehnten ab")
#include <cstddef>           // std::ptrdiff_t
#include <string_view>       // std::string_view
#include <type_traits>       // std::is_base_of
#include <utility>           // std::move
#include <vector>            // std::vector

#include "cameo.hpp"         // default_cameo
#include "events.hpp"        // EventBase, Meeting, AidRequest, Statement
#include "match.hpp"         // RuleMatch
#include "span.hpp"          // detail::text_between

namespace eventex {

/// Primary template: deliberately undefined, so a type without traits fails to compile.
template <class Event>
struct event_traits;

namespace detail {
template <class Traits, class = void>
struct has_settings : std::false_type {};
template <class Traits>
struct has_settings<Traits, std::void_t<decltype(Traits::settings)>> : std::true_type {};

template <class Traits, class Event, class = void>
struct has_merge : std::false_type {};
template <class Traits, class Event>
struct has_merge<Traits, Event, std::void_t<decltype(Traits::merge(std::declval<Event&>(), std::declval<const Event&>()))>>
    : std::true_type {};

template <class Traits, class Event, class = void>
struct has_expand : std::false_type {};
template <class Traits, class Event>
struct has_expand<Traits, Event,
                  std::void_t<decltype(Traits::expand(std::declval<Event&&>(), std::declval<const RuleMatch&>(),
                                                      std::declval<std::vector<Event>&>()))>> : std::true_type {};

template <class Traits, class Event, class = void>
struct has_default_cameo : std::false_type {};
template <class Traits, class Event>
struct has_default_cameo<Traits, Event, std::void_t<decltype(Traits::default_cameo(std::declval<const Event&>()))>>
    : std::true_type {};

template <class Event, class = void>
struct is_event_type : std::false_type {};
template <class Event>
struct is_event_type<Event, std::void_t<decltype(event_traits<Event>::name), decltype(event_traits<Event>::roles),
                                        decltype(event_traits<Event>::fill(std::declval<Event&>(),
                                                                           std::declval<const RuleMatch&>()))>>
    : std::is_base_of<EventBase, Event> {};
}  // namespace detail

template <>
struct event_traits<Meeting> {
    static constexpr std::string_view name = "Meeting";
    static std::string_view default_cameo(const Meeting& event) noexcept { return eventex::default_cameo(event); }
    static constexpr std::string_view roles[] = {"participants", "host", "guest", "location", "topic", "behalf", "when"};
    static constexpr std::string_view settings[] = {"modality", "attach", "cameo"};

    static void fill(Meeting& event, const RuleMatch& match) {
        // A pair ("die beiden Minister") takes part as the two it names.
        for (std::string_view role : {"host", "participants", "guest"})
            for (const Mention* mention : match.mentions(role)) {
                if (mention->type != MentionType::actor && mention->type != MentionType::place) continue;
                if (mention->members.empty()) add_participant(event, mention->actor);
                for (const Actor& member : mention->members) add_participant(event, member);
            }
        event.location = match.text("location");
        // A host that is a place ("bei seinem Besuch in Moskau") is the government there, and
        // also where the meeting was.
        if (event.location.empty())
            for (const Mention* mention : match.mentions("host"))
                if (mention->type == MentionType::place) event.location = mention->actor.text;
        event.topic = match.text("topic");
        event.on_behalf_of = match.actor("behalf");
    }

    static void merge(Meeting& into, const Meeting& from) {
        for (const Actor& actor : from.participants) add_participant(into, actor);
        if (into.location.empty()) into.location = from.location;
        if (into.topic.empty()) into.topic = from.topic;
        if (!into.on_behalf_of) into.on_behalf_of = from.on_behalf_of;
        if (!into.date) into.date = from.date;
    }

private:
    static void add_participant(Meeting& event, Actor actor) {
        for (const Actor& existing : event.participants)
            // One mention twice (host and guest) or one person twice; a pair's two members share a span.
            if (existing.name == actor.name && (existing.span == actor.span || !actor.name.empty())) return;
        event.participants.push_back(std::move(actor));
    }
};

template <>
struct event_traits<AidRequest> {
    static constexpr std::string_view name = "AidRequest";
    static std::string_view default_cameo(const AidRequest& event) noexcept { return eventex::default_cameo(event); }
    static constexpr std::string_view roles[] = {"requester", "provider", "items", "when"};
    static constexpr std::string_view settings[] = {"modality", "attach", "category", "urgent", "cameo"};

    static void fill(AidRequest& event, const RuleMatch& match) {
        event.requester = match.actor("requester");
        event.provider = match.actor("provider");
        event.items = match.item_texts("items");
        const std::string_view category = match.setting("category");
        if (category == "military") event.category = AidCategory::military;
        else if (category == "humanitarian") event.category = AidCategory::humanitarian;
        else if (category == "financial") event.category = AidCategory::financial;
        else event.category = match.item_category("items");
        event.urgent = match.setting("urgent") == "true" || match.has_urgency_cue();
    }
};

template <>
struct event_traits<Statement> {
    static constexpr std::string_view name = "Statement";
    static std::string_view default_cameo(const Statement& event) noexcept { return eventex::default_cameo(event); }
    static constexpr std::string_view roles[] = {"speaker", "addressee", "content", "when"};
    static constexpr std::string_view settings[] = {"modality", "attach", "kind", "cameo"};

    static void fill(Statement& event, const RuleMatch& match) {
        if (auto speaker = match.actor("speaker")) event.speaker = std::move(*speaker);
        event.addressee = match.actor("addressee");
        // A clause of punctuation alone ("said: \"") reports nothing.
        if (std::string content = match.text("content"); !content.empty()) event.content = std::move(content);
        const std::string_view kind = match.setting("kind");
        event.kind = kind.empty() ? "say" : std::string(kind);
    }

    /// Coordinated speakers each made the statement: "MHP und CHP erklärten ihren Verzicht" is
    /// two statements, which is how event data counts them.
    static void expand(Statement&& event, const RuleMatch& match, std::vector<Statement>& out) {
        std::vector<Actor> speakers = match.actors("speaker");
        if (merge_appositions(speakers, match.document_text()) && speakers.size() == 1) event.speaker = speakers.front();
        if (speakers.size() < 2) {
            out.push_back(std::move(event));
            return;
        }
        for (Actor& speaker : speakers) {
            Statement copy = event;
            copy.speaker = std::move(speaker);
            out.push_back(std::move(copy));
        }
    }

    /// "said Gary Shapiro, chief executive of the Consumer Electronics Association": a bare
    /// title right after a named person, behind a comma (and an article), is that person's apposition, not a
    /// second speaker; the person takes its role and, lacking one, its country.
    /// Whether it merged any.
    static bool merge_appositions(std::vector<Actor>& speakers, std::string_view text) {
        bool merged = false;
        for (std::size_t k = 1; k < speakers.size();) {
            Actor& person = speakers[k - 1];
            const Actor& title = speakers[k];
            const std::string_view between = detail::text_between(text, person.span, title.span);
            const bool apposition = (between == "," || between == ", the" || between == ", a") && person.kind == ActorKind::person && !person.name.empty() &&
                                    person.role.empty() && title.kind == ActorKind::person && title.name.empty() &&
                                    !title.role.empty();
            if (!apposition) {
                ++k;
                continue;
            }
            person.role = title.role;
            if (person.country.empty()) person.country = title.country;
            speakers.erase(speakers.begin() + static_cast<std::ptrdiff_t>(k));
            merged = true;
        }
        return merged;
    }
};

}  // namespace eventex
