#pragma once
/// WordTable<T>: a hash table from words to values, for the gazetteers' lookups per token.
///
/// The recogniser looks up nearly every token in several tables (titles, countries,
/// organisations, ...), and nearly every lookup misses. In std::unordered_map a miss reads the
/// bucket array, a node and the node's key, each in a cache line of its own; here it reads one
/// slot of eight bytes (the key's hash and an index), and a key only when the hashes agree.
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t, std::uint64_t
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector

namespace eventex::detail {

template <class T>
class WordTable {
public:
    /// The value of `key`, added (value-initialised) if absent. The reference lasts until the
    /// next call.
    T& operator[](std::string_view key) {
        if ((keys_.size() + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = hash(key);
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& slot = slots_[i];
            if (slot.index == 0) {
                keys_.emplace_back(key);
                values_.emplace_back();
                slot = Slot{static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(keys_.size())};
                return values_.back();
            }
            if (slot.hash == static_cast<std::uint32_t>(h) && keys_[slot.index - 1] == key) return values_[slot.index - 1];
        }
    }

    /// The value of `key`, or nullptr.
    const T* find(std::string_view key) const noexcept {
        if (slots_.empty()) return nullptr;
        const std::uint64_t h = hash(key);
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& slot = slots_[i];
            if (slot.index == 0) return nullptr;
            if (slot.hash == static_cast<std::uint32_t>(h) && keys_[slot.index - 1] == key) return &values_[slot.index - 1];
        }
    }

    bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

    /// Calls `f(key, value)` for every entry, in the order they were added.
    template <class F>
    void for_each(F f) const {
        for (std::size_t i = 0; i < keys_.size(); ++i) f(keys_[i], values_[i]);
    }

private:
    struct Slot {
        std::uint32_t hash = 0;   ///< low bits of the key's hash
        std::uint32_t index = 0;  ///< 1 + the key's place in keys_; 0: empty
    };

    // FNV-1a: words are short, and a call to a general hash costs more than the loop.
    static std::uint64_t hash(std::string_view key) noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h ^ (h >> 32);
    }

    // At most half full, so that a miss ends after a slot or two.
    void grow() {
        std::vector<Slot> slots(slots_.empty() ? 64 : slots_.size() * 2);
        for (std::size_t k = 0; k < keys_.size(); ++k) {
            const std::uint64_t h = hash(keys_[k]);
            std::size_t i = h & (slots.size() - 1);
            while (slots[i].index != 0) i = (i + 1) & (slots.size() - 1);
            slots[i] = Slot{static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(k + 1)};
        }
        slots_ = std::move(slots);
    }

    std::vector<Slot> slots_;
    std::vector<std::string> keys_;
    std::vector<T> values_;
};

}  // namespace eventex::detail
