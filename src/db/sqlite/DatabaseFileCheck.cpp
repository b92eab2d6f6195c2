#include "db/sqlite/DatabaseFileCheck.h"

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "db/sqlite/DatabaseError.h"
#include "domain/Utf8Text.h"
#include "db/sqlite/MigrationRunner.h"
#include "db/schema/SchemaMigrations.h"

namespace reunite::db {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeaderSize = 100;
constexpr char kSqliteMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

std::uint32_t readBigEndian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
    return value;
}

bool walHoldsUncheckpointedData(const fs::path& path) {
    std::error_code error;
    const fs::path wal = path.string() + "-wal";
    const auto size = fs::file_size(wal, error);
    return !error && size > 0;
}

Status checkHeader(const fs::path& path, std::uintmax_t fileSize) {
    std::ifstream file(path, std::ios::binary);
    std::array<unsigned char, kHeaderSize> header{};
    const auto wanted = static_cast<std::streamsize>(std::min<std::uintmax_t>(fileSize, kHeaderSize));
    if (!file || !file.read(reinterpret_cast<char*>(header.data()), wanted)) {
        return databaseError("cannot read " + quotedPathText(path));
    }
    if (fileSize < sizeof kSqliteMagic || std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0) {
        return databaseError(quotedPathText(path) + " is not a Reunite database (it is not a SQLite file); it was not opened or changed");
    }
    if (fileSize < kHeaderSize) {
        return databaseError(quotedPathText(path) + " is damaged: it is truncated to " + std::to_string(fileSize) +
                             " bytes; it was not opened or changed");
    }
    std::uint32_t pageSize = readBigEndian(header.data() + 16, 2);
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return databaseError(quotedPathText(path) + " is damaged: its header has an invalid page size; it was not opened or changed");
    }
    // With pending WAL content the main file may legitimately lag behind; SQLite's own checks apply then.
    if (walHoldsUncheckpointedData(path)) return Ok{};
    if (fileSize % pageSize != 0) {
        return databaseError(quotedPathText(path) + " is damaged or truncated: its size (" + std::to_string(fileSize) +
                             " bytes) is not a whole number of " + std::to_string(pageSize) +
                             "-byte pages; it was not opened or changed");
    }
    const std::uint32_t changeCounter = readBigEndian(header.data() + 24, 4);
    const std::uint32_t pagesInHeader = readBigEndian(header.data() + 28, 4);
    const std::uint32_t versionValidFor = readBigEndian(header.data() + 92, 4);
    if (pagesInHeader != 0 && changeCounter == versionValidFor &&
        static_cast<std::uintmax_t>(pagesInHeader) * pageSize > fileSize) {
        return databaseError(quotedPathText(path) + " is truncated: its header records " + std::to_string(pagesInHeader) +
                             " pages but the file holds only " + std::to_string(fileSize / pageSize) +
                             "; it was not opened or changed");
    }
    return Ok{};
}

struct ConnectionCloser {
    void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
};
using ReadOnlyConnection = std::unique_ptr<sqlite3, ConnectionCloser>;

// Runs a query returning rows of one column, collecting up to `limit` values.
Result<std::vector<std::string>> queryColumn(sqlite3* connection, const char* sql, int limit) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK) {
        return databaseError(connection, sql);
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    std::vector<std::string> values;
    int resultCode = SQLITE_ROW;
    while (static_cast<int>(values.size()) < limit && (resultCode = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, 0));
        values.emplace_back(text ? text : "");
    }
    if (resultCode != SQLITE_ROW && resultCode != SQLITE_DONE) return databaseError(connection, sql);
    return values;
}

Result<std::int64_t> queryInteger(sqlite3* connection, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK) return databaseError(connection, sql);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW) return databaseError(connection, sql);
    return static_cast<std::int64_t>(sqlite3_column_int64(raw, 0));
}

}  // namespace

Result<DatabaseFileState> inspectDatabaseFile(const fs::path& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
        if (!fs::is_directory(folder, error)) {
            return databaseError("cannot create database " + quotedPathText(path) + ": folder " + quotedPathText(folder) +
                                 " does not exist");
        }
        return DatabaseFileState::Missing;
    }
    if (error) return databaseError("cannot access " + quotedPathText(path) + ": " + error.message());
    if (status.type() != fs::file_type::regular) {
        return databaseError(quotedPathText(path) + " is not a regular file; it was not opened or changed");
    }
    const auto size = fs::file_size(path, error);
    if (error) return databaseError("cannot read the size of " + quotedPathText(path) + ": " + error.message());
    if (size == 0) return DatabaseFileState::Empty;
    if (auto header = checkHeader(path, size); !header) return header.error();
    return DatabaseFileState::Existing;
}

Status verifyExistingDatabase(const fs::path& path, int supportedSchemaVersion, bool runQuickCheck) {
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    ReadOnlyConnection connection(raw);
    if (opened != SQLITE_OK) return databaseError(raw, "cannot open " + quotedPathText(path) + " for checking");
    sqlite3_busy_timeout(raw, 5000);

    const std::string refusedSuffix = "; it was not opened for writing or changed";
    if (runQuickCheck) {
        auto problems = queryColumn(raw, "PRAGMA quick_check", 5);
        if (!problems) {
            return databaseError(quotedPathText(path) + " is damaged or not a database (" + problems.error().message + ")" +
                                 refusedSuffix);
        }
        if (problems.value().empty() || problems.value().front() != "ok") {
            std::string details;
            for (const auto& problem : problems.value()) details += (details.empty() ? "" : "; ") + problem;
            return databaseError(quotedPathText(path) + " is damaged (quick_check: " + details + ")" + refusedSuffix);
        }
    }
    auto applicationId = queryInteger(raw, "PRAGMA application_id");
    auto userVersion = queryInteger(raw, "PRAGMA user_version");
    auto objectCount = queryInteger(raw, "SELECT count(*) FROM sqlite_schema");
    for (const auto* result : {&applicationId, &userVersion, &objectCount}) {
        if (!*result) {
            return databaseError(quotedPathText(path) + " is damaged or not a database (" + result->error().message + ")" +
                                 refusedSuffix);
        }
    }
    const bool isReuniteFile = applicationId.value() == kReuniteApplicationId;
    const bool isBlankFile = applicationId.value() == 0 && userVersion.value() == 0 && objectCount.value() == 0;
    if (!isReuniteFile && !isBlankFile) {
        std::ostringstream message;
        message << quotedPathText(path) << " is a SQLite database of another program (application id 0x" << std::hex
                << applicationId.value() << std::dec << ", " << objectCount.value() << " schema objects)"
                << refusedSuffix;
        return databaseError(message.str());
    }
    if (userVersion.value() > supportedSchemaVersion) {
        return databaseError(newerSchemaMessage(static_cast<int>(userVersion.value()), supportedSchemaVersion) +
                             " (" + path.string() + " was not changed)");
    }
    return Ok{};
}

}  // namespace reunite::db
