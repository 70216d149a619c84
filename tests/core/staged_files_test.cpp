// Writing outputs: StagedFiles replaces a set of files together or not at all, its temporaries
// carry a name only it makes, and OutputFolder walks no symbolic link inside the out folder.

#include <catch2/catch.hpp>

#include "core/atomic_file.h"
#include "core/output_folder.h"
#include "process.h"

#include <filesystem>

using namespace brochure;
using brochure::testing::readFile;
using brochure::testing::TempDir;
using brochure::testing::writeFile;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> namesIn(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("temporaries have a name no user file has by accident", "[core][output]") {
    CHECK(isTemporaryName(".laos.pdf.brochure-tmp-4711-0a1b2c3d"));
    CHECK_FALSE(isTemporaryName("notes.tmp-2024.txt"));
    CHECK_FALSE(isTemporaryName("laos.pdf.tmp-4711"));
    CHECK_FALSE(isTemporaryName(".laos.pdf.brochure-tmp-4711-0a1b2c3"));   // 7 digits
    CHECK_FALSE(isTemporaryName(".laos.pdf.brochure-tmp-47x1-0a1b2c3d"));  // not a pid
    CHECK_FALSE(isTemporaryName("laos.pdf.brochure-tmp-4711-0a1b2c3d"));   // no leading dot
    CHECK_FALSE(isTemporaryName(".laos.pdf.brochure-tmp-4711-0a1b2c3d.txt"));
}

TEST_CASE("staged files replace their targets together, only on commit", "[core][output]") {
    TempDir dir("staged-files");
    writeFile(dir.file("a.pdf"), "old a");
    std::string error;
    auto folder = OutputFolder::open(dir.path(), error);
    REQUIRE(folder);
    {
        StagedFiles files(*folder);
        REQUIRE(files.stage("a.pdf", "new a", error));
        REQUIRE(files.stage("sub/b.pdf", "new b", error));
        CHECK(readFile(dir.file("a.pdf")) == "old a");  // nothing replaced before commit
        CHECK_FALSE(fs::exists(dir.file("sub/b.pdf")));
        REQUIRE(files.commit(error));
    }
    CHECK(readFile(dir.file("a.pdf")) == "new a");
    CHECK(readFile(dir.file("sub/b.pdf")) == "new b");
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"a.pdf", "sub"});
    CHECK(namesIn(dir.file("sub")) == std::vector<std::string>{"b.pdf"});
}

TEST_CASE("staged files dropped before commit remove their temporaries and nothing else", "[core][output]") {
    TempDir dir("staged-dropped");
    writeFile(dir.file("a.pdf"), "old a");
    writeFile(dir.file("a.pdf.tmp-1"), "the user's");
    std::string error;
    auto folder = OutputFolder::open(dir.path(), error);
    REQUIRE(folder);
    {
        StagedFiles files(*folder);
        REQUIRE(files.stage("a.pdf", "new a", error));
        CHECK(namesIn(dir.path()).size() == 3);
    }
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"a.pdf", "a.pdf.tmp-1"});
    CHECK(readFile(dir.file("a.pdf")) == "old a");
}

TEST_CASE("stale temporaries are removed only in the folder of an output, and only the build's", "[core][output]") {
    TempDir dir("stale-temporaries");
    fs::create_directories(dir.file("handouts/deeper"));
    writeFile(dir.file("handouts/.laos.pdf.brochure-tmp-1-0a1b2c3d"), "stale");
    writeFile(dir.file("handouts/notes.tmp-2024.txt"), "the user's");
    writeFile(dir.file("handouts/deeper/.x.pdf.brochure-tmp-1-0a1b2c3d"), "not in an output folder");
    std::string error;
    auto folder = OutputFolder::open(dir.path(), error);
    REQUIRE(folder);
    removeStaleTemporaries(*folder, "handouts/laos.pdf");
    CHECK(namesIn(dir.file("handouts")) == std::vector<std::string>{"deeper", "notes.tmp-2024.txt"});
    CHECK(fs::exists(dir.file("handouts/deeper/.x.pdf.brochure-tmp-1-0a1b2c3d")));
}

TEST_CASE("no file is written through a symbolic link inside the out folder", "[core][output]") {
    TempDir dir("output-links"), elsewhere("output-links-elsewhere");
    fs::create_directory_symlink(elsewhere.path(), dir.file("handouts"));
    writeFile(elsewhere.file("target.pdf"), "not ours");
    fs::create_symlink(elsewhere.file("target.pdf"), dir.file("linked.pdf"));
    std::string error;
    auto folder = OutputFolder::open(dir.path(), error);
    REQUIRE(folder);

    CHECK(folder->symbolicLinkOn("handouts/laos.pdf") == dir.file("handouts"));
    CHECK(folder->symbolicLinkOn("linked.pdf") == dir.file("linked.pdf"));
    CHECK(folder->symbolicLinkOn("new/laos.pdf").empty());
    CHECK_FALSE(folder->read("linked.pdf"));
    CHECK_FALSE(folder->regularFileSize("handouts/target.pdf"));

    StagedFiles files(*folder);
    CHECK_FALSE(files.stage("handouts/laos.pdf", "pdf", error));
    CHECK(error == dir.file("handouts") + " is a symbolic link; the build does not follow links inside the out folder");
    REQUIRE(files.stage("linked.pdf", "pdf", error));
    CHECK_FALSE(files.commit(error));
    CHECK(readFile(elsewhere.file("target.pdf")) == "not ours");
    CHECK(namesIn(elsewhere.path()) == std::vector<std::string>{"target.pdf"});
}
