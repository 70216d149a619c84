// brochure new-edition YEAR: prepares the folder of next year's edition. Each dataset that must be
// new every year (schema.xml carry="no") gets a copy of its latest export with the year set, for
// the office to put the new numbers in; everything else carries from the latest export until a
// file of the new year replaces it. Lists what the office must update; builds nothing.
#include "app/command.h"
#include "app/project_inputs.h"

#include "core/atomic_file.h"
#include "core/world.h"
#include "ingest/editions.h"

#include <Poco/Util/Application.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <map>
#include <ostream>

namespace brochure::app {

namespace fs = std::filesystem;
using App = Poco::Util::Application;

namespace {

std::optional<int> editionYear(const std::vector<std::string>& arguments) {
    if (arguments.size() != 1 || arguments[0].size() != 4 ||
        !std::all_of(arguments[0].begin(), arguments[0].end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(arguments[0]);
}

bool holdsExports(const fs::path& folder) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".xml") return true;
    return false;
}

}  // namespace

int runNewEdition(const RunContext& context) {
    const Settings& settings = context.settings;
    Diagnostics diagnostics;
    auto fail = [&](int code) {
        context.printer.printAll(diagnostics);
        return code;
    };
    const std::optional<int> year = editionYear(context.arguments);
    if (!year) {
        diagnostics.error("A210", {}, 0, 0, "new-edition expects one edition year, such as 2026",
                          "brochure new-edition 2026");
        return fail(App::EXIT_USAGE);
    }
    const fs::path folder = fs::path(settings.dataDir) / std::to_string(*year);
    if (holdsExports(folder)) {
        diagnostics.error("A211", folder.string(), 0, 0, "the " + std::to_string(*year) + " edition is already started",
                          "its exports are edited in place; check it with brochure check --year " + std::to_string(*year));
        return fail(App::EXIT_CANTCREAT);
    }
    DataInputs data = readData(settings.dataDir, {settings.dataDir}, diagnostics);
    if (diagnostics.hasErrors() || !data.catalog) return fail(App::EXIT_DATAERR);
    const auto latest = ingest::latestExportsBefore(data.datasets, *year);
    if (latest.empty()) {
        diagnostics.error("A212", settings.dataDir, 0, 0,
                          "no export before " + std::to_string(*year) + " to start the edition from");
        return fail(App::EXIT_DATAERR);
    }

    // Every copy is made before the list is printed: a folder that cannot be written is told
    // before the office is told what to edit in it.
    std::vector<std::pair<std::string, std::string>> copies, carried;  // (new file or dataset, source)
    std::vector<std::string> missing;
    for (const auto& schema : data.catalog->datasets) {
        auto source = latest.find(schema.name);
        if (source == latest.end()) {
            if (!schema.carried) missing.push_back((folder / (schema.name + ".xml")).string());
            continue;
        }
        const std::string& from = source->second->file;
        if (schema.carried) {
            carried.emplace_back(schema.name, from);
            continue;
        }
        FileContents contents = realWorld().readFile(from);
        std::optional<std::string> copy = contents.ok() ? ingest::exportForYear(contents.bytes, *year) : std::nullopt;
        const std::string to = (folder / (schema.name + ".xml")).string();
        std::string error;
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (!copy || !writeFileAtomically(to, *copy, error)) {
            diagnostics.error("A402", to, 0, 0, "cannot write the copy of " + from + (error.empty() ? "" : ": " + error));
            return fail(App::EXIT_CANTCREAT);
        }
        copies.emplace_back(to, from);
    }

    context.printer.printAll(diagnostics);
    std::ostream& out = context.out;
    const std::string edition = std::to_string(*year);
    out << "The " << edition << " edition is started in " << folder.string() << "/. Nothing was built.\n\n";
    out << "Put the " << edition << " numbers into these copies of last year's exports (their year is set):\n";
    for (const auto& [to, from] : copies) out << "  " << to << "  (from " << from << ")\n";
    for (const auto& to : missing) out << "  " << to << "  (no earlier export: write it)\n";
    out << "\nThese come from the latest export until a " << edition << " file replaces it (copy one into "
        << folder.string() << "/ to change it):\n";
    std::size_t width = 0;
    for (const auto& [dataset, from] : carried) width = std::max(width, dataset.size());
    for (const auto& [dataset, from] : carried)
        out << "  " << std::left << std::setw(static_cast<int>(width)) << dataset << "  " << from << '\n';
    out << "\nThen: brochure check --year " << edition << " (a note for each dataset still carried), and "
        << "brochure build --year " << edition << ".\n";
    return App::EXIT_OK;
}

}  // namespace brochure::app
