// A disk that fills up while the PDFs are written: the build reports an error naming the PDF,
// exits non-zero, leaves no partial PDF or temporary file behind, and keeps the previous good
// PDF. The full disk is a file-size limit on the child (RLIMIT_FSIZE, with SIGXFSZ ignored, so a
// write past the limit fails with EFBIG as one on a full disk fails with ENOSPC): tests run as
// root, where a read-only folder would not stop a write.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include <signal.h>
#include <sys/resource.h>

#include "image_fixtures.h"
#include "project_copy.h"
#include "spawn.h"
#include "store_dump.h"

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> filesBelow(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file()) files.push_back(fs::relative(it->path(), dir).string());
    return files;
}

}  // namespace

TEST_CASE("a disk that fills up while PDFs are written gives an error and no partial file", "[output][full]") {
    ProjectCopy project("disk-full");
    const std::string store = project.dir() + "/store.sqlite";
    REQUIRE(project.run({"--quiet", "build"}).exitCode == 0);
    const std::string good = readFile(project.pdf("activities-2025.pdf"));

    // A large photo makes the brochure far larger than the store and the handouts, so a limit
    // between them lets the store and the handouts be written and stops the brochure.
    const std::string photo = makeJpeg(JpegKind::baseline, 2400, 1800);
    writeFile(project.data() + "/images/lgecs-yabu-city-hall.jpg", photo);
    const auto storeBytes = fs::file_size(store);
    const rlim_t limit = static_cast<rlim_t>(3 * storeBytes + 100'000);
    REQUIRE(limit < photo.size());

    pid_t pid = spawnBrochure({"-D", "paths.data=" + project.data(), "-D", "paths.layouts=" + project.layouts(), "-D",
                               "paths.out=" + project.out(), "-D", "paths.store=" + store, "--quiet", "--force", "build"},
                              [limit] {
                                  ::signal(SIGXFSZ, SIG_IGN);
                                  rlimit fileSize{limit, limit};
                                  ::setrlimit(RLIMIT_FSIZE, &fileSize);
                              },
                              project.dir() + "/stderr.txt");
    ChildEnd end = waitChild(pid);
    std::string err = readFile(project.dir() + "/stderr.txt");
    INFO(err);
    CHECK(end.signal == 0);
    CHECK(end.exitCode != 0);
    // The diagnostic names the PDF that could not be written and why.
    CHECK(err.find("error[A402]") != std::string::npos);
    CHECK(err.find("activities-2025.pdf") != std::string::npos);
    CHECK(err.find("File too large") != std::string::npos);
    // The previous brochure is still there, unchanged; nothing partial was left.
    CHECK(readFile(project.pdf("activities-2025.pdf")) == good);
    for (const auto& file : filesBelow(project.out())) {
        INFO(file);
        CHECK(file.find(".brochure-tmp-") == std::string::npos);
        if (fs::path(file).extension() == ".pdf")
            CHECK(runProcess({"qpdf", "--check", project.pdf(file)}).exitCode == 0);
    }
    CHECK(dumpStore(store).integrity == "ok");
}

TEST_CASE("an output that cannot be written leaves every output and the manifest as they were", "[output][set]") {
    ProjectCopy project("output-set");
    REQUIRE(project.run({"--quiet", "build"}, {{"SOURCE_DATE_EPOCH", "1735689600"}}).exitCode == 0);
    std::map<std::string, std::string> before;
    for (const auto& file : filesBelow(project.out())) before[file] = readFile(project.pdf(file));
    REQUIRE(before.count("manifest.json") == 1);

    // The handouts' folder replaced by a file: the brochure (written first) can be written, the
    // handouts cannot. A new date makes every PDF differ from the last build's.
    fs::remove_all(project.out() + "/handouts");
    writeFile(project.out() + "/handouts", "a file where a folder was");
    before.erase(before.lower_bound("handouts/"), before.lower_bound("handouts0"));
    before["handouts"] = "a file where a folder was";
    auto r = project.run({"--quiet", "--force", "build"}, {{"SOURCE_DATE_EPOCH", "1767225600"}});
    INFO(r.err);
    CHECK(r.exitCode == 73);
    CHECK(r.err.find("error[A402]") != std::string::npos);
    std::vector<std::string> beforeFiles;
    for (const auto& [file, bytes] : before) beforeFiles.push_back(file);
    auto afterFiles = filesBelow(project.out());
    std::sort(afterFiles.begin(), afterFiles.end());
    CHECK(afterFiles == beforeFiles);  // no temporary left, nothing new
    for (const auto& file : afterFiles) {
        INFO(file << " changed");
        CHECK((readFile(project.pdf(file)) == before[file]));
    }
}
