#pragma once
/// LazyRegex: a Boost.Regex built the first time it is needed, once, whichever thread needs it.
///
/// Building the default rules' regexes is nearly all of a pipeline's start-up, and a document
/// needs few of them: a German article runs none of the English patterns, and the word
/// prefilter passes a typical article to one pattern in ten. Building each regex on first use
/// makes a pipeline ready at once, costs a one-article run only the patterns it runs, and costs
/// a long batch exactly what building everything up front costs.
#include <atomic>     // std::atomic
#include <exception>  // std::exception_ptr, std::current_exception, std::rethrow_exception
#include <memory>     // std::shared_ptr, std::make_shared
#include <mutex>      // std::mutex, std::lock_guard

#include <boost/regex.hpp>

namespace eventex::dsl {

/// Copies share one regex, built once for all of them: a copied pipeline does not build again.
/// Thread-safe: callers that arrive while another builds wait for it; after the build, get()
/// is one atomic load.
class LazyRegex {
public:
    /// The regex, built by `build()` (which returns a boost::regex) on the first call. If the
    /// build throws, this call and every later one throw the same exception: a pattern that
    /// Boost.Regex refuses is not built again for each sentence.
    template <class Build>
    const boost::regex& get(Build&& build) const {
        State& state = *state_;
        if (!state.settled.load(std::memory_order_acquire)) {
            const std::lock_guard<std::mutex> lock(state.mutex);
            if (!state.settled.load(std::memory_order_relaxed)) {
                try {
                    state.regex = build();
                } catch (...) {
                    state.error = std::current_exception();
                }
                state.settled.store(true, std::memory_order_release);
            }
        }
        if (state.error) std::rethrow_exception(state.error);
        return state.regex;
    }

    /// Whether the regex has been built (a failed build is not built).
    bool built() const noexcept { return state_->settled.load(std::memory_order_acquire) && !state_->error; }

private:
    struct State {
        std::atomic<bool> settled{false};  // built, or failed for good
        std::mutex mutex;
        boost::regex regex;
        std::exception_ptr error;
    };
    std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace eventex::dsl
