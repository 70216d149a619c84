#include "render/pdf_metadata.h"

#include <ctime>
#include <filesystem>

#include "render/digest.h"

namespace brochure::render {
namespace {

// A file stands in the id by its name and size, not its absolute path: the same project built in
// two folders must give the same bytes.
std::string fileIdentity(const std::string& path) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    return std::filesystem::path(path).filename().string() + ":" + (error ? std::string("?") : std::to_string(size));
}

// A digest of everything that shapes the output, for the document /ID: equal inputs give equal
// files, and any change in content gives a different id.
std::string documentId(const frame::Document& document, const std::string& variant) {
    Digest digest;
    if (!variant.empty()) digest.add(variant);
    const frame::Metadata& m = document.metadata;
    digest.add(m.title).add(m.author).add(m.subject).add(m.keywords).add(m.language).add(m.date);
    for (const frame::FontFace& face : document.fonts) digest.add(fileIdentity(face.file));
    for (const frame::Page& page : document.pages) {
        digest.add(page.width).add(page.height).add(page.label);
        for (const frame::Item& item : page.items) {
            digest.add(static_cast<std::int64_t>(item.index()));
            std::visit(
                [&](const auto& it) {
                    using T = std::decay_t<decltype(it)>;
                    if constexpr (std::is_same_v<T, frame::TextRun>)
                        digest.add(it.x).add(it.baseline).add(static_cast<std::int64_t>(it.font)).add(it.size).add(it.text)
                            .add(it.color.r).add(it.color.g).add(it.color.b);
                    else if constexpr (std::is_same_v<T, frame::Rect>)
                        digest.add(it.x).add(it.y).add(it.width).add(it.height).add(it.fill.r).add(it.fill.g)
                            .add(it.fill.b).add(it.strokeWidth).add(it.stroke.r).add(it.stroke.g).add(it.stroke.b)
                            .add(static_cast<std::int64_t>(it.filled));
                    else if constexpr (std::is_same_v<T, frame::Line>)
                        digest.add(it.x1).add(it.y1).add(it.x2).add(it.y2).add(it.width).add(it.color.r).add(it.color.g)
                            .add(it.color.b);
                    else if constexpr (std::is_same_v<T, frame::ImagePlacement>)
                        digest.add(it.x).add(it.y).add(it.width).add(it.height).add(fileIdentity(it.path));
                    else if constexpr (std::is_same_v<T, frame::Link>)
                        digest.add(it.x).add(it.y).add(it.width).add(it.height).add(it.uri).add(it.destination);
                    else
                        digest.add(it.name).add(it.y);
                },
                item);
        }
    }
    for (const frame::OutlineEntry& entry : document.outline)
        digest.add(entry.title).add(static_cast<std::int64_t>(entry.level)).add(static_cast<std::int64_t>(entry.page)).add(entry.y);
    return digest.bytes16();
}

void setText(HpdfDocument& pdf, HPDF_InfoType type, const std::string& value, const char* what) {
    if (value.empty()) return;
    pdf.check(HPDF_SetInfoAttr(pdf.get(), type, value.c_str()), std::string("setting the document ") + what);
}

}  // namespace

void writeMetadata(HpdfDocument& pdf, const frame::Document& document, const std::string& variant) {
    HPDF_Doc doc = pdf.get();
    const frame::Metadata& metadata = document.metadata;
    // Info strings go through the current encoder: UTF-8 makes libharu write UTF-16 text strings,
    // so "Hà Nội" survives in the title.
    pdf.check(HPDF_SetCurrentEncoder(doc, "UTF-8"), "selecting the UTF-8 encoder");
    setText(pdf, HPDF_INFO_TITLE, metadata.title, "title");
    setText(pdf, HPDF_INFO_AUTHOR, metadata.author, "author");
    setText(pdf, HPDF_INFO_SUBJECT, metadata.subject, "subject");
    setText(pdf, HPDF_INFO_KEYWORDS, metadata.keywords, "keywords");
    setText(pdf, HPDF_INFO_CREATOR, "brochure", "creator");

    if (metadata.date > 0) {
        std::time_t seconds = static_cast<std::time_t>(metadata.date);
        std::tm utc{};
        gmtime_r(&seconds, &utc);
        HPDF_Date date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                       'Z', 0, 0};
        pdf.check(HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date), "setting the creation date");
        pdf.check(HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date), "setting the modification date");
    }

    if (!metadata.language.empty()) {
        HPDF_String lang = pdf.need(HPDF_String_New(doc->mmgr, metadata.language.c_str(), nullptr), "setting /Lang");
        pdf.check(HPDF_Dict_Add(doc->catalog, "Lang", lang), "setting /Lang");
    }

    const std::string id = documentId(document, variant);
    const std::string during = "setting the document /ID";
    HPDF_Array ids = pdf.need(HPDF_Array_New(doc->mmgr), during);
    pdf.check(HPDF_Dict_Add(doc->trailer, "ID", ids), during);
    for (int i = 0; i < 2; ++i) {
        auto* bytes = reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(id.data()));
        pdf.check(HPDF_Array_Add(ids, pdf.need(HPDF_Binary_New(doc->mmgr, bytes, 16), during)), during);
    }
}

}  // namespace brochure::render
