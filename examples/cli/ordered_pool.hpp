#pragma once
/// OrderedPool: runs a function over a stream of items on worker threads and hands the results
/// back on the submitting thread in the order the items came in, with a bounded number of items
/// in flight. For `eventex --threads N`: documents in parallel, output in input order.
#include <condition_variable>  // std::condition_variable
#include <cstddef>             // std::size_t
#include <deque>               // std::deque
#include <exception>           // std::exception_ptr, std::current_exception, std::rethrow_exception
#include <functional>          // std::function
#include <memory>              // std::unique_ptr, std::make_unique
#include <mutex>               // std::mutex, std::unique_lock, std::lock_guard
#include <thread>              // std::thread
#include <utility>             // std::move
#include <vector>              // std::vector

namespace eventex_cli {

/// Items are grouped into batches (a worker takes a whole batch, so that locking costs nothing
/// next to the work); a batch is dispatched when it holds `batch_items` items or `batch_bytes`
/// bytes. At most `batches_in_flight` batches wait or run: the submitter waits for the oldest to
/// be handed over before it dispatches another, so memory stays bounded by the batches in flight
/// (plus the largest single item) however long the input is.
template <class Item, class Result>
class OrderedPool {
public:
    /// Runs on a worker thread, on one item at a time; may throw (the exception is rethrown
    /// from submit() or finish() when that item's turn to be handed over comes).
    using Work = std::function<Result(const Item&)>;
    /// Runs on the submitting thread, on each result in input order.
    using Sink = std::function<void(Result&)>;

    struct Limits {
        std::size_t batch_items = 16;
        std::size_t batch_bytes = 64 * 1024;
        std::size_t batches_in_flight = 8;
    };

    /// With `threads` <= 1 there are no workers: submit() works and hands over at once, in the
    /// caller's thread.
    OrderedPool(unsigned threads, Work work, Sink sink, Limits limits)
        : work_(std::move(work)), sink_(std::move(sink)), limits_(limits) {
        if (limits_.batches_in_flight == 0) limits_.batches_in_flight = 1;
        if (threads > 1)
            for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { work_loop(); });
    }

    OrderedPool(const OrderedPool&) = delete;
    OrderedPool& operator=(const OrderedPool&) = delete;

    /// Stops the workers. Results not handed over yet are dropped: call finish() first.
    ~OrderedPool() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            pending_.clear();  // batches nobody started; running ones finish before join
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (std::thread& worker : workers_) worker.join();
    }

    /// Queues `item` (`bytes`: its size, for the batch limit). May hand over earlier results
    /// to the sink, and waits when too many batches are in flight.
    void submit(Item item, std::size_t bytes) {
        if (workers_.empty()) {
            Result result = work_(item);
            sink_(result);
            return;
        }
        if (!current_) current_ = std::make_unique<Batch>();
        current_->items.push_back(std::move(item));
        current_->bytes += bytes;
        if (current_->items.size() >= limits_.batch_items || current_->bytes >= limits_.batch_bytes) dispatch();
        hand_over_ready();
    }

    /// Hands over every remaining result, in order, then stops the workers.
    void finish() {
        if (current_ && !current_->items.empty()) dispatch();
        while (!in_flight_.empty()) hand_over_front();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (std::thread& worker : workers_) worker.join();
        workers_.clear();
    }

private:
    struct Batch {
        std::vector<Item> items;
        std::vector<Result> results;
        std::size_t bytes = 0;
        bool done = false;  ///< guarded by mutex_
        std::exception_ptr error;
    };

    void dispatch() {
        while (in_flight_.size() >= limits_.batches_in_flight) hand_over_front();
        Batch* batch = current_.get();
        in_flight_.push_back(std::move(current_));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            pending_.push_back(batch);
        }
        work_ready_.notify_one();
    }

    // Waits for the oldest batch and passes its results on.
    void hand_over_front() {
        std::unique_ptr<Batch> batch = std::move(in_flight_.front());
        in_flight_.pop_front();
        {
            std::unique_lock<std::mutex> lock(mutex_);
            batch_done_.wait(lock, [&] { return batch->done; });
        }
        if (batch->error) std::rethrow_exception(batch->error);
        for (Result& result : batch->results) sink_(result);
    }

    // Passes on the oldest batches that are already done, without waiting: output keeps
    // flowing while the submitter reads.
    void hand_over_ready() {
        while (!in_flight_.empty()) {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                if (!in_flight_.front()->done) return;
            }
            hand_over_front();
        }
    }

    void work_loop() {
        for (;;) {
            Batch* batch = nullptr;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                work_ready_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
                if (pending_.empty()) return;
                batch = pending_.front();
                pending_.pop_front();
            }
            try {
                batch->results.reserve(batch->items.size());
                for (const Item& item : batch->items) batch->results.push_back(work_(item));
            } catch (...) {
                batch->error = std::current_exception();
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                batch->done = true;
            }
            batch_done_.notify_all();
        }
    }

    Work work_;
    Sink sink_;
    Limits limits_;
    std::unique_ptr<Batch> current_;                 ///< being filled by submit()
    std::deque<std::unique_ptr<Batch>> in_flight_;   ///< dispatched, oldest first; submitter only
    std::mutex mutex_;
    std::condition_variable work_ready_;             ///< pending_ grew, or stopping_
    std::condition_variable batch_done_;
    std::deque<Batch*> pending_;                     ///< dispatched, not taken by a worker yet
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace eventex_cli
