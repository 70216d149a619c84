#include "text_source.h"

namespace brochure::conservation {

namespace {

const char* const kLatin[] = {
    "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod",
    "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua.", "enim", "ad", "minim", "veniam,",
    "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo",
    "consequat.", "duis", "aute", "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum",
    "fugiat", "nulla", "pariatur.", "excepteur", "sint", "occaecat", "cupidatat", "non", "proident,", "sunt",
    "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id", "est", "laborum.", "municipal", "exchange",
    "seminar", "participants", "Singapore", "Jakarta", "Manila", "(ASEAN)", "well-known", "co-operation",
    "e-mail:", "info@example.org", "https://www.example.org/path", "Kommunalverwaltungsreform",
    "internationalisation", "Donaudampfschifffahrtsgesellschaft"};
const char* const kAccented[] = {"café", "naïve", "façade", "Zürich", "São", "Paulo", "Hà", "Nội", "Việt",
                                 "Nam", "Đà", "Nẵng", "Huế", "Thành", "phố", "Hồ", "Chí", "Minh", "Ångström",
                                 "Øresund", "Łódź", "Kraków", "señor", "Müller", "Grüße"};
const char* const kGreekCyrillic[] = {"δήμος", "πόλη", "Αθήνα", "λόγος", "город", "мир", "Москва",
                                      "дружба", "книга", "София"};
const char* const kJapanese[] = {"地方自治体", "国際交流", "自治体国際化協会", "シンガポール事務所", "ありがとう",
                                 "東京都", "日本語の文章です。", "研修", "参加者", "、", "北海道", "沖縄県",
                                 "ジェット・プログラム", "まちづくり", "「交流」"};
const char* const kNumbers[] = {"1,234", "42", "3.5%", "2025", "0", "-17", "100,000", "7.25"};

std::string written(std::string word, Casing casing) {
    bool first = true, upper = true;
    for (char& c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
        const bool wantUpper = casing == Casing::upper || (casing == Casing::capitalised && first) ||
                               (casing == Casing::alternating && upper);
        if (casing != Casing::asIs && casing != Casing::capitalised) c = wantUpper ? char(c & ~0x20) : char(c | 0x20);
        else if (wantUpper) c = char(c & ~0x20);
        first = false;
        upper = !upper;
    }
    return word;
}

}  // namespace

std::string word(Choices& choices, Casing casing) {
    const int kind = choices.below(100);
    if (kind < 62) return written(choices.pick(kLatin), casing);
    if (kind < 74) return written(choices.pick(kAccented), casing);
    if (kind < 80) return choices.pick(kGreekCyrillic);
    if (kind < 94) return choices.pick(kJapanese);
    return choices.pick(kNumbers);
}

std::string words(Choices& choices, int count, Casing casing) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        if (i) out += ' ';
        out += word(choices, casing);
    }
    return out;
}

int wordCount(Choices& choices, Length length) {
    switch (length) {
        case Length::empty: return 0;
        case Length::shortText: return choices.between(1, 12);
        case Length::medium: return choices.between(20, 120);
        case Length::longText: return choices.between(300, 1200);
        case Length::huge: return choices.between(1500, 3000);
    }
    return 0;
}

const char* lengthName(Length length) {
    switch (length) {
        case Length::empty: return "empty";
        case Length::shortText: return "short";
        case Length::medium: return "medium";
        case Length::longText: return "long";
        case Length::huge: return "huge";
    }
    return "?";
}

}  // namespace brochure::conservation
