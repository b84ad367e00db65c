// Fuzz target: the JSON Lines input of the `eventex` tool (examples/cli/jsonl_input.hpp) on
// arbitrary bytes: lines of bounded length, each read as a record. Every line must give a
// document or an error, never an exception; a document's text is what the JSON held.
#include <cstddef>   // std::size_t
#include <cstdint>   // std::uint8_t
#include <sstream>   // std::istringstream
#include <string>    // std::string

#include "../../examples/cli/jsonl_input.hpp"  // LineReader, read_record
#include "fuzz_checks.hpp"                     // check

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::istringstream in(input);
    // A small limit, so that the fuzzer meets lines over it.
    eventex_cli::LineReader reader(in, 256);
    std::string line;
    std::size_t length = 0;
    std::size_t total = 0;
    eventex_cli::RecordDefaults defaults;
    for (;;) {
        const auto status = reader.next(line, length);
        if (status == eventex_cli::LineReader::Status::end) break;
        total += length;
        eventex_fuzz::check(total <= size, "lines longer than the input");
        if (status == eventex_cli::LineReader::Status::too_long) {
            eventex_fuzz::check(length > 256 && line.empty(), "a line over the limit was kept");
            continue;
        }
        eventex_fuzz::check(line.size() == length && length <= 256, "a line's length is wrong");
        const eventex_cli::Record record = eventex_cli::read_record(line, "fuzz:" + std::to_string(reader.line_number()), defaults);
        if (record.error) {
            eventex_fuzz::check(record.error->offset <= line.size(), "error offset outside the line");
        } else {
            eventex_fuzz::check(record.text.size() <= line.size(), "text longer than its line");
            eventex_fuzz::check(!eventex::detail::first_invalid_utf8(record.text), "text is not UTF-8");
        }
    }
    return 0;
}
