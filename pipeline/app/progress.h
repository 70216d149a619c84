#pragma once
// What a build tells the person or the CI log watching it: on a terminal a live line (documents
// done/total and the documents being built right now); otherwise (CI, --quiet, TERM=dumb) one
// plain line per document. The live line uses only '\r' and spaces, no escape sequences, and is
// cleared before anything else is printed.

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

namespace brochure::app {

struct DocumentReport {
    std::string path;   // relative to out/
    int pages = 0;
    long long bytes = 0;
    double milliseconds = 0;
    bool skipped = false;  // up to date: not rebuilt
};

// "1 document", "2 documents".
std::string countOf(std::size_t count, const char* singular, const char* plural);

class Progress {
public:
    Progress(std::ostream& out, bool live);
    void setTotal(std::size_t total);
    void started(const std::string& path);
    void building(const std::string& path, bool done);  // for the live line only
    void finished(const DocumentReport& report);
    void clear();  // before diagnostics or any other output
    void summary(double milliseconds);

private:
    void drawLiveLine();
    void eraseLiveLine();

    std::ostream& out_;
    bool live_;
    std::size_t total_ = 0;
    std::size_t done_ = 0, built_ = 0, skipped_ = 0;
    long long bytes_ = 0;
    std::vector<std::string> running_;  // in the order they started
    std::size_t shown_ = 0;             // width of the live line on screen
    std::mutex mutex_;
};

}  // namespace brochure::app
