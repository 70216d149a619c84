#include "word_bag.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <vector>

namespace brochure::conservation {

namespace {

// The code point at `pos` and its length in bytes; invalid bytes count as one character.
std::uint32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    int extra = byte < 0x80 ? 0 : (byte >> 5) == 0x6 ? 1 : (byte >> 4) == 0xE ? 2 : (byte >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || pos + static_cast<std::size_t>(extra) >= text.size()) {
        length = 1;
        return byte;
    }
    std::uint32_t cp = extra == 0 ? byte : byte & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) cp = cp << 6 | (static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]) & 0x3F);
    length = static_cast<std::size_t>(extra) + 1;
    return cp;
}

bool isSpace(std::uint32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

bool isCjk(std::uint32_t cp) {
    return (cp >= 0x3001 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

// Splits `word` into pieces that are all in `leftover`, taking them out of it; false (and
// `leftover` unchanged) when it cannot.
bool takePieces(const std::string& word, WordBag& leftover) {
    std::function<bool(std::size_t)> from = [&](std::size_t start) {
        if (start == word.size()) return true;
        for (std::size_t end = word.size(); end > start; --end) {
            auto it = leftover.find(word.substr(start, end - start));
            if (it == leftover.end() || it->second == 0) continue;
            --it->second;
            if (from(end)) return true;
            ++it->second;
        }
        return false;
    };
    return from(0);
}

// `token` as a sequence of two or more words of `vocabulary`; empty when it is not one.
std::vector<std::string> splitIntoWords(const std::string& token, const WordBag& vocabulary) {
    std::vector<std::string> pieces;
    std::function<bool(std::size_t)> from = [&](std::size_t start) {
        if (start == token.size()) return pieces.size() > 1;
        for (std::size_t end = token.size(); end > start; --end) {
            if (!vocabulary.count(token.substr(start, end - start))) continue;
            pieces.push_back(token.substr(start, end - start));
            if (from(end)) return true;
            pieces.pop_back();
        }
        return false;
    };
    return from(0) ? pieces : std::vector<std::string>{};
}

// The word and, for each hyphen in it, the word without that hyphen: pdftotext joins a line
// that ends in a hyphen with the next one and drops the hyphen ("co-" + "operation" ->
// "cooperation").
std::vector<std::string> writtenForms(const std::string& word) {
    std::vector<std::string> forms{word};
    for (std::size_t at = word.find('-'); at != std::string::npos; at = word.find('-', at + 1))
        forms.push_back(word.substr(0, at) + word.substr(at + 1));
    return forms;
}

// A list item's marker sits in its hanging indent; in a large style it reaches the text and
// pdftotext reads "1.word" or "•word". The marker is not a word of the content.
std::string withoutListMarker(const std::string& token) {
    static const std::string bullet = "\u2022";
    if (token.size() > bullet.size() && token.compare(0, bullet.size(), bullet) == 0) return token.substr(bullet.size());
    std::size_t digits = 0;
    while (digits < token.size() && token[digits] >= '0' && token[digits] <= '9') ++digits;
    const bool marker = digits > 0 && digits + 1 < token.size() && token[digits] == '.' &&
                        !(token[digits + 1] >= '0' && token[digits + 1] <= '9');
    return marker ? token.substr(digits + 1) : token;
}

}  // namespace

void addWords(WordBag& bag, std::string_view text) {
    std::string current;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t length = 1;
        const std::uint32_t cp = decode(text, pos, length);
        const std::string_view character = text.substr(pos, length);
        pos += length;
        if (isSpace(cp) || isCjk(cp)) {
            if (!current.empty()) ++bag[current];
            current.clear();
            if (isCjk(cp)) ++bag[std::string(character)];
            continue;
        }
        current += character;
    }
    if (!current.empty()) ++bag[current];
}

void addPdfWords(WordBag& bag, std::string_view text) {
    WordBag raw;
    addWords(raw, text);
    for (const auto& [token, count] : raw) bag[withoutListMarker(token)] += count;
}

int wordCount(const WordBag& bag) {
    int n = 0;
    for (const auto& [word, count] : bag) n += count;
    return n;
}

WordBag missingWords(const WordBag& expected, const WordBag& found) {
    WordBag missing, leftover;
    for (const auto& [word, count] : expected) {
        auto it = found.find(word);
        const int have = it == found.end() ? 0 : it->second;
        if (have < count) missing[word] = count - have;
    }
    if (missing.empty()) return missing;
    for (const auto& [word, count] : found) {
        auto it = expected.find(word);
        const int surplus = count - (it == expected.end() ? 0 : it->second);
        if (surplus > 0) leftover[word] = surplus;
    }
    for (auto it = missing.begin(); it != missing.end();) {
        const std::vector<std::string> forms = writtenForms(it->first);
        auto takeAny = [&] {
            return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return takePieces(f, leftover); });
        };
        while (it->second > 0 && takeAny()) --it->second;
        it = it->second == 0 ? missing.erase(it) : std::next(it);
    }
    // And the other way round: words of different styles with nothing but a space between them
    // can come back glued ("eiusmodPaulo"); a token left over that is made of expected words
    // accounts for the missing ones among them.
    for (auto& [token, count] : leftover) {
        for (; count > 0 && !missing.empty(); --count) {
            const std::vector<std::string> pieces = splitIntoWords(token, expected);
            bool credited = false;
            for (const std::string& piece : pieces)
                if (auto m = missing.find(piece); m != missing.end() && m->second > 0) --m->second, credited = true;
            if (!credited) break;
        }
    }
    for (auto it = missing.begin(); it != missing.end();) it = it->second == 0 ? missing.erase(it) : std::next(it);
    return missing;
}

WordBag notInText(WordBag missing, const WordBag& expected, std::string_view pdfText) {
    std::string compact;
    for (std::size_t pos = 0; pos < pdfText.size();) {
        std::size_t length = 1;
        const std::uint32_t cp = decode(pdfText, pos, length);
        if (!isSpace(cp)) compact.append(pdfText.substr(pos, length));
        pos += length;
    }
    for (auto it = missing.begin(); it != missing.end();) {
        int occurrences = 0;
        for (std::size_t at = compact.find(it->first); at != std::string::npos;
             at = compact.find(it->first, at + it->first.size()))
            ++occurrences;
        const int wanted = expected.at(it->first);
        it = occurrences >= wanted ? missing.erase(it) : std::next(it);
    }
    return missing;
}

}  // namespace brochure::conservation
