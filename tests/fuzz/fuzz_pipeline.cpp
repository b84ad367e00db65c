// Fuzz target: the whole pipeline (default German and English rules) on arbitrary bytes, as
// Pipeline::extract gets them: it must never throw, and every span must lie in the text. The
// first byte picks the language (German, English, or detected) and whether invalid bytes are
// replaced first (else the document is refused with an offset).
#include <cstddef>   // std::size_t
#include <cstdint>   // std::uint8_t
#include <optional>  // std::optional
#include <string>    // std::string

#include <eventex/document.hpp>  // Document, replace_invalid_utf8
#include <eventex/pipeline.hpp>  // Pipeline, Events

#include "fuzz_checks.hpp"  // check, check_events

namespace {

const eventex::Pipeline& pipeline() {
    static const eventex::Pipeline shared = eventex::Pipeline::standard();
    return shared;
}

}  // namespace

// Builds the pipeline before fuzzing starts: under the sanitizers that takes seconds, which the
// first input's -timeout would otherwise count.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pipeline();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (mode & 4) eventex::replace_invalid_utf8(text);
    std::optional<eventex::Language> language;
    if ((mode & 3) == 1) language = eventex::Language::german;
    if ((mode & 3) == 2) language = eventex::Language::english;
    const eventex::Events events = pipeline().extract(eventex::Document{"fuzz", text, eventex::Date{2025, 7, 3}, language});
    eventex_fuzz::check_events(events, text);
    if (!events.error) eventex_fuzz::check(eventex::validate(eventex::Document{"fuzz", text, {}, {}}) == std::nullopt,
                                           "a document validate() refuses gave no error");
    return 0;
}
