#include "app/manifest.h"

#include "app/diagnostic_printer.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <optional>
#include <sstream>

namespace brochure::app {

std::map<std::string, ManifestEntry> readManifest(const OutputFolder& out) {
    std::map<std::string, ManifestEntry> entries;
    std::optional<std::string> text = out.read(kManifestName);
    if (!text) return entries;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(*text).extract<Poco::JSON::Object::Ptr>();
        auto outputs = root->getArray("outputs");
        if (!outputs) return entries;
        for (std::size_t i = 0; i < outputs->size(); ++i) {
            auto o = outputs->getObject(static_cast<unsigned>(i));
            if (!o) continue;
            ManifestEntry e;
            e.path = o->optValue<std::string>("path", "");
            e.layout = o->optValue<std::string>("layout", "");
            e.year = o->optValue<int>("year", 0);
            if (auto inputs = o->getObject("inputs"))
                for (const auto& [k, v] : *inputs) e.inputs[k] = v.toString();
            e.pages = o->optValue<int>("pages", 0);
            e.bytes = o->optValue<long long>("bytes", 0);
            e.sha256 = o->optValue<std::string>("sha256", "");
            e.fingerprint = o->optValue<std::string>("fingerprint", "");
            if (auto params = o->getObject("parameters"))
                for (const auto& [k, v] : *params) e.parameters[k] = v.toString();
            if (!e.path.empty()) entries[e.path] = e;
        }
    } catch (const std::exception&) {
        entries.clear();  // a damaged manifest only costs a full rebuild
    }
    return entries;
}

namespace {

// {"key": "value", ...}: the string members of an entry, sorted by key.
std::string jsonObject(const std::map<std::string, std::string>& members) {
    std::string json = "{";
    for (const auto& [key, value] : members) json += (json.size() > 1 ? ", " : "") + jsonString(key) + ": " + jsonString(value);
    return json + "}";
}

}  // namespace

std::string manifestJson(std::vector<ManifestEntry> entries) {
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    std::ostringstream json;
    json << "{\n  \"generator\": \"brochure\",\n  \"outputs\": [";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        json << (i ? ",\n" : "\n") << "    {\"path\": " << jsonString(e.path) << ", \"layout\": " << jsonString(e.layout)
             << ", \"year\": " << e.year << ", \"pages\": " << e.pages << ", \"bytes\": " << e.bytes
             << ", \"sha256\": " << jsonString(e.sha256) << ", \"fingerprint\": " << jsonString(e.fingerprint)
             << ", \"parameters\": " << jsonObject(e.parameters) << ", \"inputs\": " << jsonObject(e.inputs) << "}";
    }
    json << "\n  ]\n}\n";
    return json.str();
}

}  // namespace brochure::app
