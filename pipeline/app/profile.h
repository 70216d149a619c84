#pragma once
// Where a build's time goes, per stage (brochure build --profile). Summed over all documents and
// threads, so with --jobs 2 the stages can add up to more than the wall time.

#include <array>
#include <atomic>
#include <chrono>
#include <iosfwd>

namespace brochure::app {

enum class Stage { ingest, query, bind, typeset, render, write, count };

class Profile {
public:
    void add(Stage stage, std::chrono::nanoseconds elapsed) {
        nanoseconds_[static_cast<std::size_t>(stage)] += elapsed.count();
    }
    void print(std::ostream& out, double wallMilliseconds) const;

private:
    std::array<std::atomic<long long>, static_cast<std::size_t>(Stage::count)> nanoseconds_{};
};

// Adds the time from construction to destruction to one stage.
class StageTimer {
public:
    StageTimer(Profile& profile, Stage stage) : profile_(profile), stage_(stage), start_(std::chrono::steady_clock::now()) {}
    ~StageTimer() { profile_.add(stage_, std::chrono::steady_clock::now() - start_); }
    StageTimer(const StageTimer&) = delete;
    StageTimer& operator=(const StageTimer&) = delete;

private:
    Profile& profile_;
    Stage stage_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace brochure::app
