#pragma once
// Every problem a user can cause is a Diagnostic value, printed the way compilers print them:
//   data/2025/jet.xml:14:7: error[D104]: 'cir' must be a whole number, got "8a"
// Codes are grouped by stage: D data, S store, L layout, T typesetting, R render, A app, I internal.

#include <string>
#include <vector>

namespace brochure {

enum class Severity { note, warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;     // e.g. "D104"
    std::string file;     // path as the user gave it; empty when not tied to a file
    int line = 0;         // 1-based; 0 = whole file
    int column = 0;       // 1-based, in characters; 0 = whole line
    std::string message;
    std::string hint;     // optional: "did you mean 'Philippines'?"
};

const char* severityName(Severity severity);

// "file:line:column: severity[CODE]: message" (+ "\n  hint: ..." when there is a hint).
std::string formatDiagnostic(const Diagnostic& diagnostic);

// Collects the diagnostics of a run. A stage reports everything it finds, then the caller
// checks hasErrors() and stops before writing any output.
class Diagnostics {
public:
    void report(Diagnostic diagnostic);
    void error(std::string code, std::string file, int line, int column, std::string message,
               std::string hint = {});
    void warning(std::string code, std::string file, int line, int column, std::string message,
                 std::string hint = {});

    bool hasErrors() const { return errors_ > 0; }
    std::size_t errorCount() const { return errors_; }
    std::size_t warningCount() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return items_; }
    void append(const Diagnostics& other);

private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// Thrown only across a stage boundary for a fault that stops the stage at once (an unreadable
// store, libharu refusing a call). The app turns it into a diagnostic; nothing aborts the process.
struct FatalError {
    Diagnostic diagnostic;
};

}  // namespace brochure
