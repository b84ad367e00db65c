#pragma once
/// build_regexes: builds the Boost.Regex of many compiled patterns now, on several threads.
///
/// A pattern builds its regex on first use (CompiledPattern::regex). Building them all up front
/// is for a caller who wants every refusal of Boost.Regex at once, or the first documents at
/// full speed: hundreds of patterns of a few thousand characters each, independent of each
/// other, so the work splits over the machine's cores. Errors stay what a serial build gives:
/// the first failing pattern in the given order is the one reported, whichever thread met it.
#include <algorithm>  // std::min
#include <atomic>     // std::atomic
#include <cstddef>    // std::size_t
#include <exception>  // std::exception_ptr, std::current_exception, std::rethrow_exception
#include <system_error>  // std::system_error
#include <thread>     // std::thread
#include <vector>     // std::vector

#include "compiler.hpp"  // CompiledPattern

namespace eventex::dsl {

/// Builds the regex of every pattern of `patterns` not built yet. `threads` 0 means one per
/// core; fewer patterns than `patterns_per_thread` per thread use fewer threads (a thread
/// costs more than a few small builds), and a machine that refuses a thread gets the work done
/// by those it has. Throws the RuleError of the first pattern, in `patterns`' order, that
/// Boost.Regex refuses.
inline void build_regexes(const std::vector<const CompiledPattern*>& patterns, unsigned threads = 0) {
    constexpr std::size_t patterns_per_thread = 24;
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t useful = std::max<std::size_t>(1, patterns.size() / patterns_per_thread);
    const std::size_t workers = std::min<std::size_t>({threads, useful, 16});

    std::vector<std::exception_ptr> errors(patterns.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < patterns.size(); i = next++) {
            try {
                patterns[i]->regex();
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < workers; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the ones running and this one finish the work
        }
    }
    work();
    for (std::thread& helper : helpers) helper.join();
    for (const std::exception_ptr& error : errors)
        if (error) std::rethrow_exception(error);
}

}  // namespace eventex::dsl
