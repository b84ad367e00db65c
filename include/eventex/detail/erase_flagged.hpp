#pragma once
/// erase_flagged: removes the elements a first pass marked, after it has looked at all of them.
/// The pipeline's steps decide for every event first (a decision may read the other events) and
/// remove afterwards, so that no decision reads an event that was already moved.
#include <cstddef>  // std::size_t
#include <utility>  // std::move
#include <vector>   // std::vector

namespace eventex::detail {

/// Removes `items[k]` for every k with `flagged[k]`, keeping the others in order.
template <class T>
void erase_flagged(std::vector<T>& items, const std::vector<bool>& flagged) {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (flagged[k]) continue;
        if (kept != k) items[kept] = std::move(items[k]);
        ++kept;
    }
    items.resize(kept);
}

}  // namespace eventex::detail
