// The control for the compile_fail tests: the same use with traits compiles, so those tests
// fail for the missing traits and not for a broken build command.
#include <eventex/eventex.hpp>  // Extractor, RuleBook, event_traits, EventBase

struct AnEvent : eventex::EventBase {
    std::string who;
};

template <>
struct eventex::event_traits<AnEvent> {
    static constexpr std::string_view name = "AnEvent";
    static constexpr std::string_view roles[] = {"who"};
    static void fill(AnEvent& event, const eventex::RuleMatch& match) { event.who = match.text("who"); }
};

int main() {
    const eventex::Extractor<AnEvent> extractor(eventex::RuleBook{});
    return static_cast<int>(extractor.rules().size());
}
