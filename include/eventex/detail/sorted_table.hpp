#pragma once
/// Constant tables sorted at compile time, and the one binary search that reads them: the
/// gazetteers (countries, first names, people), the splitter's abbreviations and the
/// recogniser's word lists all use these instead of a search of their own.
#include <array>        // std::array
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint64_t
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

/// A set of words of at most eight bytes, each packed into one integer: a lookup packs the word
/// once and binary-searches integers, where contains_sorted compares bytes at every step. For the
/// short word lists the recogniser consults at nearly every token (articles, determiners).
template <std::size_t N>
class ShortWordSet {
public:
    static constexpr std::size_t longest = 8;

    /// `words`: distinct, each of 1 to 8 bytes, none with a NUL byte; any order.
    constexpr explicit ShortWordSet(const std::string_view (&words)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) keys_[i] = pack(words[i], false);
        for (std::size_t i = 1; i < N; ++i)  // insertion sort: constexpr, and N is small
            for (std::size_t j = i; j > 0 && keys_[j] < keys_[j - 1]; --j) {
                const std::uint64_t t = keys_[j];
                keys_[j] = keys_[j - 1];
                keys_[j - 1] = t;
            }
    }

    /// Whether the set holds `word`; with `fold_ascii_capitals`, "Der" as "der".
    constexpr bool contains(std::string_view word, bool fold_ascii_capitals = false) const noexcept {
        if (word.empty() || word.size() > longest) return false;
        const std::uint64_t key = pack(word, fold_ascii_capitals);
        std::size_t low = 0, high = N;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (keys_[mid] < key) low = mid + 1;
            else high = mid;
        }
        return low < N && keys_[low] == key;
    }

    /// Whether every word fits: 1 to 8 bytes, no NUL, no two alike. For static_assert.
    static constexpr bool fits(const std::string_view (&words)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) {
            if (words[i].empty() || words[i].size() > longest) return false;
            for (char c : words[i])
                if (c == '\0') return false;
            for (std::size_t j = 0; j < i; ++j)
                if (words[j] == words[i]) return false;
        }
        return true;
    }

private:
    static constexpr std::uint64_t pack(std::string_view word, bool fold_ascii_capitals) noexcept {
        std::uint64_t key = 0;
        for (std::size_t i = 0; i < word.size(); ++i) {
            char c = word[i];
            if (fold_ascii_capitals && c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
            key |= static_cast<std::uint64_t>(static_cast<unsigned char>(c)) << (8 * (longest - 1 - i));
        }
        return key;
    }

    std::array<std::uint64_t, N> keys_{};
};

}  // namespace eventex::detail
