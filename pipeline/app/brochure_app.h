#pragma once
// The command line: `brochure [options] check|ingest|build`, configured by brochure.properties
// with any key overridable by -D key=value.

#include "app/command.h"
#include "app/terminal.h"

#include <Poco/Util/Application.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace brochure::app {

class BrochureApp : public Poco::Util::Application {
public:
    BrochureApp();

protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    void printHelp() const;
    std::string findPropertiesFile() const;
    std::optional<Settings> loadSettings(Diagnostics& problems);
    std::string describeProject(const Settings& settings) const;

    bool helpRequested_ = false;
    bool versionRequested_ = false;
    std::string configFile_;
    std::string properties_;  // the settings file in use; empty: none (installed layouts and fonts)
    std::vector<std::pair<std::string, std::string>> defines_;
    RunOptions options_;
    ColourChoice colour_ = ColourChoice::automatic;
    std::string usageError_;
};

}  // namespace brochure::app
