#pragma once
/// The library's exceptions and the per-document error value.
#include <cstddef>      // std::size_t
#include <stdexcept>    // std::runtime_error
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex {

/// Stable error codes, so that callers and tests check what went wrong, not the wording.
enum class errc {
    syntax,             ///< the rule text does not follow the grammar
    unknown_directive,  ///< a line inside a rule starts with a word the DSL does not know
    unknown_lexicon,    ///< <name> refers to no lexicon
    unknown_slot_type,  ///< {type:name} with a type the DSL does not know
    unknown_event_type, ///< `type X` names an event type the extractor is not for
    unknown_role,       ///< a slot or `set` names a role the event type does not have
    duplicate_rule,     ///< two rules share an id
    missing_field,      ///< a rule without `type`, `lang` or `match`
    bad_value,          ///< a `set` value, a number or a language that is not allowed
    unbounded_pattern,  ///< a pattern that could backtrack without bound
    regex,              ///< Boost.Regex rejected the compiled pattern
    example_failed,     ///< a rule's own example does not behave as it says
    io,                 ///< a rule file could not be read
    invalid_utf8,       ///< a document's text is not UTF-8
    empty_document,     ///< a document without text
    too_large,          ///< a document or input line over the size limit the caller set
};

constexpr std::string_view to_string(errc code) noexcept {
    switch (code) {
        case errc::syntax: return "syntax";
        case errc::unknown_directive: return "unknown_directive";
        case errc::unknown_lexicon: return "unknown_lexicon";
        case errc::unknown_slot_type: return "unknown_slot_type";
        case errc::unknown_event_type: return "unknown_event_type";
        case errc::unknown_role: return "unknown_role";
        case errc::duplicate_rule: return "duplicate_rule";
        case errc::missing_field: return "missing_field";
        case errc::bad_value: return "bad_value";
        case errc::unbounded_pattern: return "unbounded_pattern";
        case errc::regex: return "regex";
        case errc::example_failed: return "example_failed";
        case errc::io: return "io";
        case errc::invalid_utf8: return "invalid_utf8";
        case errc::empty_document: return "empty_document";
        case errc::too_large: return "too_large";
    }
    return "unknown";
}

/// Base of every exception eventex throws.
class Error : public std::runtime_error {
public:
    Error(errc code, const std::string& what) : std::runtime_error(what), code_(code) {}
    errc code() const noexcept { return code_; }

private:
    errc code_;
};

/// A 1-based line and column, with the byte offset they were computed from.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;  ///< counted in bytes, 1-based
    std::size_t offset = 0;  ///< bytes from the start of the source
};

/// Thrown while rules are read or compiled. `what()` reads "source:line:col: message", then the
/// offending line and a caret under the column; `where()` and `message()` give the parts.
class RuleError : public Error {
public:
    RuleError(errc code, std::string source, TextPosition position, std::string message,
              std::string_view source_line = {})
        : Error(code, compose(source, position, message, source_line)),
          source_(std::move(source)),
          position_(position),
          message_(std::move(message)) {}

    const std::string& source() const noexcept { return source_; }
    const TextPosition& position() const noexcept { return position_; }
    std::size_t line() const noexcept { return position_.line; }
    std::size_t column() const noexcept { return position_.column; }
    /// "source:line:col"
    std::string where() const {
        return source_ + ':' + std::to_string(position_.line) + ':' + std::to_string(position_.column);
    }
    const std::string& message() const noexcept { return message_; }

private:
    static std::string compose(const std::string& source, TextPosition position,
                               const std::string& message, std::string_view source_line) {
        std::string text = source + ':' + std::to_string(position.line) + ':' +
                           std::to_string(position.column) + ": " + message;
        if (!source_line.empty()) {
            text += "\n    ";
            text += source_line;
            text += "\n    ";
            // Tabs stay tabs so that the caret lines up under the offending byte in a terminal.
            for (std::size_t i = 0; i + 1 < position.column && i < source_line.size(); ++i)
                text += source_line[i] == '\t' ? '\t' : ' ';
            text += '^';
        }
        return text;
    }

    std::string source_;
    TextPosition position_;
    std::string message_;
};

/// What went wrong with one document of a batch: returned as a value, so the batch goes on.
struct DocumentError {
    std::string document_id;
    std::size_t offset = 0;  ///< byte offset in the document's text where the problem is
    errc code = errc::invalid_utf8;
    std::string message;
    std::string rule;        ///< the rule involved, if any
};

}  // namespace eventex
