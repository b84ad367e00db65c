#pragma once
/// JSON and JSON Lines output of events and document errors. Opt-in; hand-written, no JSON library.
#include <algorithm>         // std::stable_sort, std::min, std::max
#include <charconv>          // std::to_chars
#include <cmath>             // std::isfinite
#include <cstddef>           // std::size_t, std::nullptr_t
#include <optional>          // std::optional
#include <string>            // std::string
#include <string_view>       // std::string_view
#include <type_traits>       // std::enable_if_t, std::is_base_of_v, std::void_t, std::decay_t
#include <utility>           // std::declval
#include <vector>            // std::vector

#include "actor.hpp"         // Actor, to_string(ActorKind)
#include "date.hpp"          // Date, to_string(Date)
#include "document.hpp"      // Document
#include "error.hpp"         // DocumentError, to_string(errc)
#include "event_traits.hpp"  // event_traits<Event>::name
#include "events.hpp"        // EventBase, Meeting, AidRequest, Statement
#include "pipeline.hpp"      // Events
#include "span.hpp"          // Span
#include "detail/utf8.hpp"   // first_invalid_utf8

namespace eventex {

namespace detail {

/// Appends valid UTF-8 `text` with the characters JSON requires escaped, escaped.
inline void append_escaped_utf8(std::string& out, std::string_view text) {
    constexpr char hex[] = "0123456789abcdef";
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const char* short_form = nullptr;
        switch (byte) {
            case '"': short_form = "\\\""; break;
            case '\\': short_form = "\\\\"; break;
            case '\b': short_form = "\\b"; break;
            case '\f': short_form = "\\f"; break;
            case '\n': short_form = "\\n"; break;
            case '\r': short_form = "\\r"; break;
            case '\t': short_form = "\\t"; break;
            default: break;
        }
        // U+2028 and U+2029 are valid JSON but end lines in JavaScript; escaped, a JSON Lines
        // record can be pasted into a script as it is.
        const bool line_separator = byte == 0xE2 && i + 2 < text.size() &&
                                    static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                                    (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8;
        if (short_form == nullptr && byte >= 0x20 && !line_separator) continue;
        out.append(text.data() + run, i - run);
        if (short_form != nullptr) {
            out += short_form;
        } else if (line_separator) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        }
        run = i + 1;
    }
    out.append(text.data() + run, text.size() - run);
}

}  // namespace detail

/// Appends `text` as a quoted JSON string (RFC 8259). Bytes that are not UTF-8 become U+FFFD,
/// one per byte, so the output is always valid JSON even for unvalidated input.
inline void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    while (!text.empty()) {
        const std::optional<std::size_t> bad = detail::first_invalid_utf8(text);
        detail::append_escaped_utf8(out, text.substr(0, bad.value_or(text.size())));
        if (!bad) break;
        out += "\xEF\xBF\xBD";
        text.remove_prefix(*bad + 1);
    }
    out += '"';
}

/// Writes the fields of one JSON object into a string, in call order. The constructor writes
/// '{', close() writes '}'; the string must outlive the writer.
class JsonObjectWriter {
public:
    explicit JsonObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
    JsonObjectWriter(const JsonObjectWriter&) = delete;
    JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

    JsonObjectWriter& field(std::string_view name, std::string_view value) {
        key(name);
        append_json_string(out_, value);
        return *this;
    }
    // Without these two, a literal or std::string would pick the bool overload or be ambiguous.
    JsonObjectWriter& field(std::string_view name, const char* value) {
        return field(name, std::string_view(value));
    }
    JsonObjectWriter& field(std::string_view name, const std::string& value) {
        return field(name, std::string_view(value));
    }
    JsonObjectWriter& field(std::string_view name, bool value) {
        key(name);
        out_ += value ? "true" : "false";
        return *this;
    }
    /// Integers as they are; floating point in the shortest form that reads back exactly, and
    /// null for NaN and infinities, which JSON cannot represent.
    template <class Number,
              std::enable_if_t<(std::is_integral_v<Number> && !std::is_same_v<Number, bool> &&
                                !std::is_same_v<Number, char>) ||
                                   std::is_floating_point_v<Number>,
                               int> = 0>
    JsonObjectWriter& field(std::string_view name, Number value) {
        key(name);
        append_number(value);
        return *this;
    }
    JsonObjectWriter& field(std::string_view name, std::nullptr_t) {
        key(name);
        out_ += "null";
        return *this;
    }
    /// [begin,end]
    JsonObjectWriter& field(std::string_view name, const Span& span) {
        key(name);
        append_span(span);
        return *this;
    }
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY", by precision.
    JsonObjectWriter& field(std::string_view name, const Date& date) {
        return field(name, std::string_view(to_string(date)));
    }
    /// {"text", "name", "role", "country", "kind", "span"}; empty strings become null.
    JsonObjectWriter& field(std::string_view name, const Actor& actor) {
        key(name);
        append_actor(actor);
        return *this;
    }
    JsonObjectWriter& field(std::string_view name, const std::vector<Actor>& actors) {
        key(name);
        out_ += '[';
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (i != 0) out_ += ',';
            append_actor(actors[i]);
        }
        out_ += ']';
        return *this;
    }
    JsonObjectWriter& field(std::string_view name, const std::vector<std::string>& values) {
        key(name);
        out_ += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i != 0) out_ += ',';
            append_json_string(out_, values[i]);
        }
        out_ += ']';
        return *this;
    }
    /// The value, or null when empty.
    template <class T>
    JsonObjectWriter& field(std::string_view name, const std::optional<T>& value) {
        return value ? field(name, *value) : field(name, nullptr);
    }
    /// The string, or null when it is empty (the library's "not known").
    JsonObjectWriter& field_or_null(std::string_view name, std::string_view value) {
        return value.empty() ? field(name, nullptr) : field(name, value);
    }
    /// Writes '}'; no field may follow.
    void close() { out_ += '}'; }

private:
    void key(std::string_view name) {
        if (!first_) out_ += ',';
        first_ = false;
        append_json_string(out_, name);
        out_ += ':';
    }
    template <class Number>
    void append_number(Number value) {
        if constexpr (std::is_floating_point_v<Number>) {
            if (!std::isfinite(value)) {
                out_ += "null";
                return;
            }
        }
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out_.append(buffer, result.ptr);
    }
    void append_span(const Span& span) {
        out_ += '[';
        append_number(span.begin);
        out_ += ',';
        append_number(span.end);
        out_ += ']';
    }
    void append_actor(const Actor& actor) {
        JsonObjectWriter object(out_);
        object.field("text", actor.text)
            .field_or_null("name", actor.name)
            .field_or_null("role", actor.role)
            .field_or_null("country", actor.country)
            .field("kind", to_string(actor.kind))
            .field("span", actor.span);
        object.close();
    }

    std::string& out_;
    bool first_ = true;
};

namespace detail {

template <class Event, class = void>
struct has_write_json : std::false_type {};
template <class Event>
struct has_write_json<Event, std::void_t<decltype(event_traits<Event>::write_json(
                                 std::declval<JsonObjectWriter&>(), std::declval<const Event&>()))>>
    : std::true_type {};

// The fields of the built-in types. They are found before the template below, which serves
// user event types through their traits.
inline void write_event_fields(JsonObjectWriter& writer, const Meeting& event) {
    writer.field("participants", event.participants)
        .field_or_null("location", event.location)
        .field_or_null("topic", event.topic)
        .field("on_behalf_of", event.on_behalf_of);
}
inline void write_event_fields(JsonObjectWriter& writer, const AidRequest& event) {
    writer.field("requester", event.requester)
        .field("provider", event.provider)
        .field("items", event.items)
        .field("category", to_string(event.category))
        .field("urgent", event.urgent);
}
inline void write_event_fields(JsonObjectWriter& writer, const Statement& event) {
    writer.field("speaker", event.speaker)
        .field("kind", event.kind)
        .field("addressee", event.addressee)
        .field("content", event.content);
}
template <class Event>
void write_event_fields(JsonObjectWriter& writer, const Event& event) {
    if constexpr (has_write_json<Event>::value) event_traits<Event>::write_json(writer, event);
}

/// The one code path for every event type: common fields, then the type's own.
template <class Event>
void append_event_json(std::string& out, const Event& event, std::string_view doc_id,
                       std::string_view text) {
    static_assert(std::is_base_of_v<EventBase, Event>, "an event type must derive from EventBase");
    const EventBase& base = event;
    // Clamped so that a span from another text cannot make substr throw.
    const std::size_t begin = std::min(base.span.begin, text.size());
    const std::size_t end = std::min(std::max(base.span.end, begin), text.size());
    JsonObjectWriter writer(out);
    writer.field("doc", doc_id)
        .field("type", std::string_view(event_traits<Event>::name))
        .field("rule", base.rule)
        .field("span", base.span)
        .field("text", text.substr(begin, end - begin))
        .field("date", base.date)
        .field("modality", to_string(base.modality))
        .field_or_null("cameo", base.cameo);
    write_event_fields(writer, event);
    writer.close();
}

}  // namespace detail

/// Appends one event as a JSON object (no newline); `text` is the document text its spans refer to.
inline void append_json(std::string& out, const Meeting& event, std::string_view doc_id,
                        std::string_view text) {
    detail::append_event_json(out, event, doc_id, text);
}
inline void append_json(std::string& out, const AidRequest& event, std::string_view doc_id,
                        std::string_view text) {
    detail::append_event_json(out, event, doc_id, text);
}
inline void append_json(std::string& out, const Statement& event, std::string_view doc_id,
                        std::string_view text) {
    detail::append_event_json(out, event, doc_id, text);
}
/// A user event type: the common fields, then those `event_traits<Event>::write_json(writer,
/// event)` writes, if the traits declare it.
template <class Event>
void append_json(std::string& out, const Event& event, std::string_view doc_id,
                 std::string_view text) {
    detail::append_event_json(out, event, doc_id, text);
}

/// Appends {"doc", "error", "offset", "message", "rule"} (rule null when empty), no newline.
inline void append_json(std::string& out, const DocumentError& error) {
    JsonObjectWriter writer(out);
    writer.field("doc", error.document_id)
        .field("error", to_string(error.code))
        .field("offset", error.offset)
        .field("message", error.message)
        .field_or_null("rule", error.rule);
    writer.close();
}

/// Appends every event of `events` as one JSON line each, in document order: by span begin,
/// then span end, then type name. Errors in `events` are not written.
inline void append_jsonl(std::string& out, const Document& document, const Events& events) {
    struct Entry {
        Span span;
        std::string_view type;
        const void* event;
        void (*write)(std::string&, const void*, const Document&);
    };
    std::vector<Entry> entries;
    entries.reserve(events.size());
    auto add = [&entries](const auto& list) {
        using Event = typename std::decay_t<decltype(list)>::value_type;
        for (const Event& event : list)
            entries.push_back(Entry{event.span, event_traits<Event>::name, &event,
                                    [](std::string& o, const void* e, const Document& d) {
                                        append_json(o, *static_cast<const Event*>(e), d.id, d.text);
                                    }});
    };
    add(events.meetings);
    add(events.aid_requests);
    add(events.statements);
    // Stable, so events of one type and span keep the order the extractor gave them.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
        if (a.span.end != b.span.end) return a.span.end < b.span.end;
        return a.type < b.type;
    });
    for (const Entry& entry : entries) {
        entry.write(out, entry.event, document);
        out += '\n';
    }
}

}  // namespace eventex
