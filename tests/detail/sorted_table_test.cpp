// The sorted constant tables' binary search (eventex/detail/sorted_table.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string_view>  // std::string_view

#include <eventex/detail/sorted_table.hpp>  // key_less, contains_sorted, strictly_ascending

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
