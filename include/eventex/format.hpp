#pragma once
/// fmt formatters: compact one-line, human-readable forms of dates, spans, actors and events.
/// For logs and debugging; the machine-readable form is json.hpp.
#include <iterator>        // std::back_inserter
#include <string_view>     // std::string_view

#include <fmt/core.h>      // fmt::formatter, fmt::format_context
#include <fmt/format.h>    // fmt::memory_buffer, fmt::format_to

#include "actor.hpp"       // Actor
#include "date.hpp"        // Date, to_string(Date)
#include "events.hpp"      // Modality, EventBase, Meeting, AidRequest, Statement
#include "span.hpp"        // Span

namespace eventex::detail {

/// Appends `text` with line breaks and other control characters as spaces, so that the result
/// stays on one line whatever the document contained.
inline void append_one_line(fmt::memory_buffer& out, std::string_view text) {
    for (char c : text) out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
}

inline void append_span(fmt::memory_buffer& out, const Span& span) {
    fmt::format_to(std::back_inserter(out), "[{},{})", span.begin, span.end);
}

/// "John Ginkel (Geschäftsträger, USA)": the name (else the surface text), then role and country.
inline void append_actor(fmt::memory_buffer& out, const Actor& actor) {
    const std::string_view label = !actor.name.empty() ? actor.name : actor.text;
    append_one_line(out, label.empty() ? std::string_view("?") : label);
    if (actor.role.empty() && actor.country.empty()) return;
    out.append(std::string_view(" ("));
    append_one_line(out, actor.role);
    if (!actor.role.empty() && !actor.country.empty()) out.append(std::string_view(", "));
    append_one_line(out, actor.country);
    out.push_back(')');
}

/// "Meeting[asserted 2025-07-02]"; `kind` is appended to the type as ".kind" when not empty.
inline void append_head(fmt::memory_buffer& out, std::string_view type, std::string_view kind,
                        const EventBase& event) {
    out.append(type);
    if (!kind.empty()) {
        out.push_back('.');
        append_one_line(out, kind);
    }
    out.push_back('[');
    out.append(to_string(event.modality));
    if (event.date) {
        out.push_back(' ');
        out.append(std::string_view(to_string(*event.date)));
    }
    out.append(std::string_view("] "));
}

/// "; rule de.meeting.invite @ [226,520)"
inline void append_tail(fmt::memory_buffer& out, const EventBase& event) {
    out.append(std::string_view("; rule "));
    append_one_line(out, event.rule);
    out.append(std::string_view(" @ "));
    append_span(out, event.span);
}

inline void append_event(fmt::memory_buffer& out, const Meeting& event) {
    append_head(out, "Meeting", {}, event);
    if (event.participants.empty()) out.push_back('?');
    for (std::size_t i = 0; i < event.participants.size(); ++i) {
        if (i != 0) out.append(std::string_view(" + "));
        append_actor(out, event.participants[i]);
    }
    if (event.on_behalf_of) {
        out.append(std::string_view(" on behalf of "));
        append_actor(out, *event.on_behalf_of);
    }
    if (!event.location.empty()) {
        out.append(std::string_view("; location: "));
        append_one_line(out, event.location);
    }
    if (!event.topic.empty()) {
        out.append(std::string_view("; topic: "));
        append_one_line(out, event.topic);
    }
    append_tail(out, event);
}

inline void append_event(fmt::memory_buffer& out, const AidRequest& event) {
    append_head(out, "AidRequest", {}, event);
    if (event.requester) append_actor(out, *event.requester);
    else out.push_back('?');
    if (event.provider) {
        out.append(std::string_view(" -> "));
        append_actor(out, *event.provider);
    }
    for (std::size_t i = 0; i < event.items.size(); ++i) {
        out.append(std::string_view(i == 0 ? ": " : ", "));
        append_one_line(out, event.items[i]);
    }
    out.append(std::string_view("; "));
    out.append(to_string(event.category));
    if (event.urgent) out.append(std::string_view(", urgent"));
    append_tail(out, event);
}

inline void append_event(fmt::memory_buffer& out, const Statement& event) {
    append_head(out, "Statement", event.kind, event);
    append_actor(out, event.speaker);
    if (event.addressee) {
        out.append(std::string_view(" -> "));
        append_actor(out, *event.addressee);
    }
    if (event.content) {
        out.append(std::string_view(": \""));
        append_one_line(out, *event.content);
        out.push_back('"');
    }
    append_tail(out, event);
}

/// Formats through a buffer and then as a string, so that width and alignment work for all:
/// fmt::format("{:<40}", actor).
template <class T, void (*append)(fmt::memory_buffer&, const T&)>
struct buffered_formatter : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        fmt::memory_buffer buffer;
        append(buffer, value);
        return fmt::formatter<std::string_view>::format(std::string_view(buffer.data(), buffer.size()), ctx);
    }
};

inline void append_date(fmt::memory_buffer& out, const Date& date) {
    out.append(std::string_view(to_string(date)));
}
inline void append_modality(fmt::memory_buffer& out, const Modality& modality) {
    out.append(to_string(modality));
}
inline void append_meeting(fmt::memory_buffer& out, const Meeting& event) { append_event(out, event); }
inline void append_aid_request(fmt::memory_buffer& out, const AidRequest& event) { append_event(out, event); }
inline void append_statement(fmt::memory_buffer& out, const Statement& event) { append_event(out, event); }

}  // namespace eventex::detail

/// "2025-07-02", "2025-07" or "2025".
template <>
struct fmt::formatter<eventex::Date>
    : eventex::detail::buffered_formatter<eventex::Date, eventex::detail::append_date> {};

/// "[226,520)": half-open byte range.
template <>
struct fmt::formatter<eventex::Span>
    : eventex::detail::buffered_formatter<eventex::Span, eventex::detail::append_span> {};

/// "John Ginkel (Geschäftsträger, USA)"; "?" when neither name nor text is known.
template <>
struct fmt::formatter<eventex::Actor>
    : eventex::detail::buffered_formatter<eventex::Actor, eventex::detail::append_actor> {};

/// "asserted", "planned", "negated" or "reported".
template <>
struct fmt::formatter<eventex::Modality>
    : eventex::detail::buffered_formatter<eventex::Modality, eventex::detail::append_modality> {};

/// "Meeting[asserted 2025-07-02] A + B on behalf of C; location: L; topic: T; rule R @ [b,e)".
template <>
struct fmt::formatter<eventex::Meeting>
    : eventex::detail::buffered_formatter<eventex::Meeting, eventex::detail::append_meeting> {};

/// "AidRequest[reported] Ukraine (UKR) -> Deutschland (DEU): Munition; military, urgent; rule R @ [b,e)".
template <>
struct fmt::formatter<eventex::AidRequest>
    : eventex::detail::buffered_formatter<eventex::AidRequest, eventex::detail::append_aid_request> {};

/// "Statement.thank[asserted 2025-07] Selenskyj -> Deutschland (DEU): \"...\"; rule R @ [b,e)".
template <>
struct fmt::formatter<eventex::Statement>
    : eventex::detail::buffered_formatter<eventex::Statement, eventex::detail::append_statement> {};
