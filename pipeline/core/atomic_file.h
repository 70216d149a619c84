#pragma once
// Writes whole files or nothing. Each file's bytes go first to a temporary beside its target,
// named ".<name>.brochure-tmp-<pid>-<random>" (a name only this code makes), and are renamed
// over the target only when every file of the set is complete, so a failed or killed build never
// leaves a truncated file, nor some outputs new and others old, and never replaces a good one.

#include "core/output_folder.h"

#include <string>
#include <string_view>
#include <vector>

namespace brochure {

// A set of files under one OutputFolder replaced together. Dropped before commit() (an error,
// an exception), it removes the temporaries it made, and nothing else.
class StagedFiles {
public:
    explicit StagedFiles(const OutputFolder& folder) : folder_(folder) {}
    ~StagedFiles();
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;

    // Writes `bytes` to a temporary beside `relative` (its folders made, none of them a link).
    bool stage(const std::string& relative, const std::string& bytes, std::string& error);
    // Renames every staged file over its target, in the order they were staged.
    bool commit(std::string& error);

private:
    struct Staged {
        UniqueFd dir;
        std::string temporary;
        std::string name;
        std::string shown;  // the target's path, for messages
    };
    const OutputFolder& folder_;
    std::vector<Staged> staged_;
};

// True for the names StagedFiles gives its temporaries (".x.pdf.brochure-tmp-42-0a1b2c3d").
bool isTemporaryName(std::string_view name);

// Removes the temporaries a killed build left in the folder holding `relative` (not below it,
// never following a link): only files whose name isTemporaryName.
void removeStaleTemporaries(const OutputFolder& folder, const std::string& relative);

// One file written atomically: `path`'s folder is made as needed (and may be reached through
// links, as the caller named it); the file itself is never written through a link.
bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace brochure
