// One compiled Pipeline used from several threads at once (eventex/pipeline.hpp: "call extract()
// from any number of threads"), with no lock in extract() but the one that guards the first
// build of each regex (dsl/lazy_regex.hpp). The test gives 4 threads the same documents in
// different orders, on a pipeline whose regexes are built and on a new one, and checks each
// thread's events are byte for byte those of one thread alone. Built with -fsanitize=thread (EVENTEX_SANITIZE=thread, .ci/run), any data race
// in extract() is a ThreadSanitizer report and fails the run.
#include <doctest/doctest.h>  // TEST_CASE, CHECK, REQUIRE

#include <algorithm>    // std::sort, std::count
#include <cstddef>      // std::size_t
#include <filesystem>   // std::filesystem::directory_iterator
#include <fstream>      // std::ifstream
#include <sstream>      // std::ostringstream
#include <string>       // std::string
#include <thread>       // std::thread
#include <vector>       // std::vector

#include <eventex/eventex.hpp>  // Pipeline, Document, Events
#include <eventex/json.hpp>     // append_jsonl

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

/// Real news text kept in the repository: the two example articles, and the fuzz seeds of the
/// pipeline (sentences of the corpora; their first byte is the fuzzer's mode, not text).
std::vector<std::string> real_documents() {
    std::vector<std::string> texts = {read_file(EVENTEX_SOURCE_DIR "/examples/seed_article.txt"),
                                      read_file(EVENTEX_SOURCE_DIR "/examples/sanction_article.txt")};
    std::vector<std::filesystem::path> seeds;
    for (const auto& entry : std::filesystem::directory_iterator(EVENTEX_SOURCE_DIR "/tests/fuzz/corpus/pipeline"))
        seeds.push_back(entry.path());
    std::sort(seeds.begin(), seeds.end());
    for (const auto& seed : seeds) texts.push_back(read_file(seed).substr(1));
    return texts;
}

std::string events_of(const eventex::Pipeline& pipeline, const std::vector<std::string>& texts, std::size_t k) {
    const eventex::Document document{"doc-" + std::to_string(k), texts[k], eventex::Date{2025, 7, 3}, std::nullopt};
    std::string out;
    eventex::append_jsonl(out, document, pipeline.extract(document));
    return out;
}

}  // namespace

TEST_CASE("one Pipeline from 4 threads at once gives each thread what one thread alone gets") {
    const std::vector<std::string> texts = real_documents();
    REQUIRE(texts.size() >= 30);
    const eventex::Pipeline pipeline = eventex::Pipeline::standard();

    std::vector<std::string> alone(texts.size());
    std::size_t events = 0;
    for (std::size_t k = 0; k < texts.size(); ++k) {
        alone[k] = events_of(pipeline, texts, k);
        events += static_cast<std::size_t>(std::count(alone[k].begin(), alone[k].end(), '\n'));
    }
    CHECK(events >= 30);

    constexpr std::size_t threads = 4;
    std::vector<std::vector<std::string>> together(threads, std::vector<std::string>(texts.size()));
    std::vector<std::thread> workers;
    for (std::size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            // Each thread starts elsewhere, so that different documents run at the same time.
            for (std::size_t i = 0; i < texts.size(); ++i) {
                const std::size_t k = (i + t * texts.size() / threads) % texts.size();
                together[t][k] = events_of(pipeline, texts, k);
            }
        });
    }
    for (std::thread& worker : workers) worker.join();
    for (std::size_t t = 0; t < threads; ++t)
        for (std::size_t k = 0; k < texts.size(); ++k) CHECK_MESSAGE(together[t][k] == alone[k], "thread " << t << ", document " << k);

    // A new pipeline, none of whose regexes is built yet: the threads build them on first use,
    // often the same one at the same moment, and still get what one thread alone gets.
    const eventex::Pipeline fresh = eventex::Pipeline::standard();
    std::vector<std::vector<std::string>> first_use(threads, std::vector<std::string>(texts.size()));
    workers.clear();
    for (std::size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            // Two threads in step and two elsewhere: racing for the same patterns and for others.
            for (std::size_t i = 0; i < texts.size(); ++i) {
                const std::size_t k = (i + (t / 2) * texts.size() / 2) % texts.size();
                first_use[t][k] = events_of(fresh, texts, k);
            }
        });
    }
    for (std::thread& worker : workers) worker.join();
    for (std::size_t t = 0; t < threads; ++t)
        for (std::size_t k = 0; k < texts.size(); ++k)
            CHECK_MESSAGE(first_use[t][k] == alone[k], "first use, thread " << t << ", document " << k);
}
