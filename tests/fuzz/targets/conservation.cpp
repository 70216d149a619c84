// Fuzz target for the conservation property of issue 14: the input's bytes drive the same layout
// generator as test_conservation (tests/conservation), and the document it makes must pass the
// same oracle: every bound word in the PDF's text, every item in its page's frame, a refusal
// only with located diagnostics. The fuzzer explores layouts the seeded suite does not reach.

#include "targets.h"

#include "choices.h"
#include "conservation_oracle.h"
#include "layout_generator.h"

namespace brochure::fuzz {

std::string conservation(std::string_view input) {
    conservation::ByteChoices choices(input);
    const conservation::GeneratedLayout layout = conservation::generateLayout(choices);
    conservation::DocumentRun run = conservation::runDocument(layout.xml);
    if (run.pdf) conservation::checkWords(run, conservation::pdfTexts({&*run.pdf}).front());
    if (run.problems.empty()) return {};
    std::string report;
    for (const auto& problem : run.problems)
        report += std::string(conservation::findingName(problem.kind)) + ": " + problem.detail + "\n";
    return report + "layout: " + layout.summary;
}

}  // namespace brochure::fuzz
