#include "app/brochure_app.h"

#include <Poco/AutoPtr.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <cstdlib>
#include <iostream>
#include <unistd.h>

#include "core/source_date.h"

#ifndef BROCHURE_VERSION
#define BROCHURE_VERSION "0.0.0"
#endif
#ifndef BROCHURE_INSTALLED_DATA
#define BROCHURE_INSTALLED_DATA "/usr/share/brochure"
#endif

namespace brochure::app {

using Poco::Util::Option;

namespace {

// SOURCE_DATE_EPOCH set to something that is not a date a PDF can hold is a mistake in how the
// program was started, like a bad option: say so before anything runs.
std::string sourceDateEpochError() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || parseSourceDateEpoch(epoch)) return {};
    return "the environment variable SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to " +
           std::to_string(kLatestSourceDate) + " (the end of the year 9999), got '" + std::string(epoch) + "'";
}

}  // namespace

BrochureApp::BrochureApp() {
    setUnixOptions(true);
}

void BrochureApp::defineOptions(Poco::Util::OptionSet& options) {
    Application::defineOptions(options);
    options.addOption(Option("help", "h", "show this help and exit"));
    options.addOption(Option("version", "V", "print the version and exit"));
    options.addOption(Option("config", "c", "read settings from FILE instead of brochure.properties")
                          .argument("FILE"));
    options.addOption(Option("define", "D", "override a setting, e.g. -D paths.out=/tmp/out")
                          .argument("KEY=VALUE").repeatable(true));
    options.addOption(Option("year", "y", "build the edition of fiscal year FY (default: build.year)")
                          .argument("FY"));
    options.addOption(Option("country", "", "build the handout of one country only").argument("NAME"));
    options.addOption(Option("layout", "", "build only the documents of layouts/NAME.xml").argument("NAME"));
    options.addOption(Option("jobs", "j", "documents built at once (default: number of cores)").argument("N"));
    options.addOption(Option("force", "f", "rebuild every output even when it is up to date"));
    options.addOption(Option("quiet", "q", "one plain line per document, no live progress"));
    options.addOption(Option("werror", "", "treat warnings as errors"));
    options.addOption(Option("profile", "", "print the time spent in each stage"));
    options.addOption(Option("diagnostics", "", "diagnostics format: text (default), json, github")
                          .argument("FORMAT"));
    options.addOption(Option("edition", "", "build only the screen or only the print editions "
                                            "(default: every edition the layouts declare)")
                          .argument("screen|print"));
    options.addOption(Option("crop-marks", "", "print editions get crop and registration marks"));
}

void BrochureApp::handleOption(const std::string& name, const std::string& value) {
    Application::handleOption(name, value);
    auto number = [&](const std::string& what) -> std::optional<int> {
        try {
            std::size_t used = 0;
            int n = std::stoi(value, &used);
            if (used == value.size()) return n;
        } catch (const std::exception&) {
        }
        usageError_ = "--" + name + " expects " + what + ", got '" + value + "'";
        return std::nullopt;
    };
    if (name == "help") helpRequested_ = true;
    else if (name == "version") versionRequested_ = true;
    else if (name == "config") configFile_ = value;
    else if (name == "define") {
        auto eq = value.find('=');
        if (eq == std::string::npos || eq == 0) usageError_ = "-D expects KEY=VALUE, got '" + value + "'";
        else defines_.emplace_back(value.substr(0, eq), value.substr(eq + 1));
    } else if (name == "year") {
        options_.year = number("a fiscal year such as 2025");
        if (options_.year && (*options_.year < kFirstYear || *options_.year > kLastYear))
            usageError_ = "--year expects a fiscal year from " + std::to_string(kFirstYear) + " to " +
                          std::to_string(kLastYear) + ", got '" + value + "'";
    }
    else if (name == "country") options_.country = value;
    else if (name == "layout") options_.layout = value;
    else if (name == "jobs") {
        if (auto n = number("a number of jobs"); n && *n >= 1) options_.jobs = *n;
        else if (usageError_.empty()) usageError_ = "--jobs expects a number of at least 1";
    } else if (name == "force") options_.force = true;
    else if (name == "quiet") options_.quiet = true;
    else if (name == "werror") options_.werror = true;
    else if (name == "profile") options_.profile = true;
    else if (name == "crop-marks") options_.cropMarks = true;
    else if (name == "edition") {
        if (value == "screen" || value == "print") options_.edition = value;
        else usageError_ = "--edition expects screen or print, got '" + value + "'";
    }
    else if (name == "diagnostics") {
        if (auto format = parseDiagnosticFormat(value)) options_.diagnostics = *format;
        else usageError_ = "--diagnostics expects text, json or github, got '" + value + "'";
    }
}

void BrochureApp::printHelp() const {
    Poco::Util::HelpFormatter help(options());
    help.setCommand("brochure");
    help.setUsage("[options] check | ingest [FILES|DIRS] | build");
    help.setHeader(
        "Builds the activities brochure and its country handouts from XML data exports and layouts.\n\n"
        "Commands:\n"
        "  check    validate every export and layout and resolve every query; writes nothing\n"
        "  ingest   validate exports (default: the data folder) and load them into the store\n"
        "  build    ingest the data folder, then write the brochure and every handout to the out folder\n");
    help.setFooter("Settings come from brochure.properties (paths.data, paths.layouts, paths.fonts, paths.out, "
                   "paths.store, build.year, print.*); any of them can be overridden with -D KEY=VALUE.\n"
                   "The print edition (docs/print.md): print.bleed, print.crop-marks, print.output-profile, "
                   "print.output-condition, print.minimum-ppi.\n"
                   "Exit codes: 0 success, 64 usage, 65 bad input data, 70 internal fault, 73 cannot write output.");
    help.setUnixStyle(true);
    help.setWidth(100);
    help.format(std::cout);
}

// The project is the folder of brochure.properties: the current folder or the nearest one above
// it (so the program works from any subfolder, like git), unless -c names the file.
std::string BrochureApp::findPropertiesFile() const {
    if (!configFile_.empty()) return configFile_;
    if (Poco::File("brochure.properties").exists()) return "brochure.properties";  // shown as typed
    Poco::Path dir = Poco::Path::forDirectory(Poco::Path::current());
    for (;;) {
        Poco::Path candidate(dir, "brochure.properties");
        if (Poco::File(candidate).exists()) return candidate.toString();
        if (dir.depth() == 0) return {};
        dir.popDirectory();
    }
}

// Without brochure.properties the current folder is the project (data/, out/, build/), and the
// layouts and fonts installed with the program are used unless the folder has its own.
void BrochureApp::useInstalledLayoutsAndFonts() {
    Poco::AutoPtr<Poco::Util::MapConfiguration> installed(new Poco::Util::MapConfiguration);
    for (std::string folder : {"layouts", "fonts"})
        if (!Poco::File(folder).exists()) installed->setString("paths." + folder, BROCHURE_INSTALLED_DATA "/" + folder);
    config().add(installed, PRIO_DEFAULT);
}

int BrochureApp::main(const std::vector<std::string>& args) {
    if (helpRequested_) {
        printHelp();
        return EXIT_OK;
    }
    if (versionRequested_) {
        std::cout << "brochure " << BROCHURE_VERSION << '\n';
        return EXIT_OK;
    }
    if (usageError_.empty()) usageError_ = sourceDateEpochError();
    if (!usageError_.empty()) {
        std::cerr << "brochure: " << usageError_ << " (see brochure --help)\n";
        return EXIT_USAGE;
    }
    if (args.empty()) {
        std::cerr << "brochure: missing command: check, ingest or build (see brochure --help)\n";
        return EXIT_USAGE;
    }
    const std::string& command = args.front();
    if (command != "check" && command != "ingest" && command != "build") {
        std::cerr << "brochure: unknown command '" << command << "': expected check, ingest or build\n";
        return EXIT_USAGE;
    }
    if (command != "ingest" && args.size() > 1) {
        std::cerr << "brochure: '" << command << "' takes no arguments, got '" << args[1] << "'\n";
        return EXIT_USAGE;
    }

    std::string properties = findPropertiesFile();
    std::string projectDir = ".";
    if (!properties.empty()) {
        if (!Poco::File(properties).exists()) {
            std::cerr << properties << ": error[A001]: configuration file not found\n";
            return EXIT_CONFIG;
        }
        try {
            loadConfiguration(properties, PRIO_DEFAULT);
        } catch (const Poco::Exception& e) {
            std::cerr << properties << ": error[A002]: cannot read configuration: " << e.displayText() << '\n';
            return EXIT_CONFIG;
        }
        projectDir = Poco::Path(properties).absolute().parent().toString();
    } else {
        useInstalledLayoutsAndFonts();
    }
    Poco::AutoPtr<Poco::Util::MapConfiguration> overrides(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : defines_) overrides->setString(key, value);
    config().add(overrides, PRIO_APPLICATION - 10);

    Settings settings;
    try {
        settings = resolveSettings(config(), projectDir);
        setLimits(settings.limits);  // before any stage runs
    } catch (const std::exception& e) {
        std::cerr << (properties.empty() ? "brochure" : properties) << ": error[A003]: " << e.what() << '\n';
        return EXIT_CONFIG;
    }

    bool colour = options_.diagnostics == DiagnosticFormat::text && ::isatty(STDERR_FILENO) != 0;
    DiagnosticPrinter printer(std::cerr, options_.diagnostics, colour);
    RunContext context{settings, options_, {args.begin() + 1, args.end()}, printer, std::cout};
    if (command == "check") return runCheck(context);
    if (command == "ingest") return runIngest(context);
    return runBuild(context);
}

}  // namespace brochure::app
