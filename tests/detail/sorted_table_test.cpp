// The sorted constant tables' binary search (eventex/detail/sorted_table.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <iterator>     // std::size
#include <string_view>  // std::string_view

#include <eventex/detail/sorted_table.hpp>  // key_less, contains_sorted, strictly_ascending, ShortWordSet

using eventex::detail::key_less;

TEST_CASE("key_less orders words bytewise, as unsigned bytes, shorter prefix first") {
    using std::string_view;
    CHECK(key_less(string_view("Zwischen"), string_view("\xC3\x9C" "ber")));  // 'Z' < 0xC3: "Über" sorts last
    CHECK_FALSE(key_less(string_view("\xC3\x9C" "ber"), string_view("Zwischen")));
    CHECK(key_less(string_view("Die"), string_view("Dies")));
    CHECK_FALSE(key_less(string_view("Dies"), string_view("Die")));
    CHECK_FALSE(key_less(string_view("Die"), string_view("Die")));
    CHECK(key_less(string_view(""), string_view("a")));
    CHECK(key_less(string_view("Zu"), string_view("am")));  // capitals before lower case
    CHECK(key_less(3, 4));                                   // other keys compare with <
}

TEST_CASE("contains_sorted finds every word of a table and nothing else") {
    static constexpr std::string_view words[] = {"Am", "Die", "Dies", "Zu", "am", "\xC3\x9C" "ber"};
    static_assert(eventex::detail::strictly_ascending(words));
    for (std::string_view word : words) CHECK(eventex::detail::contains_sorted(words, word));
    CHECK_FALSE(eventex::detail::contains_sorted(words, "D"));
    CHECK_FALSE(eventex::detail::contains_sorted(words, "Diese"));
    CHECK_FALSE(eventex::detail::contains_sorted(words, "\xC3\xBC" "ber"));
    CHECK_FALSE(eventex::detail::contains_sorted(words, ""));
}

TEST_CASE("ShortWordSet: packed words of up to eight bytes, found exactly or with ASCII capitals folded") {
    static constexpr std::string_view words[] = {"der", "die", "the", "a", "einige", "mehrere", "für", "zwölfte"};
    static_assert(eventex::detail::ShortWordSet<std::size(words)>::fits(words));
    static constexpr eventex::detail::ShortWordSet<std::size(words)> set(words);
    static_assert(set.contains("der"), "usable at compile time");
    for (std::string_view word : words) CHECK(set.contains(word));
    CHECK_FALSE(set.contains("Der"));
    CHECK(set.contains("Der", true));
    CHECK(set.contains("MEHRERE", true));
    CHECK(set.contains("für"));
    CHECK_FALSE(set.contains("Für"));  // only ASCII capitals fold
    CHECK_FALSE(set.contains("de"));   // a prefix of a member
    CHECK_FALSE(set.contains("ders"));
    CHECK_FALSE(set.contains(""));
    CHECK_FALSE(set.contains("mehreren"));  // eight bytes, not a member
    CHECK_FALSE(set.contains("einigermaßen"));  // longer than any member can be
    static constexpr std::string_view too_long[] = {"a", "abcdefghi"};
    static_assert(!eventex::detail::ShortWordSet<2>::fits(too_long));
    static constexpr std::string_view twice[] = {"a", "a"};
    static_assert(!eventex::detail::ShortWordSet<2>::fits(twice));
}
