#include "frame_check.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "frame/trace.h"
#include "word_bag.h"

namespace brochure::conservation {

namespace {

constexpr double kTolerance = 0.5;

struct Box {
    double left = 0, top = 0, right = 0, bottom = 0;

    bool contains(const Box& inner) const {
        return inner.left >= left - kTolerance && inner.right <= right + kTolerance && inner.top >= top - kTolerance &&
               inner.bottom <= bottom + kTolerance;
    }
};

struct PageFrame {
    const content::PageMaster* master = nullptr;
    Box page, content, header, footer;
};

PageFrame frameOf(const content::PageMaster& m) {
    PageFrame f;
    f.master = &m;
    f.page = {0, 0, m.width, m.height};
    f.content = {m.marginLeft, m.marginTop, m.width - m.marginRight, m.height - m.marginBottom};
    f.header = {m.marginLeft, 0, m.width - m.marginRight, m.marginTop};
    f.footer = {m.marginLeft, m.height - m.marginBottom, m.width - m.marginRight, m.height};
    return f;
}

// The words running headers and footers may show.
std::set<std::string> runningWords(const content::Document& content) {
    WordBag bag;
    auto withoutFields = [](std::string text) {
        for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open)) {
            const std::size_t close = text.find('}', open);
            if (close == std::string::npos) break;
            text.replace(open, close - open + 1, " ");
        }
        return text;
    };
    for (const content::PageMaster& m : content.masters) {
        for (const auto& field : m.header) addWords(bag, withoutFields(field.text));
        for (const auto& field : m.footer) addWords(bag, withoutFields(field.text));
    }
    for (const content::Section& s : content.sections) addWords(bag, s.title);
    addWords(bag, content.metadata.title);
    std::set<std::string> words;
    for (const auto& [word, count] : bag) words.insert(word);
    return words;
}

bool isRunningText(const std::string& text, const std::set<std::string>& running) {
    WordBag bag;
    addWords(bag, text);
    for (const auto& [word, count] : bag) {
        const bool number = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!number && !running.count(word)) return false;
    }
    return true;
}

// The item as the trace painter prints it.
std::string traced(const frame::Item& item) {
    frame::Document one;
    one.pages.emplace_back();
    one.pages.back().items.push_back(item);
    std::string text = frame::traceText(one);
    const std::size_t itemLine = text.find("\n  ");
    text = itemLine == std::string::npos ? text : text.substr(itemLine + 3);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

bool inside(const frame::Item& item, const PageFrame& f, const std::set<std::string>& running) {
    const content::PageMaster& m = *f.master;
    if (auto t = std::get_if<frame::TextRun>(&item)) {
        const Box box{t->x, t->baseline - 0.7 * t->size, t->x + t->width, t->baseline + 0.2 * t->size};
        if (f.content.contains(box)) return true;
        return (f.header.contains(box) || f.footer.contains(box)) && isRunningText(t->text, running);
    }
    if (auto r = std::get_if<frame::Rect>(&item)) {
        const Box box{r->x, r->y, r->x + r->width, r->y + r->height};
        if (f.content.contains(box)) return true;
        const bool background = m.background && std::fabs(r->x) < kTolerance && std::fabs(r->y) < kTolerance &&
                                std::fabs(r->width - m.width) < kTolerance && std::fabs(r->height - m.height) < kTolerance;
        return background;
    }
    if (auto l = std::get_if<frame::Line>(&item)) {
        const Box box{std::min(l->x1, l->x2), std::min(l->y1, l->y2), std::max(l->x1, l->x2), std::max(l->y1, l->y2)};
        return f.content.contains(box) || (m.headerRule && f.header.contains(box));
    }
    if (auto i = std::get_if<frame::ImagePlacement>(&item))
        return f.content.contains({i->x, i->y, i->x + i->width, i->y + i->height});
    if (auto k = std::get_if<frame::Link>(&item))
        return f.content.contains({k->x, k->y, k->x + k->width, k->y + k->height});
    if (auto d = std::get_if<frame::Destination>(&item))
        return d->y >= f.content.top - kTolerance && d->y <= f.content.bottom + kTolerance;
    return false;
}

}  // namespace

std::vector<std::string> itemsOutsideFrame(const content::Document& content, const frame::Document& pages,
                                           std::size_t limit) {
    std::vector<std::string> problems;
    std::size_t count = 0;
    const std::set<std::string> running = runningWords(content);
    const content::PageMaster fallback;
    for (std::size_t p = 0; p < pages.pages.size(); ++p) {
        const frame::Page& page = pages.pages[p];
        const content::PageMaster* master = content.masters.empty() ? &fallback : nullptr;
        for (const content::PageMaster& m : content.masters)
            if (std::fabs(m.width - page.width) < 0.01 && std::fabs(m.height - page.height) < 0.01) master = &m;
        if (!master) {
            problems.push_back("page " + std::to_string(p + 1) + ": its size matches no master");
            continue;
        }
        const PageFrame f = frameOf(*master);
        for (const frame::Item& item : page.items) {
            if (inside(item, f, running)) continue;
            if (count++ < limit) problems.push_back("page " + std::to_string(p + 1) + ": " + traced(item));
        }
    }
    if (count > limit) problems.push_back("... " + std::to_string(count - limit) + " more items outside their frame");
    return problems;
}

}  // namespace brochure::conservation
