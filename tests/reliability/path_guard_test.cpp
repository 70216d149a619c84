// isInsideAny (core/path_guard.h): paths that leave the allowed folders, by ".." or by a link.

#include <catch2/catch.hpp>

#include <filesystem>

#include "core/path_guard.h"
#include "process.h"

using namespace brochure;
namespace fs = std::filesystem;

TEST_CASE("a path is inside when it stays under a root after '..' and symbolic links are followed", "[path-guard]") {
    testing::TempDir temp("path-guard");
    const std::string root = temp.file("project");
    fs::create_directories(root + "/images");
    testing::writeFile(root + "/images/a.png", "x");
    fs::create_symlink("/etc/passwd", root + "/images/escape.png");
    fs::create_symlink("a.png", root + "/images/alias.png");
    fs::create_directories(temp.file("project-other"));

    CHECK(isInsideAny(root + "/images/a.png", {root}));
    CHECK(isInsideAny(root + "/images/missing.png", {root}));       // not there yet: still inside
    CHECK(isInsideAny(root + "/images/../images/a.png", {root}));
    CHECK(isInsideAny(root + "/images/alias.png", {root}));         // a link that stays inside
    CHECK_FALSE(isInsideAny(root + "/../../../../../../../../etc/passwd", {root}));
    CHECK_FALSE(isInsideAny(root + "/images/escape.png", {root}));  // a link that leaves
    CHECK_FALSE(isInsideAny(temp.file("project-other/a.png"), {root}));  // a prefix is not a parent
    CHECK(isInsideAny(temp.file("project-other/a.png"), {root, temp.file("project-other")}));
    CHECK(isInsideAny("/etc/passwd", {}));                          // no roots: no restriction
}
