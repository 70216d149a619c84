#include "app/document_builder.h"

#include "app/content_images.h"
#include "core/limits.h"
#include "image/image.h"
#include "render/pdf_painter.h"
#include "typeset/typeset.h"

#include <future>
#include <map>
#include <memory>
#include <thread>

namespace brochure::app {

namespace {

// A font book being opened by openFontsAhead(), with what opening it reported.
struct OpenedFonts {
    std::unique_ptr<typeset::FontBook> book;
    Diagnostics diagnostics;
};
thread_local std::map<std::string, std::future<OpenedFonts>> fontsOpening;

// Font books cache measurements and are not thread-safe: one per thread and fonts folder,
// kept for the next document the thread builds.
typeset::FontBook& threadFontBook(const std::string& fontsDir, Diagnostics& diagnostics) {
    thread_local std::map<std::string, std::unique_ptr<typeset::FontBook>> books;
    auto& book = books[fontsDir];
    if (book) return *book;
    if (auto opening = fontsOpening.find(fontsDir); opening != fontsOpening.end()) {
        OpenedFonts opened = opening->second.get();
        fontsOpening.erase(opening);
        diagnostics.append(opened.diagnostics);
        book = std::move(opened.book);
    } else {
        book = std::make_unique<typeset::FontBook>(fontsDir, diagnostics);
    }
    return *book;
}

// Validating the photos (a full decode each, image/image.h) was half of the brochure's typeset
// stage. Started on another thread before typesetting, the decodes run beside the shaping of
// the text that comes before the photos; the typesetter's probe then finds each image in the
// loader's cache, or waits for the decode under way. Diagnostics are dropped here: the loader
// replays them to the typesetter's probe, which reports them with their place.
std::jthread decodeImagesAhead(std::vector<std::string> paths) {
    if (paths.empty()) return {};
    return std::jthread([paths = std::move(paths)] {
        try {
            Diagnostics replayedLater;
            for (const auto& path : paths) image::load(path, replayedLater);
        } catch (...) {
            // Out of memory: the typesetter's own probe decodes (and reports) it again.
        }
    });
}

}  // namespace

void openFontsAhead(const std::string& fontsDir) {
    if (fontsOpening.count(fontsDir)) return;
    fontsOpening.emplace(fontsDir, std::async(std::launch::async, [fontsDir] {
                             OpenedFonts opened;
                             opened.book = std::make_unique<typeset::FontBook>(fontsDir, opened.diagnostics);
                             return opened;
                         }));
}

BuiltDocument buildDocument(content::Document content, const std::string& fontsDir,
                            const std::string& sourceFile, std::int64_t date, Profile& profile,
                            const render::RenderOptions& render,
                            std::function<std::optional<typeset::SourcePlace>(std::string_view)> placeOf) {
    BuiltDocument built;
    frame::Document pages;
    {
        StageTimer timer(profile, Stage::typeset);
        std::jthread imageDecodes = decodeImagesAhead(imagePaths(content));
        typeset::FontBook& fonts = threadFontBook(fontsDir, built.diagnostics);
        typeset::TypesetOptions options;
        options.source = sourceFile;
        options.date = date;
        options.placeOf = std::move(placeOf);
        options.imageSize = [](const std::string& path, Diagnostics& diagnostics) -> std::optional<typeset::ImageSize> {
            auto info = image::probe(path, diagnostics);
            if (!info) return std::nullopt;
            return typeset::ImageSize{static_cast<double>(info->width), static_cast<double>(info->height)};
        };
        pages = typeset::typeset(std::move(content), fonts, built.diagnostics, options);
    }
    if (built.diagnostics.hasErrors()) return built;
    built.pages = static_cast<int>(pages.pages.size());
    if (built.pages > limits().maxPages) {
        // A runaway layout (a table of every row of every year) would make a PDF nobody can use.
        built.diagnostics.error("A404", sourceFile, 0, 0,
                                "the document has " + std::to_string(built.pages) + " pages, more than the limit of " +
                                    std::to_string(limits().maxPages),
                                "check the layout's queries, or raise limits.pages in brochure.properties");
        return built;
    }
    StageTimer timer(profile, Stage::render);
    // Render sees pages, not the layout: what it reports is named after the layout that made them.
    Diagnostics rendering;
    built.pdf = render::renderPdf(pages, rendering, render);
    for (Diagnostic diagnostic : rendering.all()) {
        if (diagnostic.file.empty()) diagnostic.file = sourceFile;
        built.diagnostics.report(std::move(diagnostic));
    }
    return built;
}

}  // namespace brochure::app
