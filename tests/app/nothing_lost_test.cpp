// Nothing lost on the page, read back from the PDF: a layout with a table cell, a box and
// flowing columns of 3,000 words each builds, and pdftotext finds every word.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace brochure::testing;

namespace {

std::string words(int count, const std::string& prefix) {
    std::string text;
    for (int i = 1; i <= count; ++i) text += (i > 1 ? " " : "") + prefix + std::to_string(i);
    return text;
}

int missingWords(const std::set<std::string>& seen, int count, const std::string& prefix) {
    int missing = 0;
    for (int i = 1; i <= count; ++i) missing += seen.count(prefix + std::to_string(i)) ? 0 : 1;
    return missing;
}

}  // namespace

TEST_CASE("every word of over-tall content reaches the PDF") {
    ProjectCopy project("nothing-lost");
    writeFile(project.layouts() + "/tall.xml", R"(<layout name="tall" output="tall.pdf" title="Tall">
  <master name="page" size="A4" margin="20mm 18mm">
    <footer align="center">{page}</footer>
  </master>
  <section title="Tall content">
    <paragraph>Opening paragraph before the table.</paragraph>
    <table name="notes" query="SELECT 'Note' AS label, ')" + words(3000, "cell") + R"(' AS text">
      <column field="label" title="Label" width="20%"/>
      <column field="text" title="Text"/>
    </table>
    <columns gap="18pt">
      <box><paragraph>)" + words(3000, "box") + R"(</paragraph></box>
      <box><paragraph>A short box.</paragraph></box>
    </columns>
    <columns count="2" balance="yes">
      <heading level="2">Flowing</heading>
      <paragraph>)" + words(3000, "flow") + R"(</paragraph>
    </columns>
  </section>
</layout>
)");
    ProcessResult r = project.run({"--quiet", "build", "--layout", "tall"});
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    ProcessResult text = runProcess({"pdftotext", project.pdf("tall.pdf"), "-"});
    REQUIRE(text.exitCode == 0);
    std::set<std::string> seen;
    std::istringstream in(text.out);
    for (std::string word; in >> word;) seen.insert(word);
    CHECK(missingWords(seen, 3000, "cell") == 0);
    CHECK(missingWords(seen, 3000, "box") == 0);
    CHECK(missingWords(seen, 3000, "flow") == 0);
}
