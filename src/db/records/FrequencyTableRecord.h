#pragma once
// FrequencyTableRecord: an allele-frequency table as imported (table `str_frequency_tables`):
// its name, the file it came from, the SHA-256 and the full Familias text, so that every
// analysis that used it can be recomputed. Identical files are stored once (sha256 unique).
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string>

namespace reunite::db {

struct FrequencyTableRecord {
    std::int64_t id = 0;  // set by the repository
    std::string name;
    std::string sourceFile;
    std::string sha256;   // lowercase hex of content
    std::string content;  // the Familias text
    int markerCount = 0;
    std::string importedBy;  // set by the repository
    std::string importedAt;  // set by the repository
};

}  // namespace reunite::db
