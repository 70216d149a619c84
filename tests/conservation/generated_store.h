#pragma once
// The small store the generated layouts query: an in-memory SQLite store (store::Store, the
// production code) with two generated datasets, the same for every run.
//
//   texts(id, grp, label, body, amount, size)  400 rows. `size` names the length class of
//         `body`: rows 1 to 360 are empty (NULL), short or medium (up to 120 words); rows 361
//         to 400 are long (300 to 1,200 words) or huge (1,500 to 3,000 words: taller than a
//         page in a table cell). `grp` runs of 1 to 40 equal values (merged groups); `amount`
//         an integer, sometimes negative, sometimes NULL.
//   bars(id, label, value)                      500 rows for charts of 1 to 500 bars; values
//         from -50 to 5,000, some 0.
//
// Every row's `_year` is 2025, the `:year` the pipeline binds.

#include "store/store.h"

namespace brochure::conservation {

constexpr int kTextRows = 400;
constexpr int kShortTextRows = 360;  // the rows after these have long and huge texts
constexpr int kBarRows = 500;

// Built on first use; shared by every document of the process (queries are read-only).
const store::Store& generatedStore();

}  // namespace brochure::conservation
