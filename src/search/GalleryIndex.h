#pragma once
// GalleryIndex: every gallery face embedding in one contiguous row-major float matrix, with the
// candidate each face belongs to and the candidate attributes the filters need. search() scans
// all rows on all cores and returns the top-K candidates ranked by their best face.
// With an age-invariant transform installed, a second matrix holds every face projected into that
// space (kept up to date on every add), for probes with space == AgeInvariant, and, when the
// transform has a gallery normalisation, each face's penalty in that space (added to its squared
// distances, see AgeInvariantTransform). Several probes of one kind combine per candidate as the
// query's probeFusion says (closest or mean). A search keeps, per worker thread, the best face of
// every candidate for every probe: probes x candidates x 8 bytes (10 probes, 1M candidates: 80 MB).
// Thread safety: any number of concurrent search() calls; addFace()/upsertCandidate() take an
// exclusive lock and may run while the GUI searches (searches wait for them).
#include <atomic>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "crossage/AgeInvariantTransform.h"
#include "domain/BirthYearRange.h"
#include "domain/CancellationToken.h"
#include "domain/Result.h"
#include "search/SearchTypes.h"

namespace reunite {

struct GalleryCandidate {
    std::int64_t candidateId = 0;
    Sex sex = Sex::Unknown;
    int birthYearFrom = 0;       // 0: unknown
    int birthYearTo = 0;
    std::string region;
    std::string source;
    // The birth years its faces' estimated ages imply (the union over its faces; 0: none), used by
    // the birth-year filter only when the birth year is unknown. Kept when the candidate is upserted
    // again with none (a record's edit does not know them); widened by addFaces.
    BirthYearRange estimatedBirthYears;
};

class GalleryIndex {
public:
    GalleryIndex() = default;
    GalleryIndex(const GalleryIndex&) = delete;
    GalleryIndex& operator=(const GalleryIndex&) = delete;

    void reserve(std::size_t faces, std::size_t candidates);
    void upsertCandidate(const GalleryCandidate& candidate);
    void upsertCandidates(const std::vector<GalleryCandidate>& candidates);
    // The candidate must have been added first; returns InvalidArgument otherwise.
    Status addFace(std::int64_t faceId, std::int64_t candidateId, const Embedding& embedding);
    struct FaceEntry {
        std::int64_t faceId;
        std::int64_t candidateId;
        Embedding embedding;
        BirthYearRange estimatedBirthYears;  // the face's, widening its candidate's
    };
    // Adds many faces at once (projections computed as one matrix product); all or none.
    Status addFaces(const std::vector<FaceEntry>& faces);
    // Widens a candidate's estimated birth years to take in [fromYear, toYear]; unknown ids are ignored.
    void widenEstimatedBirthYears(std::int64_t candidateId, const BirthYearRange& years);
    // Drops the faces with these ids (a removed photo or record); returns how many were held.
    // The rows after them move up: O(faces) per call, meant for a user's removal, not bulk work.
    std::size_t removeFaces(const std::vector<std::int64_t>& faceIds);
    // Installs (or, with nullptr, removes) the age-invariant space; projects every stored face.
    void setAgeInvariantTransform(std::shared_ptr<const AgeInvariantTransform> transform);
    bool hasAgeInvariantSpace() const;

    // The stored faces of these candidates (unknown ids are left out), for comparisons a search
    // does not make itself (e.g. with relatives' faces). One pass over the faces per call.
    struct CandidateFaces {
        Sex sex = Sex::Unknown;
        std::vector<Embedding> faces;
    };
    std::unordered_map<std::int64_t, CandidateFaces> facesOf(const std::vector<std::int64_t>& candidateIds) const;

    std::size_t faceCount() const;
    std::size_t candidateCount() const;
    // The regions named by the stored candidates, sorted, without the empty one.
    std::vector<std::string> regionNames() const;
    std::size_t memoryBytes() const;

    // cancel is polled while scanning; a cancelled search returns Cancelled.
    Result<SearchOutcome> search(const SearchQuery& query,
                                 const CancellationToken& cancel = CancellationToken::none()) const;

private:
    void projectRows(std::size_t firstRow, std::size_t count);
    std::vector<std::uint8_t> eligibleCandidates(const SearchFilters& filters) const;
    std::int32_t internString(std::vector<std::string>& table, std::unordered_map<std::string, std::int32_t>& lookup,
                              const std::string& value);
    void upsertLocked(const GalleryCandidate& candidate);
    void widenLocked(std::int32_t candidate, const BirthYearRange& years);

    mutable std::shared_mutex mutex_;
    std::vector<float> embeddings_;            // faceCount x 128
    std::shared_ptr<const AgeInvariantTransform> transform_;
    std::vector<float> invariantEmbeddings_;   // faceCount x 128 when transform_ is set
    std::vector<float> invariantPenalty_;      // faceCount when the transform normalises the gallery
    std::vector<std::int64_t> faceIds_;
    std::vector<std::int32_t> faceCandidate_;  // index into the candidate arrays

    std::unordered_map<std::int64_t, std::int32_t> candidateIndex_;
    std::vector<GalleryCandidate> candidates_;
    std::vector<std::int32_t> candidateRegion_;
    std::vector<std::int32_t> candidateSource_;
    std::vector<std::string> regions_;
    std::vector<std::string> sources_;
    std::unordered_map<std::string, std::int32_t> regionIds_;
    std::unordered_map<std::string, std::int32_t> sourceIds_;
};

}  // namespace reunite
