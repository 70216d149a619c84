#pragma once
// Runs a program the way a user or CI would, capturing its output and exit status, so tests
// check the real command line and read PDFs back with real readers (qpdf, pdftotext, pdffonts).

#include <map>
#include <string>
#include <vector>

namespace brochure::testing {

struct ProcessResult {
    int exitCode = -1;      // the program's exit code; -1 when it did not exit normally
    int signal = 0;         // the signal that ended it, 0 if none
    std::string out;        // stdout
    std::string err;        // stderr
};

// argv[0] is looked up in PATH. env entries are added to (or replace) the current environment.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& workingDir = {},
                         const std::map<std::string, std::string>& env = {});

// A fresh empty directory under the build tree, removed when the object goes away.
class TempDir {
public:
    explicit TempDir(const std::string& name);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);

}  // namespace brochure::testing
