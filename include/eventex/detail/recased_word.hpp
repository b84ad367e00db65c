#pragma once
/// RecasedWord: a word with one byte changed, usually the case of its first letter, for a
/// table lookup of that form without allocating a string per lookup.
#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex::detail {

/// A copy of `word` with the byte at `at` set to `byte`: on the stack for words of up to 48
/// bytes (nearly all), in a string for longer ones. Not copyable: view() points into it.
class RecasedWord {
public:
    RecasedWord(std::string_view word, std::size_t at, char byte) : size_(word.size()) {
        char* bytes = buffer_;
        if (word.size() > sizeof buffer_) {
            long_word_.assign(word);
            bytes = long_word_.data();
        } else {
            word.copy(buffer_, word.size());
        }
        if (at < word.size()) bytes[at] = byte;
        data_ = bytes;
    }
    RecasedWord(const RecasedWord&) = delete;
    RecasedWord& operator=(const RecasedWord&) = delete;

    std::string_view view() const noexcept { return std::string_view(data_, size_); }

private:
    char buffer_[48];
    std::string long_word_;
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace eventex::detail
