// WordTable: the gazetteers' hash table (eventex/detail/word_table.hpp).
#include <doctest/doctest.h>  // TEST_CASE, CHECK

#include <string>   // std::string, std::to_string
#include <vector>   // std::vector

#include <eventex/detail/word_table.hpp>  // WordTable

TEST_CASE("a word table finds what was added, misses the rest, and keeps the order of adding") {
    eventex::detail::WordTable<int> table;
    CHECK(table.find("Minister") == nullptr);  // empty
    // Enough words to make the table grow several times.
    for (int k = 0; k < 1000; ++k) table["w" + std::to_string(k)] = k;
    table["Minister"] += 5;
    table["Minister"] += 1;  // the same entry again
    REQUIRE(table.find("Minister") != nullptr);
    CHECK(*table.find("Minister") == 6);
    CHECK(*table.find("w0") == 0);
    CHECK(*table.find("w999") == 999);
    CHECK(table.find("w1000") == nullptr);
    CHECK(table.find("minister") == nullptr);  // bytes, not case-folded
    CHECK(table.find("") == nullptr);
    CHECK(table.contains("w500"));
    std::vector<std::string> keys;
    table.for_each([&](const std::string& key, int) { keys.push_back(key); });
    REQUIRE(keys.size() == 1001);
    CHECK(keys.front() == "w0");
    CHECK(keys.back() == "Minister");
}
