#include "project_copy.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include <signal.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitUsage = 64, exitDataErr = 65, exitTempFail = 75;

const std::vector<std::string> allOutputs = {
    "activities-2025.pdf",      "handouts/2025/brunei.pdf",   "handouts/2025/cambodia.pdf",  "handouts/2025/india.pdf",
    "handouts/2025/indonesia.pdf",   "handouts/2025/laos.pdf",     "handouts/2025/malaysia.pdf",  "handouts/2025/myanmar.pdf",
    "handouts/2025/philippines.pdf", "handouts/2025/singapore.pdf", "handouts/2025/sri-lanka.pdf", "handouts/2025/thailand.pdf",
    "handouts/2025/vietnam.pdf",     "print/activities-2025.pdf"};

const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};  // 2025-01-01


}  // namespace

TEST_CASE("build writes the brochure, every handout and a manifest, all valid PDFs") {
    ProjectCopy project("build-all");
    auto r = project.run({"--quiet", "build"}, fixedDate);
    REQUIRE(r.exitCode == exitOk);
    CHECK(pdfFiles(project.out()) == allOutputs);
    for (const auto& pdf : allOutputs) {
        auto check = runProcess({"qpdf", "--check", project.pdf(pdf)});
        INFO(pdf << ": " << check.out << check.err);
        CHECK(check.exitCode == 0);
    }
    std::string manifest = readFile(project.out() + "/manifest.json");
    for (const auto& pdf : allOutputs) CHECK(manifest.find("\"path\": \"" + pdf + "\"") != std::string::npos);
    CHECK(manifest.find("\"country\": \"Sri Lanka\"") != std::string::npos);
    auto sha = runProcess({"sha256sum", project.pdf("handouts/2025/thailand.pdf")});
    CHECK(manifest.find(sha.out.substr(0, 64)) != std::string::npos);
}

TEST_CASE("two builds of the same inputs are byte-identical, whatever --jobs") {
    ProjectCopy first("build-repro-1"), second("build-repro-2");
    REQUIRE(first.run({"--quiet", "--jobs", "1", "build"}, fixedDate).exitCode == exitOk);
    REQUIRE(second.run({"--quiet", "--jobs", "2", "build"}, fixedDate).exitCode == exitOk);
    for (const auto& pdf : allOutputs) {
        INFO(pdf);
        CHECK(readFile(first.pdf(pdf)) == readFile(second.pdf(pdf)));
    }
}

TEST_CASE("SOURCE_DATE_EPOCH sets the date in the PDF and changes nothing else") {
    ProjectCopy early("build-date-1"), late("build-date-2");
    REQUIRE(early.run({"--quiet", "--country", "Laos", "build"}, fixedDate).exitCode == exitOk);
    REQUIRE(late.run({"--quiet", "--country", "Laos", "build"}, {{"SOURCE_DATE_EPOCH", "1767225600"}}).exitCode ==
            exitOk);  // 2026-01-01
    auto infoEarly = runProcess({"pdfinfo", early.pdf("handouts/2025/laos.pdf")});
    auto infoLate = runProcess({"pdfinfo", late.pdf("handouts/2025/laos.pdf")});
    CHECK(infoEarly.out.find("2025") != std::string::npos);
    CHECK(infoLate.out.find("2026") != std::string::npos);
    CHECK(infoEarly.out != infoLate.out);
    auto textEarly = runProcess({"pdftotext", "-layout", early.pdf("handouts/2025/laos.pdf"), "-"});
    auto textLate = runProcess({"pdftotext", "-layout", late.pdf("handouts/2025/laos.pdf"), "-"});
    CHECK(textEarly.out == textLate.out);
}

TEST_CASE("a rebuild touches exactly the outputs whose inputs changed") {
    ProjectCopy project("build-incremental");
    REQUIRE(project.run({"--quiet", "build"}, fixedDate).exitCode == exitOk);
    CHECK(builtDocuments(project.run({"--quiet", "build"}, fixedDate).out).empty());

    // One Thai row changes without moving any total (totals feed every handout's shares): the
    // brochure (both editions) and Thailand's handout are rebuilt, nothing else.
    project.edit("data/2025/exchange-programme-cities.xml", "cities=\"Bangkok\"", "cities=\"Bangkok, Chiang Mai\"");
    auto r = project.run({"--quiet", "build"}, fixedDate);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == exitOk);
    CHECK(builtDocuments(r.out) ==
          std::vector<std::string>{"activities-2025.pdf", "handouts/2025/thailand.pdf", "print/activities-2025.pdf"});

    SECTION("--force rebuilds everything") {
        CHECK(builtDocuments(project.run({"--quiet", "--force", "build"}, fixedDate).out).size() == allOutputs.size());
    }
}

TEST_CASE("on a terminal a live progress line - with --quiet a plain line per document and a summary") {
    ProjectCopy project("build-progress");
    // `script` gives the build a terminal, as a person at a desk has.
    const std::string command = std::string(BROCHURE_EXE) + " -D paths.data=" + project.data() +
                                " -D paths.layouts=" + project.layouts() + " -D paths.out=" + project.out() +
                                " -D paths.store=" + project.dir() + "/store.sqlite --jobs 1 build";
    auto terminal = runProcess({"script", "-qec", command, "/dev/null"}, BROCHURE_SOURCE_DIR);
    REQUIRE(terminal.exitCode == exitOk);
    CHECK(terminal.out.find("\r[0/14] building ") != std::string::npos);  // redrawn in place, counting
    CHECK(terminal.out.find("\r[1/14]") != std::string::npos);
    CHECK(terminal.out.find("\n14 documents: 14 built") != std::string::npos);  // on a line of its own
    CHECK(terminal.out.find("\x1b[K") == std::string::npos);  // no cursor control: "\r" and spaces
    CHECK(builtDocuments(terminal.out).empty());  // no plain lines on a terminal

    auto quiet = project.run({"--quiet", "--force", "build"});
    REQUIRE(quiet.exitCode == exitOk);
    CHECK(quiet.out.find('\x1b') == std::string::npos);
    CHECK(builtDocuments(quiet.out).size() == allOutputs.size());
    CHECK(quiet.out.find("built handouts/2025/laos.pdf: 1 page, ") != std::string::npos);
    CHECK(quiet.out.find("14 documents: 14 built, 0 up to date, ") != std::string::npos);
}

TEST_CASE("a single handout is built with --country - an unknown country is a usage error with a hint") {
    ProjectCopy project("build-country");
    auto r = project.run({"--quiet", "--country", "sri-lanka", "build"}, fixedDate);
    REQUIRE(r.exitCode == exitOk);
    CHECK(pdfFiles(project.out()) == std::vector<std::string>{"handouts/2025/sri-lanka.pdf"});

    auto bad = project.run({"--country", "Thailnd", "build"});
    CHECK(bad.exitCode == exitUsage);
    CHECK(bad.err.find("Thailnd") != std::string::npos);
    CHECK(bad.err.find("Thailand") != std::string::npos);
}

TEST_CASE("a build with --layout makes that layout's documents only, and an unknown layout is a usage error with a hint") {
    ProjectCopy project("build-layout");
    auto r = project.run({"--quiet", "--layout", "brochure", "build"}, fixedDate);
    REQUIRE(r.exitCode == exitOk);
    // The brochure in both its editions; none of the handouts.
    CHECK(pdfFiles(project.out()) == std::vector<std::string>{"activities-2025.pdf", "print/activities-2025.pdf"});

    auto bad = project.run({"--layout", "brochur", "build"});
    CHECK(bad.exitCode == exitUsage);
    CHECK(bad.err.find("error[A304]: no layout 'brochur' for --layout") != std::string::npos);
    CHECK(bad.err.find("did you mean 'brochure'?") != std::string::npos);
}

TEST_CASE("bad data stops the build before any PDF is written or replaced") {
    ProjectCopy project("build-bad");
    REQUIRE(project.run({"--quiet", "build"}, fixedDate).exitCode == exitOk);
    std::string before = readFile(project.pdf("activities-2025.pdf"));

    project.edit("data/2025/seminar-participants.xml", "<row", "<row participants=\"-3\"");
    project.edit("data/2025/travel-fairs.xml", "</export>", "");  // malformed XML too: both reported
    auto r = project.run({"--quiet", "--force", "build"}, fixedDate);
    CHECK(r.exitCode == exitDataErr);
    CHECK(r.err.find("seminar-participants.xml:") != std::string::npos);
    CHECK(r.err.find("travel-fairs.xml:") != std::string::npos);
    CHECK(readFile(project.pdf("activities-2025.pdf")) == before);
    CHECK(builtDocuments(r.out).empty());
}

TEST_CASE("a damaged photo fails the build once, naming the file, and writes nothing") {
    ProjectCopy project("build-bad-photo");
    // Cut short: the screen and the print edition both place it; the problem is told once.
    const std::string photo = project.data() + "/images/support-toyama-booth.jpg";
    const std::string bytes = readFile(photo);
    writeFile(photo, bytes.substr(0, bytes.size() / 2));
    auto r = project.run({"--quiet", "build"}, fixedDate);
    CHECK(r.exitCode == exitDataErr);
    const std::string expected = "support-toyama-booth.jpg: error[R104]: corrupt or truncated JPEG image";
    CHECK(r.err.find(expected) != std::string::npos);
    CHECK(r.err.find(expected) == r.err.rfind(expected));
    CHECK(pdfFiles(project.out()).empty());
}

TEST_CASE("a second build on the same out folder is refused with a clear message") {
    ProjectCopy project("build-lock");
    fs::create_directories(project.out());
    int fd = ::open((project.out() + "/.brochure.lock").c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);  // as if another build were running
    auto r = project.run({"--quiet", "build"});
    ::close(fd);
    CHECK(r.exitCode == exitTempFail);
    CHECK(r.err.find("another brochure build") != std::string::npos);
    CHECK(pdfFiles(project.out()).empty());
}

TEST_CASE("a build killed at any moment leaves no partial PDF") {
    ProjectCopy project("build-kill");
    // Kill builds after increasing delays; whatever was written must be complete PDFs.
    for (int delayMs : {5, 20, 60, 150, 300}) {
        pid_t pid = ::fork();
        if (pid == 0) {
            std::string data = "paths.data=" + project.data(), layouts = "paths.layouts=" + project.layouts(),
                        out = "paths.out=" + project.out(), store = "paths.store=" + project.dir() + "/store.sqlite";
            ::execl(BROCHURE_EXE, BROCHURE_EXE, "-D", data.c_str(), "-D", layouts.c_str(), "-D", out.c_str(), "-D",
                    store.c_str(), "--quiet", "--force", "build", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::usleep(static_cast<useconds_t>(delayMs) * 1000);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        for (const auto& pdf : pdfFiles(project.out())) {
            INFO(pdf << " after a kill at " << delayMs << " ms");
            CHECK(runProcess({"qpdf", "--check", project.pdf(pdf)}).exitCode == 0);
        }
    }
    // The next build cleans up whatever a killed one left and succeeds.
    REQUIRE(project.run({"--quiet", "build"}).exitCode == exitOk);
    for (fs::recursive_directory_iterator it(project.out()), end; it != end; ++it)
        CHECK(it->path().filename().string().find(".brochure-tmp-") == std::string::npos);
}

TEST_CASE("another build of the program rebuilds every output, though its version is the same") {
    ProjectCopy project("build-new-program");
    REQUIRE(project.run({"--quiet", "--country", "Laos", "build"}, fixedDate).exitCode == exitOk);
    // The same program with one byte more: what a rebuilt or patched brochure looks like to the
    // manifest (same --version, different executable).
    const std::string patched = project.dir() + "/brochure-patched";
    writeFile(patched, readFile(BROCHURE_EXE) + std::string(1, '\0'));
    fs::permissions(patched, fs::perms::owner_all);
    std::vector<std::string> args = {patched, "-D", "paths.data=" + project.data(), "-D", "paths.layouts=" + project.layouts(),
                                     "-D", "paths.out=" + project.out(), "-D", "paths.store=" + project.dir() + "/store.sqlite",
                                     "--quiet", "--country", "Laos", "build"};
    auto r = runProcess(args, BROCHURE_SOURCE_DIR, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    CHECK(builtDocuments(r.out) == std::vector<std::string>{"handouts/2025/laos.pdf"});
    CHECK(builtDocuments(project.run({"--quiet", "--country", "Laos", "build"}, fixedDate).out) ==
          std::vector<std::string>{"handouts/2025/laos.pdf"});  // and back
}
