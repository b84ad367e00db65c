#pragma once
/// One article: its id, its text (not owned), its publication date and language.
#include <optional>          // std::optional
#include <string>            // std::string
#include <string_view>       // std::string_view

#include "date.hpp"          // Date
#include "error.hpp"         // DocumentError
#include "language.hpp"      // Language
#include "detail/utf8.hpp"   // first_invalid_utf8, replace_invalid_utf8

namespace eventex {

/// An article to extract events from. `text` is a view: the caller keeps the bytes alive while
/// events are extracted; events refer to it by byte offsets only.
struct Document {
    std::string id;
    std::string_view text;
    std::optional<Date> date;          ///< publication date; relative dates resolve against it
    std::optional<Language> language;  ///< nullopt: the pipeline detects it
};

/// The byte that replace_invalid_utf8 writes for each invalid one: a single byte, so offsets stay
/// exact; valid in JSON strings; and a space neither joins two words nor ends a sentence.
constexpr char invalid_utf8_substitute = ' ';

/// For input that may hold stray bytes (`eventex --invalid-utf8=replace`): replaces each byte
/// that is not part of a valid UTF-8 sequence with invalid_utf8_substitute, one for one, so that
/// every offset into the result is the same offset into the original. Returns how many bytes
/// were replaced. Without it, validate() refuses the document with the offset of the first one.
inline std::size_t replace_invalid_utf8(std::string& text) noexcept {
    return detail::replace_invalid_utf8(text, invalid_utf8_substitute);
}

/// The document's problem, if it has one that stops extraction (not UTF-8, no text).
inline std::optional<DocumentError> validate(const Document& document) {
    if (document.text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return DocumentError{document.id, 0, errc::empty_document, "document has no text", {}};
    if (auto bad = detail::first_invalid_utf8(document.text))
        return DocumentError{document.id, *bad, errc::invalid_utf8,
                             "invalid UTF-8 at byte offset " + std::to_string(*bad), {}};
    return std::nullopt;
}

}  // namespace eventex
