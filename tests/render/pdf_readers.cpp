#include "pdf_readers.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <sstream>
#include <stdexcept>

namespace brochure::testing {

ProcessResult qpdfCheck(const std::string& pdf) { return runProcess({"qpdf", "--check", pdf}); }

std::string pdfText(const std::string& pdf, std::string& stderrOut) {
    ProcessResult result = runProcess({"pdftotext", "-enc", "UTF-8", pdf, "-"});
    stderrOut = result.err;
    std::string text = result.out;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\f')) text.pop_back();
    return text;
}

std::vector<FontInfo> pdfFonts(const std::string& pdf, std::string& stderrOut) {
    ProcessResult result = runProcess({"pdffonts", pdf});
    stderrOut = result.err;
    std::vector<FontInfo> fonts;
    std::istringstream lines(result.out);
    std::string line;
    int row = 0;
    while (std::getline(lines, line)) {
        if (row++ < 2) continue;  // header and dashes
        // name type... encoding emb sub uni object-id: the last five fields are fixed.
        std::istringstream fields(line);
        std::vector<std::string> words;
        for (std::string word; fields >> word;) words.push_back(word);
        if (words.size() < 7) continue;
        FontInfo font;
        font.name = words[0];
        std::size_t n = words.size();
        font.embedded = words[n - 5] == "yes";
        font.subset = words[n - 4] == "yes";
        font.unicode = words[n - 3] == "yes";
        for (std::size_t i = 1; i + 6 < n; ++i) font.type += (i > 1 ? " " : "") + words[i];
        fonts.push_back(font);
    }
    return fonts;
}

std::vector<std::vector<std::string>> pdfImages(const std::string& pdf) {
    ProcessResult result = runProcess({"pdfimages", "-list", pdf});
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(result.out);
    std::string line;
    int row = 0;
    while (std::getline(lines, line)) {
        if (row++ < 2) continue;
        std::istringstream fields(line);
        std::vector<std::string> words;
        for (std::string word; fields >> word;) words.push_back(word);
        // page num type width height color comp bpc enc ...
        if (words.size() >= 9) rows.push_back({words[2], words[3], words[4], words[5], words[8]});
    }
    return rows;
}

Poco::JSON::Object::Ptr qpdfJson(const std::string& pdf, const std::string& key) {
    ProcessResult result = runProcess({"qpdf", "--json=2", "--json-key=" + key, pdf});
    if (result.exitCode != 0) throw std::runtime_error("qpdf --json failed: " + result.err);
    Poco::JSON::Parser parser;
    return parser.parse(result.out).extract<Poco::JSON::Object::Ptr>();
}

namespace {
Poco::JSON::Object::Ptr objectTable(const Poco::JSON::Object::Ptr& qpdf) {
    return qpdf->getArray("qpdf")->getObject(1);
}
}  // namespace

std::vector<Poco::JSON::Object::Ptr> objectsWithSubtype(const Poco::JSON::Object::Ptr& qpdf, const std::string& subtype) {
    std::vector<Poco::JSON::Object::Ptr> found;
    auto table = objectTable(qpdf);
    for (const auto& [name, entry] : *table) {
        auto wrapper = entry.extract<Poco::JSON::Object::Ptr>();
        Poco::JSON::Object::Ptr dict;
        if (wrapper->has("value") && wrapper->isObject("value")) dict = wrapper->getObject("value");
        else if (wrapper->has("stream")) dict = wrapper->getObject("stream")->getObject("dict");
        if (dict && dict->has("/Subtype") && dict->getValue<std::string>("/Subtype") == subtype) found.push_back(dict);
    }
    return found;
}

Poco::Dynamic::Var objectValue(const Poco::JSON::Object::Ptr& qpdf, const std::string& reference) {
    return objectTable(qpdf)->getObject("obj:" + reference)->get("value");
}

}  // namespace brochure::testing
