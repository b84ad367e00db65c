#pragma once
/// One article: its id, its text (not owned), its publication date and language.
#include <optional>          // std::optional
#include <string>            // std::string
#include <string_view>       // std::string_view

#include "date.hpp"          // Date
#include "error.hpp"         // DocumentError
#include "language.hpp"      // Language
#include "detail/utf8.hpp"   // first_invalid_utf8

namespace eventex {

/// An article to extract events from. `text` is a view: the caller keeps the bytes alive while
/// events are extracted; events refer to it by byte offsets only.
struct Document {
    std::string id;
    std::string_view text;
    std::optional<Date> date;          ///< publication date; relative dates resolve against it
    std::optional<Language> language;  ///< nullopt: the pipeline detects it
};

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
