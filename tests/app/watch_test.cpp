// brochure watch as a person uses it: started once, the PDF follows every save of a layout or an
// export; a broken save is reported and keeps the last good PDF; Ctrl-C ends it with exit 0.
#include "project_copy.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace brochure::testing;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// The watcher, running in the background with its output in a file the test reads as it goes.
class Watcher {
public:
    Watcher(const ProjectCopy& project, const std::string& log) : log_(log) {
        std::vector<std::string> args = {BROCHURE_EXE,    "-D", "paths.data=" + project.data(),
                                         "-D",            "paths.layouts=" + project.layouts(),
                                         "-D",            "paths.out=" + project.out(),
                                         "-D",            "paths.store=" + project.dir() + "/store.sqlite",
                                         "--layout",      "brochure",
                                         "--edition",     "screen",
                                         "--quiet",       "watch"};
        pid_ = ::fork();
        if (pid_ == 0) {
            int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            ::dup2(fd, 1);
            ::dup2(fd, 2);
            ::chdir(BROCHURE_SOURCE_DIR);
            std::vector<char*> argv;
            for (auto& arg : args) argv.push_back(arg.data());
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
    }
    ~Watcher() {
        if (pid_ > 0 && !exited_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    std::string log() const { return readFile(log_); }

    // Ctrl-C, then the exit code (-1 if it did not end within the timeout).
    int interrupt() {
        ::kill(pid_, SIGINT);
        for (auto deadline = std::chrono::steady_clock::now() + 20s; std::chrono::steady_clock::now() < deadline;) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                exited_ = true;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(20ms);
        }
        return -1;
    }

private:
    std::string log_;
    pid_t pid_ = -1;
    bool exited_ = false;
};

bool eventually(const std::function<bool()>& condition) {
    for (auto deadline = std::chrono::steady_clock::now() + 60s; std::chrono::steady_clock::now() < deadline;) {
        if (condition()) return true;
        std::this_thread::sleep_for(20ms);
    }
    return condition();
}

std::string pdfText(const std::string& pdf) { return runProcess({"pdftotext", pdf, "-"}).out; }

}  // namespace

TEST_CASE("watch rebuilds on every save, keeps the last good PDF after a broken save, and ends on Ctrl-C") {
    ProjectCopy project("watch");
    const std::string pdf = project.pdf("activities-2025.pdf");
    const std::string layout = project.layouts() + "/brochure.xml";
    Watcher watcher(project, project.dir() + "/watch.log");
    INFO("the watcher's output so far: " << watcher.log());  // shown on failure only
    REQUIRE(eventually([&] { return watcher.log().find("1 document: 1 built") != std::string::npos; }));
    REQUIRE(pdfText(pdf).find("Our office consists of") != std::string::npos);

    // A save of the layout: the PDF follows.
    project.edit("layouts/brochure.xml", "Our office consists of", "Our watched office consists of");
    CHECK(eventually([&] { return pdfText(pdf).find("Our watched office consists of") != std::string::npos; }));

    // A broken save: said, and the last good PDF stays.
    const std::string good = readFile(pdf);
    const std::string layoutText = readFile(layout);
    writeFile(layout, layoutText.substr(0, layoutText.size() / 2));
    CHECK(eventually([&] { return watcher.log().find("error[L002]") != std::string::npos; }));
    CHECK(readFile(pdf) == good);

    // Mended, and a change of an export: rebuilt from both.
    writeFile(layout, layoutText);
    project.edit("data/2025/travel-fairs.xml", "city=\"Jakarta\"", "city=\"Surabaya\"");
    CHECK(eventually([&] { return pdfText(pdf).find("Surabaya") != std::string::npos; }));

    CHECK(watcher.interrupt() == 0);
}
