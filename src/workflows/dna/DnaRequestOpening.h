#pragma once
// Opens a DNA request for a case and candidate, or returns the one already open (neither
// confirmed nor excluded), so "Request DNA…" twice gives one request. Shared by DnaActions and
// the review's "DNA requested" decision (ReviewActions), inside the caller's transaction.
// Guarantees: blank reason -> InvalidArgument; unknown case or candidate -> Database. Never throws.
// Thread safety: uses the connection from the calling thread.
#include <string_view>

#include "db/records/DnaRequestRecord.h"
#include "domain/Result.h"
#include "workflows/dna/DnaRequestInputs.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

struct OpenedDnaRequest {
    db::DnaRequestRecord request;
    bool created = false;  // false: an open request existed already
};

Result<OpenedDnaRequest> openDnaRequest(db::Database& database, const DnaRequestInput& input, std::string_view userName);

}  // namespace reunite::workflows
