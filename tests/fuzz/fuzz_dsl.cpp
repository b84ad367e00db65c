// Fuzz target: the rule language's parser and compiler on arbitrary rule text. Bad text must
// throw eventex::RuleError (with a position inside the source) and nothing else; rules that
// compile are then run on one real sentence of each language, where a rule that Boost.Regex
// gives up on must be reported in Events::rule_errors, not thrown.
#include <cstddef>    // std::size_t
#include <cstdint>    // std::uint8_t
#include <memory>     // std::shared_ptr, std::make_shared
#include <string>     // std::string
#include <vector>     // std::vector

#include <eventex/error.hpp>                // RuleError
#include <eventex/events.hpp>               // Meeting, AidRequest, Statement
#include <eventex/extractor.hpp>            // Extractor
#include <eventex/ruleset.hpp>              // RuleBook
#include <eventex/entities/recognizer.hpp>  // Recognizer

#include "fuzz_checks.hpp"  // check, check_span

namespace {

const std::shared_ptr<const eventex::Recognizer>& recognizer() {
    static const auto shared = std::make_shared<const eventex::Recognizer>();
    return shared;
}

template <class Event>
void run(const eventex::RuleBook& book) {
    const eventex::Extractor<Event> extractor(book, recognizer());
    static const std::string sentences[] = {
        "Bundeskanzler Karl Nehammer traf am Dienstag in Wien den ukrainischen Präsidenten Wolodymyr Selenskyj.",
        "Foreign Secretary Jack Straw said on Monday that the talks would go on, and Germany asked for help.",
    };
    for (const std::string& text : sentences) {
        for (eventex::Language language : {eventex::Language::german, eventex::Language::english}) {
            const eventex::Document document{"fuzz", text, eventex::Date{2025, 7, 3}, language};
            const eventex::AnalyzedDocument analyzed = recognizer()->analyze(document, language);
            std::vector<Event> events;
            std::vector<eventex::DocumentError> errors;
            extractor.extract(document, analyzed, events, &errors);
            for (const Event& event : events) eventex_fuzz::check_span(event.span, text, "event span outside the text");
        }
    }
}

}  // namespace

// Builds the recogniser's lexicons before fuzzing starts, outside the first input's -timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    recognizer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const eventex::RuleBook book = eventex::RuleBook::from_string(text, "fuzz.rules");
        run<eventex::Meeting>(book);
        run<eventex::AidRequest>(book);
        run<eventex::Statement>(book);
    } catch (const eventex::RuleError& error) {
        eventex_fuzz::check(error.position().offset <= text.size(), "rule error offset outside the source");
        eventex_fuzz::check(error.line() >= 1 && error.column() >= 1, "rule error without a line and column");
    }
    return 0;
}
