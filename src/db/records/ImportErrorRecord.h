#pragma once
// ImportErrorRecord: one problem an import met, e.g. an unreadable file or a bad CSV row (table
// `import_errors`). `message` is the English text; `notice`, when recorded (schema version 6 on),
// is the same as an encoded domain/Notice that each interface can translate. Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

namespace reunite::db {

struct ImportErrorRecord {
    std::int64_t id = 0;
    std::int64_t importRunId = 0;
    std::string file;
    std::optional<std::int64_t> rowNumber;  // 1-based row of a table file, when it applies
    std::string message;
    std::optional<std::string> notice;  // encodeNotice(...)
    std::string recordedAt;
};

}  // namespace reunite::db
