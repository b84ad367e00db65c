#pragma once
/// Constant tables sorted at compile time, and the one binary search that reads them: the
/// gazetteers (countries, first names, people), the splitter's abbreviations and the
/// recogniser's word lists all use these instead of a search of their own.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view
#include <type_traits>  // std::is_same_v

namespace eventex::detail {

/// Whether `table` is strictly ascending by `key(entry)`: sorted and free of duplicates, as
/// find_sorted needs. Meant for static_assert next to the table.
template <class T, std::size_t N, class Key>
constexpr bool strictly_ascending(const T (&table)[N], Key key) noexcept {
    for (std::size_t i = 1; i < N; ++i)
        if (!(key(table[i - 1]) < key(table[i]))) return false;
    return true;
}

/// The same for a table of words, sorted bytewise.
template <std::size_t N>
constexpr bool strictly_ascending(const std::string_view (&words)[N]) noexcept {
    return strictly_ascending(words, [](std::string_view word) { return word; });
}

/// `a < b`; for words bytewise, as std::string_view compares them, but in a loop: the words are
/// short and differ early, and a call to memcmp at each step of a search cost more than the
/// comparison itself.
template <class A, class B>
constexpr bool key_less(const A& a, const B& b) noexcept {
    if constexpr (std::is_same_v<A, std::string_view> && std::is_same_v<B, std::string_view>) {
        const std::size_t common = a.size() < b.size() ? a.size() : b.size();
        for (std::size_t i = 0; i < common; ++i) {
            const auto x = static_cast<unsigned char>(a[i]);
            const auto y = static_cast<unsigned char>(b[i]);
            if (x != y) return x < y;
        }
        return a.size() < b.size();
    } else {
        return a < b;
    }
}

/// The first entry whose key is not below `value` (std::lower_bound), or the table's end.
template <class T, std::size_t N, class Key, class Value>
constexpr const T* first_not_below(const T (&table)[N], Key key, const Value& value) noexcept {
    std::size_t low = 0;
    std::size_t high = N;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (key_less(key(table[mid]), value)) low = mid + 1;
        else high = mid;
    }
    return table + low;
}

/// The entry of the ascending `table` whose `key(entry)` equals `value`, or nullptr.
template <class T, std::size_t N, class Key, class Value>
constexpr const T* find_sorted(const T (&table)[N], Key key, const Value& value) noexcept {
    const T* found = first_not_below(table, key, value);
    return found != table + N && key(*found) == value ? found : nullptr;
}

/// Whether the ascending table of words holds `word`.
template <std::size_t N>
constexpr bool contains_sorted(const std::string_view (&words)[N], std::string_view word) noexcept {
    return find_sorted(words, [](std::string_view entry) { return entry; }, word) != nullptr;
}

}  // namespace eventex::detail
