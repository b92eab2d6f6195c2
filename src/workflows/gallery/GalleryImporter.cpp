#include "workflows/gallery/GalleryImporter.h"

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "workflows/photos/FaceRowFactory.h"
#include "domain/FileBytes.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite {
namespace {

constexpr double kEstimateToleranceYears = 2;

struct PendingFace {
    std::int64_t faceId;
    std::int64_t candidateId;
    Embedding embedding;
};

}  // namespace

GalleryCandidate galleryCandidateOf(const db::GalleryCandidateRow& row) {
    GalleryCandidate candidate;
    candidate.candidateId = row.id;
    candidate.sex = row.sex == db::Sex::Female ? 'F' : row.sex == db::Sex::Male ? 'M' : 'U';
    if (row.birthYear) {
        const int tolerance = row.birthYearIsEstimate ? static_cast<int>(kEstimateToleranceYears) : 0;
        candidate.birthYearFrom = *row.birthYear - tolerance;
        candidate.birthYearTo = *row.birthYear + tolerance;
    }
    candidate.region = std::string(row.region);
    candidate.source = std::string(db::toDatabaseText(row.source));
    return candidate;
}

GalleryCandidate galleryCandidateOf(const db::CandidateRecord& record) {
    return galleryCandidateOf(db::GalleryCandidateRow{record.id, record.source, record.sex, record.birthYear,
                                                      record.birthYearIsEstimate, record.region});
}

GalleryImporter::GalleryImporter(db::Database& database, const FacePipeline& pipeline, PhotoStore store,
                                 ImportOptions options, GalleryIndex* liveIndex)
    : database_(database), pipeline_(pipeline), store_(std::move(store)), options_(std::move(options)), liveIndex_(liveIndex) {}

void GalleryImporter::cancel() {
    cancelRequested_.store(true);
    if (BatchProcessor* batch = activeBatch_.load()) batch->cancel();
}

Result<ImportSummary> GalleryImporter::run(const ImportManifest& manifest, const std::string& sourceDescription,
                                           const ProgressCallback& onProgress) {
    const auto started = std::chrono::steady_clock::now();
    cancelRequested_.store(false);
    db::ImportRunRepository runs(database_);
    db::CandidateRepository candidates(database_);
    db::PhotoRepository photos(database_);
    db::FaceRepository faces(database_);

    if (auto abandoned = runs.failAbandonedRuns("the program stopped before this import finished"); !abandoned) {
        return abandoned.error();
    }
    Result<db::ImportRunRecord> run = runs.start(sourceDescription, options_.userName);
    if (!run) return run.error();
    const std::int64_t runId = run.value().id;

    ImportSummary summary;
    summary.runId = runId;
    db::ImportCounts& counts = summary.counts;
    for (const RowProblem& problem : manifest.problems) {
        ++counts.itemsSeen;
        ++counts.itemsFailed;
        if (auto recorded = runs.recordError(runId, problem.file.string(),
                                             problem.rowNumber > 0 ? std::optional<std::int64_t>(problem.rowNumber) : std::nullopt,
                                             problem.message);
            !recorded) {
            return recorded.error();
        }
    }

    // Pass 1: which items still need work (resume: skip photos already stored for their candidate).
    std::map<std::pair<int, std::string>, std::int64_t> candidateIds;
    auto findCandidate = [&](const db::CandidateRecord& record) -> Result<std::optional<std::int64_t>> {
        const auto key = std::make_pair(static_cast<int>(record.source), record.externalRef);
        if (const auto it = candidateIds.find(key); it != candidateIds.end()) return std::optional<std::int64_t>(it->second);
        auto found = candidates.findBySourceReference(record.source, record.externalRef);
        if (!found) return found.error();
        if (found.value()) {
            candidateIds.emplace(key, found.value()->id);
            return std::optional<std::int64_t>(found.value()->id);
        }
        return std::optional<std::int64_t>();
    };

    std::vector<std::size_t> todo;
    std::vector<std::string> digests(manifest.items.size());
    std::set<std::tuple<int, std::string, std::string>> listedInThisRun;  // (source, reference, sha256)
    for (std::size_t i = 0; i < manifest.items.size(); ++i) {
        const ImportItem& item = manifest.items[i];
        ++counts.itemsSeen;
        Result<std::string> digest = sha256OfFile(item.file);
        if (!digest) {
            ++counts.itemsFailed;
            if (auto r = runs.recordError(runId, item.file.string(), item.rowNumber ? std::optional<std::int64_t>(item.rowNumber) : std::nullopt,
                                          digest.error().message); !r) return r.error();
            continue;
        }
        digests[i] = digest.value();
        if (!listedInThisRun.emplace(static_cast<int>(item.candidate.source), item.candidate.externalRef, digests[i]).second) {
            ++counts.itemsSkipped;  // the same photo listed twice for the same person
            continue;
        }
        auto candidateId = findCandidate(item.candidate);
        if (!candidateId) return candidateId.error();
        if (candidateId.value()) {
            auto existing = photos.findBySha256(digests[i], db::PhotoOwner::ofCandidate(*candidateId.value()));
            if (!existing) return existing.error();
            if (existing.value()) {
                ++counts.itemsSkipped;
                continue;
            }
        }
        todo.push_back(i);
    }

    // Pass 2: faces on all cores; results stored in batches by whichever worker delivers them.
    std::vector<std::filesystem::path> files;
    files.reserve(todo.size());
    for (std::size_t i : todo) files.push_back(manifest.items[i].file);

    std::optional<db::Transaction> transaction;
    std::size_t inTransaction = 0;
    std::vector<PendingFace> pendingFaces;
    std::vector<db::CandidateRecord> pendingCandidates;
    std::optional<Error> fatal;
    ImportProgress progress;
    progress.total = files.size();
    progress.skipped = counts.itemsSkipped;

    auto commitBatch = [&]() -> Status {
        if (!transaction) return Ok{};
        if (auto committed = transaction->commit(); !committed) return committed.error();
        transaction.reset();
        inTransaction = 0;
        if (liveIndex_) {
            for (const db::CandidateRecord& record : pendingCandidates) liveIndex_->upsertCandidate(galleryCandidateOf(record));
            for (const PendingFace& face : pendingFaces) (void)liveIndex_->addFace(face.faceId, face.candidateId, face.embedding);
        }
        pendingCandidates.clear();
        pendingFaces.clear();
        return runs.updateCounts(runId, counts);
    };

    auto storeItem = [&](const ImportItem& item, const std::string& digest, const ImageFaces& found) -> Status {
        if (!transaction) {
            auto begun = db::Transaction::begin(database_);
            if (!begun) return begun.error();
            transaction.emplace(std::move(begun).value());
        }
        auto candidateId = findCandidate(item.candidate);
        if (!candidateId) return candidateId.error();
        std::int64_t ownerId = 0;
        if (candidateId.value()) {
            ownerId = *candidateId.value();
        } else {
            db::CandidateRecord record = item.candidate;
            record.importRunId = runId;
            auto created = candidates.create(record, options_.userName);
            if (!created) return created.error();
            ownerId = created.value().id;
            candidateIds.emplace(std::make_pair(static_cast<int>(record.source), record.externalRef), ownerId);
            pendingCandidates.push_back(created.value());
        }
        db::PhotoRecord photo;
        photo.owner = db::PhotoOwner::ofCandidate(ownerId);
        photo.sha256 = digest;
        photo.originalFileName = item.file.filename().string();
        photo.storedPath = item.file.string();
        if (options_.copyIntoStore) {
            auto stored = store_.store(item.file, digest);
            if (!stored) return stored.error();
            photo.storedPath = stored.value().string();
        }
        std::error_code ec;
        photo.byteSize = static_cast<std::int64_t>(std::filesystem::file_size(item.file, ec));
        photo.width = found.imageWidth;
        photo.height = found.imageHeight;
        photo.captureDate = item.photoDate;
        photo.provenance = item.rowNumber ? "import row " + std::to_string(item.rowNumber) : "import of " + item.file.parent_path().string();
        photo.importRunId = runId;
        photo.status = found.faces.empty() ? db::PhotoStatus::NoFace : db::PhotoStatus::Faces;
        auto added = photos.add(photo, options_.userName);
        if (!added) return added.error();
        for (std::size_t f = 0; f < found.faces.size(); ++f) {
            const FaceRecord& face = found.faces[f];
            auto stored = faces.add(faceRowOf(face, added.value().id, static_cast<int>(f), pipeline_));
            if (!stored) return stored.error();
            pendingFaces.push_back(PendingFace{stored.value().id, ownerId, face.embedding});
        }
        ++counts.photosAdded;
        ++counts.itemsImported;
        counts.facesAdded += static_cast<std::int64_t>(found.faces.size());
        if (++inTransaction >= options_.commitEvery) return commitBatch();
        return Ok{};
    };

    BatchOptions batchOptions;
    batchOptions.threads = options_.threads;
    BatchProcessor batch(pipeline_, batchOptions);
    activeBatch_.store(&batch);
    if (cancelRequested_.load()) batch.cancel();
    auto processed = batch.run(
        files,
        [&](BatchItemResult&& result) {
            if (fatal) return;
            const std::size_t itemIndex = todo[result.index];
            const ImportItem& item = manifest.items[itemIndex];
            if (!result.faces) {
                ++counts.itemsFailed;
                ++progress.failed;
                auto recorded = runs.recordError(runId, item.file.string(),
                                                 item.rowNumber ? std::optional<std::int64_t>(item.rowNumber) : std::nullopt,
                                                 result.faces.error().message);
                if (!recorded) fatal = recorded.error();
                return;
            }
            if (Status stored = storeItem(item, digests[itemIndex], result.faces.value()); !stored) {
                fatal = stored.error();
                batch.cancel();
                return;
            }
            progress.faces += result.faces.value().faces.size();
        },
        [&](const BatchProgress& p) {
            progress.done = p.done;
            progress.facesPerSecond = p.facesPerSecond;
            progress.etaSeconds = p.etaSeconds;
            if (onProgress) onProgress(progress);
        });
    activeBatch_.store(nullptr);

    if (fatal) {
        transaction.reset();
        (void)runs.finish(runId, db::ImportRunStatus::Failed, counts, fatal->message);
        return *fatal;
    }
    if (Status committed = commitBatch(); !committed) {
        (void)runs.finish(runId, db::ImportRunStatus::Failed, counts, committed.error().message);
        return committed.error();
    }
    summary.cancelled = !processed && processed.error().code == ErrorCode::Cancelled;
    if (!processed && !summary.cancelled) {
        (void)runs.finish(runId, db::ImportRunStatus::Failed, counts, processed.error().message);
        return processed.error();
    }
    auto finished = runs.finish(runId, summary.cancelled ? db::ImportRunStatus::Cancelled : db::ImportRunStatus::Finished,
                                counts, summary.cancelled ? "cancelled by the user" : "");
    if (!finished) return finished.error();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace reunite
