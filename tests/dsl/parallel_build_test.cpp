// Tests of building regexes: on first use (CompiledPattern::regex, eventex/dsl/lazy_regex.hpp),
// and all at once by build_regexes (eventex/dsl/parallel_build.hpp), whose regexes built on
// several threads are the ones a serial build makes, and whose error is the first in pattern
// order, whichever thread met it.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <deque>        // std::deque
#include <memory>       // std::make_shared
#include <string>       // std::string
#include <thread>       // std::thread
#include <vector>       // std::vector

#include <boost/regex.hpp>  // boost::regex_search

#include <eventex/dsl/parallel_build.hpp>  // build_regexes
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
    const auto source = std::make_shared<const eventex::dsl::Source>(numbered_source(200));
    std::deque<eventex::dsl::CompiledPattern> parallel(200), serial(200);
    std::vector<const eventex::dsl::CompiledPattern*> parallel_jobs, serial_jobs;
    for (std::size_t i = 0; i < 200; ++i) {
        // Each pattern different, so that a mix-up between patterns shows.
        const std::string text = "(?<![a-z])w" + std::to_string(i) + "(?:er|ie|as)?\\b";
        parallel[i].regex_text = serial[i].regex_text = text;
        parallel[i].source = serial[i].source = source;
        parallel[i].offset = serial[i].offset = line_offset(*source, i);
        parallel_jobs.push_back(&parallel[i]);
        serial_jobs.push_back(&serial[i]);
    }
    eventex::dsl::build_regexes(parallel_jobs, 4);
    eventex::dsl::build_regexes(serial_jobs, 1);
    for (std::size_t i = 0; i < 200; ++i) {
        REQUIRE(parallel[i].regex_built());
        REQUIRE(parallel[i].regex().str() == serial[i].regex().str());
        const std::string hit = "x w" + std::to_string(i) + "as y";
        const std::string miss = "x aw" + std::to_string(i) + " y";
        CHECK(boost::regex_search(hit, parallel[i].regex()));
        CHECK_FALSE(boost::regex_search(miss, parallel[i].regex()));
    }
}

TEST_CASE("the error of a parallel build is the first bad pattern's, in pattern order") {
    const auto source = std::make_shared<const eventex::dsl::Source>(numbered_source(120));
    for (unsigned threads : {1u, 2u, 8u}) {
        CAPTURE(threads);
        std::deque<eventex::dsl::CompiledPattern> patterns(120);  // new ones: none built yet
        std::vector<const eventex::dsl::CompiledPattern*> jobs;
        for (std::size_t i = 0; i < 120; ++i) {
            // Patterns 57 and 91 are broken (an unclosed group); 91 may well fail first in time.
            patterns[i].regex_text = (i == 57 || i == 91) ? "(abc" : "abc" + std::to_string(i);
            patterns[i].source = source;
            patterns[i].offset = line_offset(*source, i);
            jobs.push_back(&patterns[i]);
        }
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
        CHECK(patterns[3].regex_built());
        CHECK_FALSE(patterns[57].regex_built());
        CHECK(boost::regex_search(std::string("abc3"), patterns[3].regex()));
        CHECK(boost::regex_search(std::string("abc119"), patterns[119].regex()));
    }
}

TEST_CASE("a pattern builds its regex on first use, once, and a refused one keeps failing") {
    const auto source = std::make_shared<const eventex::dsl::Source>(numbered_source(3));
    eventex::dsl::CompiledPattern good;
    good.regex_text = "(?<![a-z])treffen\\b";
    CHECK_FALSE(good.regex_built());
    const boost::regex& first = good.regex();
    CHECK(good.regex_built());
    CHECK(&good.regex() == &first);  // built once: the same object every time
    CHECK(boost::regex_search(std::string("sie treffen sich"), first));

    // A copy made after the build shares it; one made before builds once for both.
    const eventex::dsl::CompiledPattern copy = good;
    CHECK(&copy.regex() == &first);
    eventex::dsl::CompiledPattern unbuilt;
    unbuilt.regex_text = "abc";
    const eventex::dsl::CompiledPattern early_copy = unbuilt;
    CHECK(boost::regex_search(std::string("xabcx"), early_copy.regex()));
    CHECK(unbuilt.regex_built());

    eventex::dsl::CompiledPattern broken;
    broken.regex_text = "(abc";
    broken.source = source;
    broken.offset = line_offset(*source, 2);
    for (int attempt = 0; attempt < 2; ++attempt) {  // the same error both times, from the one build
        CAPTURE(attempt);
        try {
            broken.regex();
            FAIL("a broken pattern was built");
        } catch (const eventex::RuleError& error) {
            CHECK(error.code() == eventex::errc::regex);
            CHECK(error.source() == "numbered.rules");
            CHECK(error.line() == 3);
        }
    }
    CHECK_FALSE(broken.regex_built());
}

TEST_CASE("threads that ask for an unbuilt regex at once all get the one regex") {
    std::deque<eventex::dsl::CompiledPattern> patterns(50);
    for (std::size_t i = 0; i < patterns.size(); ++i) patterns[i].regex_text = "w" + std::to_string(i) + "\\b";
    std::vector<std::vector<const boost::regex*>> seen(4, std::vector<const boost::regex*>(patterns.size()));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] {
            for (std::size_t i = 0; i < patterns.size(); ++i) seen[t][i] = &patterns[i].regex();
        });
    for (std::thread& thread : threads) thread.join();
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        CAPTURE(i);
        for (std::size_t t = 1; t < seen.size(); ++t) CHECK(seen[t][i] == seen[0][i]);
        CHECK(boost::regex_search("x w" + std::to_string(i) + " y", *seen[0][i]));
    }
}

TEST_CASE("an empty batch builds nothing and throws nothing") {
    CHECK_NOTHROW(eventex::dsl::build_regexes({}, 0));
}
