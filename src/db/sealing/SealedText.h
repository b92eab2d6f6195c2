#pragma once
// One text value sealed where it is stored (for child rows without a `sealed` column of their
// own, e.g. an STR profile's alleles): in an encrypted database the column holds a blob sealed
// under `boundTo` (FieldSealer.h); in a plain one, the text.
// Guarantees: sealTexts seals each text under boundTo(i) (none without a sealer), for binding
// with bindSealedText: the text without a sealer, its sealed blob with one; readSealedText returns stored text as it is and opens a blob (no key -> AccessDenied;
// another key, place or changed bytes -> ErrorCode::Database naming `boundTo`).
// Thread safety: uses the statement's connection; one thread at a time.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>
#include <string_view>

#include "db/sealing/FieldSealer.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/Statement.h"
#include "domain/Result.h"

namespace reunite::db {

Result<std::vector<std::vector<std::byte>>> sealTexts(const FieldSealer* sealer, const std::vector<std::string_view>& texts,
                                                      const std::function<std::string(std::size_t)>& boundTo);
void bindSealedText(Statement& statement, int index, std::string_view text, const std::vector<std::vector<std::byte>>& sealed,
                    std::size_t position);
// Seals in place every text still stored plain in `column` of the child table `table`, whose rows
// are named by (parentColumn, childColumn); boundTo(parent, child) names each place. Returns how
// many were sealed. Needs the connection's sealer.
Result<std::int64_t> sealPlainChildTexts(Database& database, std::string_view table, std::string_view parentColumn,
                                         std::string_view childColumn, std::string_view column,
                                         const std::function<std::string(std::int64_t, const std::string&)>& boundTo);
Result<std::string> readSealedText(const Database& database, const Statement& row, int column, const std::string& boundTo);

}  // namespace reunite::db
