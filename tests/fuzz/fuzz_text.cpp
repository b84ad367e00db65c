// Fuzz target: the sentence splitter on arbitrary bytes, and entity recognition on whatever of
// them is UTF-8 (as Pipeline::extract only analyses validated text). The first byte picks the
// language. Checks that sentences are in order, inside the text and trimmed, and that every
// mention and every shadow offset maps back into the text.
#include <cstddef>   // std::size_t
#include <cstdint>   // std::uint8_t
#include <string>    // std::string
#include <vector>    // std::vector

#include <eventex/document.hpp>             // Document, replace_invalid_utf8
#include <eventex/entities/recognizer.hpp>  // Recognizer
#include <eventex/text/sentences.hpp>       // split_sentences

#include "fuzz_checks.hpp"  // check, check_span

namespace {

const eventex::Recognizer& recognizer() {
    static const eventex::Recognizer shared;
    return shared;
}

}  // namespace

// Builds the recogniser's lexicons before fuzzing starts, outside the first input's -timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    recognizer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const eventex::Language language = data[0] & 1 ? eventex::Language::english : eventex::Language::german;
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

    std::vector<eventex::Span> sentences = eventex::split_sentences(text);
    std::size_t previous_end = 0;
    for (const eventex::Span& sentence : sentences) {
        eventex_fuzz::check_span(sentence, text, "sentence outside the text");
        eventex_fuzz::check(sentence.begin >= previous_end, "sentences overlap or run backwards");
        eventex_fuzz::check(!sentence.empty(), "empty sentence");
        previous_end = sentence.end;
    }

    eventex::replace_invalid_utf8(text);
    const eventex::Document document{"fuzz", text, eventex::Date{2025, 7, 3}, language};
    const eventex::AnalyzedDocument analyzed = recognizer().analyze(document, language);
    for (const eventex::AnalyzedSentence& sentence : analyzed.sentences) {
        eventex_fuzz::check_span(sentence.span, text, "analysed sentence outside the text");
        for (const eventex::Mention& mention : sentence.mentions)
            eventex_fuzz::check_span(mention.span, text, "mention outside the text");
        for (std::size_t at = 0; at < sentence.shadow.size(); at += 7)
            eventex_fuzz::check_span(sentence.document_span(at, at + 1), text, "shadow offset outside the text");
    }
    return 0;
}
