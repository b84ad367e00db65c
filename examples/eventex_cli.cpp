// eventex: extracts meetings, aid requests and statements from news articles and writes them as
// JSON Lines. Plain-text files are one article each; --jsonl reads one article per line.
//
// Exit status: 0 when every document was processed, 1 when some input was bad (each bad input
// gets one line on stderr and the rest of the batch goes on), 2 for usage and rule file errors.
#include <algorithm>            // std::stable_sort
#include <cerrno>               // errno
#include <cstddef>              // std::size_t
#include <cstdio>               // std::fwrite, std::fputs, stdout, stderr
#include <cstring>              // std::strerror
#include <exception>            // std::exception
#include <filesystem>           // std::filesystem::is_directory
#include <fstream>              // std::ifstream
#include <iostream>             // std::cin
#include <istream>              // std::istream, std::getline
#include <iterator>             // std::istreambuf_iterator
#include <map>                  // std::map
#include <optional>             // std::optional
#include <sstream>              // std::ostringstream
#include <string>               // std::string
#include <string_view>          // std::string_view
#include <system_error>         // std::error_code
#include <thread>               // std::thread::hardware_concurrency
#include <utility>              // std::move
#include <vector>               // std::vector

#include <unistd.h>             // isatty, STDERR_FILENO, STDOUT_FILENO: the progress line

#include <CLI/CLI.hpp>          // CLI::App, CLI::IsMember, CLI::ParseError
#include <fmt/format.h>         // fmt::format_to
#include <nlohmann/json.hpp>    // nlohmann::json, parse_error

#include <eventex/date.hpp>     // Date, parse_iso_date
#include <eventex/document.hpp> // Document
#include <eventex/error.hpp>    // Error, DocumentError, errc
#include <eventex/explanation.hpp> // Explanation
#include <eventex/json.hpp>     // append_jsonl, append_json(DocumentError)
#include <eventex/language.hpp> // Language, language_from_code
#include <eventex/pipeline.hpp> // Pipeline, Events
#include <eventex/ruleset.hpp>  // RuleBook
#include <eventex/version.hpp>  // EVENTEX_VERSION_STRING

#include "cli/ordered_pool.hpp" // OrderedPool: documents in parallel, output in input order
#include "cli/progress.hpp"     // ProgressLine

namespace {

using nlohmann::json;
using eventex_cli::OrderedPool;
using eventex_cli::ProgressLine;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

struct Options {
    std::vector<std::string> files;
    bool jsonl = false;
    std::string date;
    std::string lang = "auto";
    std::vector<std::string> rule_files;
    bool errors_as_json = false;
    bool explain = false;     ///< text blocks: rule, match and slot fills of each event
    bool rule_stats = false;  ///< no events; at the end, how often each rule fired
    unsigned threads = 1;     ///< documents processed at once
    bool progress = false;    ///< --progress: the progress line even when stderr is no terminal
    bool no_progress = false; ///< --no-progress: never
};

/// "eventex: WHERE: MESSAGE\n", the form of every message on stderr.
std::string error_line(std::string_view where, std::string_view message) {
    std::string line = "eventex: ";
    line += where;
    if (!where.empty()) line += ": ";
    line += message;
    line += '\n';
    return line;
}

void print_error(std::string_view where, std::string_view message) {
    std::fputs(error_line(where, message).c_str(), stderr);
}

/// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, "
/// preamble: the line is one JSON text, so the column is what tells the reader where.
std::string parse_message(const json::parse_error& error) {
    std::string_view text = error.what();
    if (const auto close = text.find("] "); !text.empty() && text.front() == '[' && close != std::string_view::npos)
        text.remove_prefix(close + 2);
    constexpr std::string_view preamble = "parse error at line 1, ";
    if (text.substr(0, preamble.size()) == preamble) text.remove_prefix(preamble.size());
    return std::string(text);
}

/// One input record, in input order: a JSON line, a plain-text article, or an input that could
/// not be read (its error is known when it is queued, so that it is reported in its place).
struct Job {
    enum class Kind { jsonl_line, plain_text, unreadable };
    Kind kind = Kind::jsonl_line;
    std::string where;  ///< "FILE:LINE" of a JSON line; the file name as given otherwise
    std::string data;   ///< the line, or the article
    eventex::DocumentError error;  ///< for an unreadable input
};

/// What one record gives, kept until its turn to be written: the sequential tool's stdout and
/// stderr bytes for it, in the same order.
struct Output {
    std::string out;
    std::string err;
    bool failed = false;
    std::size_t bytes = 0;   ///< input bytes the record took, for the progress line
    std::size_t events = 0;
    std::vector<std::string> fired;  ///< rules that gave an event, with --rule-stats
};

/// Turns a record into its Output. Immutable and shared by every worker thread, like the
/// Pipeline it calls.
class Processor {
public:
    Processor(const eventex::Pipeline& pipeline, const Options& options, std::optional<eventex::Date> date,
              std::optional<eventex::Language> language)
        : pipeline_(pipeline), options_(options), date_(date), language_(language) {}

    Output operator()(const Job& job) const {
        Output output;
        output.bytes = job.data.size();
        try {
            switch (job.kind) {
                case Job::Kind::jsonl_line: jsonl_line(job.data, job.where, output); break;
                case Job::Kind::plain_text: plain_text(job.data, job.where, output); break;
                case Job::Kind::unreadable: fail(output, job.where, job.error); break;
            }
        } catch (const std::exception& error) {
            // Nothing here throws for bad input; a bug or exhausted memory should still cost
            // only this record, reported in its place.
            fail(output, job.where, {job.where, 0, eventex::errc::io, std::string("internal error: ") + error.what(), {}});
        }
        return output;
    }

private:
    /// One article per file; the document id is the file name as given ("-" for stdin).
    void plain_text(const std::string& text, const std::string& name, Output& output) const {
        eventex::Document document;
        document.id = name;
        document.text = text;
        document.date = date_;
        document.language = language_;
        process(document, name, output);
    }

    /// One article per line: {"id", "text", "date", "lang"}.
    void jsonl_line(const std::string& line, const std::string& where, Output& output) const {
        // Checked before parsing: nlohmann would reject the line too, but with a message that
        // quotes the broken bytes.
        if (auto bad = eventex::detail::first_invalid_utf8(line))
            return fail(output, where, {where, *bad, eventex::errc::invalid_utf8,
                                        "invalid UTF-8 at byte offset " + std::to_string(*bad) + " of the line", {}});
        json record;
        try {
            record = json::parse(line);
        } catch (const json::parse_error& error) {
            return fail(output, where, {where, error.byte == 0 ? 0 : error.byte - 1, eventex::errc::syntax,
                                        "not a JSON object: " + parse_message(error), {}});
        }
        if (!record.is_object())
            return fail(output, where, {where, 0, eventex::errc::syntax,
                                        std::string("not a JSON object: found ") + record.type_name(), {}});

        eventex::Document document;
        document.id = where;
        if (const auto id = record.find("id"); id != record.end() && !id->is_null()) {
            if (id->is_string()) document.id = id->get<std::string>();
            else if (id->is_number()) document.id = id->dump();
            else return fail_field(output, where, where, "\"id\" must be a string or a number, not " + std::string(id->type_name()));
        }

        const auto text = record.find("text");
        if (text == record.end() || text->is_null())
            return fail(output, where, {document.id, 0, eventex::errc::missing_field, "no \"text\" field", {}});
        if (!text->is_string())
            return fail_field(output, where, document.id, "\"text\" must be a string, not " + std::string(text->type_name()));

        document.date = date_;
        if (const auto date = record.find("date"); date != record.end() && !date->is_null()) {
            const auto parsed = date->is_string() ? eventex::parse_iso_date(date->get_ref<const std::string&>())
                                                  : std::nullopt;
            if (!parsed || !parsed->has_day())
                return fail_field(output, where, document.id, "\"date\" must be a date YYYY-MM-DD, not " + date->dump());
            document.date = parsed;
        }

        // A --lang other than auto overrides the line's own "lang".
        document.language = language_;
        if (const auto lang = record.find("lang"); !language_ && lang != record.end() && !lang->is_null()) {
            const auto parsed = lang->is_string() ? eventex::language_from_code(lang->get_ref<const std::string&>())
                                                  : std::nullopt;
            if (!parsed) return fail_field(output, where, document.id, "\"lang\" must be \"de\" or \"en\", not " + lang->dump());
            document.language = parsed;
        }

        document.text = text->get_ref<const std::string&>();
        process(document, where, output);
    }

    void process(const eventex::Document& document, const std::string& where, Output& output) const {
        eventex::Events events;
        try {
            events = pipeline_.extract(document);
        } catch (const std::exception& error) {
            // extract() reports bad documents as values; anything thrown is a bug, but one
            // document's bug should not cost the rest of the batch.
            return fail(output, where, {document.id, 0, eventex::errc::regex, std::string("internal error: ") + error.what(), {}});
        }
        if (events.error) return fail(output, where, *events.error);
        for (const eventex::DocumentError& error : events.rule_errors) fail(output, where, error);
        output.events = events.size();
        if (options_.rule_stats) return count(events, output);
        if (options_.explain) explain(output.out, document, pipeline_.explain(document, events));
        else eventex::append_jsonl(output.out, document, events);
    }

    static void count(const eventex::Events& events, Output& output) {
        for (const auto& event : events.meetings) output.fired.push_back(event.rule);
        for (const auto& event : events.aid_requests) output.fired.push_back(event.rule);
        for (const auto& event : events.statements) output.fired.push_back(event.rule);
    }

    static void explain(std::string& out, const eventex::Document& document,
                        const std::vector<eventex::Explanation>& explanations) {
        auto quoted = [&](eventex::Span span) {
            std::string_view text = span.of(document.text);
            return fmt::format("[{},{}) \"{}\"", span.begin, span.end, text);
        };
        for (const eventex::Explanation& x : explanations) {
            fmt::format_to(std::back_inserter(out), "{}  {}  {}  ({}, match line {})\n", document.id, x.type, x.rule,
                           x.location, x.pattern);
            fmt::format_to(std::back_inserter(out), "  event   {}\n", quoted(x.event));
            if (!(x.match == x.event)) fmt::format_to(std::back_inserter(out), "  match   {}\n", quoted(x.match));
            for (const eventex::SlotFill& slot : x.slots) {
                fmt::format_to(std::back_inserter(out), "  {:<12} {:<9} {}", slot.role, slot.type, quoted(slot.span));
                for (const eventex::Actor& actor : slot.actors)
                    fmt::format_to(std::back_inserter(out), "  -> {} \"{}\"{}{}", eventex::to_string(actor.kind),
                                   actor.name.empty() ? actor.text : actor.name, actor.country.empty() ? "" : " ",
                                   actor.country);
                out += '\n';
            }
            out += '\n';
        }
    }

    void fail_field(Output& output, const std::string& where, const std::string& id, std::string message) const {
        fail(output, where, {id, 0, eventex::errc::bad_value, std::move(message), {}});
    }

    /// One line for stderr, and with --errors-as-json the error as a JSON line for stdout too.
    void fail(Output& output, const std::string& where, const eventex::DocumentError& error) const {
        output.failed = true;
        if (error.rule.empty()) output.err += error_line(where, error.message);
        else output.err += error_line(where, "rule " + error.rule + ": " + error.message);
        if (options_.errors_as_json) {
            eventex::append_json(output.out, error);
            output.out += '\n';
        }
    }

    const eventex::Pipeline& pipeline_;
    const Options& options_;
    std::optional<eventex::Date> date_;
    std::optional<eventex::Language> language_;
};

/// Reads the inputs in order and queues each record; writes each record's output when its turn
/// comes, and remembers whether any failed. With one thread, every record is processed as soon
/// as it is read, as before threads existed.
class Runner {
public:
    Runner(const Processor& processor, unsigned threads, ProgressLine& progress)
        : progress_(progress),
          pool_(threads, [&processor](const Job& job) { return processor(job); },
                [this](Output& output) { write(output); },
                // Small batches: a few dozen kB of articles each, a few per thread in flight.
                OrderedPool<Job, Output>::Limits{16, 64 * 1024, 4 * static_cast<std::size_t>(threads)}) {}

    bool failed() const noexcept { return failed_; }
    /// How often each rule gave an event, over everything written so far.
    const std::map<std::string, std::size_t>& fired() const noexcept { return fired_; }

    /// One article per file.
    void plain_file(const std::string& name) {
        Job job;
        job.where = name;
        if (!read_all(name, job.data)) return queue_io_error(name);
        job.kind = Job::Kind::plain_text;
        const std::size_t bytes = job.data.size();
        pool_.submit(std::move(job), bytes);
    }

    /// One article per line.
    void jsonl_file(const std::string& name) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (name != "-") {
            if (!open_file(name, file)) return queue_io_error(name);
            in = &file;
        }
        std::string line;
        for (std::size_t number = 1; std::getline(*in, line); ++number) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            Job job;
            job.kind = Job::Kind::jsonl_line;
            job.where = name + ':' + std::to_string(number);
            job.data = std::move(line);
            const std::size_t bytes = job.data.size();
            pool_.submit(std::move(job), bytes);
            line = std::string();
        }
        if (in->bad()) queue_io_error(name);
    }

    /// Writes what is still in flight; call after the last input.
    void finish() {
        pool_.finish();
        progress_.finish();
    }

private:
    void write(Output& output) {
        failed_ = failed_ || output.failed;
        if (!output.err.empty()) {
            progress_.before_stderr();
            std::fputs(output.err.c_str(), stderr);
        }
        if (!output.out.empty()) {
            progress_.before_stdout();
            std::fwrite(output.out.data(), 1, output.out.size(), stdout);
        }
        for (const std::string& rule : output.fired) ++fired_[rule];
        progress_.add(output.bytes, output.events);
        progress_.tick();
    }

    /// The error goes through the queue, so that it is reported between the records around it.
    void queue_io_error(const std::string& name) {
        const int error = errno;
        std::string message = "cannot read file";
        if (error != 0) message += std::string(": ") + std::strerror(error);
        Job job;
        job.kind = Job::Kind::unreadable;
        job.where = name;
        job.error = {name, 0, eventex::errc::io, message, {}};
        pool_.submit(std::move(job), 0);
    }

    /// False, with errno set, when the file cannot be read.
    static bool read_all(const std::string& name, std::string& text) {
        if (name == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
            return !std::cin.bad();
        }
        std::ifstream file;
        if (!open_file(name, file)) return false;
        std::ostringstream content;
        // An empty file inserts nothing, which sets failbit on `content`: not an error.
        content << file.rdbuf();
        if (file.bad()) return false;
        text = std::move(content).str();
        return true;
    }

    /// False, with errno set, when `name` cannot be opened; a directory would open as a stream
    /// and read as empty, so it is refused here with EISDIR.
    static bool open_file(const std::string& name, std::ifstream& file) {
        std::error_code ignored;
        if (std::filesystem::is_directory(name, ignored)) {
            errno = EISDIR;
            return false;
        }
        errno = 0;
        file.open(name, std::ios::binary);
        return file.is_open();
    }

    ProgressLine& progress_;
    bool failed_ = false;
    std::map<std::string, std::size_t> fired_;
    OrderedPool<Job, Output> pool_;  ///< last: its workers stop before the rest goes
};

}  // namespace

/// One line per rule, most frequent first; rules that never fired close the table.
void print_rule_stats(const eventex::Pipeline& pipeline, const std::map<std::string, std::size_t>& fired) {
    struct Row { std::size_t count; std::string type, id, location; };
    std::vector<Row> rows;
    auto add = [&](const auto& extractor, std::string_view type) {
        for (const eventex::CompiledRule& rule : extractor.rules()) {
            const auto found = fired.find(rule.id);
            rows.push_back(Row{found == fired.end() ? 0 : found->second, std::string(type), rule.id, rule.location()});
        }
    };
    add(pipeline.meetings(), "Meeting");
    add(pipeline.aid_requests(), "AidRequest");
    add(pipeline.statements(), "Statement");
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.count > b.count; });
    std::string out = fmt::format("{:>8}  {:<11} {:<32} {}\n", "events", "type", "rule", "defined at");
    std::size_t silent = 0;
    for (const Row& row : rows) {
        out += fmt::format("{:>8}  {:<11} {:<32} {}{}\n", row.count, row.type, row.id, row.location,
                           row.count == 0 ? "  (never fired)" : "");
        silent += row.count == 0;
    }
    out += fmt::format("{} rules, {} never fired on this input\n", rows.size(), silent);
    std::fwrite(out.data(), 1, out.size(), stdout);
}

int main(int argc, char** argv) {
    Options options;
    CLI::App app{"Extracts meetings, aid requests and statements from German and English news "
                 "articles and writes them as JSON Lines to stdout.",
                 "eventex"};
    app.set_version_flag("--version", "eventex " EVENTEX_VERSION_STRING);
    app.add_option("files", options.files,
                   "Articles to read; none or '-' reads stdin. Plain text: one article per file, "
                   "the document id is the file name as given")
        ->type_name("FILE");
    app.add_flag("--jsonl", options.jsonl,
                 "Inputs are JSON Lines, one article per line: {\"id\": string or number, \"text\": "
                 "string, \"date\": \"YYYY-MM-DD\", \"lang\": \"de\" or \"en\"}; only text is required");
    app.add_option("--date", options.date,
                   "Publication date, to resolve relative dates (\"am Montag\"); for JSON Lines, "
                   "used where a line has no date")
        ->type_name("YYYY-MM-DD");
    app.add_option("--lang", options.lang,
                   "Language of the articles; auto uses a line's \"lang\" and otherwise detects it")
        ->check(CLI::IsMember({"de", "en", "auto"}))
        ->capture_default_str();
    app.add_option("--rules", options.rule_files, "Adds the rules of a rule file to the defaults; repeatable")
        ->type_name("FILE")
        ->allow_extra_args(false);
    app.add_flag("--errors-as-json", options.errors_as_json,
                 "Also write each bad document as a JSON object {\"doc\", \"error\", \"offset\", "
                 "\"message\", \"rule\"} to stdout");
    app.add_flag("--explain", options.explain,
                 "Instead of JSON, print for each event the rule (with its file and line), the match "
                 "and what filled each slot: for rule authors");
    app.add_flag("--rule-stats", options.rule_stats,
                 "Instead of events, print at the end how often each rule fired on the input, and "
                 "list the rules that never fired");
    options.threads = std::max(1u, std::thread::hardware_concurrency());
    app.add_option("--threads", options.threads,
                   "Documents processed in parallel (default: the number of cores); the output is in "
                   "input order whatever the number")
        ->type_name("N")
        ->check(CLI::Range(1u, 1024u))
        ->capture_default_str();
    CLI::Option* progress = app.add_flag("--progress", options.progress,
                                         "Show the progress line on stderr even when it is not a terminal");
    app.add_flag("--no-progress", options.no_progress,
                 "Never show the progress line (by default it shows on a terminal, for runs over a second)")
        ->excludes(progress);
    app.footer("Exit status: 0 if all input was processed, 1 if some documents were bad (one message "
               "each on stderr; the rest is processed), 2 for usage or rule file errors.");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int status = app.exit(error);
        return status == 0 ? exit_ok : exit_usage;
    }

    std::optional<eventex::Date> date;
    if (!options.date.empty()) {
        date = eventex::parse_iso_date(options.date);
        if (!date || !date->has_day()) {
            print_error("--date", "expected a date YYYY-MM-DD, got '" + options.date + "'");
            return exit_usage;
        }
    }
    const std::optional<eventex::Language> language =
        options.lang != "auto" ? eventex::language_from_code(options.lang) : std::nullopt;

    // Rules are read and compiled before any input, so that a bad rule file costs nothing.
    std::optional<eventex::Pipeline> pipeline;
    try {
        if (options.rule_files.empty()) {
            pipeline.emplace(eventex::Pipeline::standard());
        } else {
            eventex::RuleBook extra;
            for (const std::string& path : options.rule_files) extra.add_file(path);
            pipeline.emplace(eventex::Pipeline::with_rules(extra));
        }
    } catch (const std::exception& error) {
        print_error({}, error.what());
        return exit_usage;
    }

    if (options.files.empty()) options.files.push_back("-");
    const bool show_progress =
        !options.no_progress && (options.progress || isatty(STDERR_FILENO) == 1);
    ProgressLine progress_line(show_progress, isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1);
    const Processor processor(*pipeline, options, date, language);
    Runner runner(processor, options.threads, progress_line);
    for (const std::string& file : options.files) {
        if (options.jsonl) runner.jsonl_file(file);
        else runner.plain_file(file);
    }
    runner.finish();

    if (options.rule_stats) print_rule_stats(*pipeline, runner.fired());

    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        print_error({}, std::string("cannot write output: ") + std::strerror(errno));
        return exit_bad_input;
    }
    return runner.failed() ? exit_bad_input : exit_ok;
}
