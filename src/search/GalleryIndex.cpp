#include "search/GalleryIndex.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

namespace reunite {
namespace {

constexpr float kUnset = std::numeric_limits<float>::infinity();
constexpr std::size_t kCancelPollRows = 8192;

// Best squared distance per candidate for one kind of probe, as found by one worker.
struct KindBest {
    std::vector<float> squaredDistance;
    std::vector<std::int32_t> row;
    std::vector<std::int16_t> probe;
};

struct ScanInput {
    const float* spaces[2];              // direct, age-invariant (may be null)
    const std::int32_t* faceCandidate;
    const std::uint8_t* eligible;
    const float* probes;                 // probeCount x 128
    const std::int32_t* probeKind;       // kind index of each probe
    const std::int32_t* probeSpace;      // space index of each probe
    std::size_t probeCount;
    const CancellationToken& cancel;
};

// Scans rows [begin, end). Compiled for AVX2 and for the baseline; the loader picks one.
__attribute__((target_clones("avx2", "default")))
std::size_t scanRows(const ScanInput& in, std::size_t begin, std::size_t end, std::vector<KindBest>& best) {
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
            KindBest& kind = best[in.probeKind[p]];
            if (sum < kind.squaredDistance[candidate]) {
                kind.squaredDistance[candidate] = sum;
                kind.row[candidate] = static_cast<std::int32_t>(r);
                kind.probe[candidate] = static_cast<std::int16_t>(p);
            }
        }
    }
    return scanned;
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
        candidates_[it->second] = candidate;
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
    }
    if (transform_) {
        invariantEmbeddings_.resize(embeddings_.size());
        transform_->projectGalleryRows(embeddings_.data() + firstRow * kEmbeddingSize, faces.size(),
                                       invariantEmbeddings_.data() + firstRow * kEmbeddingSize);
    }
    return Ok{};
}

void GalleryIndex::setAgeInvariantTransform(std::shared_ptr<const AgeInvariantTransform> transform) {
    std::unique_lock lock(mutex_);
    transform_ = std::move(transform);
    invariantEmbeddings_.clear();
    invariantEmbeddings_.shrink_to_fit();
    if (!transform_) return;
    invariantEmbeddings_.resize(embeddings_.size());
    transform_->projectGalleryRows(embeddings_.data(), faceIds_.size(), invariantEmbeddings_.data());
}

bool GalleryIndex::hasAgeInvariantSpace() const {
    std::shared_lock lock(mutex_);
    return transform_ != nullptr;
}

std::size_t GalleryIndex::faceCount() const {
    std::shared_lock lock(mutex_);
    return faceIds_.size();
}

std::size_t GalleryIndex::candidateCount() const {
    std::shared_lock lock(mutex_);
    return candidates_.size();
}

std::size_t GalleryIndex::memoryBytes() const {
    std::shared_lock lock(mutex_);
    return (embeddings_.capacity() + invariantEmbeddings_.capacity()) * sizeof(float) + faceIds_.capacity() * sizeof(std::int64_t) +
           faceCandidate_.capacity() * sizeof(std::int32_t) +
           candidates_.capacity() * (sizeof(GalleryCandidate) + 2 * sizeof(std::int32_t)) +
           candidateIndex_.size() * (sizeof(std::int64_t) + sizeof(std::int32_t) + 2 * sizeof(void*));
}

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
        const bool knownYear = candidate.birthYearFrom > 0;
        if (!knownYear && !filters.includeUnknownBirthYear && (filters.birthYearFrom || filters.birthYearTo)) continue;
        if (knownYear) {
            const int to = candidate.birthYearTo > 0 ? candidate.birthYearTo : candidate.birthYearFrom;
            if (filters.birthYearFrom && to < *filters.birthYearFrom) continue;
            if (filters.birthYearTo && candidate.birthYearFrom > *filters.birthYearTo) continue;
        }
        eligible[c] = 1;
    }
    return eligible;
}

Result<SearchOutcome> GalleryIndex::search(const SearchQuery& query, const CancellationToken& cancel) const {
    if (query.probes.empty()) return makeError(ErrorCode::InvalidArgument, "a search needs at least one probe face");
    if (query.probes.size() > static_cast<std::size_t>(std::numeric_limits<std::int16_t>::max())) {
        return makeError(ErrorCode::InvalidArgument, "too many probe faces");
    }
    const auto started = std::chrono::steady_clock::now();
    std::shared_lock lock(mutex_);

    std::vector<std::string> kinds;
    std::vector<std::int32_t> probeKind, probeSpace;
    std::vector<float> probes;
    for (const Probe& probe : query.probes) {
        if (probe.space == EmbeddingSpace::AgeInvariant && !transform_) {
            return makeError(ErrorCode::InvalidArgument, "an age-invariant probe needs a gallery with the age-invariant space");
        }
        probeSpace.push_back(probe.space == EmbeddingSpace::AgeInvariant ? 1 : 0);
        auto it = std::find(kinds.begin(), kinds.end(), probe.kind);
        if (it == kinds.end()) it = kinds.insert(kinds.end(), probe.kind);
        probeKind.push_back(static_cast<std::int32_t>(it - kinds.begin()));
        probes.insert(probes.end(), probe.embedding.begin(), probe.embedding.end());
    }

    const std::vector<std::uint8_t> eligible = eligibleCandidates(query.filters);
    SearchOutcome outcome;
    outcome.candidatesEligible = static_cast<std::size_t>(std::count(eligible.begin(), eligible.end(), 1));

    const std::size_t rows = faceIds_.size();
    const std::size_t candidateCount = candidates_.size();
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::size_t minRowsPerThread = 16384;
    const int threads = static_cast<int>(std::clamp<std::size_t>(rows / minRowsPerThread, 1,
                                                                  query.threads > 0 ? query.threads : hardware));

    const ScanInput input{{embeddings_.data(), transform_ ? invariantEmbeddings_.data() : nullptr},
                          faceCandidate_.data(), eligible.data(), probes.data(), probeKind.data(), probeSpace.data(),
                          query.probes.size(), cancel};
    std::vector<std::vector<KindBest>> perThread(threads);
    std::vector<std::size_t> scanned(threads, 0);
    auto worker = [&](int t) {
        std::vector<KindBest>& best = perThread[t];
        best.resize(kinds.size());
        for (KindBest& kind : best) {
            kind.squaredDistance.assign(candidateCount, kUnset);
            kind.row.assign(candidateCount, -1);
            kind.probe.assign(candidateCount, -1);
        }
        const std::size_t begin = rows * t / threads;
        const std::size_t end = rows * (t + 1) / threads;
        scanned[t] = scanRows(input, begin, end, best);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (std::thread& thread : pool) thread.join();
    if (cancel.isCancelled()) return makeError(ErrorCode::Cancelled, "search cancelled");

    // Merge the workers' bests into worker 0's arrays.
    std::vector<KindBest>& merged = perThread[0];
    for (int t = 1; t < threads; ++t) {
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            for (std::size_t c = 0; c < candidateCount; ++c) {
                if (perThread[t][k].squaredDistance[c] < merged[k].squaredDistance[c]) {
                    merged[k].squaredDistance[c] = perThread[t][k].squaredDistance[c];
                    merged[k].row[c] = perThread[t][k].row[c];
                    merged[k].probe[c] = perThread[t][k].probe[c];
                }
            }
        }
    }
    for (std::size_t s : scanned) outcome.facesScanned += s;

    // Fused distance per candidate: weighted mean of the scaled distances of the kinds that reached it.
    std::vector<KindWeighting> weighting(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (const auto it = query.weighting.find(kinds[k]); it != query.weighting.end()) weighting[k] = it->second;
        if (weighting[k].scale <= 0) return makeError(ErrorCode::InvalidArgument, "kind " + kinds[k] + " needs a positive scale");
    }
    std::vector<std::pair<float, std::int32_t>> ranked;
    ranked.reserve(outcome.candidatesEligible);
    for (std::size_t c = 0; c < candidateCount; ++c) {
        double sum = 0, weights = 0;
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            if (merged[k].squaredDistance[c] == kUnset || weighting[k].weight <= 0) continue;
            sum += weighting[k].weight * std::sqrt(merged[k].squaredDistance[c]) / weighting[k].scale;
            weights += weighting[k].weight;
        }
        if (weights > 0) ranked.emplace_back(static_cast<float>(sum / weights), static_cast<std::int32_t>(c));
    }
    const std::size_t keep = std::min(query.topK, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());

    for (std::size_t i = 0; i < keep; ++i) {
        const std::int32_t c = ranked[i].second;
        CandidateMatch match;
        match.candidateId = candidates_[c].candidateId;
        match.distance = ranked[i].first;
        match.score = displayScore(match.distance);
        double closest = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            if (merged[k].squaredDistance[c] == kUnset) continue;
            ScoreComponent component;
            component.kind = kinds[k];
            component.distance = std::sqrt(merged[k].squaredDistance[c]);
            component.weight = weighting[k].weight;
            component.candidateFaceId = faceIds_[merged[k].row[c]];
            component.probeFaceId = query.probes[merged[k].probe[c]].faceId;
            if (component.distance / weighting[k].scale < closest) {
                closest = component.distance / weighting[k].scale;
                match.bestFaceId = component.candidateFaceId;
                match.bestProbeFaceId = component.probeFaceId;
            }
            match.components.push_back(component);
        }
        outcome.matches.push_back(std::move(match));
    }
    outcome.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

}  // namespace reunite
