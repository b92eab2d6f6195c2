#pragma once
// StrProfileRepository: STR profiles imported from lab files (tables `str_profiles` and
// `str_profile_loci`), one profile per sample and file.
// Inputs: a profile with sample, source file, SHA-256 (64 lowercase hex), layout and at least
// one locus; the acting user's name (not blank).
// Guarantees: the profile and its loci are written together or not at all (a savepoint, so it
// composes with a caller's transaction); invalid input -> ErrorCode::InvalidArgument; the same
// file imported twice for a sample -> ErrorCode::Database saying so; unknown sample ->
// ErrorCode::Database; unknown id -> ErrorCode::NotFound. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/StrProfileRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class StrProfileRepository : public TableRepository<StrProfileRecord> {
public:
    explicit StrProfileRepository(Database& database);

    Result<StrProfileRecord> create(const StrProfileRecord& profile, std::string_view userName);
    // The most recently imported profile of the sample, with its loci.
    Result<std::optional<StrProfileRecord>> latestForSample(std::int64_t sampleId);
    // Every profile of the sample, oldest first, with their loci.
    Result<std::vector<StrProfileRecord>> listForSample(std::int64_t sampleId);
    // Seals the alleles stored plain (before the database was encrypted), inside the caller's
    // transaction; returns how many loci. Needs the connection's sealer.
    Result<std::int64_t> sealPlainLoci();
};

}  // namespace reunite::db
