#include "store/store_impl.h"

#include "store/sqlite_statement.h"

#include "core/world.h"

#include <filesystem>

#include <sys/stat.h>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Exception.h>

namespace brochure::store {

void fail(const std::string& code, const std::string& file, std::string message, std::string hint) {
    throw FatalError{Diagnostic{Severity::error, code, file, 0, 0, std::move(message), std::move(hint)}};
}

std::string diagnosticFile(const Store::Impl& store) { return store.path == ":memory:" ? std::string() : store.path; }

void failIfDamaged(const Store::Impl& store, const std::string& message, int errorCode) {
    // Only a corrupt page: a file that is no database at all (SQLITE_NOTADB) may be a user's
    // file named by mistake in paths.store, which must not be advised away (S100 says so).
    if ((errorCode & 0xFF) != SQLITE_CORRUPT) return;
    fail("S101", diagnosticFile(store), "the store file is damaged: " + message,
         "delete " + (store.path == ":memory:" ? std::string("the store") : store.path) +
             "; the next build ingests the data folder again");
}

Store::Impl::Impl(std::string path_, Poco::Data::Session session_)
    : path(std::move(path_)), session(std::move(session_)), db(Poco::Data::SQLite::Utility::dbHandle(session)) {}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

namespace {

std::unique_ptr<Store::Impl> connect(const std::string& path) {
    static std::once_flag registered;
    std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    try {
        auto impl = std::make_unique<Store::Impl>(path, Poco::Data::Session("SQLite", path));
        // Another process (a second `brochure ingest`) may hold the write lock for a moment.
        sqlite3_busy_timeout(impl->db, 5000);
        impl->queryGuard.install(impl->db);
        try {
            // WAL: readers (builds) are not blocked by a writer (an ingest). Also the first read of
            // the file, so "file is not a database" shows up here rather than in a query.
            execute(impl->db, "PRAGMA journal_mode=WAL");
            // With WAL, NORMAL never corrupts the file; a power cut may only lose the last ingest.
            execute(impl->db, "PRAGMA synchronous=NORMAL");
        } catch (const SqliteError& e) {
            failIfDamaged(*impl, e.message, sqlite3_errcode(impl->db));
            throw;
        }
        return impl;
    } catch (const Poco::Exception& e) {
        fail("S100", path, "cannot open the store: " + e.displayText(),
             "check that the folder exists and is writable, and that the file is a brochure store");
    } catch (const SqliteError& e) {
        fail("S100", path, "cannot open the store: " + e.message,
             "check that the file is a brochure store (an SQLite database); delete it to start afresh");
    }
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& path) {
    if (path.empty()) fail("S100", path, "cannot open the store: no file name given");
    // Poco's SQLite session retries a failed open for its whole login timeout (a minute): a
    // folder that is not there is said at once instead.
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (!folder.empty() && !std::filesystem::is_directory(folder, error))
        fail("S100", path, "cannot open the store: the folder " + folder.string() + " does not exist",
             "create it, or set paths.store to a file in an existing folder");
    // A folder (or a FIFO) in the store's place would stall Poco's open for its login timeout too.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        if (const char* kind = notRegularFile(st))
            fail("S100", path, std::string("cannot open the store: it ") + kind,
                 "set paths.store to a file; `brochure ingest` creates it");
    return std::unique_ptr<Store>(new Store(connect(path)));
}

std::unique_ptr<Store> Store::inMemory() { return std::unique_ptr<Store>(new Store(connect(":memory:"))); }

const std::string& Store::path() const { return impl_->path; }

std::int64_t Store::rowCount(const std::string& table, int year) const {
    std::lock_guard lock(impl_->mutex);
    try {
        Statement exists(impl_->db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        exists.bind(1, table);
        if (!exists.step() || std::get<std::int64_t>(exists.column(0)) == 0) return -1;
        Statement count(impl_->db, "SELECT count(*) FROM " + quoteIdentifier(table) + (year ? " WHERE _year = ?" : ""));
        if (year) count.bind(1, std::int64_t{year});
        count.step();
        return std::get<std::int64_t>(count.column(0));
    } catch (const SqliteError& e) {
        failIfDamaged(*impl_, e.message, sqlite3_errcode(impl_->db));
        fail("S304", diagnosticFile(*impl_), "cannot count the rows of '" + table + "': " + e.message);
    }
}

std::optional<Store::TextOrigin> Store::findText(const std::string& text) const {
    std::lock_guard lock(impl_->mutex);
    try {
        Statement tables(impl_->db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (tables.step()) {
            const std::string table = toText(tables.column(0));
            std::vector<std::string> textColumns;
            bool provenance = false;
            Statement info(impl_->db, "PRAGMA table_info(" + quoteIdentifier(table) + ")");
            while (info.step()) {
                const std::string column = toText(info.column(1));
                if (column == "_line") provenance = true;
                else if (toText(info.column(2)) == "TEXT" && column[0] != '_') textColumns.push_back(column);
            }
            if (!provenance) continue;
            for (const std::string& column : textColumns) {
                Statement find(impl_->db, "SELECT _file, _line FROM " + quoteIdentifier(table) + " WHERE instr(" +
                                              quoteIdentifier(column) + ", ?) > 0 ORDER BY _seq LIMIT 1");
                find.bind(1, text);
                if (find.step())
                    return TextOrigin{toText(find.column(0)), static_cast<int>(std::get<std::int64_t>(find.column(1)))};
            }
        }
    } catch (const SqliteError&) {
        // Only a better place for a warning: the warning itself is still given.
    } catch (const std::bad_variant_access&) {
    }
    return std::nullopt;
}

std::vector<std::string> Store::tables() const {
    std::lock_guard lock(impl_->mutex);
    std::vector<std::string> names;
    try {
        Statement list(impl_->db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (list.step()) names.push_back(toText(list.column(0)));
    } catch (const SqliteError& e) {
        failIfDamaged(*impl_, e.message, sqlite3_errcode(impl_->db));
        fail("S304", diagnosticFile(*impl_), "cannot list the tables: " + e.message);
    }
    return names;
}

}  // namespace brochure::store
