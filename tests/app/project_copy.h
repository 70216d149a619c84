#pragma once
// A private copy of the project's data and layouts (so a test can break or change it) and a private out
// folder and store, and a way to run build/brochure on them.

#include "process.h"

#include <string>
#include <vector>

namespace brochure::testing {

class ProjectCopy {
public:
    explicit ProjectCopy(const std::string& name);

    const std::string& dir() const { return temp_.path(); }
    std::string data() const { return temp_.file("data"); }
    std::string layouts() const { return temp_.file("layouts"); }
    std::string out() const { return temp_.file("out"); }
    std::string pdf(const std::string& relative) const { return out() + "/" + relative; }

    // build/brochure with paths.data, paths.out and paths.store pointed at this copy.
    ProcessResult run(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) const;

    // Replaces the first occurrence of `from` in a file of the copy ("data/2025/jet.xml").
    void edit(const std::string& file, const std::string& from, const std::string& to) const;

private:
    TempDir temp_;
};

// Documents a build reports as built (not "up to date"), from its plain (--quiet) progress lines.
std::vector<std::string> builtDocuments(const std::string& out);

// Every *.pdf below `dir`, relative to it, sorted.
std::vector<std::string> pdfFiles(const std::string& dir);

}  // namespace brochure::testing
