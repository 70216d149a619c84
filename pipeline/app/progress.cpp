#include "app/progress.h"

#include <cstdio>
#include <ostream>

namespace brochure::app {

Progress::Progress(std::ostream& out, bool live, std::size_t total) : out_(out), live_(live), total_(total) {}

void Progress::drawLiveLine() {
    out_ << "\r\x1b[K[" << done_ << '/' << total_ << "] " << current_ << std::flush;
}

void Progress::started(const std::string& path) {
    std::lock_guard lock(mutex_);
    current_ = path;
    if (live_) drawLiveLine();
}

void Progress::finished(const DocumentReport& r) {
    std::lock_guard lock(mutex_);
    ++done_;
    (r.skipped ? skipped_ : built_)++;
    bytes_ += r.bytes;
    if (live_) {
        drawLiveLine();
        return;
    }
    if (r.skipped) {
        out_ << "up to date " << r.path << '\n' << std::flush;
        return;
    }
    char figures[128];
    std::snprintf(figures, sizeof figures, "%d %s, %lld bytes, %.0f ms", r.pages, r.pages == 1 ? "page" : "pages",
                  r.bytes, r.milliseconds);
    out_ << "built " << r.path << ": " << figures << '\n' << std::flush;
}

void Progress::summary(double milliseconds) {
    std::lock_guard lock(mutex_);
    if (live_) out_ << "\r\x1b[K";
    char line[256];
    std::snprintf(line, sizeof line, "%zu documents: %zu built, %zu up to date, %lld bytes in %.0f ms\n", total_,
                  built_, skipped_, bytes_, milliseconds);
    out_ << line << std::flush;
}

}  // namespace brochure::app
