#pragma once
/// Byte ranges into a document's text.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace eventex {

/// Half-open byte range [begin, end) into the UTF-8 text of one document.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;

    constexpr std::size_t size() const noexcept { return end - begin; }
    constexpr bool empty() const noexcept { return end <= begin; }
    constexpr bool contains(const Span& other) const noexcept {
        return begin <= other.begin && other.end <= end;
    }
    constexpr bool overlaps(const Span& other) const noexcept {
        return begin < other.end && other.begin < end;
    }
    /// The bytes this span covers; `text` must be the text the span was taken from.
    constexpr std::string_view of(std::string_view text) const noexcept {
        return text.substr(begin, end - begin);
    }

    friend constexpr bool operator==(const Span& a, const Span& b) noexcept {
        return a.begin == b.begin && a.end == b.end;
    }
    friend constexpr bool operator!=(const Span& a, const Span& b) noexcept { return !(a == b); }
    friend constexpr bool operator<(const Span& a, const Span& b) noexcept {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    }
};

}  // namespace eventex
