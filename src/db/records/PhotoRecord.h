#pragma once
// PhotoRecord: one imported photo file attached to one owner (row of table `photos`). The same
// file (same SHA-256) may be attached to several owners, but only once per owner.
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/PhotoOwner.h"
#include "db/records/RecordEnums.h"

namespace reunite::db {

struct PhotoRecord {
    std::int64_t id = 0;  // set by the repository
    PhotoOwner owner;
    std::string sha256;            // 64 lowercase hex digits of the file's bytes
    std::string storedPath;        // where the workstation keeps its copy
    std::string originalFileName;  // the name it was imported under
    std::int64_t byteSize = 0;
    std::optional<int> width;   // pixels as decoded (after orientation; a JPEG above 16 MP at its reduced size); unknown if undecodable
    std::optional<int> height;
    std::optional<std::string> captureDate;  // "YYYY-MM-DD"
    std::optional<double> ageAtPhotoYears;   // age of the person in the photo
    std::string provenance;                  // where the photo came from, free text
    std::optional<std::int64_t> importRunId;
    PhotoStatus status = PhotoStatus::Pending;
    std::string errorMessage;  // why processing failed, when status == Error
    std::string importedAt;    // set by the repository
    std::string importedBy;    // set by the repository
};

}  // namespace reunite::db
