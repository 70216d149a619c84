#include "frame/trace.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace brochure::frame {
namespace {

std::string color(const Color& c) {
    const auto byte = [](double v) {
        return static_cast<unsigned>(std::lround(std::fmin(1.0, std::fmax(0.0, v)) * 255.0));
    };
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return buffer;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
            out += buffer;
            continue;
        }
        out += c;
    }
    return out + '"';
}

std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

struct ItemTracer {
    std::string& out;

    void operator()(const TextRun& t) const {
        out += "  text " + formatPoints(t.x) + "," + formatPoints(t.baseline) + " f" + std::to_string(t.font) +
               " " + formatPoints(t.size) + "pt w=" + formatPoints(t.width);
        if (!(t.color == Color{})) out += " " + color(t.color);
        if (!t.kerning.empty()) {
            out += " kern=";
            for (std::size_t i = 0; i < t.kerning.size(); ++i)
                out += (i ? "," : "") + std::to_string(t.kerning[i].offset) + ":" + formatPoints(t.kerning[i].dx);
        }
        out += " " + quoted(t.text) + "\n";
    }
    void operator()(const Rect& r) const {
        out += "  rect " + formatPoints(r.x) + "," + formatPoints(r.y) + " " + formatPoints(r.width) + "x" +
               formatPoints(r.height);
        if (r.filled) out += " fill=" + color(r.fill);
        if (r.strokeWidth > 0) out += " stroke=" + formatPoints(r.strokeWidth) + color(r.stroke);
        out += "\n";
    }
    void operator()(const Line& l) const {
        out += "  line " + formatPoints(l.x1) + "," + formatPoints(l.y1) + " " + formatPoints(l.x2) + "," +
               formatPoints(l.y2) + " w=" + formatPoints(l.width) + " " + color(l.color) + "\n";
    }
    void operator()(const ImagePlacement& i) const {
        out += "  image " + formatPoints(i.x) + "," + formatPoints(i.y) + " " + formatPoints(i.width) + "x" +
               formatPoints(i.height) + " " + quoted(i.path) + "\n";
    }
    void operator()(const Link& l) const {
        out += "  link " + formatPoints(l.x) + "," + formatPoints(l.y) + " " + formatPoints(l.width) + "x" +
               formatPoints(l.height) + (l.uri.empty() ? " dest=" + quoted(l.destination) : " uri=" + quoted(l.uri)) +
               "\n";
    }
    void operator()(const Destination& d) const { out += "  dest " + quoted(d.name) + " y=" + formatPoints(d.y) + "\n"; }
};

}  // namespace

std::string formatPoints(double value) {
    double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0) rounded = 0.0;  // no "-0.0"
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 1);
    return std::string(buffer, result.ptr);
}

std::string traceText(const Document& document) {
    std::string out;
    out += "document pages=" + std::to_string(document.pages.size()) + " title=" + quoted(document.metadata.title) + "\n";
    for (std::size_t i = 0; i < document.fonts.size(); ++i)
        out += "font f" + std::to_string(i) + " " + baseName(document.fonts[i].file) + " " +
               quoted(document.fonts[i].name) + "\n";
    for (const OutlineEntry& e : document.outline)
        out += "outline " + std::to_string(e.level) + " page=" + std::to_string(e.page + 1) + " y=" + formatPoints(e.y) +
               " " + quoted(e.title) + "\n";
    for (std::size_t i = 0; i < document.pages.size(); ++i) {
        const Page& page = document.pages[i];
        out += "page " + std::to_string(i + 1) + " label=" + quoted(page.label) + " " + formatPoints(page.width) + "x" +
               formatPoints(page.height) + "\n";
        ItemTracer tracer{out};
        for (const Item& item : page.items) std::visit(tracer, item);
    }
    return out;
}

}  // namespace brochure::frame
