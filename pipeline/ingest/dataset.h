#pragma once
// The records of one export after reading and validation: typed cells with provenance.

#include "core/value.h"

#include <cstdint>
#include <string>
#include <vector>

namespace brochure::ingest {

struct YearRange {
    int start = 0;
    int end = 0;
    bool operator==(const YearRange&) const = default;
};

struct Cell {
    // What the store keeps in the column: canonical text (country names resolved from aliases,
    // white space trimmed), a number (count, integer, fiscal year, month 1-12), or NULL
    // (an optional value left out, a count written "-" / "—"). A period keeps its text as written.
    Value value;
    YearRange period;  // type period only: the years it covers
};

// The canonical names of a country-list cell, in order: "Singapore, Vietnam" -> {Singapore, Vietnam}.
// (Country names cannot contain a comma: countries.xml is checked for that.)
std::vector<std::string> countryListItems(const Cell& cell);

struct Record {
    std::vector<Cell> cells;  // one per column of the dataset's schema, in schema order
    int line = 0;             // where the <row> element starts
    int column = 0;
    int seq = 0;              // 1-based position among the rows of its file
};

struct Dataset {
    std::string name;  // the schema's dataset name, "jet-participants"
    int year = 0;      // the edition year of the export
    std::string file;  // as the user named it (or as found below a folder the user named)
    std::vector<Record> records;
};

}  // namespace brochure::ingest
