#pragma once
// What a build tells the person or the CI log watching it: on a terminal a live line
// (documents done/total, current document); otherwise (CI, --quiet) one plain line per document.

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

namespace brochure::app {

struct DocumentReport {
    std::string path;   // relative to out/
    int pages = 0;
    long long bytes = 0;
    double milliseconds = 0;
    bool skipped = false;  // up to date: not rebuilt
};

class Progress {
public:
    Progress(std::ostream& out, bool live, std::size_t total);
    void started(const std::string& path);
    void finished(const DocumentReport& report);
    void summary(double milliseconds);

private:
    void drawLiveLine();

    std::ostream& out_;
    bool live_;
    std::size_t total_;
    std::size_t done_ = 0, built_ = 0, skipped_ = 0;
    long long bytes_ = 0;
    std::string current_;
    std::mutex mutex_;
};

}  // namespace brochure::app
