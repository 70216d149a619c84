#pragma once
// Prints diagnostics for people (compiler style, coloured on a terminal only), for tools
// (JSON Lines) or for GitHub Actions (workflow commands that annotate the offending line).

#include "core/diagnostic.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace brochure::app {

enum class DiagnosticFormat { text, json, github };

std::optional<DiagnosticFormat> parseDiagnosticFormat(const std::string& name);

class DiagnosticPrinter {
public:
    DiagnosticPrinter(std::ostream& out, DiagnosticFormat format, bool colour);
    void print(const Diagnostic& diagnostic) const;
    void printAll(const Diagnostics& diagnostics) const;

private:
    std::ostream& out_;
    DiagnosticFormat format_;
    bool colour_;
};

// JSON string literal with escapes (shared by the JSON diagnostics and the manifest).
std::string jsonString(const std::string& text);

}  // namespace brochure::app
