#include "store/sql_text.h"

namespace brochure::store {

std::string_view skipSpaceAndComments(std::string_view sql) {
    for (;;) {
        std::size_t i = 0;
        while (i < sql.size() && (sql[i] == ' ' || sql[i] == '\t' || sql[i] == '\n' || sql[i] == '\r' || sql[i] == ';'))
            ++i;
        sql.remove_prefix(i);
        if (sql.starts_with("--")) {
            std::size_t end = sql.find('\n');
            sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 1);
        } else if (sql.starts_with("/*")) {
            std::size_t end = sql.find("*/", 2);
            sql.remove_prefix(end == std::string_view::npos ? sql.size() : end + 2);
        } else {
            return sql;
        }
    }
}

std::string leadingKeyword(std::string_view sql) {
    sql = skipSpaceAndComments(sql);
    std::string keyword;
    for (char c : sql) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        keyword += c;
    }
    return keyword;
}

}  // namespace brochure::store
