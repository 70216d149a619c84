#include "app/brochure_app.h"

#include <Poco/AutoPtr.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include "app/setting_keys.h"
#include "app/terminal.h"
#include "app/watch_command.h"

#include <cstdlib>
#include <fstream>
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
    options.addOption(Option("require-fresh", "", "every dataset of the edition must have an export of its year "
                                                  "(none carried from an older year)"));
    options.addOption(Option("profile", "", "print the time spent in each stage"));
    options.addOption(Option("diagnostics", "", "diagnostics format: text (default, to stderr), or json (JSON "
                                                "Lines) and github (workflow commands), both to stdout with the "
                                                "summary on stderr")
                          .argument("FORMAT"));
    options.addOption(Option("diagnostics-file", "", "write the diagnostics to FILE instead").argument("FILE"));
    options.addOption(Option("color", "", "colour in diagnostics: auto (default: on a terminal, unless NO_COLOR "
                                          "is set or TERM=dumb), always, never")
                          .argument("WHEN"));
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
    else if (name == "require-fresh") options_.requireFresh = true;
    else if (name == "profile") options_.profile = true;
    else if (name == "crop-marks") options_.cropMarks = true;
    else if (name == "edition") {
        if (value == "screen" || value == "print") options_.edition = value;
        else usageError_ = "--edition expects screen or print, got '" + value + "'";
    }
    else if (name == "diagnostics") {
        if (auto format = parseDiagnosticFormat(value)) options_.diagnostics = *format;
        else usageError_ = "--diagnostics expects text, json or github, got '" + value + "'";
    } else if (name == "diagnostics-file") {
        options_.diagnosticsFile = value;
    } else if (name == "color") {
        if (auto choice = parseColourChoice(value)) colour_ = *choice;
        else usageError_ = "--color expects auto, always or never, got '" + value + "'";
    }
}

void BrochureApp::printHelp() const {
    Poco::Util::HelpFormatter help(options());
    help.setCommand("brochure");
    help.setUsage("[options] check | ingest [FILES|DIRS] | build | watch | new-edition YEAR");
    help.setHeader(
        "Builds the activities brochure and its country handouts from XML data exports and layouts.\n\n"
        "Commands:\n"
        "  check    validate every export and layout and resolve every query; writes nothing\n"
        "  ingest   validate exports (default: the data folder) and load them into the store\n"
        "  build    ingest the data folder, then write the brochure and every handout to the out folder\n"
        "  watch    build, then build again whenever a data, layout, font, image or settings file is saved\n"
        "           (until Ctrl-C); a broken save keeps the last good PDFs\n"
        "  new-edition YEAR  start data/YEAR/ with copies of the exports that must be new every year;\n"
        "           lists what to update, builds nothing (docs/yearly-update.md)\n");
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

// Settings are read afresh for every run (a watch round re-reads an edited brochure.properties):
// -D overrides, then the properties file, then, without one, the layouts and fonts installed
// with the program (unless the current folder has its own): the current folder is the project.
std::optional<Settings> BrochureApp::loadSettings(Diagnostics& problems) {
    using Poco::AutoPtr;
    using namespace Poco::Util;
    checkDefinedKeys(defines_, problems);
    properties_ = findPropertiesFile();
    std::string projectDir = ".";
    AutoPtr<LayeredConfiguration> config(new LayeredConfiguration);
    AutoPtr<MapConfiguration> overrides(new MapConfiguration);
    for (const auto& [key, value] : defines_) overrides->setString(key, value);
    config->add(overrides, -10);  // consulted first
    if (!properties_.empty()) {
        if (!Poco::File(properties_).exists()) {
            problems.error("A001", properties_, 0, 0, "configuration file not found");
            return std::nullopt;
        }
        try {
            config->add(AutoPtr<AbstractConfiguration>(new PropertyFileConfiguration(properties_)), 0);
        } catch (const Poco::Exception& e) {
            problems.error("A002", properties_, 0, 0, "cannot read configuration: " + e.displayText());
            return std::nullopt;
        }
        checkPropertiesFileKeys(properties_, problems);
        projectDir = Poco::Path(properties_).absolute().parent().toString();
    } else {
        AutoPtr<MapConfiguration> installed(new MapConfiguration);
        for (std::string folder : {"layouts", "fonts"})
            if (!Poco::File(folder).exists())
                installed->setString("paths." + folder, BROCHURE_INSTALLED_DATA "/" + folder);
        config->add(installed, 0);
    }
    if (problems.hasErrors()) return std::nullopt;
    try {
        Settings settings = resolveSettings(*config, projectDir);
        setLimits(settings.limits);  // before any stage runs
        setAcceptedWarnings(settings.accepted);
        return settings;
    } catch (const std::exception& e) {
        problems.error("A003", properties_.empty() ? std::string() : properties_, 0, 0, e.what());
        return std::nullopt;
    }
}

// One line at the start of a run, so nobody wonders which project and settings it used (an
// empty folder inside a project uses the outer project's brochure.properties).
std::string BrochureApp::describeProject(const Settings& settings) const {
    std::string folder = Poco::Path(settings.projectDir).absolute().toString();
    if (folder.size() > 1 && folder.back() == '/') folder.pop_back();
    if (properties_.empty()) return "project " + folder + " (no brochure.properties: installed layouts and fonts)";
    return "project " + folder + " (settings " + Poco::Path(properties_).absolute().toString() + ")";
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
        std::cerr << "brochure: missing command: check, ingest, build, watch or new-edition (see brochure --help)\n";
        return EXIT_USAGE;
    }
    const std::string& command = args.front();
    if (command != "check" && command != "ingest" && command != "build" && command != "watch" &&
        command != "new-edition") {
        std::cerr << "brochure: unknown command '" << command
                  << "': expected check, ingest, build, watch or new-edition\n";
        return EXIT_USAGE;
    }
    if (command != "ingest" && command != "new-edition" && args.size() > 1) {
        std::cerr << "brochure: '" << command << "' takes no arguments, got '" << args[1] << "'\n";
        return EXIT_USAGE;
    }

    // Machine-readable diagnostics go to stdout, so `check --diagnostics=json > d.jsonl` (or
    // `| tee`) captures them; the human summary and progress move to stderr.
    std::ofstream diagnosticsFile;
    if (!options_.diagnosticsFile.empty()) {
        diagnosticsFile.open(options_.diagnosticsFile, std::ios::binary | std::ios::trunc);
        if (!diagnosticsFile) {
            std::cerr << options_.diagnosticsFile << ": error[A006]: cannot write the diagnostics file\n";
            return EXIT_CANTCREAT;
        }
    }
    const bool machine = options_.diagnostics != DiagnosticFormat::text;
    const bool toFile = diagnosticsFile.is_open();
    std::ostream& diagnosticsOut = toFile ? diagnosticsFile : machine ? std::cout : std::cerr;
    std::ostream& summaryOut = machine && !toFile ? std::cerr : std::cout;
    const int diagnosticsFd = toFile ? -1 : machine ? STDOUT_FILENO : STDERR_FILENO;
    Terminal terminal = decideTerminal(colour_, diagnosticsFd, machine && !toFile ? STDERR_FILENO : STDOUT_FILENO,
                                       options_.quiet);
    DiagnosticPrinter printer(diagnosticsOut, options_.diagnostics, terminal.colour && !machine);

    // One run of the command with freshly read settings; `watch` makes a build of it per save.
    auto run = [&](WatchedInputs* watched) -> int {
        Diagnostics problems;
        std::optional<Settings> settings = loadSettings(problems);
        if (watched) {
            watched->settingsFile = properties_;
            if (settings) watched->folders = {settings->dataDir, settings->layoutsDir, settings->fontsDir};
        }
        if (!settings) {
            printer.printAll(problems);
            return problems.all().front().code == "A005" ? EXIT_USAGE : EXIT_CONFIG;
        }
        if (!options_.quiet) summaryOut << describeProject(*settings) << '\n';
        RunContext context{*settings, options_, {args.begin() + 1, args.end()}, printer, summaryOut, terminal.live};
        if (command == "check") return runCheck(context);
        if (command == "ingest") return runIngest(context);
        if (command == "new-edition") return runNewEdition(context);
        return runBuild(context);
    };
    if (command == "watch") return runWatch([&](WatchedInputs& watched) { return run(&watched); }, summaryOut,
                                            options_.quiet);
    return run(nullptr);
}

}  // namespace brochure::app
