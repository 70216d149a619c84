#include "core/mapped_file.h"

#include "core/world.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brochure {

std::shared_ptr<const MappedFile> MappedFile::open(const std::string& path, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);  // a FIFO must not block
    if (fd < 0) {
        error = std::strerror(errno);
        return nullptr;
    }
    struct stat st {};
    void* data = nullptr;
    if (::fstat(fd, &st) != 0) {
        error = std::strerror(errno);
    } else if (const char* kind = notRegularFile(st)) {
        error = kind;
    } else if (st.st_size > 0) {
        data = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) {
            data = nullptr;
            error = std::strerror(errno);
        }
    }
    ::close(fd);  // the mapping stays valid without the descriptor
    if (!error.empty()) return nullptr;
    return std::shared_ptr<const MappedFile>(new MappedFile(data, data ? static_cast<std::size_t>(st.st_size) : 0));
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(data_, size_);
}

}  // namespace brochure
