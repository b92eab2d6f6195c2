#pragma once
// KinshipAnalysisRepository: stored kinship calculations with their per-locus results (tables
// `kinship_analyses` and `kinship_locus_results`).
// Inputs: an analysis as in KinshipAnalysisRecord.h (at least one locus, valid hypothesis,
// options in range, JSON texts valid); the acting user's name (not blank).
// Guarantees: the analysis and its loci are written together or not at all (a savepoint);
// invalid input -> ErrorCode::InvalidArgument; unknown request, profile or table ->
// ErrorCode::Database; unknown id -> ErrorCode::NotFound. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/KinshipAnalysisRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class KinshipAnalysisRepository : public TableRepository<KinshipAnalysisRecord> {
public:
    explicit KinshipAnalysisRepository(Database& database);

    Result<KinshipAnalysisRecord> create(const KinshipAnalysisRecord& analysis, std::string_view userName);
    // The request's analyses, oldest first, with their loci.
    Result<std::vector<KinshipAnalysisRecord>> listForRequest(std::int64_t requestId);
    Result<std::optional<KinshipAnalysisRecord>> latestForRequest(std::int64_t requestId);
    // Seals the genotypes stored plain (before the database was encrypted), inside the caller's
    // transaction; returns how many locus results. Needs the connection's sealer.
    Result<std::int64_t> sealPlainLoci();
};

}  // namespace reunite::db
