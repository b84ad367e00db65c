#pragma once
/// How `eventex --jsonl` reads its input: lines of bounded length, and one JSON object per line
/// turned into a Document or a DocumentError. Shared by the tool and its fuzz target
/// (tests/fuzz/fuzz_jsonl.cpp), so that what is fuzzed is what runs.
#include <cstddef>              // std::size_t
#include <istream>              // std::istream
#include <optional>             // std::optional
#include <streambuf>            // std::streambuf
#include <string>               // std::string
#include <string_view>          // std::string_view
#include <utility>              // std::move

#include <nlohmann/json.hpp>    // nlohmann::json, parse_error

#include <eventex/date.hpp>     // Date, parse_iso_date
#include <eventex/document.hpp> // Document
#include <eventex/error.hpp>    // DocumentError, errc
#include <eventex/language.hpp> // Language, language_from_code
#include <eventex/detail/utf8.hpp> // first_invalid_utf8, replace_invalid_utf8

namespace eventex_cli {

/// Reads lines one at a time, keeping at most `max_bytes` of a line in memory: a longer line is
/// read to its end and dropped, and reported as too long with its full length. So memory stays
/// bounded by the limit, not by the input, whatever the input holds (one 10 GB line included).
class LineReader {
public:
    enum class Status { line, too_long, end };

    LineReader(std::istream& in, std::size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

    /// The next line, without its '\n' and a '\r' before it, into `line`; `length` is its length
    /// in bytes (also for a line too long, whose bytes are not kept). line_number() is its number.
    Status next(std::string& line, std::size_t& length) {
        line.clear();
        length = 0;
        std::streambuf* buffer = in_.rdbuf();
        if (buffer == nullptr || ended_) return Status::end;
        bool any = false;
        for (;;) {
            const auto c = buffer->sbumpc();
            if (c == std::char_traits<char>::eof()) {
                ended_ = true;
                in_.setstate(std::ios::eofbit);
                if (!any) return Status::end;
                break;
            }
            any = true;
            if (c == '\n') break;
            ++length;
            if (length <= max_bytes_ + 1) line += static_cast<char>(c);  // +1: a '\r' that may end it
            else if (!line.empty()) line = std::string();                // too long: let the memory go
        }
        ++number_;
        // A byte order mark before the first line (as Windows tools write it) is no part of the
        // JSON; its line's length and offsets then count from after it.
        if (number_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) {
            line.erase(0, 3);
            length -= 3;
        }
        if (length > 0 && length <= max_bytes_ + 1 && line.back() == '\r') {
            line.pop_back();
            --length;
        }
        if (length > max_bytes_) {
            line = std::string();
            return Status::too_long;
        }
        return Status::line;
    }

    std::size_t line_number() const noexcept { return number_; }

private:
    std::istream& in_;
    std::size_t max_bytes_;
    std::size_t number_ = 0;
    bool ended_ = false;
};

/// What a JSON line gives when a field is absent.
struct RecordDefaults {
    std::optional<eventex::Date> date;
    std::optional<eventex::Language> language;  ///< set: overrides the line's own "lang"
};

/// One JSON line, read: a document, or why there is none. `text` owns the article; `document()`
/// views it, so the record must outlive the document.
struct Record {
    std::optional<eventex::DocumentError> error;
    std::string id;
    std::string text;
    std::optional<eventex::Date> date;
    std::optional<eventex::Language> language;

    eventex::Document document() const { return eventex::Document{id, text, date, language}; }
};

/// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, "
/// preamble: the line is one JSON text, so the column is what tells the reader where.
inline std::string parse_message(const nlohmann::json::parse_error& error) {
    std::string_view text = error.what();
    if (const auto close = text.find("] "); !text.empty() && text.front() == '[' && close != std::string_view::npos)
        text.remove_prefix(close + 2);
    constexpr std::string_view preamble = "parse error at line 1, ";
    if (text.substr(0, preamble.size()) == preamble) text.remove_prefix(preamble.size());
    return std::string(text);
}

/// Reads one line {"id", "text", "date", "lang"}; only "text" is required. `where` is
/// "FILE:LINE", the id of a line without one. Never throws for bad input: the error is in the
/// record. The line must be valid UTF-8 (checked first, with the offset of the first bad byte).
inline Record read_record(const std::string& line, const std::string& where, const RecordDefaults& defaults) {
    using nlohmann::json;
    Record record;
    record.id = where;
    auto fail = [&](eventex::errc code, std::size_t offset, std::string message) {
        record.error = eventex::DocumentError{record.id, offset, code, std::move(message), {}};
        return std::move(record);
    };
    // Checked before parsing: nlohmann would reject the line too, but with a message that
    // quotes the broken bytes.
    if (auto bad = eventex::detail::first_invalid_utf8(line))
        return fail(eventex::errc::invalid_utf8, *bad, "invalid UTF-8 at byte offset " + std::to_string(*bad) + " of the line");
    json object;
    try {
        object = json::parse(line);
    } catch (const json::parse_error& error) {
        return fail(eventex::errc::syntax, error.byte == 0 ? 0 : error.byte - 1, "not a JSON object: " + parse_message(error));
    } catch (const json::exception& error) {
        // A number beyond a double's range is out_of_range.406, not a parse error (found by
        // fuzzing: tests/fuzz/regression/jsonl); any other of nlohmann's refusals is bad input too.
        std::string_view message = error.what();
        if (const auto close = message.find("] "); close != std::string_view::npos) message.remove_prefix(close + 2);
        return fail(eventex::errc::syntax, 0, "not a JSON object: " + std::string(message));
    }
    if (!object.is_object())
        return fail(eventex::errc::syntax, 0, std::string("not a JSON object: found ") + object.type_name());

    if (const auto id = object.find("id"); id != object.end() && !id->is_null()) {
        if (id->is_string()) record.id = id->get<std::string>();
        else if (id->is_number()) record.id = id->dump();
        else return fail(eventex::errc::bad_value, 0, "\"id\" must be a string or a number, not " + std::string(id->type_name()));
    }

    const auto text = object.find("text");
    if (text == object.end() || text->is_null()) return fail(eventex::errc::missing_field, 0, "no \"text\" field");
    if (!text->is_string())
        return fail(eventex::errc::bad_value, 0, "\"text\" must be a string, not " + std::string(text->type_name()));

    record.date = defaults.date;
    if (const auto date = object.find("date"); date != object.end() && !date->is_null()) {
        const auto parsed = date->is_string() ? eventex::parse_iso_date(date->get_ref<const std::string&>()) : std::nullopt;
        if (!parsed || !parsed->has_day())
            return fail(eventex::errc::bad_value, 0, "\"date\" must be a date YYYY-MM-DD, not " + date->dump());
        record.date = parsed;
    }

    // A --lang other than auto overrides the line's own "lang".
    record.language = defaults.language;
    if (const auto lang = object.find("lang"); !defaults.language && lang != object.end() && !lang->is_null()) {
        const auto parsed = lang->is_string() ? eventex::language_from_code(lang->get_ref<const std::string&>()) : std::nullopt;
        if (!parsed) return fail(eventex::errc::bad_value, 0, "\"lang\" must be \"de\" or \"en\", not " + lang->dump());
        record.language = parsed;
    }

    record.text = std::move(text->get_ref<std::string&>());
    return record;
}

}  // namespace eventex_cli
