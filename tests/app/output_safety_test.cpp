// The build owns only what it writes: it removes no file of the user's, writes nothing through a
// symbolic link inside the out folder (outputs, the lock), and refuses, before building, two
// documents with one output or an output named like a file of its own.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitDataErr = 65, exitCantCreate = 73;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a build removes its own stale temporaries and never a user's file", "[output][temporaries]") {
    ProjectCopy project("own-temporaries");
    // `build -D paths.out=.`: the out folder is the project, the data folder inside it.
    const std::string notes = project.data() + "/notes.tmp-2024.txt";
    writeFile(notes, "the user's notes");
    fs::create_directories(project.dir() + "/handouts/2025");
    const std::string draft = project.dir() + "/handouts/2025/draft.tmp-1.pdf";
    writeFile(draft, "the user's draft");
    const std::string stale = project.dir() + "/handouts/2025/.singapore.pdf.brochure-tmp-99999-0123abcd";
    writeFile(stale, "left by a killed build");

    auto r = project.run({"--quiet", "-D", "paths.out=" + project.dir(), "--country", "Singapore", "build"});
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    CHECK(fs::exists(project.dir() + "/handouts/2025/singapore.pdf"));
    CHECK(readFile(notes) == "the user's notes");
    CHECK(readFile(draft) == "the user's draft");
    CHECK_FALSE(fs::exists(stale));
}

TEST_CASE("a folder inside out/ that is a symbolic link is refused, and nothing is written through it", "[output][symlink]") {
    ProjectCopy project("out-link");
    TempDir elsewhere("out-link-elsewhere");
    fs::create_directories(project.out());
    fs::create_directory_symlink(elsewhere.path(), project.out() + "/handouts");

    auto r = project.run({"--quiet", "--country", "Singapore", "build"});
    INFO(r.err);
    CHECK(r.exitCode == exitCantCreate);
    CHECK(contains(r.err, "layouts/handout.xml:7:"));
    CHECK(contains(r.err, "error[A405]: output \"handouts/2025/singapore.pdf\" would be written through the symbolic link "));
    CHECK(contains(r.err, "/out/handouts\n"));
    CHECK(fs::is_empty(elsewhere.path()));
    CHECK(pdfFiles(project.out()).empty());
}

TEST_CASE("an output file inside out/ that is a symbolic link is refused and left alone", "[output][symlink]") {
    ProjectCopy project("out-file-link");
    TempDir elsewhere("out-file-link-elsewhere");
    const std::string target = elsewhere.file("precious.pdf");
    writeFile(target, "not the build's");
    fs::create_directories(project.out() + "/handouts/2025");
    fs::create_symlink(target, project.out() + "/handouts/2025/singapore.pdf");

    auto r = project.run({"--quiet", "--country", "Singapore", "build"});
    INFO(r.err);
    CHECK(r.exitCode == exitCantCreate);
    CHECK(contains(r.err, "error[A405]"));
    CHECK(fs::is_symlink(project.out() + "/handouts/2025/singapore.pdf"));
    CHECK(readFile(target) == "not the build's");
}

TEST_CASE("a lock file that is a symbolic link is refused and its target not made", "[output][symlink]") {
    ProjectCopy project("lock-link");
    TempDir elsewhere("lock-link-elsewhere");
    fs::create_directories(project.out());
    fs::create_symlink(elsewhere.file("made-by-the-lock"), project.out() + "/.brochure.lock");

    auto r = project.run({"--quiet", "--country", "Singapore", "build"});
    INFO(r.err);
    CHECK(r.exitCode == exitCantCreate);
    CHECK(contains(r.err, "error[A401]: "));
    CHECK(contains(r.err, "/out/.brochure.lock is a symbolic link"));
    CHECK(fs::is_empty(elsewhere.path()));
}

TEST_CASE("the out folder given by the user may itself be a symbolic link", "[output][symlink]") {
    ProjectCopy project("out-is-link");
    TempDir real("out-is-link-real");
    fs::create_directory_symlink(real.path(), project.out());
    auto r = project.run({"--quiet", "--country", "Singapore", "build"});
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    CHECK(fs::exists(real.file("handouts/2025/singapore.pdf")));
    CHECK(fs::exists(real.file("manifest.json")));
}

TEST_CASE("two documents with one output are refused before anything is built", "[output][collision]") {
    ProjectCopy project("output-collision");
    // Every handout row gives the same output.
    project.edit("layouts/handout.xml", "output=\"handouts/{year}/{slug}.pdf\"", "output=\"handouts/all.pdf\"");
    auto r = project.run({"--quiet", "build"});
    INFO(r.err);
    CHECK(r.exitCode == exitDataErr);
    CHECK(contains(r.err, "layouts/handout.xml:7:24: error[A407]: output \"handouts/all.pdf\" (country = Cambodia, "
                          "slug = cambodia) is also written by "));
    CHECK(contains(r.err, "layouts/handout.xml:7:24 (country = Brunei, slug = brunei)"));
    CHECK(pdfFiles(project.out()).empty());
}
