#pragma once
// sealStoredRows: seals every personal value an encrypted database still holds plain — the rows
// it had before it was encrypted — through each table's repository (RecordTable.h, faces, STR
// loci, kinship locus results). Used on the copy that `encrypt` prepares.
// Inputs: a connection with its sealer attached (Database::useSealer), inside no other work.
// Guarantees: all in one transaction (nothing is sealed unless everything is); the append-only
// triggers, which refuse any UPDATE of history, are lifted for that transaction only and put back
// exactly as they were. Returns how many rows and values were sealed.
// Thread safety: uses the connection; one thread at a time.
#include <cstdint>

#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::db {

Result<std::int64_t> sealStoredRows(Database& database);

}  // namespace reunite::db
