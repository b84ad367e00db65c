// eventex: extracts meetings, aid requests and statements from news articles and writes them as
// JSON Lines. Plain-text files are one article each; --jsonl reads one article per line.
//
// Exit status: 0 when every document was processed, 1 when some input was bad (each bad input
// gets one line on stderr and the rest of the batch goes on), 2 for usage and rule file errors.
// Hostile input (README, "Hostile input"): invalid UTF-8 is refused with its offset or replaced
// byte for byte (--invalid-utf8), a document or line over --max-document-bytes is refused
// without being kept in memory, and --errors FILE lists every refused record to re-run.
#include <algorithm>            // std::stable_sort
#include <cerrno>               // errno
#include <cstddef>              // std::size_t
#include <cstdio>               // std::fwrite, std::fputs, std::fopen, stdout, stderr
#include <cstring>              // std::strerror
#include <exception>            // std::exception
#include <filesystem>           // std::filesystem::is_directory
#include <fstream>              // std::ifstream
#include <iostream>             // std::cin
#include <istream>              // std::istream, std::getline
#include <iterator>             // std::back_inserter
#include <map>                  // std::map
#include <memory>               // std::unique_ptr
#include <optional>             // std::optional
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
#include <eventex/document.hpp> // Document, replace_invalid_utf8
#include <eventex/error.hpp>    // Error, DocumentError, errc
#include <eventex/explanation.hpp> // Explanation
#include <eventex/json.hpp>     // append_jsonl, append_json(DocumentError), JsonObjectWriter
#include <eventex/language.hpp> // Language, language_from_code
#include <eventex/pipeline.hpp> // Pipeline, Events
#include <eventex/ruleset.hpp>  // RuleBook
#include <eventex/version.hpp>  // EVENTEX_VERSION_STRING

#include "cli/jsonl_input.hpp"  // LineReader, read_record: JSON Lines input
#include "cli/ordered_pool.hpp" // OrderedPool: documents in parallel, output in input order
#include "cli/progress.hpp"     // ProgressLine

namespace {

using nlohmann::json;
using eventex_cli::LineReader;
using eventex_cli::OrderedPool;
using eventex_cli::ProgressLine;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

/// The default --max-document-bytes: 16 MiB. Far above any news article (the corpora's longest
/// is 33 kB), and low enough that a worker's copy of the text, its JSON, its shadow text and
/// mentions stay within a few hundred MB with several threads at once (a 50 MB document took
/// 96 MiB over the tool's baseline).
constexpr std::size_t default_max_document_bytes = std::size_t{16} << 20;

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
    std::string errors_file;  ///< --errors: every refused record as a JSON line
    std::size_t max_document_bytes = default_max_document_bytes;
    bool replace_invalid_utf8 = false;  ///< --invalid-utf8=replace
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

/// One input record, in input order: a JSON line, a plain-text article, or an input that could
/// not be read (its error is known when it is queued, so that it is reported in its place).
struct Job {
    enum class Kind { jsonl_line, plain_text, unreadable };
    Kind kind = Kind::jsonl_line;
    std::string source; ///< the file name as given ("-": stdin)
    std::size_t line = 0;  ///< of a JSON line; 0 for a plain-text file
    std::string where;  ///< "FILE:LINE" of a JSON line; the file name as given otherwise
    std::string data;   ///< the line, or the article
    eventex::DocumentError error;  ///< for an unreadable input
};

/// What one record gives, kept until its turn to be written: the sequential tool's stdout and
/// stderr bytes for it, in the same order.
struct Output {
    std::string out;
    std::string err;
    std::string error_records;  ///< for --errors FILE: one JSON line per error
    bool failed = false;        ///< any error: the exit status is 1
    bool rejected = false;      ///< no events at all: the record could not be read as a document
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
                case Job::Kind::jsonl_line: jsonl_line(job, output); break;
                case Job::Kind::plain_text: plain_text(job, output); break;
                case Job::Kind::unreadable: reject(output, job, job.error); break;
            }
        } catch (const std::exception& error) {
            // Nothing here throws for bad input; a bug or exhausted memory should still cost
            // only this record, reported in its place.
            output.out.clear();
            reject(output, job, {job.where, 0, eventex::errc::io, std::string("internal error: ") + error.what(), {}});
        }
        return output;
    }

private:
    /// One article per file; the document id is the file name as given ("-" for stdin).
    void plain_text(const Job& job, Output& output) const {
        eventex::Document document;
        document.id = job.where;
        document.text = job.data;
        document.date = date_;
        document.language = language_;
        std::string replaced;  // a copy only when there is something to replace
        if (options_.replace_invalid_utf8 && eventex::detail::first_invalid_utf8(job.data)) {
            replaced = job.data;
            eventex::replace_invalid_utf8(replaced);
            document.text = replaced;
        }
        process(document, job, output);
    }

    /// One article per line: {"id", "text", "date", "lang"} (examples/cli/jsonl_input.hpp).
    void jsonl_line(const Job& job, Output& output) const {
        std::string replaced;
        const std::string* line = &job.data;
        if (options_.replace_invalid_utf8 && eventex::detail::first_invalid_utf8(job.data)) {
            // Replaced in the line, byte for byte: an invalid byte inside the "text" string stands
            // at the same offset of the text as it would have, so offsets stay exact.
            replaced = job.data;
            eventex::replace_invalid_utf8(replaced);
            line = &replaced;
        }
        const eventex_cli::Record record = eventex_cli::read_record(*line, job.where, {date_, language_});
        if (record.error) return reject(output, job, *record.error);
        process(record.document(), job, output);
    }

    void process(const eventex::Document& document, const Job& job, Output& output) const {
        eventex::Events events;
        try {
            events = pipeline_.extract(document);
        } catch (const std::exception& error) {
            // extract() reports bad documents as values; anything thrown is a bug, but one
            // document's bug should not cost the rest of the batch.
            return reject(output, job, {document.id, 0, eventex::errc::regex, std::string("internal error: ") + error.what(), {}});
        }
        if (events.error) return reject(output, job, *events.error);
        // A rule that failed on this document is reported; the other rules' events still come out.
        for (const eventex::DocumentError& error : events.rule_errors) fail(output, job, error);
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

    /// The record gives no document at all: counted as rejected.
    void reject(Output& output, const Job& job, const eventex::DocumentError& error) const {
        output.rejected = true;
        fail(output, job, error);
    }

    /// One line for stderr; with --errors-as-json the error as a JSON line for stdout too; with
    /// --errors FILE a JSON line there that says where the record is, to re-run it.
    void fail(Output& output, const Job& job, const eventex::DocumentError& error) const {
        output.failed = true;
        if (error.rule.empty()) output.err += error_line(job.where, error.message);
        else output.err += error_line(job.where, "rule " + error.rule + ": " + error.message);
        if (options_.errors_as_json) {
            eventex::append_json(output.out, error);
            output.out += '\n';
        }
        if (!options_.errors_file.empty()) append_error_record(output.error_records, job, error);
    }

    /// {"source", "line", "id", "error", "offset", "reason", "rule"}: "line" is null for a
    /// plain-text file, "id" null where the record has none of its own (a line that is no JSON
    /// object, a line without "id"), "rule" null unless one rule failed on a document that
    /// otherwise went through.
    static void append_error_record(std::string& out, const Job& job, const eventex::DocumentError& error) {
        eventex::JsonObjectWriter writer(out);
        writer.field("source", job.source);
        if (job.line != 0) writer.field("line", job.line);
        else writer.field("line", nullptr);
        writer.field_or_null("id", error.document_id == job.where ? std::string_view() : std::string_view(error.document_id))
            .field("error", eventex::to_string(error.code))
            .field("offset", error.offset)
            .field("reason", error.message)
            .field_or_null("rule", error.rule);
        writer.close();
        out += '\n';
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
    /// `error_records`: where --errors writes, or null. Records over `max_bytes` are refused
    /// without being kept.
    Runner(const Processor& processor, unsigned threads, std::size_t max_bytes, std::FILE* error_records,
           ProgressLine& progress)
        : progress_(progress),
          max_bytes_(max_bytes),
          error_records_(error_records),
          pool_(threads, [&processor](const Job& job) { return processor(job); },
                [this](Output& output) { write(output); },
                // Small batches: a few dozen kB of articles each, a few per thread in flight.
                OrderedPool<Job, Output>::Limits{16, 64 * 1024, 4 * static_cast<std::size_t>(threads)}) {}

    bool failed() const noexcept { return failed_; }
    /// Records (files and non-blank lines) read, processed into events, and rejected; a record
    /// is one or the other, so read() == processed() + rejected().
    std::size_t read() const noexcept { return read_; }
    std::size_t processed() const noexcept { return read_ - rejected_; }
    std::size_t rejected() const noexcept { return rejected_; }
    /// How often each rule gave an event, over everything written so far.
    const std::map<std::string, std::size_t>& fired() const noexcept { return fired_; }

    /// One article per file.
    void plain_file(const std::string& name) {
        Job job;
        job.source = name;
        job.where = name;
        std::size_t size = 0;
        if (!read_all(name, job.data, size)) return queue_io_error(name);
        if (size > max_bytes_) return queue_too_large(std::move(job), size);
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
        LineReader reader(*in, max_bytes_);
        std::string line;
        std::size_t length = 0;
        for (LineReader::Status status; (status = reader.next(line, length)) != LineReader::Status::end;) {
            Job job;
            job.kind = Job::Kind::jsonl_line;
            job.source = name;
            job.line = reader.line_number();
            job.where = name + ':' + std::to_string(job.line);
            if (status == LineReader::Status::too_long) {
                queue_too_large(std::move(job), length);
                continue;
            }
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
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
        ++read_;
        rejected_ += output.rejected;
        if (error_records_ != nullptr && !output.error_records.empty())
            std::fwrite(output.error_records.data(), 1, output.error_records.size(), error_records_);
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
        job.source = name;
        job.where = name;
        job.error = {name, 0, eventex::errc::io, message, {}};
        pool_.submit(std::move(job), 0);
    }

    /// A record over the limit, reported in its place; its bytes were never kept.
    void queue_too_large(Job job, std::size_t size) {
        job.kind = Job::Kind::unreadable;
        job.data.clear();
        job.error = {job.where, 0, eventex::errc::too_large,
                     (job.line != 0 ? "line of " : "document of ") + std::to_string(size) +
                         " bytes is over the limit of " + std::to_string(max_bytes_) + " (--max-document-bytes)",
                     {}};
        pool_.submit(std::move(job), 0);
    }

    /// Reads the file into `text`, but no more than max_bytes_ + 1 bytes: `size` is the whole
    /// size, and over the limit `text` is left empty. False, with errno set, when the file
    /// cannot be read.
    bool read_all(const std::string& name, std::string& text, std::size_t& size) const {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (name != "-") {
            if (!open_file(name, file)) return false;
            in = &file;
        }
        text.clear();
        size = 0;
        char buffer[64 * 1024];
        while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
            const auto got = static_cast<std::size_t>(in->gcount());
            size += got;
            if (size <= max_bytes_) text.append(buffer, got);
            else if (!text.empty()) text = std::string();  // over the limit: read on, keep nothing
        }
        return !in->bad();
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
    std::size_t max_bytes_;
    std::FILE* error_records_;
    bool failed_ = false;
    std::size_t read_ = 0;
    std::size_t rejected_ = 0;
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
    app.add_option("--errors", options.errors_file,
                   "Write every rejected document or line, and every rule that failed on a document, to "
                   "FILE as a JSON line {\"source\", \"line\", \"id\", \"error\", \"offset\", \"reason\", "
                   "\"rule\"}, so that a batch can be re-run on what failed")
        ->type_name("FILE");
    app.add_option("--max-document-bytes", options.max_document_bytes,
                   "Reject a plain-text file or a JSON line longer than this, without keeping it in memory")
        ->type_name("N")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    std::string invalid_utf8 = "reject";
    app.add_option("--invalid-utf8", invalid_utf8,
                   "Bytes that are not UTF-8: reject the document (with the offset of the first one), or "
                   "replace each such byte with a space, which keeps every offset exact")
        ->check(CLI::IsMember({"reject", "replace"}))
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
    options.replace_invalid_utf8 = invalid_utf8 == "replace";

    // Rules are read and compiled before any input, so that a bad rule file costs nothing.
    std::optional<eventex::Pipeline> pipeline;
    try {
        if (options.rule_files.empty()) {
            pipeline.emplace(eventex::Pipeline::standard());
        } else {
            eventex::RuleBook extra;
            for (const std::string& path : options.rule_files) extra.add_file(path);
            pipeline.emplace(eventex::Pipeline::with_rules(extra));
            // A rule author's regexes are built now, so that one Boost.Regex refuses is
            // reported here; without --rules each is built on first use, which a run on a
            // few articles needs only a tenth of.
            pipeline->build_all_regexes();
        }
    } catch (const std::exception& error) {
        print_error({}, error.what());
        return exit_usage;
    }

    if (options.files.empty()) options.files.push_back("-");
    const bool show_progress =
        !options.no_progress && (options.progress || isatty(STDERR_FILENO) == 1);
    ProgressLine progress_line(show_progress, isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1);
    // Opened before any input is read, so that an unwritable path costs nothing.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> error_records(nullptr, &std::fclose);
    if (!options.errors_file.empty()) {
        error_records.reset(std::fopen(options.errors_file.c_str(), "wb"));
        if (!error_records) {
            print_error("--errors", options.errors_file + ": " + std::strerror(errno));
            return exit_usage;
        }
    }
    const Processor processor(*pipeline, options, date, language);
    Runner runner(processor, options.threads, options.max_document_bytes, error_records.get(), progress_line);
    for (const std::string& file : options.files) {
        if (options.jsonl) runner.jsonl_file(file);
        else runner.plain_file(file);
    }
    runner.finish();
    print_error({}, std::to_string(runner.read()) + " read, " + std::to_string(runner.processed()) + " processed, " +
                        std::to_string(runner.rejected()) + " rejected");
    if (error_records && (std::fflush(error_records.get()) != 0 || std::ferror(error_records.get()))) {
        print_error("--errors", options.errors_file + ": cannot write: " + std::strerror(errno));
        return exit_bad_input;
    }

    if (options.rule_stats) print_rule_stats(*pipeline, runner.fired());

    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        print_error({}, std::string("cannot write output: ") + std::strerror(errno));
        return exit_bad_input;
    }
    return runner.failed() ? exit_bad_input : exit_ok;
}
