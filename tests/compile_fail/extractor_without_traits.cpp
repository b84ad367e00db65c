// Must not compile: Extractor<Event> needs event_traits<Event> (see tests/CMakeLists.txt).
// expected-error: needs Event to derive from eventex::EventBase
#include <eventex/eventex.hpp>  // Extractor, RuleBook

struct NotAnEvent {
    int value = 0;
};

int main() {
    const eventex::Extractor<NotAnEvent> extractor(eventex::RuleBook{});
    return static_cast<int>(extractor.rules().size());
}
