#include "app/diagnostic_printer.h"

#include <cstdio>
#include <ostream>

namespace brochure::app {

std::optional<DiagnosticFormat> parseDiagnosticFormat(const std::string& name) {
    if (name == "text") return DiagnosticFormat::text;
    if (name == "json") return DiagnosticFormat::json;
    if (name == "github") return DiagnosticFormat::github;
    return std::nullopt;
}

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

namespace {

// GitHub workflow commands: properties escape %, \r, \n, ':' and ','; the message escapes %, \r, \n.
std::string githubEscape(const std::string& text, bool property) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ':') out += "%3A";
        else if (property && c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

const char* colourOf(Severity severity) {
    switch (severity) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;35m";
        case Severity::note: return "\x1b[1;36m";
    }
    return "";
}

}  // namespace

DiagnosticPrinter::DiagnosticPrinter(std::ostream& out, DiagnosticFormat format, bool colour)
    : out_(out), format_(format), colour_(colour) {}

void DiagnosticPrinter::print(const Diagnostic& d) const {
    switch (format_) {
        case DiagnosticFormat::text: {
            std::string text = formatDiagnostic(d);
            if (colour_) {
                // Colour only the "severity[CODE]" word, as compilers do.
                std::string word = std::string(severityName(d.severity)) + (d.code.empty() ? "" : "[" + d.code + "]");
                auto at = text.find(word);
                if (at != std::string::npos)
                    text = text.substr(0, at) + colourOf(d.severity) + word + "\x1b[0m" + text.substr(at + word.size());
            }
            out_ << text << '\n';
            break;
        }
        case DiagnosticFormat::json:
            out_ << "{\"severity\":" << jsonString(severityName(d.severity)) << ",\"code\":" << jsonString(d.code)
                 << ",\"file\":" << jsonString(d.file) << ",\"line\":" << d.line << ",\"column\":" << d.column
                 << ",\"message\":" << jsonString(d.message) << ",\"hint\":" << jsonString(d.hint) << "}\n";
            break;
        case DiagnosticFormat::github: {
            const char* command = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
            out_ << "::" << command << " ";
            std::string props;
            if (!d.file.empty()) props += "file=" + githubEscape(d.file, true);
            if (d.line > 0) props += ",line=" + std::to_string(d.line);
            if (d.column > 0) props += ",col=" + std::to_string(d.column);
            if (!d.code.empty()) props += std::string(props.empty() ? "" : ",") + "title=" + githubEscape(d.code, true);
            std::string message = d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
            out_ << props << "::" << githubEscape(message, false) << '\n';
            break;
        }
    }
}

void DiagnosticPrinter::printAll(const Diagnostics& diagnostics) const {
    for (const auto& d : diagnostics.all()) print(d);
}

}  // namespace brochure::app
