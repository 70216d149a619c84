// D1xx: files, XML and the shape of an export.

#include "ingest_fixture.h"

#include "process.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

TEST_CASE("a good export: typed cells with provenance", "[ingest]") {
    Diagnostics diagnostics;
    auto datasets = readExports(testCatalog(), {fixture("good")}, diagnostics);
    INFO(diagnostics.all().size());
    CHECK(diagnostics.all().empty());
    REQUIRE(datasets.size() == 2);
    // Sorted by file name, whatever order the folder lists them in.
    CHECK(datasets[0].name == "events");
    CHECK(datasets[1].name == "jet-participants");
    const Dataset& jet = datasets[1];
    CHECK(jet.year == 2025);
    CHECK(jet.file == fixture("good") + "/2025/jet-participants.xml");
    REQUIRE(jet.records.size() == 2);
    const Record& philippines = jet.records[1];
    CHECK(philippines.line == 4);
    CHECK(philippines.column == 3);
    CHECK(philippines.seq == 2);
    CHECK(philippines.cells[0].value == Value{std::int64_t{2024}});            // "FY2024"
    CHECK(philippines.cells[1].value == Value{std::string("Philippines")});    // "Philippine"
    CHECK(isNull(philippines.cells[4].value));                                 // "-"

    const Record& seminar = datasets[0].records[0];
    CHECK(seminar.cells[2].value == Value{std::string("'95-'21")});
    CHECK(seminar.cells[2].period == YearRange{1995, 2021});
    CHECK(seminar.cells[3].value == Value{std::int64_t{8}});  // Aug
    CHECK(seminar.cells[4].value == Value{std::int64_t{-3}});
    const Record& fair = datasets[0].records[1];
    CHECK(fair.cells[9].value == Value{std::string("A long text wrapped over lines.")});
    CHECK(isNull(fair.cells[2].value));  // optional, left out
}

TEST_CASE("D100: a file or folder that does not exist", "[ingest][diagnostics]") {
    Diagnostics diagnostics;
    auto datasets = readExports(testCatalog(), {"no/such/folder"}, diagnostics);
    CHECK(datasets.empty());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "D100");
    CHECK(diagnostics.all()[0].file == "no/such/folder");
    CHECK(diagnostics.all()[0].message == "no such file or folder");
}

namespace {
// A file system whose files cannot be read, as when permissions forbid it.
class UnreadableWorld : public World {
public:
    FileContents readFile(const std::string&) const override { return {{}, "Permission denied"}; }
};
}  // namespace

TEST_CASE("D100: a file that cannot be read gives the reason", "[ingest][diagnostics]") {
    Diagnostics diagnostics;
    UnreadableWorld world;
    std::string file = fixture("good/2025/events.xml");
    auto datasets = readExports(testCatalog(), {file}, diagnostics, world);
    CHECK(datasets.empty());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(formatDiagnostic(diagnostics.all()[0]) == file + ": error[D100]: cannot read the file: Permission denied");
}

TEST_CASE("D101: malformed XML is reported where pugixml stopped", "[ingest][diagnostics]") {
    auto result = readText("<export dataset=\"events\" year=\"2025\">\n  <row name=\"a\" fiscal-year=\"2024\">\n</export>\n");
    CHECK_FALSE(result.dataset);
    auto d = result.only("D101");
    checkAt(d, "malformed XML: Start-end tags mismatch", 3, 3);
}

TEST_CASE("D102: a file that is not an export", "[ingest][diagnostics]") {
    auto result = readText("<?xml version=\"1.0\"?>\n<schema/>\n");
    CHECK_FALSE(result.dataset);
    auto d = result.only("D102");
    checkAt(d, "not an export: the root element is <schema>, expected <export>", 2, 1);
}

TEST_CASE("D103: the export's own attributes", "[ingest][diagnostics]") {
    SECTION("no dataset") {
        auto d = readText("<export year=\"2025\"/>").only("D103");
        checkAt(d, "<export> needs a dataset=\"...\" attribute naming a dataset of schema.xml", 1, 1);
    }
    SECTION("a year that is not a year") {
        auto d = readText("<export dataset=\"events\" year=\"FY25\"/>").only("D103");
        CHECK(d.message == "the export's year must be a year such as 2025, got \"FY25\"");
        CHECK(d.column == 26);
    }
    SECTION("an attribute given twice") {
        auto d = readText("<export dataset=\"events\" year=\"2025\" year=\"2026\"/>").only("D103");
        CHECK(d.message == "attribute 'year' is given twice on <export>");
        CHECK(d.column == 38);
    }
    SECTION("an unknown attribute, with the closest known one") {
        auto d = readText("<export dataset=\"events\" year=\"2025\" yaer=\"2024\"/>").only("D103");
        CHECK(d.message == "unknown attribute 'yaer' on <export>");
        CHECK(d.hint == "did you mean 'year'?");
        CHECK(d.column == 38);
    }
}

TEST_CASE("D104: an unknown dataset, with the closest one", "[ingest][diagnostics]") {
    auto result = readText("<export dataset=\"jet-participant\" year=\"2025\"/>");
    CHECK_FALSE(result.dataset);
    auto d = result.only("D104");
    CHECK(d.message == "unknown dataset 'jet-participant'");
    CHECK(d.hint == "did you mean 'jet-participants'?");
    CHECK(d.column == 9);
}

TEST_CASE("D105: an export whose year is not its folder's", "[ingest][diagnostics]") {
    Diagnostics diagnostics;
    readExports(testCatalog(), {fixture("wrong-folder")}, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.code == "D105");
    CHECK(d.file == fixture("wrong-folder") + "/2024/events.xml");
    checkAt(d, "the export says year=\"2025\" but it is in the folder 2024", 2, 26);
}

TEST_CASE("D106: elements and text that do not belong in an export", "[ingest][diagnostics]") {
    auto result = readText(exportOf("fairs", "  <rows fair=\"x\"/>\n  stray text\n"));
    REQUIRE(result.diagnostics.all().size() == 2);
    const Diagnostic& element = result.diagnostics.all()[0];
    CHECK(element.code == "D106");
    checkAt(element, "unexpected element <rows> in <export>", 2, 3);
    CHECK(element.hint == "did you mean 'row'?");
    const Diagnostic& text = result.diagnostics.all()[1];
    CHECK(text.code == "D106");
    CHECK(text.message == "unexpected text in <export>: only <row> and <total> elements belong there");
}

TEST_CASE("D107: an unknown column, as attribute or element, with the closest name", "[ingest][diagnostics]") {
    auto result = readText(exportOf("jet-participants",
                                    "  <row fiscal-year=\"2024\" country=\"Thailand\" alt=\"0\" cir=\"6\" sae=\"0\"/>\n"
                                    "  <row fiscal-year=\"2024\" country=\"Vietnam\" alt=\"0\" cir=\"28\">\n"
                                    "    <seas>0</seas>\n"
                                    "  </row>\n"));
    REQUIRE(result.codes() == std::vector<std::string>{"D107", "D200", "D107", "D200"});
    const Diagnostic& attribute = result.diagnostics.all()[0];
    checkAt(attribute, "unknown column 'sae' in dataset 'jet-participants'", 2, 62);
    CHECK(attribute.hint == "did you mean 'sea'?");
    const Diagnostic& element = result.diagnostics.all()[2];
    checkAt(element, "unknown column 'seas' in dataset 'jet-participants'", 4, 5);
    CHECK(element.hint == "did you mean 'sea'?");
}

TEST_CASE("D108: a value given both as attribute and as element", "[ingest][diagnostics]") {
    auto d = readText(exportOf("events", "  <row name=\"a\" fiscal-year=\"2024\" note=\"short\">\n"
                                         "    <note>long</note>\n"
                                         "  </row>\n"))
                 .only("D108");
    checkAt(d, "'note' is given twice in this row (first at 2:36)", 3, 5);
}

TEST_CASE("D108: an attribute repeated in one row (which XML parsers may let through)", "[ingest][diagnostics]") {
    auto d = readText(exportOf("fairs", "  <row fair=\"x\" country=\"Thailand\" month=\"May\" month=\"June\"/>\n")).only("D108");
    checkAt(d, "'month' is given twice in this row (first at 2:36)", 2, 48);
}

TEST_CASE("D109: markup inside a value element", "[ingest][diagnostics]") {
    auto d = readText(exportOf("events", "  <row name=\"a\" fiscal-year=\"2024\"><note>a <b>bold</b> word</note></row>\n"))
                 .only("D109");
    checkAt(d, "the value <note> may hold only text, not elements", 2, 36);
}

TEST_CASE("D110: two exports of one dataset and year", "[ingest][diagnostics]") {
    Diagnostics diagnostics;
    auto datasets = readExports(testCatalog(), {fixture("two-of-one")}, diagnostics);
    CHECK(datasets.size() == 1);  // the first file (in sorted order) is kept
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.code == "D110");
    CHECK(d.file == fixture("two-of-one") + "/2025/jet.xml");
    CHECK(d.message == "a second export of dataset 'jet-participants' for 2025 (the first is " + fixture("two-of-one") +
                           "/2025/jet-participants.xml)");
}

TEST_CASE("D111: a folder that cannot be read", "[ingest][diagnostics]") {
    if (geteuid() == 0) {
        WARN("skipped: root reads every folder, so an unreadable one cannot be made");
        return;
    }
    brochure::testing::TempDir temp("ingest-unreadable");
    std::string folder = temp.file("locked");
    REQUIRE(mkdir(folder.c_str(), 0) == 0);
    Diagnostics diagnostics;
    readExports(testCatalog(), {folder}, diagnostics);
    chmod(folder.c_str(), 0700);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "D111");
    CHECK(diagnostics.all()[0].file == folder);
}

TEST_CASE("D112: a folder without exports is a warning", "[ingest][diagnostics]") {
    Diagnostics diagnostics;
    auto datasets = readExports(testCatalog(), {fixture("empty")}, diagnostics);
    CHECK(datasets.empty());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "D112");
    CHECK(diagnostics.all()[0].severity == Severity::warning);
    CHECK_FALSE(diagnostics.hasErrors());
}

TEST_CASE("a folder is searched for <year>/*.xml only: schema.xml and countries.xml are no exports", "[ingest]") {
    Diagnostics diagnostics;
    auto files = findExportFiles({BROCHURE_SOURCE_DIR "/data"}, diagnostics);
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        CHECK(file.find("/schema.xml") == std::string::npos);
        CHECK(file.find("/countries.xml") == std::string::npos);
    }
    CHECK(std::is_sorted(files.begin(), files.end()));
    // Naming a file twice (or a file and its folder) reads it once.
    auto twice = findExportFiles({fixture("good"), fixture("good/2025/events.xml")}, diagnostics);
    CHECK(twice.size() == 2);
}

TEST_CASE("every problem of a run is reported, not only the first", "[ingest][diagnostics]") {
    auto result = readText(exportOf("jet-participants",
                                    "  <row fiscal-year=\"2024\" country=\"Thailnd\" alt=\"8a\" cir=\"6\" sea=\"0\"/>\n"
                                    "  <row fiscal-year=\"24\" country=\"Vietnam\" alt=\"0\" cir=\"28\" sea=\"0\"/>\n"));
    CHECK(result.codes() == std::vector<std::string>{"D206", "D202", "D203"});
}
