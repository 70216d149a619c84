#pragma once
// Reading just enough of an SQL text to police it: what comes after the first statement, and
// which keyword starts it. Internal to the store.

#include <string>
#include <string_view>

namespace brochure::store {

// `sql` without leading white space, `-- line` and `/* block */` comments.
std::string_view skipSpaceAndComments(std::string_view sql);

// The first keyword, upper-cased ("SELECT", "WITH", "DELETE"); empty when there is none.
std::string leadingKeyword(std::string_view sql);

}  // namespace brochure::store
