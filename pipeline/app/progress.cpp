#include "app/progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace brochure::app {

namespace {

// Wide enough for two or three document names, narrow enough for an 80-column terminal.
constexpr std::size_t kLiveWidth = 78;

}  // namespace

std::string countOf(std::size_t count, const char* singular, const char* plural) {
    return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}

Progress::Progress(std::ostream& out, bool live) : out_(out), live_(live) {}

void Progress::setTotal(std::size_t total) {
    std::lock_guard lock(mutex_);
    total_ = total;
}

void Progress::eraseLiveLine() {
    if (shown_ == 0) return;
    out_ << '\r' << std::string(shown_, ' ') << '\r';
    shown_ = 0;
}

void Progress::drawLiveLine() {
    std::string line = "[" + std::to_string(done_) + "/" + std::to_string(total_) + "]";
    if (!running_.empty()) line += " building";
    std::size_t listed = 0;
    for (const auto& path : running_) {
        std::string more = " +" + std::to_string(running_.size() - listed) + " more";
        if (line.size() + path.size() + 2 + more.size() > kLiveWidth && listed > 0) {
            line += more;
            break;
        }
        line += (listed++ ? ", " : " ") + path;
    }
    if (line.size() > kLiveWidth) line.resize(kLiveWidth);
    std::size_t previous = shown_;
    out_ << '\r' << line;
    if (line.size() < previous) out_ << std::string(previous - line.size(), ' ') << '\r' << line;
    shown_ = line.size();
    out_ << std::flush;
}

void Progress::started(const std::string& path) { building(path, false); }

void Progress::building(const std::string& path, bool done) {
    std::lock_guard lock(mutex_);
    if (done) running_.erase(std::remove(running_.begin(), running_.end(), path), running_.end());
    else running_.push_back(path);
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
    std::snprintf(figures, sizeof figures, ", %lld bytes, %.0f ms", r.bytes, r.milliseconds);
    out_ << "built " << r.path << ": " << countOf(static_cast<std::size_t>(r.pages), "page", "pages") << figures
         << '\n' << std::flush;
}

void Progress::clear() {
    std::lock_guard lock(mutex_);
    if (live_) {
        eraseLiveLine();
        out_ << std::flush;
    }
}

void Progress::summary(double milliseconds) {
    std::lock_guard lock(mutex_);
    if (live_) eraseLiveLine();
    char figures[96];
    std::snprintf(figures, sizeof figures, " in %.0f ms\n", milliseconds);
    out_ << countOf(total_, "document", "documents") << ": " << built_ << " built, " << skipped_ << " up to date, "
         << countOf(static_cast<std::size_t>(bytes_), "byte", "bytes") << figures << std::flush;
}

}  // namespace brochure::app
