#pragma once
// A whole file mapped read-only into memory, for large inputs that are read only in part: a
// document touches a few hundred KB of the 6 MB IPAex Gothic font (cmap, metrics, the glyphs it
// uses), and the kernel reads just those pages, shared between threads and processes.
// The real file system only: code that must work on World fakes reads through World instead.

#include <memory>
#include <string>
#include <string_view>

namespace brochure {

class MappedFile {
public:
    // nullptr and `error` set when the file cannot be opened, is a directory or cannot be mapped.
    static std::shared_ptr<const MappedFile> open(const std::string& path, std::string& error);

    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

private:
    MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
    void* data_;  // nullptr for an empty file (nothing to map)
    std::size_t size_;
};

}  // namespace brochure
