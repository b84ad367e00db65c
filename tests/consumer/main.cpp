// A program that uses eventex the way a consumer would: the umbrella header, the default
// German pipeline, one sentence. tests/consumer/run_consumer.cmake builds it three ways
// (find_package after install, add_subdirectory, plain compiler command line).
#include <eventex/eventex.hpp>  // eventex::Pipeline, Document, Events, Date, Language
#include <eventex/format.hpp>   // fmt::formatter for Meeting, AidRequest, Statement

#include <fmt/core.h>           // fmt::print

#include <cstdio>               // stderr
#include <string_view>          // std::string_view

int main() {
    constexpr std::string_view text =
        "Außenminister Sebastian Kurz traf am Montag in Wien den russischen Außenminister "
        "Sergej Lawrow.";
    const auto pipeline = eventex::Pipeline::german();
    // A Wednesday, so that "am Montag" resolves to a date the output can show.
    const eventex::Document document{"consumer", text, eventex::Date{2017, 12, 6},
                                     eventex::Language::german};
    const eventex::Events events = pipeline.extract(document);
    if (events.error) {
        fmt::print(stderr, "document error: {}\n", events.error->message);
        return 1;
    }
    fmt::print("events: {}\n", events.size());
    if (!events.meetings.empty())
        fmt::print("first: {}\n", events.meetings.front());
    else if (!events.aid_requests.empty())
        fmt::print("first: {}\n", events.aid_requests.front());
    else if (!events.statements.empty())
        fmt::print("first: {}\n", events.statements.front());
    return events.size() > 0 ? 0 : 1;
}
