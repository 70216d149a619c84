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
#include <regex>
#include <sstream>

using namespace brochure::testdata;

namespace {

// A piece of source prose as the content dataset keeps it: list markers become the kind.
struct Piece {
    std::string text;
    std::string listKind;  // "bullet" for "- ", "numbered" for "1. ", else empty
    int line = 0;
};

bool startsListItem(const std::string& text) {
    static const std::regex marker("^(- |\\d+\\. ).*");
    return std::regex_match(text, marker);
}

// Lines of the source turned into pieces: a line that continues the one right above it (the QR
// code labels are printed over two lines) is joined to it; "<url>" is printed as the url; a
// label printed in front of its text ("【Duration】 The training ...") is a piece of its own.
std::vector<Piece> piecesOf(const std::vector<SourceLine>& lines) {
    static const std::regex bullet("^- (.*)$");
    static const std::regex numbered("^\\d+\\. (.*)$");
    static const std::regex angleUrl("<(https?://[^>]+)>");
    static const std::regex leadingLabel("^(【[^】]+】) (.+)$");
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string text = lines[i].text;
        while (i + 1 < lines.size() && lines[i + 1].line == lines[i].line + 1 && !startsListItem(text) &&
               !startsListItem(lines[i + 1].text)) {
            text += " " + lines[++i].text;
        }
        if (text.rfind("The screenshot shows", 0) == 0) continue;
        std::smatch match;
        std::string listKind;
        if (std::regex_match(text, match, bullet)) {
            listKind = "bullet";
            text = match[1].str();
        } else if (std::regex_match(text, match, numbered)) {
            listKind = "numbered";
            text = match[1].str();
        }
        text = std::regex_replace(text, angleUrl, "$1");
        if (std::regex_match(text, match, leadingLabel)) {
            pieces.push_back({match[1].str(), {}, lines[i].line});
            text = match[2].str();
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

    void take(const Piece& piece) {
        INFO("source line " << piece.line << ": " << piece.text);
        if (nextPhoto_ < photos_.size() && photos_[nextPhoto_][1] == piece.text) {
            ++nextPhoto_;
        } else if (nextContent_ < content_.size() && content_[nextContent_][2] == piece.text) {
            const Cells& row = content_[nextContent_++];
            INFO("content " << row[0]);
            if (!piece.listKind.empty()) CHECK(row[1] == piece.listKind);
        } else if (!takeLabelledOfficeData(piece.text) && !isOfficeValue(piece.text)) {
            FAIL_CHECK("neither the next content row ("
                       << (nextContent_ < content_.size() ? content_[nextContent_][0] + ": " + content_[nextContent_][2]
                                                          : "none left")
                       << ") nor the next photo caption nor office data");
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
    const ReferenceText* reference = referenceOrSkip();
    if (reference == nullptr) return;
    const std::vector<Piece> pieces = piecesOf(reference->proseLines());
    REQUIRE(pieces.size() > 80);
    ProseWalk walk;
    for (const Piece& piece : pieces) walk.take(piece);
    walk.checkNothingLeft();
}

TEST_CASE("prose: the office data agrees with the introduction", "[data][reference]") {
    const ReferenceText* reference = referenceOrSkip();
    if (reference == nullptr) return;
    const std::map<std::string, std::string> office = storedOffice();
    // "J.CLAIR Singapore was set up in October 1990 and conducts activities in ..."
    static const std::regex setUp("^(.+) was set up in (\\w+ \\d{4}) ");
    // "CLAIR's headquarters are located in Tokyo with seven representative offices in New York, ... and Beijing."
    static const std::regex offices("representative offices in (.+)\\.$");
    int found = 0;
    for (const SourceLine& line : reference->proseLines()) {
        std::smatch match;
        if (std::regex_search(line.text, match, setUp)) {
            ++found;
            CHECK(office.at("name") == match[1].str());
            CHECK(office.at("established") == match[2].str());
        }
        if (std::regex_search(line.text, match, offices)) {
            ++found;
            CHECK(office.at("hq_offices") == match[1].str());
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
