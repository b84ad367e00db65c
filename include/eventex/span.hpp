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

namespace detail {

/// What stands between two spans of `text`, without the spaces at either end: what joins two
/// mentions ("'s", ", the"). Empty where the spans touch or overlap, or `right` lies past `text`.
constexpr std::string_view text_between(std::string_view text, Span left, Span right) noexcept {
    if (left.end > right.begin || right.begin > text.size()) return {};
    std::string_view between = text.substr(left.end, right.begin - left.end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    return between;
}

}  // namespace detail
}  // namespace eventex
