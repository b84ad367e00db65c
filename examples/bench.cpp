// eventex-bench: how fast the full eventex pipeline codes news, measured against two baselines
// in the same run and on the same input (issue 5). Reads the German and English news corpora
// (../shared/corpora/de_news and en_news, every *.jsonl), interleaves the two languages by bytes
// and replicates the documents in memory up to the target size, then prints one table:
//
//   - the floor: the UTF-8 check and sentence splitting alone, what no coder can beat;
//   - eventex, Pipeline::standard() (every default rule of both languages; each document in the
//     language of its corpus line), with JSON serialisation (json.hpp) off and on, on 1 thread
//     and on --threads threads sharing one const Pipeline;
//   - the naive engine, on a small slice: every compiled pattern of the document's language run
//     with boost::regex_search over every analysed sentence, one after another, no shortcuts;
//     and eventex with its shortcuts switched off on the same slice (events compared);
//   - the time per stage, through the public API (split_sentences, Recognizer::analyze,
//     Extractor::extract, append_jsonl), the start-up cost (Pipeline::standard() ready, then all
//     its regexes built, which it otherwise does on first use), and the
//     throughput at 1, 10, the target and 100 MB to show that the cost is linear.
//
//   eventex-bench [--corpora DIR] [--mb N] [--naive-mb X] [--threads N] [--no-100] [--quick] [--json]
//
// MB are 10^6 bytes of article text. Nothing is written to disk; JSON output goes to a buffer
// that is cleared per document. Exit status: 0 after a measurement, 2 for a usage error or
// unreadable corpora.
#include <algorithm>              // std::min, std::max, std::sort
#include <atomic>                 // std::atomic
#include <chrono>                 // std::chrono::steady_clock
#include <cstddef>                // std::size_t
#include <cstdio>                 // stdout, stderr
#include <filesystem>             // std::filesystem::directory_iterator
#include <fstream>                // std::ifstream
#include <optional>               // std::optional
#include <stdexcept>              // std::runtime_error
#include <string>                 // std::string, std::getline
#include <string_view>            // std::string_view
#include <thread>                 // std::thread
#include <utility>                // std::move
#include <vector>                 // std::vector

#include <sys/resource.h>         // getrusage: fallback for the peak resident set
#if defined(__GLIBC__)
#include <malloc.h>               // malloc_trim: give the naive engine's memory back
#endif
#include <sys/utsname.h>          // uname: the kernel in the header

#include <boost/regex.hpp>        // boost::regex_search: the naive engine
#include <boost/version.hpp>      // BOOST_LIB_VERSION
#include <CLI/CLI.hpp>            // CLI::App
#include <fmt/core.h>             // fmt::print, fmt::format
#include <nlohmann/json.hpp>      // nlohmann::json: the corpora, --json

#include <eventex/document.hpp>   // Document, validate
#include <eventex/json.hpp>       // append_jsonl
#include <eventex/language.hpp>   // Language, language_from_code, to_code
#include <eventex/pipeline.hpp>   // Pipeline, Events
#include <eventex/ruleset.hpp>    // RuleBook
#include <eventex/version.hpp>    // EVENTEX_VERSION_STRING
#include <eventex/entities/recognizer.hpp>  // Recognizer, AnalyzedDocument
#include <eventex/text/sentences.hpp>       // split_sentences

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int exit_ok = 0;
constexpr int exit_usage = 2;
constexpr double mega = 1e6;

struct Options {
#ifdef EVENTEX_SHARED_DIR
    std::string corpora = EVENTEX_SHARED_DIR "/corpora";
#else
    std::string corpora = "../shared/corpora";
#endif
    double mb = 50;          ///< the main input size
    double naive_mb = 0.2;   ///< the naive engine's slice: it runs at a few dozen kB/s
    unsigned threads = 2;    ///< the parallel run
    bool skip_100 = false;
    bool quick = false;      ///< CI smoke run: one pass per figure, no 10 and 100 MB points
    bool json = false;
};

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// ---- the machine and the process ----------------------------------------------------------

struct Machine {
    std::string cpu = "unknown CPU";
    unsigned logical_cpus = 0;
    std::string kernel;
};

Machine describe_machine() {
    Machine machine;
    std::ifstream cpuinfo("/proc/cpuinfo");
    for (std::string line; std::getline(cpuinfo, line);) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = line.substr(0, line.find_last_not_of(" \t", colon - 1) + 1);
        const std::string value = colon + 2 <= line.size() ? line.substr(colon + 2) : "";
        if (key == "processor") ++machine.logical_cpus;
        else if (key == "model name" && machine.cpu == "unknown CPU") machine.cpu = value;
    }
    if (machine.logical_cpus == 0) machine.logical_cpus = std::thread::hardware_concurrency();
    if (utsname name{}; uname(&name) == 0) machine.kernel = std::string(name.sysname) + ' ' + name.release;
    return machine;
}

std::string compiler() {
#if defined(__clang__)
    return fmt::format("clang++ {}.{}.{}", __clang_major__, __clang_minor__, __clang_patchlevel__);
#elif defined(__GNUC__)
    return fmt::format("g++ {}.{}.{}", __GNUC__, __GNUC_MINOR__, __GNUC_PATCHLEVEL__);
#else
    return "unknown compiler";
#endif
}

/// A line "Key:   1234 kB" of /proc/self/status, in kB; 0 when there is none.
long status_kb(std::string_view key) {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.size() > key.size() && line.compare(0, key.size(), key) == 0 && line[key.size()] == ':')
            return std::stol(line.substr(key.size() + 1));
    return 0;
}

long resident_kb() { return status_kb("VmRSS"); }

/// User and system CPU time of the whole process so far, every thread included.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// The peak resident set since the last reset_peak_rss() (Linux 4.0 and later), or since
/// the start of the process where the kernel cannot reset it.
long peak_resident_kb() {
    if (const long hwm = status_kb("VmHWM"); hwm > 0) return hwm;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // kB on Linux
}

/// Writing 5 to clear_refs resets VmHWM to the current resident set, so that each run's peak
/// is its own and not the largest run's so far.
bool reset_peak_rss() {
    std::ofstream clear_refs("/proc/self/clear_refs");
    clear_refs << "5";
    clear_refs.flush();
    return static_cast<bool>(clear_refs);
}

// ---- the input -----------------------------------------------------------------------------

struct Article {
    std::string id;
    std::string text;
    eventex::Language language = eventex::Language::german;
    std::size_t sentences = 0;
};

struct Source {
    std::string name;  ///< "de_news"
    std::size_t documents = 0;
    std::size_t bytes = 0;
};

/// Every *.jsonl of `dir`, in name order. Throws std::runtime_error when nothing can be read.
std::vector<Article> read_articles(const fs::path& dir, Source& source) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".jsonl") files.push_back(it->path());
    if (error || files.empty()) throw std::runtime_error("no *.jsonl in " + dir.string());
    std::sort(files.begin(), files.end());

    std::vector<Article> articles;
    for (const fs::path& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + path.string());
        std::size_t number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const json record = json::parse(line, nullptr, false);
            const auto text = record.is_object() ? record.find("text") : record.end();
            const auto lang = record.is_object() ? record.find("lang") : record.end();
            std::optional<eventex::Language> language;
            if (lang != record.end() && lang->is_string()) language = eventex::language_from_code(lang->get<std::string>());
            if (text == record.end() || !text->is_string() || !language) {
                fmt::print(stderr, "eventex-bench: {}:{}: skipped: not a document with \"text\" and \"lang\"\n",
                           path.string(), number);
                continue;
            }
            Article article;
            const auto id = record.find("id");
            article.id = id != record.end() && id->is_string() ? id->get<std::string>() : std::to_string(number);
            article.text = text->get<std::string>();
            article.language = *language;
            source.bytes += article.text.size();
            articles.push_back(std::move(article));
        }
    }
    source.documents = articles.size();
    return articles;
}

/// The corpora interleaved by bytes (so that any prefix holds both languages in the proportion
/// of the whole) and replicated until `bytes` are reached. Copies, not views: a larger input
/// really is more memory to read.
struct Workload {
    std::vector<Article> articles;
    std::vector<eventex::Document> documents;  ///< views into `articles`; built last
    std::vector<std::size_t> end_byte;         ///< bytes of documents [0, i] together

    /// How many leading documents hold at least `bytes` (all of them if there are fewer).
    std::size_t prefix(double bytes) const {
        const auto it = std::lower_bound(end_byte.begin(), end_byte.end(), static_cast<std::size_t>(bytes));
        return it == end_byte.end() ? end_byte.size() : static_cast<std::size_t>(it - end_byte.begin()) + 1;
    }
};

Workload replicate(std::vector<std::vector<Article>> corpora, double bytes) {
    std::vector<Article> mixed;
    std::vector<std::size_t> next(corpora.size()), taken(corpora.size()), total(corpora.size());
    for (std::size_t c = 0; c < corpora.size(); ++c)
        for (const Article& article : corpora[c]) total[c] += article.text.size();
    for (;;) {
        // The corpus furthest behind its share of bytes gives the next document.
        std::optional<std::size_t> pick;
        for (std::size_t c = 0; c < corpora.size(); ++c) {
            if (next[c] == corpora[c].size()) continue;
            if (!pick || static_cast<double>(taken[c]) / static_cast<double>(total[c]) <
                             static_cast<double>(taken[*pick]) / static_cast<double>(total[*pick]))
                pick = c;
        }
        if (!pick) break;
        taken[*pick] += corpora[*pick][next[*pick]].text.size();
        mixed.push_back(std::move(corpora[*pick][next[*pick]++]));
    }

    Workload workload;
    std::size_t sum = 0;
    for (std::size_t copy = 0; !mixed.empty() && static_cast<double>(sum) < bytes; ++copy) {
        for (const Article& article : mixed) {
            if (static_cast<double>(sum) >= bytes) break;
            Article replica = article;
            if (copy > 0) replica.id += '#' + std::to_string(copy);
            sum += replica.text.size();
            workload.end_byte.push_back(sum);
            workload.articles.push_back(std::move(replica));
        }
    }
    workload.documents.reserve(workload.articles.size());
    for (const Article& article : workload.articles)
        workload.documents.push_back(eventex::Document{article.id, article.text, std::nullopt, article.language});
    return workload;
}

// ---- measuring -----------------------------------------------------------------------------

struct Tally {
    std::size_t documents = 0;
    std::size_t bytes = 0;
    std::size_t sentences = 0;
    std::size_t events = 0;
    std::size_t output_bytes = 0;  ///< JSON written; also keeps the work from being optimised away

    Tally& operator+=(const Tally& other) {
        documents += other.documents;
        bytes += other.bytes;
        sentences += other.sentences;
        events += other.events;
        output_bytes += other.output_bytes;
        return *this;
    }
};

struct Run {
    std::string name;
    Tally tally;
    double seconds = 0;
    double cpu_seconds = 0;  ///< user + system time of the process: 200% on 2 busy cores
    long resident_before_kb = 0;
    long peak_kb = 0;
    unsigned passes = 0;

    double per_second(std::size_t count) const { return seconds > 0 ? static_cast<double>(count) / seconds : 0; }
    double mb_per_second() const { return per_second(tally.bytes) / mega; }
};

/// Runs `pass` (which returns what it processed) until `min_seconds` have passed, at least once;
/// figures are totals over all passes.
template <class Pass>
Run measure(std::string name, double min_seconds, Pass pass) {
    Run run;
    run.name = std::move(name);
    run.resident_before_kb = resident_kb();
    reset_peak_rss();
    const double cpu_start = cpu_seconds();
    const Clock::time_point start = Clock::now();
    do {
        run.tally += pass();
        ++run.passes;
    } while (seconds_since(start) < min_seconds);
    run.seconds = seconds_since(start);
    run.cpu_seconds = cpu_seconds() - cpu_start;
    run.peak_kb = peak_resident_kb();
    return run;
}

/// Documents [0, count) of `workload`, as the floor sees them: checked and split, no more.
Tally floor_pass(const Workload& workload, std::size_t count) {
    Tally tally;
    std::vector<eventex::Span> sentences;
    for (std::size_t i = 0; i < count; ++i) {
        const eventex::Document& document = workload.documents[i];
        if (eventex::validate(document)) continue;
        sentences.clear();
        eventex::split_sentences(document.text, sentences);
        tally.documents += 1;
        tally.bytes += document.text.size();
        tally.sentences += sentences.size();
    }
    return tally;
}

/// Documents [begin, end) through Pipeline::extract, then (with `json`) append_jsonl into a
/// buffer that is reused, as a writer would; `keep`, if given, collects all of it.
Tally pipeline_pass(const eventex::Pipeline& pipeline, const Workload& workload, std::size_t begin, std::size_t end,
                    bool json, std::string& out, std::string* keep = nullptr) {
    Tally tally;
    for (std::size_t i = begin; i < end; ++i) {
        const eventex::Document& document = workload.documents[i];
        const eventex::Events events = pipeline.extract(document);
        tally.documents += 1;
        tally.bytes += document.text.size();
        tally.sentences += workload.articles[i].sentences;
        tally.events += events.size();
        if (json) {
            out.clear();
            eventex::append_jsonl(out, document, events);
            tally.output_bytes += out.size();
            if (keep) *keep += out;
        }
    }
    return tally;
}

/// Documents [0, count) on `threads` threads over one shared const Pipeline; the threads take
/// small chunks of documents from a shared counter, so that long articles do not leave one idle.
Tally threaded_pass(const eventex::Pipeline& pipeline, const Workload& workload, std::size_t count, unsigned threads) {
    constexpr std::size_t chunk = 4;
    std::atomic<std::size_t> next{0};
    std::vector<Tally> tallies(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            std::string out;
            for (;;) {
                const std::size_t begin = next.fetch_add(chunk);
                if (begin >= count) break;
                tallies[t] += pipeline_pass(pipeline, workload, begin, std::min(begin + chunk, count), true, out);
            }
        });
    for (std::thread& thread : pool) thread.join();
    Tally total;
    for (const Tally& tally : tallies) total += tally;
    return total;
}

/// Seconds spent in each stage of the staged pass.
struct Stages {
    double validate = 0;     ///< eventex::validate: the UTF-8 check
    double split = 0;        ///< split_sentences alone
    double analyze = 0;      ///< Recognizer::analyze, which splits again and then recognises
    double rules = 0;        ///< the three Extractor::extract over the analysed document
    double json = 0;         ///< append_jsonl
};

/// What Pipeline::extract does, one public call at a time with a clock around each. The
/// pipeline's removal of headline repeats is private and so not done here; language detection
/// is not needed, since every document carries its language.
Tally staged_pass(const eventex::Pipeline& pipeline, const Workload& workload, std::size_t count, Stages& stages) {
    Tally tally;
    std::string out;
    std::vector<eventex::Span> sentences;
    for (std::size_t i = 0; i < count; ++i) {
        const eventex::Document& document = workload.documents[i];
        const eventex::Language language = *document.language;
        const Clock::time_point t0 = Clock::now();
        const bool bad = eventex::validate(document).has_value();
        const Clock::time_point t1 = Clock::now();
        stages.validate += std::chrono::duration<double>(t1 - t0).count();
        if (bad) continue;
        sentences.clear();
        eventex::split_sentences(document.text, sentences);
        const Clock::time_point t2 = Clock::now();
        const eventex::AnalyzedDocument analyzed = pipeline.recognizer().analyze(document, language);
        const Clock::time_point t3 = Clock::now();
        eventex::Events events;
        events.language = language;
        pipeline.meetings().extract(document, analyzed, events.meetings, &events.rule_errors);
        pipeline.aid_requests().extract(document, analyzed, events.aid_requests, &events.rule_errors);
        pipeline.statements().extract(document, analyzed, events.statements, &events.rule_errors);
        const Clock::time_point t4 = Clock::now();
        out.clear();
        eventex::append_jsonl(out, document, events);
        const Clock::time_point t5 = Clock::now();
        stages.split += std::chrono::duration<double>(t2 - t1).count();
        stages.analyze += std::chrono::duration<double>(t3 - t2).count();
        stages.rules += std::chrono::duration<double>(t4 - t3).count();
        stages.json += std::chrono::duration<double>(t5 - t4).count();
        tally.documents += 1;
        tally.bytes += document.text.size();
        tally.sentences += sentences.size();
        tally.events += events.size();
        tally.output_bytes += out.size();
    }
    return tally;
}

std::size_t count_patterns(const eventex::Pipeline& pipeline) {
    std::size_t count = 0;
    const auto add = [&count](const auto& extractor) {
        for (const eventex::CompiledRule& rule : extractor.rules()) count += rule.patterns.size();
    };
    add(pipeline.meetings());
    add(pipeline.aid_requests());
    add(pipeline.statements());
    return count;
}

/// The naive engine: the same analysed sentences, then every compiled pattern of the document's
/// language with boost::regex_search over every sentence, one pattern after another, every match
/// (as eventex's extractor finds them: left to right, no overlap). No shortcuts, no events built.
struct Naive {
    std::vector<boost::regex> patterns[2];  ///< by Language
    double analysis_seconds = 0;
    std::size_t matches = 0;
    std::size_t failures = 0;  ///< searches Boost.Regex gave up on (too complex)

    explicit Naive(const eventex::Pipeline& pipeline) {
        auto add = [this](const auto& extractor) {
            for (const eventex::CompiledRule& rule : extractor.rules())
                for (const eventex::dsl::CompiledPattern& pattern : rule.patterns)
                    // The whole pattern as one regex: eventex's own regex leaves out a subject's
                    // opening, which it tests in C++ (CompiledPattern::subject_opening).
                    patterns[static_cast<int>(rule.language)].emplace_back(pattern.regex_text, boost::regex::perl);
        };
        add(pipeline.meetings());
        add(pipeline.aid_requests());
        add(pipeline.statements());
    }

    Tally pass(const eventex::Recognizer& recognizer, const Workload& workload, std::size_t count) {
        Tally tally;
        boost::match_results<std::string::const_iterator> groups;
        for (std::size_t i = 0; i < count; ++i) {
            const eventex::Document& document = workload.documents[i];
            const eventex::Language language = *document.language;
            const Clock::time_point start = Clock::now();
            const eventex::AnalyzedDocument analyzed = recognizer.analyze(document, language);
            analysis_seconds += seconds_since(start);
            for (const eventex::AnalyzedSentence& sentence : analyzed.sentences) {
                const std::string& shadow = sentence.shadow;
                for (const boost::regex& regex : patterns[static_cast<int>(language)]) {
                    try {
                        for (auto at = shadow.cbegin(); at != shadow.cend();) {
                            const auto flags = at == shadow.cbegin() ? boost::match_default
                                                                     : boost::match_default | boost::match_prev_avail;
                            if (!boost::regex_search(at, shadow.cend(), groups, regex, flags)) break;
                            ++matches;
                            at = groups[0].second == groups[0].first ? groups[0].second + 1 : groups[0].second;
                        }
                    } catch (const std::runtime_error&) {
                        ++failures;
                    }
                }
            }
            tally.documents += 1;
            tally.bytes += document.text.size();
            tally.sentences += analyzed.sentences.size();
        }
        return tally;
    }

    std::size_t pattern_count() const { return patterns[0].size() + patterns[1].size(); }
};

/// The JSON Lines of documents [0, count): to compare two pipelines' events.
std::string jsonl_of(const eventex::Pipeline& pipeline, const Workload& workload, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        const eventex::Document& document = workload.documents[i];
        eventex::append_jsonl(out, document, pipeline.extract(document));
    }
    return out;
}

// ---- printing ------------------------------------------------------------------------------

/// 1234567 as "1,234,567": figures of six digits and more are read at a glance.
std::string grouped(double value) {
    std::string digits = fmt::format("{:.0f}", value);
    const std::size_t first = digits.front() == '-' ? 1 : 0;
    for (std::size_t at = digits.size(); at > first + 3;) {
        at -= 3;
        digits.insert(at, 1, ',');
    }
    return digits;
}

std::string megabytes(double bytes) { return fmt::format("{:.2f} MB", bytes / mega); }
std::string mib(long kb) { return fmt::format("{:.0f} MiB", static_cast<double>(kb) / 1024.0); }

/// Three significant digits at most: "572x", "1.87x", "0.00175x".
std::string ratio(double value) {
    if (value >= 100) return fmt::format("{:.0f}x", value);
    if (value >= 10) return fmt::format("{:.1f}x", value);
    if (value >= 0.1) return fmt::format("{:.2f}x", value);
    return fmt::format("{:.3g}x", value);
}

void print_run_header() {
    fmt::print("{:<40} {:>9} {:>8} {:>5} {:>8} {:>9} {:>12} {:>10} {:>9} {:>9}\n", "run", "input", "time", "CPU",
               "MB/s", "docs/s", "sentences/s", "events/s", "peak RSS", "+working");
}

void print_run(const Run& run, bool with_events) {
    const long working = std::max(0L, run.peak_kb - run.resident_before_kb);
    fmt::print("{:<40} {:>9} {:>7.2f}s {:>4.0f}% {:>8.2f} {:>9} {:>12} {:>10} {:>9} {:>9}\n", run.name,
               megabytes(static_cast<double>(run.tally.bytes) / run.passes), run.seconds / run.passes,
               run.seconds > 0 ? 100.0 * run.cpu_seconds / run.seconds : 0.0, run.mb_per_second(), grouped(run.per_second(run.tally.documents)),
               grouped(run.per_second(run.tally.sentences)),
               with_events ? grouped(run.per_second(run.tally.events)) : std::string("-"), mib(run.peak_kb),
               mib(working));
}

json run_json(const Run& run) {
    return json{{"name", run.name},
                {"bytes", run.tally.bytes / run.passes},
                {"passes", run.passes},
                {"seconds", run.seconds / run.passes},
                {"cpu_seconds", run.cpu_seconds / run.passes},
                {"mb_per_s", run.mb_per_second()},
                {"documents_per_s", run.per_second(run.tally.documents)},
                {"sentences_per_s", run.per_second(run.tally.sentences)},
                {"events_per_s", run.per_second(run.tally.events)},
                {"events", run.tally.events / run.passes},
                {"json_bytes", run.tally.output_bytes / run.passes},
                {"peak_rss_kib", run.peak_kb},
                {"working_kib", std::max(0L, run.peak_kb - run.resident_before_kb)}};
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    CLI::App app{"Measures eventex's throughput on the shared news corpora against the floor (sentence "
                 "splitting alone) and the naive engine (every rule's Boost.Regex over every sentence).",
                 "eventex-bench"};
    app.add_option("--corpora", options.corpora, "The corpora folder, with de_news/ and en_news/")
        ->type_name("DIR")
        ->capture_default_str();
    app.add_option("--mb", options.mb, "Input size of the main runs, in MB (10^6 bytes of text)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--naive-mb", options.naive_mb, "Size of the slice the naive engine runs on, in MB")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--threads", options.threads, "Threads of the parallel run")
        ->check(CLI::Range(1u, 256u))
        ->capture_default_str();
    app.add_flag("--no-100", options.skip_100, "Skip the 100 MB point of the linearity table");
    app.add_flag("--quick", options.quick,
                 "Smoke run for CI: every figure once, the naive slice at most 0.01 MB, no 10 and 100 MB points");
    app.add_flag("--json", options.json, "Print the results as one JSON object instead of the table");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int status = app.exit(error);
        return status == 0 ? exit_ok : exit_usage;
    }
    if (options.quick) options.naive_mb = std::min(options.naive_mb, 0.01);
    // Short figures are repeated until they have run this long, so that a 1 MB run is not
    // one blink of the scheduler.
    const double min_seconds = options.quick ? 0.0 : 1.0;

    const Machine machine = describe_machine();

    // Start-up: parsing the rule text, then compiling it (with the recogniser's lexicons) into a
    // pipeline ready to run, which builds each regex on first use; then building all the
    // regexes at once (what a run over enough text ends up doing), so that the runs below
    // measure matching, not building. The pipeline kept for the runs is the first sample, so
    // that the resident size after it is one pipeline's; the others are built and dropped.
    const long resident_at_start_kb = resident_kb();
    const int startup_samples = options.quick ? 1 : 5;
    std::vector<double> parse_ms, build_ms, regex_ms;
    auto build = [&] {
        const Clock::time_point start = Clock::now();
        eventex::RuleBook book = eventex::Pipeline::default_rules();
        const Clock::time_point parsed = Clock::now();
        eventex::Pipeline built(std::move(book));  // what Pipeline::standard() does
        const Clock::time_point ready = Clock::now();
        built.build_all_regexes();
        parse_ms.push_back(std::chrono::duration<double, std::milli>(parsed - start).count());
        build_ms.push_back(std::chrono::duration<double, std::milli>(ready - parsed).count());
        regex_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - ready).count());
        return built;
    };
    const eventex::Pipeline pipeline = build();
    const long resident_with_rules_kb = resident_kb();
    for (int sample = 1; sample < startup_samples; ++sample) build();
    const auto median = [](std::vector<double>& samples) {
        std::sort(samples.begin(), samples.end());
        return samples[samples.size() / 2];
    };
    const double parse_median = median(parse_ms), build_median = median(build_ms), regex_median = median(regex_ms);

    // The input.
    std::vector<Source> sources{{"de_news"}, {"en_news"}};
    std::vector<std::vector<Article>> corpora;
    std::size_t base_documents = 0, base_bytes = 0;
    try {
        for (Source& source : sources) {
            corpora.push_back(read_articles(fs::path(options.corpora) / source.name, source));
            base_documents += source.documents;
            base_bytes += source.bytes;
        }
    } catch (const std::exception& error) {
        fmt::print(stderr, "eventex-bench: {} (set --corpora DIR)\n", error.what());
        return exit_usage;
    }
    for (auto& corpus : corpora)
        for (Article& article : corpus) article.sentences = eventex::split_sentences(article.text).size();

    std::vector<double> sizes_mb = {1, 10, options.mb, 100};
    if (options.quick) sizes_mb = {options.mb};
    if (options.skip_100) sizes_mb.erase(std::remove(sizes_mb.begin(), sizes_mb.end(), 100.0), sizes_mb.end());
    std::sort(sizes_mb.begin(), sizes_mb.end());
    sizes_mb.erase(std::unique(sizes_mb.begin(), sizes_mb.end()), sizes_mb.end());
    const double largest_mb = std::max({sizes_mb.back(), options.mb, options.naive_mb});
    const Workload workload = replicate(std::move(corpora), largest_mb * mega);
    const std::size_t main_count = workload.prefix(options.mb * mega);
    const std::size_t slice_count = workload.prefix(options.naive_mb * mega);
    const long resident_with_input_kb = resident_kb();

    if (!options.json) {
        fmt::print("eventex-bench: eventex {}, {}, Boost {}, {}\n", EVENTEX_VERSION_STRING, compiler(),
                   BOOST_LIB_VERSION,
#ifdef NDEBUG
                   "optimised build (NDEBUG)"
#else
                   "ASSERTIONS ON: not an optimised build, figures are not representative"
#endif
        );
        fmt::print("machine:  {}, {} logical CPUs (hardware_concurrency {}), {}\n", machine.cpu, machine.logical_cpus,
                   std::thread::hardware_concurrency(), machine.kernel);
        fmt::print("input:    {}: de_news {} documents {} + en_news {} documents {} = {} documents, {}\n",
                   options.corpora, grouped(static_cast<double>(sources[0].documents)),
                   megabytes(static_cast<double>(sources[0].bytes)), grouped(static_cast<double>(sources[1].documents)),
                   megabytes(static_cast<double>(sources[1].bytes)), grouped(static_cast<double>(base_documents)),
                   megabytes(static_cast<double>(base_bytes)));
        fmt::print("          interleaved by bytes, replicated in memory to {} ({} documents); MB = 10^6 bytes of text\n",
                   megabytes(static_cast<double>(workload.end_byte[main_count - 1])), grouped(static_cast<double>(main_count)));
        fmt::print("rules:    {} German and English rules, {} patterns; Pipeline::standard() is ready in {:.0f} ms "
                   "(parse {:.1f} ms + compile with the recogniser's lexicons {:.0f} ms); building all the regexes, "
                   "which it does on first use, takes {:.0f} ms more on {} threads (median of {})\n",
                   pipeline.meetings().rules().size() + pipeline.aid_requests().rules().size() +
                       pipeline.statements().rules().size(),
                   count_patterns(pipeline), parse_median + build_median, parse_median, build_median, regex_median,
                   std::max(1u, std::thread::hardware_concurrency()), startup_samples);
        fmt::print("memory:   resident {} at start, {} with one pipeline built, {} with the input in memory\n\n",
                   mib(resident_at_start_kb), mib(resident_with_rules_kb), mib(resident_with_input_kb));
        std::fflush(stdout);
    }

    // ---- the runs (each printed as soon as it is measured; a 50 MB run takes a while) ----
    std::vector<Run> runs;
    auto report = [&](Run run, bool with_events) {
        if (!options.json) {
            print_run(run, with_events);
            std::fflush(stdout);
        }
        runs.push_back(std::move(run));
        return runs.back();
    };
    if (!options.json) print_run_header();

    std::string out;
    const Run floor = report(measure("floor: UTF-8 check + sentence splitting", min_seconds,
                                     [&] { return floor_pass(workload, main_count); }),
                             false);
    report(measure("eventex, JSON off", min_seconds,
                   [&] { return pipeline_pass(pipeline, workload, 0, main_count, false, out); }),
           true);
    const Run eventex_json = report(measure("eventex, JSON on", min_seconds, [&] {
                                        return pipeline_pass(pipeline, workload, 0, main_count, true, out);
                                    }),
                                    true);
    const Run parallel = report(measure(fmt::format("eventex, JSON on, {} threads", options.threads), min_seconds,
                                        [&] { return threaded_pass(pipeline, workload, main_count, options.threads); }),
                                true);

    // The naive engine compiles the whole patterns itself (eventex's own regexes leave a
    // subject's opening to C++), about 90 MiB of Boost.Regex state: freed, and given back to
    // the system, before the runs that follow measure their peak memory.
    std::optional<Naive> naive(std::in_place, pipeline);
    const Run naive_run = report(measure(fmt::format("naive engine ({} slice)", megabytes(options.naive_mb * mega)), 0.0,
                                         [&] { return naive->pass(pipeline.recognizer(), workload, slice_count); }),
                                 false);
    const std::size_t naive_patterns = naive->pattern_count(), naive_matches = naive->matches,
                      naive_failures = naive->failures;
    const double naive_analysis_seconds = naive->analysis_seconds;
    naive.reset();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    // The pipeline without its shortcuts is nearly as slow as the naive engine: one pass, whose
    // output is kept to compare with the pipeline's with them.
    eventex::Pipeline unfiltered = pipeline;
    unfiltered.shortcuts(false);
    std::string unfiltered_jsonl;
    report(measure("eventex, shortcuts off (same slice)", 0.0,
                   [&] { return pipeline_pass(unfiltered, workload, 0, slice_count, true, out, &unfiltered_jsonl); }),
           true);
    const Run slice_run = report(measure("eventex, JSON on (same slice)", min_seconds,
                                         [&] { return pipeline_pass(pipeline, workload, 0, slice_count, true, out); }),
                                 true);
    const bool same_events = jsonl_of(pipeline, workload, slice_count) == unfiltered_jsonl;

    // ---- stages ----
    Stages stages;
    const Clock::time_point staged_start = Clock::now();
    const Tally staged = staged_pass(pipeline, workload, main_count, stages);
    const double staged_seconds = seconds_since(staged_start);

    // ---- linearity: the main size is measured already ----
    std::vector<Run> linearity;
    for (const double size : sizes_mb) {
        if (size == options.mb) {
            linearity.push_back(eventex_json);
            continue;
        }
        const std::size_t count = workload.prefix(size * mega);
        linearity.push_back(measure(fmt::format("{} MB", size), min_seconds,
                                    [&] { return pipeline_pass(pipeline, workload, 0, count, true, out); }));
    }

    const double vs_floor = eventex_json.mb_per_second() / floor.mb_per_second();
    const double vs_naive_slice = slice_run.mb_per_second() / naive_run.mb_per_second();
    const double vs_naive_main = eventex_json.mb_per_second() / naive_run.mb_per_second();
    const double scaling = parallel.mb_per_second() / eventex_json.mb_per_second();
    // analyze() splits the text itself, so the stages without double counting are these.
    const double stage_total = stages.validate + stages.analyze + stages.rules + stages.json;
    const double recognition = std::max(0.0, stages.analyze - stages.split);

    if (options.json) {
        json result;
        result["eventex"] = EVENTEX_VERSION_STRING;
        result["compiler"] = compiler();
        result["boost"] = BOOST_LIB_VERSION;
        result["machine"] = {{"cpu", machine.cpu}, {"logical_cpus", machine.logical_cpus},
                             {"hardware_concurrency", std::thread::hardware_concurrency()}, {"kernel", machine.kernel}};
        result["input"] = {{"corpora", options.corpora},
                           {"base_documents", base_documents},
                           {"base_bytes", base_bytes},
                           {"documents", main_count},
                           {"bytes", workload.end_byte[main_count - 1]}};
        result["startup_ms"] = {{"parse", parse_median}, {"compile", build_median}, {"total", parse_median + build_median},
                                {"all_regexes", regex_median},
                                {"samples", startup_samples}};
        result["resident_kib"] = {{"start", resident_at_start_kb}, {"rules", resident_with_rules_kb},
                                  {"input", resident_with_input_kb}};
        for (const Run& run : runs) result["runs"].push_back(run_json(run));
        result["ratios"] = {{"eventex_vs_floor", vs_floor},
                            {"eventex_vs_naive_same_slice", vs_naive_slice},
                            {"eventex_vs_naive", vs_naive_main},
                            {"threads", options.threads},
                            {"threads_vs_one", scaling},
                            {"shortcuts_off_same_events", same_events}};
        result["stages_s"] = {{"validate", stages.validate}, {"split", stages.split}, {"recognition", recognition},
                              {"rules", stages.rules}, {"json", stages.json}, {"wall", staged_seconds}};
        for (const Run& run : linearity) result["linearity"].push_back(run_json(run));
        fmt::print("{}\n", result.dump(2));
        return exit_ok;
    }

    fmt::print("\nnaive engine: {} patterns of the document's language, boost::regex_search over each analysed "
               "sentence one after another, all matches ({} found, {} searches gave up); {:.1f}% of its time is the "
               "entity analysis it shares with eventex\n",
               naive_patterns, grouped(static_cast<double>(naive_matches)),
               grouped(static_cast<double>(naive_failures)),
               100.0 * naive_analysis_seconds / naive_run.seconds);
    fmt::print("shortcuts off give the same events as on, on the slice: {}\n\n", same_events ? "yes" : "NO");

    fmt::print("ratios (eventex = full pipeline, JSON on, 1 thread)\n");
    fmt::print("  eventex / floor:                          {:>7}   (the floor is {} faster)\n", ratio(vs_floor),
               ratio(1.0 / vs_floor));
    fmt::print("  eventex / naive engine, same slice:       {:>7}\n", ratio(vs_naive_slice));
    fmt::print("  eventex ({}) / naive engine:       {:>7}\n", megabytes(static_cast<double>(eventex_json.tally.bytes)),
               ratio(vs_naive_main));
    fmt::print("  {} threads / 1 thread:                     {:>7}\n\n", options.threads, ratio(scaling));

    fmt::print("time per stage (eventex, JSON on, 1 thread, {}; a clock around each public call)\n",
               megabytes(static_cast<double>(staged.bytes)));
    fmt::print("  {:<52} {:>8} {:>7} {:>12}\n", "stage", "time", "share", "MB/s alone");
    auto stage = [&](std::string_view name, double seconds) {
        fmt::print("  {:<52} {:>7.2f}s {:>6.1f}% {:>12.1f}\n", name, seconds, 100.0 * seconds / stage_total,
                   seconds > 0 ? static_cast<double>(staged.bytes) / mega / seconds : 0.0);
    };
    stage("UTF-8 check (validate)", stages.validate);
    stage("sentence splitting (split_sentences)", stages.split);
    stage("entity recognition (Recognizer::analyze - splitting)", recognition);
    stage("rules (3 x Extractor::extract)", stages.rules);
    stage("JSON (append_jsonl)", stages.json);
    stage("total", stage_total);
    fmt::print("  (not reachable separately through the public API: removal of headline repeats, private to\n"
               "   Pipeline::extract and left out here; language detection, not run since every line gives \"lang\")\n\n");

    fmt::print("linearity (eventex, JSON on, 1 thread)\n");
    const double first = linearity.front().mb_per_second();
    fmt::print("  {:>10} {:>10} {:>8} {:>10} {:>9}\n", "input", "documents", "MB/s",
               fmt::format("vs {:g} MB", sizes_mb.front()), "peak RSS");
    for (const Run& run : linearity)
        fmt::print("  {:>10} {:>10} {:>8.2f} {:>9.1f}% {:>9}\n", megabytes(static_cast<double>(run.tally.bytes) / run.passes),
                   grouped(static_cast<double>(run.tally.documents) / run.passes), run.mb_per_second(),
                   100.0 * run.mb_per_second() / first, mib(run.peak_kb));
    return exit_ok;
}
