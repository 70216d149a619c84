// Nothing worse than a diagnostic: thousands of damaged exports (bytes flipped, cut short,
// markup characters dropped in) must each be read to a dataset or to at least one error, with
// every diagnostic located inside the file. Run under ASan/UBSan this is a small fuzzer.

#include "ingest_fixture.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

namespace {

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string damaged(std::string bytes, std::mt19937& random) {
    static const std::vector<std::string> pieces = {"<", ">", "\"", "'", "&", "/", "=", "\xE2\x80\x94", "\xFF",
                                                    "<row/>", "<total of=\"alt\" value=\"1\"/>", "-", " ", "\n"};
    int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits && !bytes.empty(); ++e) {
        std::size_t at = random() % bytes.size();
        switch (random() % 4) {
            case 0: bytes[at] = static_cast<char>(random() % 256); break;
            case 1: bytes.erase(at, 1 + random() % 8); break;
            case 2: bytes.insert(at, pieces[random() % pieces.size()]); break;
            default: bytes.resize(at); break;
        }
    }
    return bytes;
}

}  // namespace

TEST_CASE("damaged exports give diagnostics, never a crash", "[ingest][robustness]") {
    const std::vector<std::string> originals = {fileBytes(fixture("good/2025/jet-participants.xml")),
                                                fileBytes(fixture("good/2025/events.xml"))};
    std::mt19937 random(20250401);  // fixed: the same inputs on every run
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::string input = damaged(originals[static_cast<std::size_t>(i) % originals.size()], random);
        Diagnostics diagnostics;
        auto dataset = readExport(testCatalog(), "data/2025/damaged.xml", input, diagnostics);
        const int lines = static_cast<int>(std::count(input.begin(), input.end(), '\n')) + 1;
        bool located = std::all_of(diagnostics.all().begin(), diagnostics.all().end(), [&](const Diagnostic& d) {
            return !d.message.empty() && d.line >= 0 && d.line <= lines && d.column >= 0;
        });
        if (!dataset) ++rejected;
        if (!located || (!dataset && !diagnostics.hasErrors())) {
            INFO("input " << i << ":\n" << input);
            CHECK(located);
            CHECK((dataset || diagnostics.hasErrors()));
        }
    }
    CHECK(rejected > 0);  // the damage did reach the reader
}
