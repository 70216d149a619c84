#pragma once
// The keys brochure.properties and -D may set. A key that is not one of them is a mistake
// ("print.blead", "foo.bar") and an error naming the closest known key: a misspelt setting that
// is silently ignored leaves the user believing it took effect.

#include "core/diagnostic.h"

#include <string>
#include <utility>
#include <vector>

namespace brochure::app {

const std::vector<std::string>& knownSettingKeys();

// A004 for every key of the properties file (located at its line) that is not known.
void checkPropertiesFileKeys(const std::string& path, Diagnostics& diagnostics);

// A005 for every -D KEY=VALUE whose key is not known (a usage error: it was typed on the command line).
void checkDefinedKeys(const std::vector<std::pair<std::string, std::string>>& defines, Diagnostics& diagnostics);

}  // namespace brochure::app
