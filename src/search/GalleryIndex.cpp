#include "search/GalleryIndex.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <iterator>
#include <thread>
#include <unordered_set>

namespace reunite {
namespace {

constexpr float kUnset = std::numeric_limits<float>::infinity();
constexpr std::size_t kCancelPollRows = 8192;
constexpr std::size_t kMinRowsPerThread = 16384;

// Best squared distance per candidate for one probe, as found by one worker, and the row giving it.
struct ProbeBest {
    std::vector<float> squaredDistance;
    std::vector<std::int32_t> row;
};

// The query's probes laid out for the scan.
struct PreparedProbes {
    std::vector<std::string> kinds;
    std::vector<std::int32_t> kindOf;   // kind index of each probe
    std::vector<std::int32_t> spaceOf;  // 0 direct, 1 age-invariant
    std::vector<float> matrix;          // probeCount x 128
};

struct ScanInput {
    const float* spaces[2];              // direct, age-invariant (may be null)
    const float* penalty;                // per row, added in the age-invariant space (may be null)
    const std::int32_t* faceCandidate;
    const std::uint8_t* eligible;
    const float* probes;                 // probeCount x 128
    const std::int32_t* probeSpace;      // space index of each probe
    std::size_t probeCount;
    const CancellationToken& cancel;
};

// Scans rows [begin, end). Compiled for AVX2 and for the baseline; the loader picks one.
__attribute__((target_clones("avx2", "default")))
std::size_t scanRows(const ScanInput& in, std::size_t begin, std::size_t end, std::vector<ProbeBest>& best) {
    std::size_t scanned = 0;
    for (std::size_t r = begin; r < end; ++r) {
        if ((r - begin) % kCancelPollRows == 0 && in.cancel.isCancelled()) break;
        const std::int32_t candidate = in.faceCandidate[r];
        if (!in.eligible[candidate]) continue;
        ++scanned;
        for (std::size_t p = 0; p < in.probeCount; ++p) {
            const float* row = in.spaces[in.probeSpace[p]] + r * kEmbeddingSize;
            const float* probe = in.probes + p * kEmbeddingSize;
            float partial[16] = {};
            for (int i = 0; i < kEmbeddingSize; i += 16) {
                for (int j = 0; j < 16; ++j) {
                    const float d = row[i + j] - probe[i + j];
                    partial[j] += d * d;
                }
            }
            float sum = 0;
            for (float v : partial) sum += v;
            if (in.probeSpace[p] == 1 && in.penalty) sum += in.penalty[r];
            ProbeBest& mine = best[p];
            if (sum < mine.squaredDistance[candidate]) {
                mine.squaredDistance[candidate] = sum;
                mine.row[candidate] = static_cast<std::int32_t>(r);
            }
        }
    }
    return scanned;
}

Status checkProbes(const SearchQuery& query) {
    if (query.probes.empty()) return makeError(ErrorCode::InvalidArgument, "a search needs at least one probe face");
    if (query.probes.size() > static_cast<std::size_t>(std::numeric_limits<std::int16_t>::max())) {
        return makeError(ErrorCode::InvalidArgument, "too many probe faces");
    }
    return Ok{};
}

Result<PreparedProbes> prepareProbes(const SearchQuery& query, bool hasInvariantSpace) {
    PreparedProbes prepared;
    for (const Probe& probe : query.probes) {
        if (probe.space == EmbeddingSpace::AgeInvariant && !hasInvariantSpace) {
            return makeError(ErrorCode::InvalidArgument, "an age-invariant probe needs a gallery with the age-invariant space");
        }
        prepared.spaceOf.push_back(probe.space == EmbeddingSpace::AgeInvariant ? 1 : 0);
        auto it = std::find(prepared.kinds.begin(), prepared.kinds.end(), probe.kind);
        if (it == prepared.kinds.end()) it = prepared.kinds.insert(prepared.kinds.end(), probe.kind);
        prepared.kindOf.push_back(static_cast<std::int32_t>(it - prepared.kinds.begin()));
        prepared.matrix.insert(prepared.matrix.end(), probe.embedding.begin(), probe.embedding.end());
    }
    return prepared;
}

Result<std::vector<KindWeighting>> kindWeightings(const std::vector<std::string>& kinds, const SearchQuery& query) {
    std::vector<KindWeighting> weighting(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (const auto it = query.weighting.find(kinds[k]); it != query.weighting.end()) weighting[k] = it->second;
        if (weighting[k].scale <= 0) return makeError(ErrorCode::InvalidArgument, "kind " + kinds[k] + " needs a positive scale");
    }
    return weighting;
}

int scanThreads(std::size_t rows, int requested) {
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<int>(std::clamp<std::size_t>(rows / kMinRowsPerThread, 1, requested > 0 ? requested : hardware));
}

// Keeps, per probe and candidate, the better of two workers' bests.
void mergeBests(std::vector<ProbeBest>& into, const std::vector<ProbeBest>& other) {
    for (std::size_t p = 0; p < into.size(); ++p) {
        for (std::size_t c = 0; c < into[p].squaredDistance.size(); ++c) {
            if (other[p].squaredDistance[c] < into[p].squaredDistance[c]) {
                into[p].squaredDistance[c] = other[p].squaredDistance[c];
                into[p].row[c] = other[p].row[c];
            }
        }
    }
}

double distanceOf(float squared) { return std::sqrt(std::max(0.0f, squared)); }

// One kind's distance to candidate c, and the probe that came closest (-1: none reached c).
struct KindDistance {
    double distance = 0;
    std::int32_t closestProbe = -1;
};

KindDistance kindDistance(const std::vector<ProbeBest>& best, const PreparedProbes& probes, std::int32_t kind,
                          std::size_t c, ProbeFusion fusion) {
    KindDistance out;
    double sum = 0, closest = std::numeric_limits<double>::infinity();
    int reached = 0;
    for (std::size_t p = 0; p < best.size(); ++p) {
        if (probes.kindOf[p] != kind || best[p].squaredDistance[c] == kUnset) continue;
        const double d = distanceOf(best[p].squaredDistance[c]);
        sum += d;
        ++reached;
        if (d < closest) {
            closest = d;
            out.closestProbe = static_cast<std::int32_t>(p);
        }
    }
    if (reached > 0) out.distance = fusion == ProbeFusion::Mean ? sum / reached : closest;
    return out;
}

struct ScanResult {
    std::vector<ProbeBest> best;  // per probe
    std::size_t scanned = 0;
};

// Scans every row on `threads` workers, each with its own bests, then merges them.
ScanResult scanInParallel(const ScanInput& input, std::size_t rows, std::size_t candidates, int threads) {
    std::vector<std::vector<ProbeBest>> perThread(threads);
    std::vector<std::size_t> scanned(threads, 0);
    auto worker = [&](int t) {
        std::vector<ProbeBest>& best = perThread[t];
        best.resize(input.probeCount);
        for (ProbeBest& probe : best) {
            probe.squaredDistance.assign(candidates, kUnset);
            probe.row.assign(candidates, -1);
        }
        scanned[t] = scanRows(input, rows * t / threads, rows * (t + 1) / threads, best);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (std::thread& thread : pool) thread.join();
    ScanResult result{std::move(perThread[0]), 0};
    for (int t = 1; t < threads; ++t) mergeBests(result.best, perThread[t]);
    for (std::size_t n : scanned) result.scanned += n;
    return result;
}

// Fused distance per reached candidate: weighted mean of the scaled distances of the kinds.
std::vector<std::pair<float, std::int32_t>> fuseKinds(const ScanResult& scan, const PreparedProbes& probes,
                                                       const std::vector<KindWeighting>& weighting, ProbeFusion fusion,
                                                       std::size_t candidates) {
    std::vector<std::pair<float, std::int32_t>> ranked;
    for (std::size_t c = 0; c < candidates; ++c) {
        double sum = 0, weights = 0;
        for (std::size_t k = 0; k < probes.kinds.size(); ++k) {
            if (weighting[k].weight <= 0) continue;
            const KindDistance kind = kindDistance(scan.best, probes, static_cast<std::int32_t>(k), c, fusion);
            if (kind.closestProbe < 0) continue;
            sum += weighting[k].weight * kind.distance / weighting[k].scale;
            weights += weighting[k].weight;
        }
        if (weights > 0) ranked.emplace_back(static_cast<float>(sum / weights), static_cast<std::int32_t>(c));
    }
    return ranked;
}

void keepBest(std::vector<std::pair<float, std::int32_t>>& ranked, std::size_t topK) {
    const std::size_t keep = std::min(topK, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    ranked.resize(keep);
}

// The match of candidate c with one component per kind that reached it.
CandidateMatch describeMatch(std::int64_t candidateId, std::int32_t c, double distance, const std::vector<ProbeBest>& best,
                             const PreparedProbes& probes, const std::vector<KindWeighting>& weighting,
                             const SearchQuery& query, const std::vector<std::int64_t>& faceIds) {
    CandidateMatch match;
    match.candidateId = candidateId;
    match.distance = distance;
    match.score = displayScore(distance);
    double closest = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < probes.kinds.size(); ++k) {
        const KindDistance kind = kindDistance(best, probes, static_cast<std::int32_t>(k), static_cast<std::size_t>(c), query.probeFusion);
        if (kind.closestProbe < 0) continue;
        ScoreComponent component;
        component.kind = probes.kinds[k];
        component.distance = kind.distance;
        component.weight = weighting[k].weight;
        component.candidateFaceId = faceIds[best[kind.closestProbe].row[c]];
        component.probeFaceId = query.probes[kind.closestProbe].faceId;
        if (component.distance / weighting[k].scale < closest) {
            closest = component.distance / weighting[k].scale;
            match.bestFaceId = component.candidateFaceId;
            match.bestProbeFaceId = component.probeFaceId;
        }
        match.components.push_back(component);
    }
    return match;
}
}  // namespace

double displayScore(double distance) { return std::clamp(1.0 - distance / 2.0, 0.0, 1.0); }

void GalleryIndex::reserve(std::size_t faces, std::size_t candidates) {
    std::unique_lock lock(mutex_);
    embeddings_.reserve(faces * kEmbeddingSize);
    faceIds_.reserve(faces);
    faceCandidate_.reserve(faces);
    candidates_.reserve(candidates);
    candidateRegion_.reserve(candidates);
    candidateSource_.reserve(candidates);
    candidateIndex_.reserve(candidates);
}

std::int32_t GalleryIndex::internString(std::vector<std::string>& table,
                                       std::unordered_map<std::string, std::int32_t>& lookup, const std::string& value) {
    const auto [it, inserted] = lookup.emplace(value, static_cast<std::int32_t>(table.size()));
    if (inserted) table.push_back(value);
    return it->second;
}

void GalleryIndex::upsertLocked(const GalleryCandidate& candidate) {
    const std::int32_t region = internString(regions_, regionIds_, candidate.region);
    const std::int32_t source = internString(sources_, sourceIds_, candidate.source);
    const auto [it, inserted] = candidateIndex_.emplace(candidate.candidateId, static_cast<std::int32_t>(candidates_.size()));
    if (inserted) {
        candidates_.push_back(candidate);
        candidateRegion_.push_back(region);
        candidateSource_.push_back(source);
    } else {
        GalleryCandidate& stored = candidates_[it->second];
        const BirthYearRange estimated = stored.estimatedBirthYears;
        stored = candidate;
        stored.estimatedBirthYears.widen(estimated);
        candidateRegion_[it->second] = region;
        candidateSource_[it->second] = source;
    }
}

void GalleryIndex::upsertCandidate(const GalleryCandidate& candidate) {
    std::unique_lock lock(mutex_);
    upsertLocked(candidate);
}

void GalleryIndex::upsertCandidates(const std::vector<GalleryCandidate>& candidates) {
    std::unique_lock lock(mutex_);
    for (const GalleryCandidate& candidate : candidates) upsertLocked(candidate);
}

void GalleryIndex::widenLocked(std::int32_t index, const BirthYearRange& years) {
    candidates_[static_cast<std::size_t>(index)].estimatedBirthYears.widen(years);
}

void GalleryIndex::widenEstimatedBirthYears(std::int64_t candidateId, const BirthYearRange& years) {
    std::unique_lock lock(mutex_);
    if (const auto it = candidateIndex_.find(candidateId); it != candidateIndex_.end()) widenLocked(it->second, years);
}

Status GalleryIndex::addFace(std::int64_t faceId, std::int64_t candidateId, const Embedding& embedding) {
    return addFaces({FaceEntry{faceId, candidateId, embedding}});
}

Status GalleryIndex::addFaces(const std::vector<FaceEntry>& faces) {
    std::unique_lock lock(mutex_);
    std::vector<std::int32_t> candidates;
    candidates.reserve(faces.size());
    for (const FaceEntry& face : faces) {
        const auto it = candidateIndex_.find(face.candidateId);
        if (it == candidateIndex_.end()) {
            return makeError(ErrorCode::InvalidArgument, "face " + std::to_string(face.faceId) +
                                                             " belongs to unknown candidate " + std::to_string(face.candidateId));
        }
        candidates.push_back(it->second);
    }
    const std::size_t firstRow = faceIds_.size();
    for (std::size_t i = 0; i < faces.size(); ++i) {
        embeddings_.insert(embeddings_.end(), faces[i].embedding.begin(), faces[i].embedding.end());
        faceIds_.push_back(faces[i].faceId);
        faceCandidate_.push_back(candidates[i]);
        widenLocked(candidates[i], faces[i].estimatedBirthYears);
    }
    if (transform_) projectRows(firstRow, faces.size());
    return Ok{};
}

std::size_t GalleryIndex::removeFaces(const std::vector<std::int64_t>& faceIds) {
    const std::unordered_set<std::int64_t> removed(faceIds.begin(), faceIds.end());
    std::unique_lock lock(mutex_);
    const bool projected = transform_ && invariantEmbeddings_.size() == embeddings_.size();
    const bool penalised = invariantPenalty_.size() == faceIds_.size();
    std::size_t kept = 0;
    for (std::size_t row = 0; row < faceIds_.size(); ++row) {
        if (removed.count(faceIds_[row])) continue;
        if (kept != row) {
            std::copy_n(embeddings_.begin() + row * kEmbeddingSize, kEmbeddingSize, embeddings_.begin() + kept * kEmbeddingSize);
            if (projected) {
                std::copy_n(invariantEmbeddings_.begin() + row * kEmbeddingSize, kEmbeddingSize,
                            invariantEmbeddings_.begin() + kept * kEmbeddingSize);
            }
            if (penalised) invariantPenalty_[kept] = invariantPenalty_[row];
            faceIds_[kept] = faceIds_[row];
            faceCandidate_[kept] = faceCandidate_[row];
        }
        ++kept;
    }
    const std::size_t dropped = faceIds_.size() - kept;
    faceIds_.resize(kept);
    faceCandidate_.resize(kept);
    embeddings_.resize(kept * kEmbeddingSize);
    if (projected) invariantEmbeddings_.resize(kept * kEmbeddingSize);
    if (penalised) invariantPenalty_.resize(kept);
    return dropped;
}

void GalleryIndex::setAgeInvariantTransform(std::shared_ptr<const AgeInvariantTransform> transform) {
    std::unique_lock lock(mutex_);
    transform_ = std::move(transform);
    invariantEmbeddings_.clear();
    invariantEmbeddings_.shrink_to_fit();
    invariantPenalty_.clear();
    invariantPenalty_.shrink_to_fit();
    if (transform_) projectRows(0, faceIds_.size());
}

void GalleryIndex::projectRows(std::size_t firstRow, std::size_t count) {
    invariantEmbeddings_.resize(embeddings_.size());
    float* projected = invariantEmbeddings_.data() + firstRow * kEmbeddingSize;
    transform_->projectGalleryRows(embeddings_.data() + firstRow * kEmbeddingSize, count, projected);
    if (transform_->galleryNormalisation().cohortWeight <= 0) return;
    invariantPenalty_.resize(faceIds_.size());
    transform_->galleryPenalties(projected, count, invariantPenalty_.data() + firstRow);
}

bool GalleryIndex::hasAgeInvariantSpace() const {
    std::shared_lock lock(mutex_);
    return transform_ != nullptr;
}

std::unordered_map<std::int64_t, GalleryIndex::CandidateFaces> GalleryIndex::facesOf(const std::vector<std::int64_t>& candidateIds) const {
    std::shared_lock lock(mutex_);
    std::unordered_map<std::int32_t, CandidateFaces*> wanted;
    std::unordered_map<std::int64_t, CandidateFaces> out;
    for (std::int64_t id : candidateIds) {
        const auto it = candidateIndex_.find(id);
        if (it == candidateIndex_.end()) continue;
        CandidateFaces& faces = out[id];
        faces.sex = candidates_[it->second].sex;
        wanted[it->second] = &faces;
    }
    for (std::size_t row = 0; row < faceCandidate_.size(); ++row) {
        const auto it = wanted.find(faceCandidate_[row]);
        if (it == wanted.end()) continue;
        Embedding face{};
        std::copy_n(embeddings_.begin() + static_cast<std::ptrdiff_t>(row * kEmbeddingSize), kEmbeddingSize, face.begin());
        it->second->faces.push_back(face);
    }
    return out;
}

std::size_t GalleryIndex::faceCount() const {
    std::shared_lock lock(mutex_);
    return faceIds_.size();
}

std::vector<std::string> GalleryIndex::regionNames() const {
    std::shared_lock lock(mutex_);
    std::vector<std::string> names;
    std::copy_if(regions_.begin(), regions_.end(), std::back_inserter(names), [](const std::string& name) { return !name.empty(); });
    std::sort(names.begin(), names.end());
    return names;
}

std::size_t GalleryIndex::candidateCount() const {
    std::shared_lock lock(mutex_);
    return candidates_.size();
}

std::size_t GalleryIndex::memoryBytes() const {
    std::shared_lock lock(mutex_);
    return (embeddings_.capacity() + invariantEmbeddings_.capacity() + invariantPenalty_.capacity()) * sizeof(float) + faceIds_.capacity() * sizeof(std::int64_t) +
           faceCandidate_.capacity() * sizeof(std::int32_t) +
           candidates_.capacity() * (sizeof(GalleryCandidate) + 2 * sizeof(std::int32_t)) +
           candidateIndex_.size() * (sizeof(std::int64_t) + sizeof(std::int32_t) + 2 * sizeof(void*));
}

namespace {

// Whether the birth years [from, to] meet the filter's window.
bool overlapsWindow(int from, int to, const SearchFilters& filters) {
    if (filters.birthYearFrom && std::max(from, to) < *filters.birthYearFrom) return false;
    return !(filters.birthYearTo && from > *filters.birthYearTo);
}

// The known birth year decides; without it, the birth years the faces' estimated ages imply (when
// the filters use them); without either, includeUnknownBirthYear.
bool withinBirthYears(const GalleryCandidate& candidate, const SearchFilters& filters) {
    if (!filters.birthYearFrom && !filters.birthYearTo) return true;
    if (candidate.birthYearFrom > 0) return overlapsWindow(candidate.birthYearFrom, candidate.birthYearTo, filters);
    if (filters.useEstimatedBirthYears && candidate.estimatedBirthYears.known()) {
        return overlapsWindow(candidate.estimatedBirthYears.fromYear, candidate.estimatedBirthYears.toYear, filters);
    }
    return filters.includeUnknownBirthYear;
}

}  // namespace

std::vector<std::uint8_t> GalleryIndex::eligibleCandidates(const SearchFilters& filters) const {
    std::vector<std::int32_t> allowedRegions, allowedSources;
    for (std::size_t i = 0; i < regions_.size(); ++i)
        if (filters.regions.count(regions_[i])) allowedRegions.push_back(static_cast<std::int32_t>(i));
    for (std::size_t i = 0; i < sources_.size(); ++i)
        if (filters.sources.count(sources_[i])) allowedSources.push_back(static_cast<std::int32_t>(i));
    auto contains = [](const std::vector<std::int32_t>& list, std::int32_t v) {
        return std::find(list.begin(), list.end(), v) != list.end();
    };

    std::vector<std::uint8_t> eligible(candidates_.size(), 0);
    for (std::size_t c = 0; c < candidates_.size(); ++c) {
        const GalleryCandidate& candidate = candidates_[c];
        if (filters.sex && candidate.sex != Sex::Unknown && candidate.sex != *filters.sex) continue;
        if (!filters.regions.empty() && !contains(allowedRegions, candidateRegion_[c])) continue;
        if (!filters.sources.empty() && !contains(allowedSources, candidateSource_[c])) continue;
        if (filters.excludedCandidates.count(candidate.candidateId)) continue;
        if (!withinBirthYears(candidate, filters)) continue;
        eligible[c] = 1;
    }
    return eligible;
}

Result<SearchOutcome> GalleryIndex::search(const SearchQuery& query, const CancellationToken& cancel) const {
    if (Status valid = checkProbes(query); !valid) return valid.error();
    const auto started = std::chrono::steady_clock::now();
    std::shared_lock lock(mutex_);
    auto probes = prepareProbes(query, transform_ != nullptr);
    if (!probes) return probes.error();
    auto weighting = kindWeightings(probes.value().kinds, query);
    if (!weighting) return weighting.error();

    const std::vector<std::uint8_t> eligible = eligibleCandidates(query.filters);
    SearchOutcome outcome;
    outcome.candidatesEligible = static_cast<std::size_t>(std::count(eligible.begin(), eligible.end(), 1));
    const ScanInput input{{embeddings_.data(), transform_ ? invariantEmbeddings_.data() : nullptr},
                          invariantPenalty_.empty() ? nullptr : invariantPenalty_.data(),
                          faceCandidate_.data(), eligible.data(), probes.value().matrix.data(), probes.value().spaceOf.data(),
                          query.probes.size(), cancel};
    const ScanResult scan = scanInParallel(input, faceIds_.size(), candidates_.size(), scanThreads(faceIds_.size(), query.threads));
    if (cancel.isCancelled()) return makeError(ErrorCode::Cancelled, "search cancelled");
    outcome.facesScanned = scan.scanned;

    auto ranked = fuseKinds(scan, probes.value(), weighting.value(), query.probeFusion, candidates_.size());
    keepBest(ranked, query.topK);
    for (const auto& [distance, c] : ranked) {
        outcome.matches.push_back(describeMatch(candidates_[c].candidateId, c, distance, scan.best, probes.value(),
                                                weighting.value(), query, faceIds_));
    }
    outcome.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

}  // namespace reunite
