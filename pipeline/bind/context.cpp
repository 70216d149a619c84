#include "bind/context.h"

#include "core/printable_text.h"
#include "core/spelling.h"

#include <cctype>

namespace brochure::bind {

namespace {

bool isNameCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The parameters an SQL text uses, outside string literals, as written: SQLite takes :name,
// @name and $name alike (a '$' inside an identifier such as a$b is part of the name, not a
// parameter).
std::vector<std::string> parameterNames(const std::string& sql) {
    std::vector<std::string> names;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            continue;
        }
        if ((c != ':' && c != '@' && c != '$') || i + 1 >= sql.size()) continue;
        if (c != ':' && i > 0 && (isNameCharacter(sql[i - 1]) || sql[i - 1] == '$')) continue;
        std::size_t j = i + 1;
        while (j < sql.size() && isNameCharacter(sql[j])) ++j;
        if (j > i + 1) names.push_back(sql.substr(i, j - i));
        i = j - 1;
    }
    return names;
}

// Query results are the third place text enters (besides exports and layouts): SQL can make
// any text (char(65535), CAST of a blob, a store written by another program). Returns the first
// text value that cannot be printed, described for a diagnostic.
std::optional<std::string> unprintableValue(const ResultSet& result) {
    for (std::size_t r = 0; r < result.rows.size(); ++r) {
        for (std::size_t c = 0; c < result.rows[r].size(); ++c) {
            const auto* text = std::get_if<std::string>(&result.rows[r][c]);
            if (!text) continue;
            if (auto bad = findUnprintable(*text))
                return "row " + std::to_string(r + 1) + ", column '" +
                       (c < result.columns.size() ? result.columns[c] : std::to_string(c + 1)) + "' holds " +
                       bad->what + " (character " + std::to_string(bad->characters + 1) + " of the value)";
        }
    }
    return std::nullopt;
}

}  // namespace

std::string Context::expand(const std::string& text, SourcePosition at) const {
    if (text.find('{') == std::string::npos) return text;
    std::vector<std::string> unknown;
    std::string out = expandFields(text, fields, unknown);
    std::vector<std::string> known;
    for (const auto& [name, value] : fields) known.push_back(name);
    for (const auto& name : unknown)
        error("L204", at, "{" + name + "} names no field or parameter here", didYouMeanHint(name, known));
    return out;
}

std::string Context::text(const layoutdef::Node& node, const std::string& attribute,
                          const std::string& fallback) const {
    if (!node.has(attribute)) return fallback;
    return expand(node.get(attribute), node.where(attribute));
}

std::optional<ResultSet> Context::query(const layoutdef::Node& node, const std::string& attribute,
                                        const Params& extra) const {
    const std::string sql = node.get(attribute);
    SourcePosition at = node.where(attribute);
    Params bound;
    bool missing = false;
    for (const auto& name : parameterNames(sql)) {
        const std::string key = ":" + name.substr(1);  // run parameters are named ":year" whatever the sigil
        if (auto it = extra.find(key); it != extra.end()) bound[name] = it->second;
        else if (auto p = params.find(key); p != params.end()) bound[name] = p->second;
        else if (auto f = fields.find(name.substr(1)); f != fields.end()) bound[name] = f->second;
        else {
            std::vector<std::string> known;
            for (const auto& [n, v] : fields) known.push_back(":" + n);
            error("L202", at, "the query of <" + node.element + "> uses " + name + ", which this run does not have",
                  didYouMeanHint(name, known));
            missing = true;
        }
    }
    if (missing) return std::nullopt;
    try {
        ResultSet result = source.query(sql, bound);
        if (auto bad = unprintableValue(result)) {
            error("L208", at, "the query of <" + node.element + "> returned text that cannot be printed: " + *bad,
                  kUnprintableHint);
            return std::nullopt;
        }
        return result;
    } catch (const FatalError& fatal) {
        if (fatal.diagnostic.code == "S101") throw;  // the store file is damaged: not the query's fault
        error("L201", at, "the query of <" + node.element + "> failed: " + fatal.diagnostic.message,
              fatal.diagnostic.hint);
    } catch (const std::exception& e) {
        error("L201", at, "the query of <" + node.element + "> failed: " + e.what());
    }
    return std::nullopt;
}

std::optional<std::size_t> Context::column(const ResultSet& result, const layoutdef::Node& node,
                                           const std::string& attribute) const {
    const std::string field = node.get(attribute);
    int index = result.columnIndex(field);
    if (index >= 0) return static_cast<std::size_t>(index);
    std::string columns;
    for (const auto& c : result.columns) columns += (columns.empty() ? "" : ", ") + c;
    std::string hint = didYouMeanHint(field, result.columns);
    if (hint.empty()) hint = "the query's columns are: " + columns;
    error("L203", node.where(attribute), "'" + field + "' is not a column of the query", hint);
    return std::nullopt;
}

std::string Context::uniqueAnchor(const std::string& wanted) const {
    std::string base;
    for (char c : wanted) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) base += static_cast<char>(std::tolower(u));
        else if (!base.empty() && base.back() != '-') base += '-';
    }
    while (!base.empty() && base.back() == '-') base.pop_back();
    if (base.empty()) base = "section";
    std::string anchor = base;
    for (int n = 2; anchors->count(anchor); ++n) anchor = base + "-" + std::to_string(n);
    anchors->insert(anchor);
    return anchor;
}

}  // namespace brochure::bind
