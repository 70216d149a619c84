#pragma once
// All file and clock access goes through World, so tests can fake it and builds are
// reproducible: the clock is SOURCE_DATE_EPOCH when it is set.

#include <cstdint>
#include <optional>
#include <string>

struct stat;

namespace brochure {

struct FileContents {
    std::string bytes;
    std::string error;  // empty on success: strerror-style reason otherwise
    bool ok() const { return error.empty(); }
};

class World {
public:
    virtual ~World() = default;
    virtual FileContents readFile(const std::string& path) const;
    virtual bool exists(const std::string& path) const;
    // Seconds since the epoch: SOURCE_DATE_EPOCH when set and valid, else the real clock.
    virtual std::int64_t now() const;
};

// Why a file cannot be read as an input ("is a directory", "is a named pipe ..."), or nullptr
// for a regular file. Inputs are opened with O_NONBLOCK and checked with this before reading.
const char* notRegularFile(const struct stat& st);

// The real file system and clock.
const World& realWorld();

}  // namespace brochure
