#include "generated_store.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "choices.h"
#include "core/diagnostic.h"
#include "text_source.h"

namespace brochure::conservation {

namespace {

ingest::Column column(const char* name, ingest::ColumnType type, bool optional = false) {
    ingest::Column c;
    c.name = name;
    c.sqlName = name;
    c.type = type;
    c.optional = optional;
    c.key = std::string(name) == "id";
    return c;
}

ingest::DatasetSchema schema(const char* name, std::vector<ingest::Column> columns) {
    ingest::DatasetSchema s;
    s.name = name;
    s.table = name;
    s.title = name;
    s.columns = std::move(columns);
    return s;
}

ingest::Record record(int seq, std::vector<Value> values) {
    ingest::Record r;
    for (Value& v : values) r.cells.push_back({std::move(v), {}});
    r.line = seq + 1;
    r.column = 1;
    r.seq = seq;
    return r;
}

ingest::Dataset texts(Choices& choices) {
    ingest::Dataset d{"texts", 2025, "generated/texts.xml", {}};
    int group = 0, groupLeft = 0;
    for (int id = 1; id <= kTextRows; ++id) {
        if (groupLeft == 0) {
            ++group;
            groupLeft = choices.chance(20) ? choices.between(10, 40) : choices.between(1, 6);
        }
        --groupLeft;
        const int roll = choices.below(100);
        const Length length = id > kShortTextRows ? (roll < 50 ? Length::longText : Length::huge)
                              : roll < 8          ? Length::empty
                              : roll < 58         ? Length::shortText
                                                  : Length::medium;
        Value body;
        if (length != Length::empty) body = words(choices, wordCount(choices, length), Casing::capitalised);
        Value amount;
        if (!choices.chance(10)) amount = std::int64_t{choices.between(-500, 50000)};
        d.records.push_back(record(id, {std::int64_t{id}, "Cohort " + std::to_string(group),
                                        words(choices, choices.between(1, 3), Casing::capitalised), std::move(body),
                                        std::move(amount),
                                        std::string(lengthName(length))}));
    }
    return d;
}

ingest::Dataset bars(Choices& choices) {
    ingest::Dataset d{"bars", 2025, "generated/bars.xml", {}};
    for (int id = 1; id <= kBarRows; ++id) {
        const std::int64_t value = choices.chance(10) ? 0 : choices.chance(10) ? choices.between(-50, -1)
                                                                               : choices.between(1, 5000);
        d.records.push_back(
            record(id, {std::int64_t{id}, words(choices, choices.between(1, 3), Casing::alternating), value}));
    }
    return d;
}

std::unique_ptr<store::Store> build() {
    using T = ingest::ColumnType;
    ingest::Catalog catalog;
    catalog.datasets.push_back(schema("texts", {column("id", T::integer), column("grp", T::text),
                                                column("label", T::text), column("body", T::text, true),
                                                column("amount", T::integer, true), column("size", T::text)}));
    catalog.datasets.push_back(
        schema("bars", {column("id", T::integer), column("label", T::text), column("value", T::integer)}));
    catalog.indexCountries();
    SeededChoices choices(2025);
    std::vector<ingest::Dataset> datasets;
    datasets.push_back(texts(choices));
    datasets.push_back(bars(choices));
    auto store = store::Store::inMemory();
    try {
        store->ingest(catalog, datasets);
    } catch (const FatalError& fault) {
        std::fprintf(stderr, "conservation: cannot build the generated store: %s\n",
                     formatDiagnostic(fault.diagnostic).c_str());
        std::abort();
    }
    return store;
}

}  // namespace

const store::Store& generatedStore() {
    static const std::unique_ptr<store::Store> store = build();
    return *store;
}

}  // namespace brochure::conservation
