// eventex: extracts meetings, aid requests and statements from news articles and writes them as
// JSON Lines. Plain-text files are one article each; --jsonl reads one article per line.
//
// Exit status: 0 when every document was processed, 1 when some input was bad (each bad input
// gets one line on stderr and the rest of the batch goes on), 2 for usage and rule file errors.
#include <algorithm>            // std::stable_sort
#include <cerrno>               // errno
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
#include <vector>               // std::vector

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

namespace {

using nlohmann::json;

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
};

void print_error(std::string_view where, std::string_view message) {
    std::string line = "eventex: ";
    line += where;
    if (!where.empty()) line += ": ";
    line += message;
    line += '\n';
    std::fputs(line.c_str(), stderr);
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

/// Goes through the inputs in order, one document at a time, and remembers whether any failed.
class Runner {
public:
    Runner(const eventex::Pipeline& pipeline, const Options& options, std::optional<eventex::Date> date,
           std::optional<eventex::Language> language)
        : pipeline_(pipeline), options_(options), date_(date), language_(language) {}

    bool failed() const noexcept { return failed_; }
    /// How often each rule gave an event, over everything processed so far.
    const std::map<std::string, std::size_t>& fired() const noexcept { return fired_; }

    /// One article per file; the document id is the file name as given ("-" for stdin).
    void plain_file(const std::string& name) {
        std::string text;
        if (!read_all(name, text)) return;
        eventex::Document document;
        document.id = name;
        document.text = text;
        document.date = date_;
        document.language = language_;
        process(document, name);
    }

    /// One article per line: {"id", "text", "date", "lang"}.
    void jsonl_file(const std::string& name) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (name != "-") {
            if (!open_file(name, file)) return fail_io(name);
            in = &file;
        }
        std::string line;
        for (std::size_t number = 1; std::getline(*in, line); ++number) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            jsonl_line(line, name + ':' + std::to_string(number));
        }
        if (in->bad()) fail_io(name);
    }

private:
    void jsonl_line(const std::string& line, const std::string& where) {
        // Checked before parsing: nlohmann would reject the line too, but with a message that
        // quotes the broken bytes.
        if (auto bad = eventex::detail::first_invalid_utf8(line))
            return fail(where, {where, *bad, eventex::errc::invalid_utf8,
                                "invalid UTF-8 at byte offset " + std::to_string(*bad) + " of the line", {}});
        json record;
        try {
            record = json::parse(line);
        } catch (const json::parse_error& error) {
            return fail(where, {where, error.byte == 0 ? 0 : error.byte - 1, eventex::errc::syntax,
                                "not a JSON object: " + parse_message(error), {}});
        }
        if (!record.is_object())
            return fail(where, {where, 0, eventex::errc::syntax,
                                std::string("not a JSON object: found ") + record.type_name(), {}});

        eventex::Document document;
        document.id = where;
        if (const auto id = record.find("id"); id != record.end() && !id->is_null()) {
            if (id->is_string()) document.id = id->get<std::string>();
            else if (id->is_number()) document.id = id->dump();
            else return fail_field(where, where, "\"id\" must be a string or a number, not " + std::string(id->type_name()));
        }

        const auto text = record.find("text");
        if (text == record.end() || text->is_null())
            return fail(where, {document.id, 0, eventex::errc::missing_field, "no \"text\" field", {}});
        if (!text->is_string())
            return fail_field(where, document.id, "\"text\" must be a string, not " + std::string(text->type_name()));

        document.date = date_;
        if (const auto date = record.find("date"); date != record.end() && !date->is_null()) {
            const auto parsed = date->is_string() ? eventex::parse_iso_date(date->get_ref<const std::string&>())
                                                  : std::nullopt;
            if (!parsed || !parsed->has_day())
                return fail_field(where, document.id, "\"date\" must be a date YYYY-MM-DD, not " + date->dump());
            document.date = parsed;
        }

        // A --lang other than auto overrides the line's own "lang".
        document.language = language_;
        if (const auto lang = record.find("lang"); !language_ && lang != record.end() && !lang->is_null()) {
            const auto parsed = lang->is_string() ? eventex::language_from_code(lang->get_ref<const std::string&>())
                                                  : std::nullopt;
            if (!parsed) return fail_field(where, document.id, "\"lang\" must be \"de\" or \"en\", not " + lang->dump());
            document.language = parsed;
        }

        document.text = text->get_ref<const std::string&>();
        process(document, where);
    }

    void process(const eventex::Document& document, const std::string& where) {
        eventex::Events events;
        try {
            events = pipeline_.extract(document);
        } catch (const std::exception& error) {
            // extract() reports bad documents as values; anything thrown is a bug, but one
            // document's bug should not cost the rest of the batch.
            return fail(where, {document.id, 0, eventex::errc::regex, std::string("internal error: ") + error.what(), {}});
        }
        if (events.error) return fail(where, *events.error);
        for (const eventex::DocumentError& error : events.rule_errors) fail(where, error);
        if (options_.rule_stats) return count(events);
        std::string out;
        if (options_.explain) explain(out, document, pipeline_.explain(document, events));
        else eventex::append_jsonl(out, document, events);
        write(out);
    }

    void count(const eventex::Events& events) {
        for (const auto& event : events.meetings) ++fired_[event.rule];
        for (const auto& event : events.aid_requests) ++fired_[event.rule];
        for (const auto& event : events.statements) ++fired_[event.rule];
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

    bool read_all(const std::string& name, std::string& text) {
        if (name == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
            if (std::cin.bad()) return fail_io(name), false;
            return true;
        }
        std::ifstream file;
        if (!open_file(name, file)) return fail_io(name), false;
        std::ostringstream content;
        // An empty file inserts nothing, which sets failbit on `content`: not an error.
        content << file.rdbuf();
        if (file.bad()) return fail_io(name), false;
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

    void fail_io(const std::string& name) {
        const int error = errno;
        std::string message = "cannot read file";
        if (error != 0) message += std::string(": ") + std::strerror(error);
        fail(name, {name, 0, eventex::errc::io, message, {}});
    }

    void fail_field(const std::string& where, const std::string& id, std::string message) {
        fail(where, {id, 0, eventex::errc::bad_value, std::move(message), {}});
    }

    /// One line on stderr, and with --errors-as-json the error as a JSON line on stdout too.
    void fail(const std::string& where, const eventex::DocumentError& error) {
        failed_ = true;
        if (error.rule.empty()) print_error(where, error.message);
        else print_error(where, "rule " + error.rule + ": " + error.message);
        if (options_.errors_as_json) {
            std::string out;
            eventex::append_json(out, error);
            out += '\n';
            write(out);
        }
    }

    void write(const std::string& out) {
        if (!out.empty()) std::fwrite(out.data(), 1, out.size(), stdout);
    }

    const eventex::Pipeline& pipeline_;
    const Options& options_;
    std::optional<eventex::Date> date_;
    std::optional<eventex::Language> language_;
    bool failed_ = false;
    std::map<std::string, std::size_t> fired_;
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
    Runner runner(*pipeline, options, date, language);
    for (const std::string& file : options.files) {
        if (options.jsonl) runner.jsonl_file(file);
        else runner.plain_file(file);
    }

    if (options.rule_stats) print_rule_stats(*pipeline, runner.fired());

    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        print_error({}, std::string("cannot write output: ") + std::strerror(errno));
        return exit_bad_input;
    }
    return runner.failed() ? exit_bad_input : exit_ok;
}
