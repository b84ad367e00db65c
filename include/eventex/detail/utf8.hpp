#pragma once
/// UTF-8 validation: the one check every document passes before rules see it.
#include <cstddef>      // std::size_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace eventex::detail {

/// Byte offset of the first invalid UTF-8 sequence in `text` (overlong forms, surrogates and
/// code points above U+10FFFF count as invalid), or nullopt when the whole text is valid.
inline std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) length = 2;
        else if (lead == 0xE0) length = 3, low = 0xA0;
        else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
        else if (lead == 0xED) length = 3, high = 0x9F;
        else if (lead >= 0xEE && lead <= 0xEF) length = 3;
        else if (lead == 0xF0) length = 4, low = 0x90;
        else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
        else if (lead == 0xF4) length = 4, high = 0x8F;
        else return i;
        if (i + length > size) return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
        for (std::size_t k = 2; k < length; ++k)
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return i;
        i += length;
    }
    return std::nullopt;
}

/// Replaces each byte that is not part of a valid UTF-8 sequence with `substitute` (an ASCII
/// byte), one byte for one byte, so that every offset into the result is the same offset into
/// the original. Returns how many bytes were replaced.
inline std::size_t replace_invalid_utf8(std::string& text, char substitute) noexcept {
    std::size_t replaced = 0;
    std::size_t from = 0;
    while (auto bad = first_invalid_utf8(std::string_view(text).substr(from))) {
        // A bad lead byte goes alone: the bytes after it are looked at again, and stray
        // continuation bytes are bad leads in turn.
        text[from + *bad] = substitute;
        ++replaced;
        from += *bad + 1;
    }
    return replaced;
}

/// True for bytes that continue a multi-byte UTF-8 sequence.
constexpr bool is_utf8_continuation(unsigned char byte) noexcept { return (byte & 0xC0) == 0x80; }

}  // namespace eventex::detail
