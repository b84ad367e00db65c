#pragma once
/// What every fuzz target checks beyond "no crash, no sanitizer report": the invariants a caller
/// relies on, turned into aborts so that libFuzzer records the input that breaks them.
#include <cstdio>              // std::fprintf, stderr
#include <cstdlib>             // std::abort
#include <string_view>         // std::string_view

#include <eventex/pipeline.hpp> // Events
#include <eventex/span.hpp>     // Span

namespace eventex_fuzz {

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "eventex fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char* what) {
    if (!condition) fail(what);
}

/// A span lies inside the text and does not run backwards.
inline void check_span(const eventex::Span& span, std::string_view text, const char* what) {
    check(span.begin <= span.end && span.end <= text.size(), what);
}

/// Every event and every actor of `events` points into `text`.
inline void check_events(const eventex::Events& events, std::string_view text) {
    auto actor = [&](const eventex::Actor& a) { check_span(a.span, text, "actor span outside the text"); };
    for (const auto& e : events.meetings) {
        check_span(e.span, text, "meeting span outside the text");
        for (const auto& a : e.participants) actor(a);
    }
    for (const auto& e : events.aid_requests) {
        check_span(e.span, text, "aid request span outside the text");
        if (e.requester) actor(*e.requester);
        if (e.provider) actor(*e.provider);
    }
    for (const auto& e : events.statements) {
        check_span(e.span, text, "statement span outside the text");
        actor(e.speaker);
    }
    for (const auto& error : events.rule_errors) check(error.offset <= text.size(), "rule error offset outside the text");
    if (events.error) check(events.error->offset <= text.size(), "document error offset outside the text");
}

}  // namespace eventex_fuzz
