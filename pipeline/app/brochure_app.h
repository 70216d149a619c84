#pragma once
// The command line: `brochure [options] check|ingest|build`, configured by brochure.properties
// with any key overridable by -D key=value.

#include "app/command.h"

#include <Poco/Util/Application.h>

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
    void useInstalledLayoutsAndFonts();

    bool helpRequested_ = false;
    bool versionRequested_ = false;
    std::string configFile_;
    std::vector<std::pair<std::string, std::string>> defines_;
    RunOptions options_;
    std::string usageError_;
};

}  // namespace brochure::app
