// The catalog: data/schema.xml and data/countries.xml, and D120-D123 for mistakes in them.

#include "ingest_fixture.h"

#include <map>

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

namespace {

// Files held in memory: a schema.xml and a countries.xml per test.
class MemoryWorld : public World {
public:
    std::map<std::string, std::string> files;
    FileContents readFile(const std::string& path) const override {
        auto found = files.find(path);
        if (found == files.end()) return {{}, "No such file or directory"};
        return {found->second, {}};
    }
};

const std::string goodCountries =
    "<countries>\n"
    "  <country name=\"Thailand\" slug=\"thailand\" region=\"ASEAN\"/>\n"
    "</countries>\n";
const std::string goodSchema =
    "<schema>\n"
    "  <dataset name=\"d\"><column name=\"c\" type=\"text\"/></dataset>\n"
    "</schema>\n";

struct CatalogResult {
    std::optional<Catalog> catalog;
    Diagnostics diagnostics;
    Diagnostic only(const std::string& code) const { return onlyDiagnostic(diagnostics, code); }
};

CatalogResult loadFrom(const std::string& schema, const std::string& countries) {
    MemoryWorld world;
    world.files["schema.xml"] = schema;
    world.files["countries.xml"] = countries;
    CatalogResult result;
    result.catalog = loadCatalogFiles("schema.xml", "countries.xml", result.diagnostics, world);
    return result;
}

// A schema with one dataset "d" whose columns are `columns` (line 3 onwards).
CatalogResult schemaWithColumns(const std::string& columns) {
    return loadFrom("<schema>\n  <dataset name=\"d\">\n" + columns + "  </dataset>\n</schema>\n", goodCountries);
}

}  // namespace

TEST_CASE("the real catalog: 14 datasets, 12 countries in the brochure's order, the aliases", "[ingest][catalog]") {
    Diagnostics diagnostics;
    auto catalog = loadCatalog(BROCHURE_SOURCE_DIR "/data", diagnostics);
    REQUIRE(catalog);
    CHECK(diagnostics.all().empty());
    CHECK(catalog->datasets.size() == 14);
    std::vector<std::string> names;
    for (const auto& country : catalog->countries) names.push_back(country.name);
    CHECK(names == std::vector<std::string>{"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar",
                                            "Philippines", "Singapore", "Thailand", "Vietnam", "India", "Sri Lanka"});
    CHECK(catalog->country("Brunei Darussalam")->name == "Brunei");
    CHECK(catalog->country("Philippine")->name == "Philippines");
    CHECK(catalog->country("Viet Nam")->name == "Vietnam");
    CHECK(catalog->country("Lao PDR")->name == "Laos");
    CHECK(catalog->country("Burma")->name == "Myanmar");
    CHECK(catalog->country("Sri Lanka")->slug == "sri-lanka");
    CHECK(catalog->country("India")->region == "South Asia");

    const DatasetSchema* jet = catalog->dataset("jet-participants");
    REQUIRE(jet);
    // The new numbers of every year are never carried into the next edition; the rest is.
    CHECK_FALSE(jet->carried);
    CHECK_FALSE(catalog->dataset("seminar-participants")->carried);
    CHECK(catalog->dataset("content")->carried);
    CHECK(jet->table == "jet_participants");
    CHECK(jet->columns[0].sqlName == "fiscal_year");
    CHECK(jet->keyColumns() == std::vector<std::size_t>{0, 1});
}

TEST_CASE("D100/D101: a catalog file that is missing or malformed", "[ingest][catalog][diagnostics]") {
    Diagnostics diagnostics;
    MemoryWorld world;
    world.files["schema.xml"] = "<schema>\n  <dataset name=\"d\">\n</schema>\n";
    CHECK_FALSE(loadCatalogFiles("schema.xml", "countries.xml", diagnostics, world));
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(formatDiagnostic(diagnostics.all()[0]) == "schema.xml:3:3: error[D101]: malformed XML: Start-end tags mismatch");
    CHECK(formatDiagnostic(diagnostics.all()[1]) ==
          "countries.xml: error[D100]: cannot read the file: No such file or directory");
}

TEST_CASE("D120: the structure of schema.xml and countries.xml", "[ingest][catalog][diagnostics]") {
    SECTION("a misspelt element, with the right one") {
        auto d = schemaWithColumns("    <column name=\"c\" type=\"text\"/>\n    <colum name=\"d\" type=\"text\"/>\n")
                     .only("D120");
        checkAt(d, "unexpected element <colum> in <dataset>", 4, 5);
        CHECK(d.hint == "did you mean 'column'?");
    }
    SECTION("a column without a type") {
        auto d = schemaWithColumns("    <column name=\"c\"/>\n").only("D120");
        CHECK(d.message == "<column> needs a type=\"...\" attribute");
        CHECK(d.line == 3);
    }
    SECTION("an unknown attribute") {
        auto d = schemaWithColumns("    <column name=\"c\" type=\"text\" optinal=\"yes\"/>\n").only("D120");
        CHECK(d.message == "unknown attribute 'optinal' on <column>");
        CHECK(d.hint == "did you mean 'optional'?");
        CHECK(d.column == 34);
    }
    SECTION("the wrong root element") {
        auto d = loadFrom(goodSchema, "<country name=\"X\"/>").only("D120");
        CHECK(d.message == "expected <countries> as the root element, found <country>");
    }
}

TEST_CASE("D121: an unknown column type, with the closest type", "[ingest][catalog][diagnostics]") {
    auto result = schemaWithColumns("    <column name=\"c\" type=\"cuont\"/>\n");
    CHECK_FALSE(result.catalog);
    auto d = result.only("D121");
    checkAt(d, "unknown column type \"cuont\"", 3, 22);
    CHECK(d.hint == "did you mean 'count'?");
}

TEST_CASE("D122: a name given twice", "[ingest][catalog][diagnostics]") {
    SECTION("a column") {
        auto d = schemaWithColumns("    <column name=\"c\" type=\"text\"/>\n    <column name=\"c\" type=\"count\"/>\n").only("D122");
        CHECK(d.message == "column 'c' is declared twice in dataset 'd'");
        CHECK(d.line == 4);
    }
    SECTION("a period's stored columns clash with another column") {
        auto d = schemaWithColumns("    <column name=\"p\" type=\"period\"/>\n    <column name=\"p-start\" type=\"integer\"/>\n")
                     .only("D122");
        CHECK(d.message == "dataset 'd' would have two columns named 'p_start' in the store");
    }
    SECTION("a country alias that is another country's name") {
        auto d = loadFrom(goodSchema, "<countries>\n"
                                      "  <country name=\"Laos\" slug=\"laos\" region=\"ASEAN\"/>\n"
                                      "  <country name=\"Lao PDR\" slug=\"lao\" region=\"ASEAN\"><alias>LAOS</alias></country>\n"
                                      "</countries>\n")
                     .only("D122");
        checkAt(d, "the country name or alias \"LAOS\" is given twice", 3, 53);
    }
}

TEST_CASE("D123: attribute values schema.xml cannot use", "[ingest][catalog][diagnostics]") {
    SECTION("key must be yes or no") {
        auto d = schemaWithColumns("    <column name=\"c\" type=\"text\" key=\"true\"/>\n").only("D123");
        CHECK(d.message == "'key' must be \"yes\" or \"no\", got \"true\"");
        CHECK(d.column == 34);
    }
    SECTION("names become SQL identifiers, so they are kept plain") {
        auto d = schemaWithColumns("    <column name=\"Fiscal Year\" type=\"text\"/>\n").only("D123");
        CHECK(d.message ==
              "the column name \"Fiscal Year\" may use only lower-case letters, digits and single '-', starting with a letter");
    }
    SECTION("values= on a column that is not text") {
        auto d = schemaWithColumns("    <column name=\"c\" type=\"count\" values=\"1 2\"/>\n").only("D123");
        CHECK(d.message == "values=\"...\" is allowed on text columns only");
    }
    SECTION("carry is latest or no") {
        auto d = loadFrom("<schema><dataset name=\"d\" carry=\"yes\"><column name=\"c\" type=\"text\"/></dataset></schema>",
                          goodCountries)
                     .only("D123");
        CHECK(d.message == "'carry' must be \"latest\" or \"no\", got \"yes\"");
    }
    SECTION("the store's own table names are reserved") {
        auto d = loadFrom("<schema><dataset name=\"country\"><column name=\"c\" type=\"text\"/></dataset></schema>",
                          goodCountries)
                     .only("D123");
        CHECK(d.message == "the dataset name 'country' is reserved for the store's own table");
    }
}
