#pragma once
/// ProgressLine: one line on stderr, redrawn in place, saying how far `eventex` has got:
/// documents, MB read, MB/s and events. Only for runs that last more than a second, and at most
/// a few times a second; whether to show it at all is the caller's choice (a terminal, or
/// --progress).
#include <chrono>       // std::chrono::steady_clock
#include <cstddef>      // std::size_t
#include <cstdio>       // std::FILE, std::fputs, std::fflush
#include <string>       // std::string

#include <fmt/core.h>   // fmt::format

namespace eventex_cli {

class ProgressLine {
public:
    using Clock = std::chrono::steady_clock;

    /// `shares_screen`: stdout goes to the same terminal, so the line is wiped before output
    /// is written (else an event would be printed after the figures on the same line).
    ProgressLine(bool enabled, bool shares_screen, std::FILE* stream = stderr)
        : enabled_(enabled), shares_screen_(shares_screen), stream_(stream), start_(Clock::now()) {}

    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// Counts one input record (a document or a bad line) of `bytes` with `events` events.
    void add(std::size_t bytes, std::size_t events) {
        ++documents_;
        bytes_ += bytes;
        events_ += events;
    }

    /// Redraws the line if the run has lasted a second and the last redraw is a quarter of a
    /// second old (also after a wipe: output on the same screen does not make it flicker).
    /// Cheap enough to call after every document.
    void tick() {
        if (!enabled_) return;
        const Clock::time_point now = Clock::now();
        if (now - start_ < std::chrono::seconds(1) || (ever_shown_ && now - drawn_ < std::chrono::milliseconds(250)))
            return;
        draw(now);
    }

    /// Wipes the line before other text goes to stderr, or to stdout on the same screen; the
    /// next tick() draws it again.
    void before_stderr() { wipe(); }
    void before_stdout() {
        if (shares_screen_) wipe();
    }

    /// At the end of the run: the final figures, ended by a newline, if the line was ever shown.
    void finish() {
        if (!enabled_ || !ever_shown_) return;
        draw(Clock::now());
        std::fputs("\n", stream_);
        std::fflush(stream_);
        visible_width_ = 0;
        shown_ = false;
    }

private:
    void draw(Clock::time_point now) {
        const double seconds = std::chrono::duration<double>(now - start_).count();
        const double megabytes = static_cast<double>(bytes_) / 1e6;
        std::string line = fmt::format("eventex: {} documents, {:.1f} MB, {:.2f} MB/s, {} events", documents_,
                                       megabytes, seconds > 0 ? megabytes / seconds : 0.0, events_);
        // Pads over a longer previous line rather than using a terminal escape: the line stays
        // readable when --progress sends it to a file.
        const std::size_t width = line.size();
        if (width < visible_width_) line.append(visible_width_ - width, ' ');
        // What stdout holds must reach the screen before the line does.
        if (shares_screen_) std::fflush(stdout);
        std::fputs(("\r" + line).c_str(), stream_);
        std::fflush(stream_);
        visible_width_ = width;
        drawn_ = now;
        shown_ = true;
        ever_shown_ = true;
    }

    void wipe() {
        if (!shown_) return;
        std::fputs(("\r" + std::string(visible_width_, ' ') + "\r").c_str(), stream_);
        std::fflush(stream_);
        visible_width_ = 0;
        shown_ = false;
    }

    bool enabled_;
    bool shares_screen_;
    std::FILE* stream_;
    Clock::time_point start_;
    Clock::time_point drawn_{};
    bool shown_ = false;       ///< the line is on the screen now
    bool ever_shown_ = false;  ///< the run lasted long enough to show it once
    std::size_t visible_width_ = 0;
    std::size_t documents_ = 0;
    std::size_t bytes_ = 0;
    std::size_t events_ = 0;
};

}  // namespace eventex_cli
