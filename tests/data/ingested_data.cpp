#include "ingested_data.h"

#include "ingest/ingest.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

namespace brochure::testdata {

namespace {

class StoreIngestedData final : public IngestedData {
public:
    explicit StoreIngestedData(const std::vector<std::string>& folders) : store_(store::Store::inMemory()) {
        catalog_ = ingest::loadCatalog(BROCHURE_SOURCE_DIR "/data", diagnostics_);
        if (!catalog_) return;
        const std::vector<ingest::Dataset> datasets = ingest::readExports(*catalog_, folders, diagnostics_);
        if (diagnostics_.hasErrors()) return;
        try {
            store_->ingest(*catalog_, datasets);
        } catch (const FatalError& fault) {
            diagnostics_.report(fault.diagnostic);
        }
    }

    const Diagnostics& diagnostics() const override { return diagnostics_; }

    ResultSet query(const std::string& sql) const override {
        try {
            return store_->query(sql, {});
        } catch (const FatalError& fault) {
            FAIL_CHECK("the store refused " << sql << ": " << formatDiagnostic(fault.diagnostic));
            return {};
        }
    }

private:
    Diagnostics diagnostics_;
    std::optional<ingest::Catalog> catalog_;
    std::unique_ptr<store::Store> store_;
};

}  // namespace

const IngestedData& ingestedData() {
    static const StoreIngestedData data({BROCHURE_SOURCE_DIR "/data"});
    return data;
}

std::unique_ptr<IngestedData> ingestFolders(const std::vector<std::string>& folders) {
    return std::make_unique<StoreIngestedData>(folders);
}

std::string cellText(const Value& value) { return isNull(value) ? "NULL" : toText(value); }

std::vector<std::vector<std::string>> queryCells(const std::string& sql) { return queryCells(ingestedData(), sql); }

std::vector<std::vector<std::string>> queryCells(const IngestedData& data, const std::string& sql) {
    const ResultSet result = data.query(sql);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(result.rows.size());
    for (const std::vector<Value>& row : result.rows) {
        std::vector<std::string>& cells = rows.emplace_back();
        for (const Value& value : row) cells.push_back(cellText(value));
    }
    return rows;
}

}  // namespace brochure::testdata
