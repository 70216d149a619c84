// Reading files: World::readFile (every input) and MappedFile (fonts) agree on contents and
// report the same problems a user can cause (a missing file, a folder given as a file).

#include <catch2/catch.hpp>

#include "core/mapped_file.h"
#include "core/world.h"
#include "process.h"

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace brochure;
using brochure::testing::TempDir;
using brochure::testing::writeFile;

TEST_CASE("readFile and MappedFile return a file's exact bytes, empty files included", "[core][files]") {
    TempDir dir("core-files");
    std::string bytes(100000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7 % 251);
    writeFile(dir.file("data.bin"), bytes);
    writeFile(dir.file("empty.txt"), "");

    FileContents read = realWorld().readFile(dir.file("data.bin"));
    REQUIRE(read.ok());
    CHECK(read.bytes == bytes);
    std::string error;
    auto mapped = MappedFile::open(dir.file("data.bin"), error);
    REQUIRE(mapped);
    CHECK(mapped->bytes() == bytes);

    CHECK(realWorld().readFile(dir.file("empty.txt")).bytes.empty());
    auto empty = MappedFile::open(dir.file("empty.txt"), error);
    REQUIRE(empty);
    CHECK(empty->bytes().empty());
    CHECK(error.empty());
}

TEST_CASE("a missing file or a folder is an error that says so", "[core][files]") {
    TempDir dir("core-files-bad");
    CHECK(realWorld().readFile(dir.file("missing.xml")).error == "No such file or directory");
    CHECK(realWorld().readFile(dir.path()).error == "is a directory");
    std::string error;
    CHECK_FALSE(MappedFile::open(dir.file("missing.ttf"), error));
    CHECK(error == "No such file or directory");
    error.clear();
    CHECK_FALSE(MappedFile::open(dir.path(), error));
    CHECK(error == "is a directory");
}

namespace {

// Runs `read` on another thread; true when it returned within a few seconds. A read still
// blocked then is released by opening the FIFO's other end, so the test fails instead of hanging.
template <typename Read>
bool returnsPromptly(const std::string& fifo, Read read) {
    auto reading = std::async(std::launch::async, read);
    if (reading.wait_for(std::chrono::seconds(5)) == std::future_status::ready) return true;
    int writer = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    reading.wait();
    if (writer >= 0) ::close(writer);
    return false;
}

}  // namespace

TEST_CASE("a named pipe in place of an input is refused at once, not waited on", "[core][files]") {
    TempDir dir("core-fifo");
    const std::string fifo = dir.file("countries.xml");
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);

    FileContents read;
    CHECK(returnsPromptly(fifo, [&] { read = realWorld().readFile(fifo); }));
    CHECK(read.error == "is a named pipe (FIFO), not a regular file");

    std::string error;
    std::shared_ptr<const MappedFile> mapped;
    CHECK(returnsPromptly(fifo, [&] { mapped = MappedFile::open(fifo, error); }));
    CHECK_FALSE(mapped);
    CHECK(error == "is a named pipe (FIFO), not a regular file");
}
