#include "core/diagnostic.h"

#include "core/accepted_warnings.h"

namespace brochure {

const char* severityName(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.file.empty()) {
        out += d.file;
        if (d.line > 0) {
            out += ':' + std::to_string(d.line);
            if (d.column > 0) out += ':' + std::to_string(d.column);
        }
        out += ": ";
    }
    out += severityName(d.severity);
    if (!d.code.empty()) out += '[' + d.code + ']';
    out += ": ";
    out += d.message;
    if (!d.hint.empty()) out += "\n  hint: " + d.hint;
    return out;
}

void Diagnostics::report(Diagnostic diagnostic) {
    if (const AcceptedWarning* accepted = acceptedBy(diagnostic)) {
        diagnostic.severity = Severity::note;
        diagnostic.message += " (accepted: diagnostics.accept = " + accepted->text + ")";
    }
    if (diagnostic.severity == Severity::error) ++errors_;
    if (diagnostic.severity == Severity::warning) ++warnings_;
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string code, std::string file, int line, int column,
                        std::string message, std::string hint) {
    report({Severity::error, std::move(code), std::move(file), line, column, std::move(message),
            std::move(hint)});
}

void Diagnostics::warning(std::string code, std::string file, int line, int column,
                          std::string message, std::string hint) {
    report({Severity::warning, std::move(code), std::move(file), line, column, std::move(message),
            std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.all()) report(d);
}

}  // namespace brochure
