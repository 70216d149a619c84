#include "print_readers.h"

#include "process.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace brochure::testing {
namespace {

// Text strings "(...)" can hold any bytes, operator names included: blank them out (balanced
// parentheses and backslash escapes, as PDF defines them).
std::string withoutStrings(const std::string& stream) {
    std::string out;
    out.reserve(stream.size());
    int depth = 0;
    for (std::size_t i = 0; i < stream.size(); ++i) {
        char c = stream[i];
        if (depth == 0) {
            if (c == '(') {
                depth = 1;
                out += "()";
            } else {
                out += c;
            }
        } else if (c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        }
    }
    return out;
}

}  // namespace

std::vector<PageBoxes> pageBoxes(const std::string& pdf) {
    ProcessResult info = runProcess({"pdfinfo", pdf});
    std::size_t at = info.out.find("Pages:");
    if (info.exitCode != 0 || at == std::string::npos) throw std::runtime_error("pdfinfo failed: " + info.err);
    int pages = std::stoi(info.out.substr(at + 6));
    ProcessResult boxes = runProcess({"pdfinfo", "-box", "-f", "1", "-l", std::to_string(pages), pdf});
    std::vector<PageBoxes> result(static_cast<std::size_t>(pages));
    std::istringstream lines(boxes.out);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::string word, name;
        int page = 0;
        PdfBox box;
        if (!(words >> word >> page >> name >> box.left >> box.bottom >> box.right >> box.top) || word != "Page") continue;
        if (page < 1 || page > pages) continue;
        PageBoxes& p = result[static_cast<std::size_t>(page - 1)];
        if (name == "MediaBox:") p.media = box;
        else if (name == "BleedBox:") p.bleed = box;
        else if (name == "TrimBox:") p.trim = box;
    }
    return result;
}

std::map<std::string, int> colourOperators(const std::string& pdf, std::vector<std::string>* streams) {
    const std::string qdf = pdf + ".qdf";
    ProcessResult run = runProcess({"qpdf", "--qdf", "--object-streams=disable", pdf, qdf});
    if (run.exitCode != 0) throw std::runtime_error("qpdf --qdf failed: " + run.err);
    const std::string text = readFile(qdf);
    std::map<std::string, int> counts;
    // QDF mode marks every page content stream with a "%% Contents for page N" comment.
    std::size_t at = 0;
    while ((at = text.find("%% Contents for page", at)) != std::string::npos) {
        std::size_t begin = text.find("stream\n", at);
        std::size_t end = text.find("endstream", begin);
        if (begin == std::string::npos || end == std::string::npos) break;
        std::string stream = text.substr(begin + 7, end - begin - 7);
        stream = withoutStrings(stream);
        std::istringstream tokens(stream);
        for (std::string token; tokens >> token;)
            if (std::isalpha(static_cast<unsigned char>(token[0])) || token == "'" || token == "\"") ++counts[token];
        if (streams) streams->push_back(std::move(stream));
        at = end;
    }
    return counts;
}

int GrayPage::at(double x, double y) const {
    int column = std::clamp(static_cast<int>(x * dpi / 72.0), 0, width - 1);
    int row = std::clamp(height - 1 - static_cast<int>(y * dpi / 72.0), 0, height - 1);
    return pixels[static_cast<std::size_t>(row) * width + column];
}

int GrayPage::darkest(double x1, double y1, double x2, double y2) const {
    int result = 255;
    const double step = 72.0 / dpi / 2;
    for (double y = y1; y <= y2; y += step)
        for (double x = x1; x <= x2; x += step) result = std::min(result, at(x, y));
    return result;
}

GrayPage renderGray(const std::string& pdf, int page, double dpi) {
    const std::string root = pdf + ".page" + std::to_string(page);
    ProcessResult run = runProcess({"pdftoppm", "-gray", "-r", std::to_string(static_cast<int>(dpi)), "-f",
                                    std::to_string(page), "-l", std::to_string(page), "-singlefile", pdf, root});
    if (run.exitCode != 0) throw std::runtime_error("pdftoppm failed: " + run.err);
    const std::string bytes = readFile(root + ".pgm");
    // Binary PGM: "P5\n<width> <height>\n255\n" then the pixels.
    std::istringstream header(bytes);
    std::string magic;
    GrayPage result;
    int maximum = 0;
    header >> magic >> result.width >> result.height >> maximum;
    if (magic != "P5" || maximum != 255) throw std::runtime_error("unexpected pdftoppm output for " + pdf);
    std::size_t start = static_cast<std::size_t>(header.tellg()) + 1;
    result.dpi = dpi;
    result.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.end());
    if (result.pixels.size() != static_cast<std::size_t>(result.width) * result.height)
        throw std::runtime_error("truncated pdftoppm output for " + pdf);
    return result;
}

}  // namespace brochure::testing
