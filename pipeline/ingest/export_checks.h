#pragma once
// The checks that look at a whole export after its rows are read: duplicate rows and stated
// totals. Internal to the ingest stage.

#include "core/diagnostic.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"
#include "ingest/xml_source.h"

#include <string>
#include <vector>

namespace brochure::ingest {

// What makes two cells of `column` the same value: the canonical value, or for a period the
// years it covers ("'22" and "2022" are the same period).
std::string cellKey(const Cell& cell, const Column& column);

// D300: a warning for every row whose key equals an earlier row's, naming both lines.
// Rows with an invalid value (rowValid false) are left out.
void checkDuplicateRows(const DatasetSchema& schema, const Dataset& dataset, const std::vector<bool>& rowValid,
                        Diagnostics& diagnostics);

// D301-D307: reads every <total> element and compares it with the sum over the rows.
// The sums are only compared when every row was valid (otherwise they would mislead).
void checkStatedTotals(const XmlSource& source, const Catalog& catalog, const DatasetSchema& schema,
                       const Dataset& dataset, const std::vector<pugi::xml_node>& totals, bool rowsValid,
                       Diagnostics& diagnostics);

}  // namespace brochure::ingest
