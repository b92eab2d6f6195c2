#pragma once
// CandidateRepository: people in the search gallery (table `candidates`), unique by
// (source, external reference).
// Inputs: records as in CandidateRecord.h and the name of the acting user (not blank).
// Guarantees: invalid input (blank reference or user, malformed date, birth year outside
// 1900..2200 or contradicting the birth date) -> ErrorCode::InvalidArgument; a second candidate
// with the same (source, external reference) -> ErrorCode::Database naming both; an unknown id ->
// ErrorCode::NotFound; other SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/CandidateRecord.h"
#include "db/records/CandidateReferences.h"
#include "db/records/GalleryCandidateRow.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"
#include "db/records/ScanStep.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class CandidateRepository : public TableRepository<CandidateRecord> {
public:
    // Receives each candidate; the reference is only valid during the call.
    using CandidateCallback = std::function<ScanStep(const CandidateRecord&)>;

    explicit CandidateRepository(Database& database);

    Result<CandidateRecord> create(const CandidateRecord& record, std::string_view userName);
    Result<std::optional<CandidateRecord>> findBySourceReference(CandidateSource source, std::string_view externalRef);
    // One page of candidates with id > afterId, ascending by id (pass the last id seen to continue).
    Result<std::vector<CandidateRecord>> list(std::int64_t afterId = 0, int limit = 1000);
    Result<std::int64_t> count();
    // Streams every candidate in ascending id, reusing one record (for loading the search gallery).
    // Returns how many were delivered. The callback must not use the same Database.
    Result<std::int64_t> forEachCandidate(const CandidateCallback& callback);
    // Streams only what the search filters need, in id order, without allocating per row.
    using GalleryCandidateCallback = std::function<ScanStep(const GalleryCandidateRow&)>;
    Result<std::int64_t> forEachGalleryCandidate(const GalleryCandidateCallback& callback);
    // The unnamed candidates made from the record's group photos (CandidateRecord::groupPhotoOf).
    Result<std::vector<CandidateRecord>> unnamedFacesOf(std::int64_t candidateId);
    Result<CandidateReferences> referencesTo(std::int64_t candidateId);
    // Deletes the record with its photos, faces and unnamed group-photo candidates (schema
    // cascade); refused by the schema while search results or decisions refer to any of them.
    Status remove(std::int64_t candidateId);
};

}  // namespace reunite::db
