// The prose of the source (everything outside its tables) read back from the store: each line
// is, in reading order, the next row of `content`, the caption of the next picture in `photos`,
// or data of the `office`; and no stored row is left over. The screenshot descriptions are not
// text of the brochure (the screenshots are pictures), so they are the only lines passed over.

#include "ingested_data.h"
#include "reference_check.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

using namespace brochure::testdata;

namespace {

// A piece of source prose as the content dataset keeps it: list markers become the kind.
struct Piece {
    std::string text;
    std::string listKind;  // "bullet" for "- ", "numbered" for "1. ", else empty
    int line = 0;
};

// "- item" -> "bullet", "2. item" -> "numbered"; the marker's length in `markerSize`.
std::string listKindOf(const std::string& text, std::size_t& markerSize) {
    if (text.rfind("- ", 0) == 0) {
        markerSize = 2;
        return "bullet";
    }
    const std::size_t digits = text.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos && text.compare(digits, 2, ". ") == 0) {
        markerSize = digits + 2;
        return "numbered";
    }
    markerSize = 0;
    return {};
}

bool startsListItem(const std::string& text) {
    std::size_t markerSize = 0;
    return !listKindOf(text, markerSize).empty();
}

// The source writes links as "<https://...>"; the brochure prints the address alone.
std::string withoutAngleBrackets(std::string text) {
    for (std::size_t open = text.find("<http"); open != std::string::npos; open = text.find("<http", open)) {
        const std::size_t close = text.find('>', open);
        if (close == std::string::npos) break;
        text.erase(close, 1);
        text.erase(open, 1);
    }
    return text;
}

// Lines of the source turned into pieces: a line that continues the one right above it (the QR
// code labels are printed over two lines) is joined to it; "<url>" is printed as the url; a
// label printed in front of its text ("【Duration】 The training ...") is a piece of its own.
std::vector<Piece> piecesOf(const std::vector<SourceLine>& lines) {
    static const std::string labelEnd = "】 ";
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string text = lines[i].text;
        while (i + 1 < lines.size() && lines[i + 1].line == lines[i].line + 1 && !startsListItem(text) &&
               !startsListItem(lines[i + 1].text)) {
            text += " " + lines[++i].text;
        }
        if (text.rfind("The screenshot shows", 0) == 0) continue;
        std::size_t markerSize = 0;
        const std::string listKind = listKindOf(text, markerSize);
        text = withoutAngleBrackets(text.substr(markerSize));
        const std::size_t label = text.find(labelEnd);
        if (text.rfind("【", 0) == 0 && label != std::string::npos) {
            pieces.push_back({text.substr(0, label + labelEnd.size() - 1), {}, lines[i].line});
            text = text.substr(label + labelEnd.size());
        }
        pieces.push_back({text, listKind, lines[i].line});
    }
    return pieces;
}

std::string lowerCase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The office as stored: column name -> value.
std::map<std::string, std::string> storedOffice() {
    const brochure::ResultSet result = ingestedData().query("SELECT * FROM office WHERE _year = 2025");
    std::map<std::string, std::string> office;
    REQUIRE(result.rows.size() == 1);
    for (std::size_t c = 0; c < result.columns.size(); ++c) office[result.columns[c]] = cellText(result.rows[0][c]);
    return office;
}

// Walks the source pieces against the stored rows in reading order.
class ProseWalk {
public:
    ProseWalk()
        : content_(queryCells("SELECT key, kind, text FROM content WHERE _year = 2025 ORDER BY _seq")),
          photos_(queryCells("SELECT key, caption FROM photos WHERE _year = 2025 ORDER BY _seq")),
          office_(storedOffice()) {}

    void walk(const std::vector<Piece>& pieces) {
        for (std::size_t i = 0; i < pieces.size(); ++i) take(pieces, i);
    }

    void take(const std::vector<Piece>& pieces, std::size_t index) {
        const Piece& piece = pieces[index];
        INFO("source line " << piece.line << ": " << piece.text);
        if (nextPhoto_ < photos_.size() && photos_[nextPhoto_][1] == piece.text) {
            ++nextPhoto_;
        } else if (nextContent_ < content_.size() && content_[nextContent_][2] == piece.text) {
            const Cells& row = content_[nextContent_++];
            INFO("content " << row[0]);
            if (!piece.listKind.empty()) CHECK(row[1] == piece.listKind);
        } else if (!takeLabelledOfficeData(piece.text) && !isOfficeValue(piece.text)) {
            resynchronize(pieces, index);
        }
    }

    void checkNothingLeft() const {
        for (std::size_t i = nextContent_; i < content_.size(); ++i) {
            FAIL_CHECK("content row " << content_[i][0] << " is not in the source (or out of order): " << content_[i][2]);
        }
        for (std::size_t i = nextPhoto_; i < photos_.size(); ++i) {
            FAIL_CHECK("photo " << photos_[i][0] << " has a caption the source does not print here: " << photos_[i][1]);
        }
    }

private:
    // "TEL 65-6224-7927 FAX 65-6224-8376": labels that are the next content rows, each followed by
    // the value of the office column of the same name (in lower case).
    bool takeLabelledOfficeData(const std::string& text) {
        std::istringstream words(text);
        std::vector<std::string> tokens{std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
        std::size_t next = nextContent_;
        std::vector<std::pair<std::string, std::string>> fields;  // label, value
        for (const std::string& token : tokens) {
            if (next < content_.size() && content_[next][1] == "label" && token == content_[next][2]) {
                fields.emplace_back(token, "");
                ++next;
            } else if (!fields.empty()) {
                fields.back().second += (fields.back().second.empty() ? "" : " ") + token;
            } else {
                return false;
            }
        }
        if (fields.empty()) return false;
        for (const auto& [label, value] : fields) {
            const auto column = office_.find(lowerCase(label));
            if (column == office_.end() || column->second != value) return false;
        }
        nextContent_ = next;
        return true;
    }

    // A line that is not the next stored row: rows are missing before it (it is found further on),
    // or the line is missing from the store (the next row is a later line), or that row says
    // something else. Reporting it and moving on keeps one slip from failing every line after it.
    void resynchronize(const std::vector<Piece>& pieces, std::size_t index) {
        const Piece& piece = pieces[index];
        for (std::size_t later = nextContent_ + 1; later < content_.size(); ++later) {
            if (content_[later][2] != piece.text) continue;
            for (std::size_t missing = nextContent_; missing < later; ++missing) {
                FAIL_CHECK("content row " << content_[missing][0] << " is not in the source here: "
                                          << content_[missing][2]);
            }
            nextContent_ = later + 1;
            return;
        }
        if (nextContent_ >= content_.size()) {
            FAIL_CHECK("no content row is left for it");
            return;
        }
        const std::string& next = content_[nextContent_][2];
        const bool nextIsLater = std::any_of(pieces.begin() + static_cast<std::ptrdiff_t>(index) + 1, pieces.end(),
                                             [&](const Piece& other) { return other.text == next; });
        if (nextIsLater) {
            FAIL_CHECK("no content row holds it (the next one, " << content_[nextContent_][0] << ", comes later)");
        } else {
            FAIL_CHECK("the next content row " << content_[nextContent_][0] << " differs: " << next);
            ++nextContent_;
        }
    }

    bool isOfficeValue(const std::string& text) const {
        return std::any_of(office_.begin(), office_.end(), [&](const auto& column) { return column.second == text; });
    }

    std::vector<Cells> content_;
    std::vector<Cells> photos_;
    std::map<std::string, std::string> office_;
    std::size_t nextContent_ = 0;
    std::size_t nextPhoto_ = 0;
};

}  // namespace

TEST_CASE("prose: every line of the source is stored, in reading order, and nothing else", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const std::vector<Piece> pieces = piecesOf(reference->proseLines());
    REQUIRE(pieces.size() > 80);
    ProseWalk walk;
    walk.walk(pieces);
    walk.checkNothingLeft();
}

TEST_CASE("prose: the office data agrees with the introduction", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const std::map<std::string, std::string> office = storedOffice();
    int found = 0;
    for (const SourceLine& line : reference->proseLines()) {
        if (const auto setUp = matchPattern(line.text, "{} was set up in {} and conducts activities in {}")) {
            ++found;
            CHECK(office.at("name") == setUp->at(0));
            CHECK(office.at("established") == setUp->at(1));
        }
        if (const auto offices = matchPattern(line.text, "CLAIR's headquarters are located in {} with seven "
                                                         "representative offices in {}.")) {
            ++found;
            CHECK(office.at("hq_offices") == offices->at(1));
        }
    }
    CHECK(found == 2);
}

TEST_CASE("photos: every picture has its file in data/images, JPEG photos and PNG screenshots", "[data]") {
    const std::vector<Cells> photos = queryCells("SELECT key, file, kind FROM photos WHERE _year = 2025 ORDER BY _seq");
    CHECK(photos.size() == 9);
    for (const Cells& photo : photos) {
        INFO("photo " << photo[0] << ": " << photo[1]);
        const std::string path = BROCHURE_SOURCE_DIR "/data/images/" + photo[1];
        std::ifstream file(path, std::ios::binary);
        REQUIRE(file.good());
        std::string magic(8, '\0');
        file.read(magic.data(), static_cast<std::streamsize>(magic.size()));
        if (photo[2] == "photo") {
            CHECK(photo[1].size() > 4);
            CHECK(photo[1].substr(photo[1].size() - 4) == ".jpg");
            CHECK(magic.substr(0, 3) == "\xFF\xD8\xFF");
        } else {
            CHECK(photo[2] == "screenshot");
            CHECK(photo[1].substr(photo[1].size() - 4) == ".png");
            CHECK(magic == "\x89PNG\r\n\x1A\n");
        }
    }
}
