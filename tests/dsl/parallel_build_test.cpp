// Tests of build_regexes (eventex/dsl/parallel_build.hpp): regexes built on several threads
// are the ones a serial build makes, and the error reported is the first in pattern order,
// whichever thread met it.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <deque>        // std::deque
#include <string>       // std::string
#include <vector>       // std::vector

#include <boost/regex.hpp>  // boost::regex_search

#include <eventex/dsl/parallel_build.hpp>  // build_regexes, PendingRegex
#include <eventex/error.hpp>               // RuleError, errc

namespace {

/// One source line per pattern: "p<i>", so that an error's line names the pattern.
eventex::dsl::Source numbered_source(std::size_t count) {
    eventex::dsl::Source source;
    source.name = "numbered.rules";
    for (std::size_t i = 0; i < count; ++i) source.text += "p" + std::to_string(i) + "\n";
    return source;
}

std::size_t line_offset(const eventex::dsl::Source& source, std::size_t line) {
    std::size_t offset = 0;
    for (std::size_t l = 0; l < line; ++l) offset = source.text.find('\n', offset) + 1;
    return offset;
}

}  // namespace

TEST_CASE("regexes built on several threads match as serially built ones do") {
    const eventex::dsl::Source source = numbered_source(200);
    std::deque<eventex::dsl::CompiledPattern> parallel(200), serial(200);
    std::vector<eventex::dsl::PendingRegex> parallel_jobs, serial_jobs;
    for (std::size_t i = 0; i < 200; ++i) {
        // Each pattern different, so that a mix-up between patterns shows.
        const std::string text = "(?<![a-z])w" + std::to_string(i) + "(?:er|ie|as)?\\b";
        parallel[i].regex_text = serial[i].regex_text = text;
        parallel_jobs.push_back({&parallel[i], &source, line_offset(source, i)});
        serial_jobs.push_back({&serial[i], &source, line_offset(source, i)});
    }
    eventex::dsl::build_regexes(parallel_jobs, 4);
    eventex::dsl::build_regexes(serial_jobs, 1);
    for (std::size_t i = 0; i < 200; ++i) {
        REQUIRE(parallel[i].regex.str() == serial[i].regex.str());
        const std::string hit = "x w" + std::to_string(i) + "as y";
        const std::string miss = "x aw" + std::to_string(i) + " y";
        CHECK(boost::regex_search(hit, parallel[i].regex));
        CHECK_FALSE(boost::regex_search(miss, parallel[i].regex));
    }
}

TEST_CASE("the error of a parallel build is the first bad pattern's, in pattern order") {
    const eventex::dsl::Source source = numbered_source(120);
    std::deque<eventex::dsl::CompiledPattern> patterns(120);
    std::vector<eventex::dsl::PendingRegex> jobs;
    for (std::size_t i = 0; i < 120; ++i) {
        // Patterns 57 and 91 are broken (an unclosed group); 91 may well fail first in time.
        patterns[i].regex_text = (i == 57 || i == 91) ? "(abc" : "abc" + std::to_string(i);
        jobs.push_back({&patterns[i], &source, line_offset(source, i)});
    }
    for (unsigned threads : {1u, 2u, 8u}) {
        CAPTURE(threads);
        try {
            eventex::dsl::build_regexes(jobs, threads);
            FAIL("a broken pattern was built");
        } catch (const eventex::RuleError& error) {
            CHECK(error.code() == eventex::errc::regex);
            CHECK(error.source() == "numbered.rules");
            CHECK(error.line() == 58);  // lines count from 1: pattern 57 stands on line 58
            CHECK(std::string(error.what()).find("not a valid regex") != std::string::npos);
        }
        // The good patterns before and after the broken ones were built all the same.
        CHECK(boost::regex_search(std::string("abc3"), patterns[3].regex));
        CHECK(boost::regex_search(std::string("abc119"), patterns[119].regex));
    }
}

TEST_CASE("an empty batch builds nothing and throws nothing") {
    CHECK_NOTHROW(eventex::dsl::build_regexes({}, 0));
}
