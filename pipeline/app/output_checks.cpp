#include "app/output_checks.h"

#include "app/build_lock.h"
#include "app/manifest.h"
#include "core/atomic_file.h"

#include <filesystem>
#include <map>

namespace brochure::app {

namespace fs = std::filesystem;

namespace {

struct OutputSource {
    const PlannedDocument* document;
    std::string file;
    SourcePosition where;

    // " (country = Laos, slug = laos)": which of a layout's documents this is; "" for the only one.
    std::string which() const {
        std::string params;
        for (const auto& [name, value] : document->job.params)
            if (name != ":year") params += (params.empty() ? "" : ", ") + name.substr(name[0] == ':') + " = " + toText(value);
        if (document->print) params += std::string(params.empty() ? "" : ", ") + "print edition";
        return params.empty() ? params : " (" + params + ")";
    }
    // "layouts/handout.xml:7:24 (country = Laos, slug = laos)"
    std::string describe() const {
        return file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + which();
    }
};

// Where the document's output name was written: the layout's `output`, or its print edition's.
OutputSource sourceOf(const PlannedDocument& document) {
    const layoutdef::Node& root = document.layout->root;
    const layoutdef::Node* print = document.print ? root.firstChild("print-edition") : nullptr;
    return {&document, document.layout->file, print ? print->where("output") : root.where("output")};
}

void error(Diagnostics& diagnostics, const std::string& code, const OutputSource& at, std::string message,
           std::string hint = {}) {
    diagnostics.report(Diagnostic{Severity::error, code, at.file, at.where.line, at.where.column, std::move(message),
                                  std::move(hint)});
}

// Files in the out folder the build itself writes: no document may be named like them.
bool ownedByTheBuild(const std::string& output) {
    const std::string path = fs::path(output).lexically_normal().string();
    return path == BuildLock::kFileName || path == kManifestName || isTemporaryName(fs::path(path).filename().string());
}

}  // namespace

void checkOutputNames(const std::vector<PlannedDocument>& documents, Diagnostics& diagnostics) {
    std::map<std::string, OutputSource> writers;  // normalised output -> its first document
    for (const PlannedDocument& document : documents) {
        const OutputSource source = sourceOf(document);
        const std::string& output = document.job.output;
        const std::string normal = fs::path(output).lexically_normal().string();
        if (ownedByTheBuild(output)) {
            error(diagnostics, "A406", source, "output \"" + output + "\" is a file the build itself writes in the out folder",
                  "choose another name; the out folder holds .brochure.lock, manifest.json and the build's temporaries");
            continue;
        }
        auto [first, inserted] = writers.emplace(normal, source);
        if (!inserted) {
            error(diagnostics, "A407", source,
                  "output \"" + output + "\"" + source.which() + " is also written by " + first->second.describe() +
                      "; one document would overwrite the other",
                  "give each document its own output name (for <jobs>, one that differs in every row)");
        }
    }
    // A document's output cannot also be a folder holding another's ("a.pdf" and "a.pdf/b.pdf").
    for (const auto& [output, source] : writers)
        for (fs::path folder = fs::path(output).parent_path(); !folder.empty(); folder = folder.parent_path())
            if (auto clash = writers.find(folder.string()); clash != writers.end())
                error(diagnostics, "A407", source,
                      "output \"" + output + "\"" + source.which() + " lies in the folder \"" + folder.string() + "\", which is the output of " +
                          clash->second.describe(),
                      "give each document its own output name");
}

void checkOutputLinks(const std::vector<PlannedDocument>& documents, const OutputFolder& out, Diagnostics& diagnostics) {
    for (const PlannedDocument& document : documents)
        if (std::string link = out.symbolicLinkOn(document.job.output); !link.empty())
            error(diagnostics, "A405", sourceOf(document),
                  "output \"" + document.job.output + "\" would be written through the symbolic link " + link,
                  "the build writes only inside the out folder and follows no link there; remove the link");
}

}  // namespace brochure::app
