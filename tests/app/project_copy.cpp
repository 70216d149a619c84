#include "project_copy.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace brochure::testing {

namespace fs = std::filesystem;

ProjectCopy::ProjectCopy(const std::string& name) : temp_(name) {
    fs::copy(std::string(BROCHURE_SOURCE_DIR) + "/data", data(), fs::copy_options::recursive);
    fs::copy(std::string(BROCHURE_SOURCE_DIR) + "/layouts", layouts(), fs::copy_options::recursive);
}

ProcessResult ProjectCopy::run(std::vector<std::string> args, const std::map<std::string, std::string>& env) const {
    std::vector<std::string> argv = {BROCHURE_EXE, "-D", "paths.data=" + data(), "-D", "paths.layouts=" + layouts(), "-D", "paths.out=" + out(),
                                     "-D", "paths.store=" + temp_.file("store.sqlite")};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, BROCHURE_SOURCE_DIR, env);
}

void ProjectCopy::edit(const std::string& file, const std::string& from, const std::string& to) const {
    std::string path = dir() + "/" + file;
    std::string text = readFile(path);
    auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("'" + from + "' not in " + path);
    writeFile(path, text.replace(at, from.size(), to));
}

std::vector<std::string> builtDocuments(const std::string& out) {
    std::vector<std::string> built;
    std::size_t at = 0;
    while ((at = out.find("built ", at)) != std::string::npos) {
        if (at == 0 || out[at - 1] == '\n') built.push_back(out.substr(at + 6, out.find(':', at) - at - 6));
        at += 6;
    }
    std::sort(built.begin(), built.end());
    return built;
}

std::vector<std::string> pdfFiles(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".pdf") files.push_back(fs::relative(it->path(), dir).string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace brochure::testing
