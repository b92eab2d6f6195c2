#include "workflows/gallery/GalleryImporter.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "core/pipeline/BatchProcessor.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "workflows/gallery/FaceChoice.h"
#include "workflows/gallery/ImportRunLock.h"
#include "workflows/photos/FaceRowFactory.h"

namespace reunite {
namespace {

constexpr double kEstimateToleranceYears = 2;

// The faces of one stored photo: the row's person's, and the unnamed faces of a group photo.
struct FaceSplit {
    std::vector<std::size_t> named;
    std::vector<std::size_t> unnamed;
};

std::vector<RectF> boxesOf(const ImageFaces& found) {
    std::vector<RectF> boxes;
    for (const FaceRecord& face : found.faces) boxes.push_back(face.detection.box);
    return boxes;
}

struct PendingFace {
    std::int64_t faceId;
    std::int64_t candidateId;
    Embedding embedding;
};

std::optional<std::int64_t> rowOf(std::int64_t rowNumber) {
    return rowNumber > 0 ? std::optional<std::int64_t>(rowNumber) : std::nullopt;
}

// One import run: the bookkeeping of counts, the open batch transaction and what it will add to
// the live index once committed. Each step is a method; run() calls them in order.
class ImportRun {
public:
    ImportRun(db::Database& database, const FacePipeline& pipeline, const PhotoStore& store, const ImportOptions& options,
              GalleryIndex* liveIndex)
        : database_(database), pipeline_(pipeline), store_(store), options_(options), liveIndex_(liveIndex),
          runs_(database), candidates_(database), photos_(database), faces_(database) {}

    // Closes the runs of imports that have stopped (not those of imports still working in other
    // programs) and starts this one, holding its run lock before another import can see the run.
    Status start(const std::string& sourceDescription) {
        Result<db::Transaction> transaction = db::Transaction::begin(database_);
        if (!transaction) return transaction.error();
        const std::filesystem::path& file = database_.path();
        if (Result<std::int64_t> abandoned = runs_.failAbandonedRuns("the program stopped before this import finished",
                                                                     [&](std::int64_t id) { return !isImportRunAlive(file, id); });
            !abandoned) {
            return abandoned.error();
        }
        Result<db::ImportRunRecord> run = runs_.start(sourceDescription, options_.userName);
        if (!run) return run.error();
        Result<std::optional<FileLock>> lock = lockImportRun(file, run.value().id);
        if (!lock) return lock.error();
        if (Status committed = transaction.value().commit(); !committed) return committed;
        summary_.runId = run.value().id;
        runLock_ = std::move(lock).value();
        return Ok{};
    }

    Status recordManifestProblems(const ImportManifest& manifest) {
        for (const RowProblem& problem : manifest.problems) {
            ++counts().itemsSeen;
            if (Status recorded = recordFailure(problem.file, problem.rowNumber, problem.notice); !recorded) return recorded;
        }
        return Ok{};
    }

    // Pass 1: which items still need work (a resumed import skips photos already stored for
    // their candidate, and a photo listed twice for the same person).
    Result<std::vector<std::size_t>> planItems(const ImportManifest& manifest) {
        manifest_ = &manifest;
        std::vector<std::size_t> todo;
        digests_.assign(manifest.items.size(), {});
        std::set<std::tuple<int, std::string, std::string>> listed;  // (source, reference, sha256)
        for (std::size_t i = 0; i < manifest.items.size(); ++i) {
            const ImportItem& item = manifest.items[i];
            ++counts().itemsSeen;
            Result<std::string> digest = sha256OfFile(item.file);
            if (!digest) {
                if (Status recorded = recordFailure(item.file, item.rowNumber, failureNotice(digest.error())); !recorded) {
                    return recorded.error();
                }
                continue;
            }
            digests_[i] = digest.value();
            itemsOfDigest_[digests_[i]].push_back(i);
            if (!listed.emplace(static_cast<int>(item.candidate.source), item.candidate.externalRef, digests_[i]).second) {
                ++counts().itemsSkipped;
                continue;
            }
            Result<bool> stored = alreadyStored(item, digests_[i]);
            if (!stored) return stored.error();
            if (stored.value()) {
                ++counts().itemsSkipped;
                continue;
            }
            // Only files still to import are looked up: a resumed import does not query again
            // for every file it skips.
            Result<bool> probe = isProbePhoto(digests_[i]);
            if (!probe) return probe.error();
            if (probe.value()) {
                if (Status recorded = recordFailure(item.file, item.rowNumber, Notice{NoticeId::ProbePhotoNotForGallery, {pathText(item.file)}});
                    !recorded) {
                    return recorded.error();
                }
                continue;
            }
            todo.push_back(i);
        }
        return todo;
    }

    // Pass 2: faces on all cores; each result is stored by whichever worker delivers it.
    Status processItems(const ImportManifest& manifest, const std::vector<std::size_t>& todo,
                        const ProgressCallback& onProgress) {
        std::vector<std::filesystem::path> files;
        for (std::size_t i : todo) files.push_back(manifest.items[i].file);
        progress_.total = files.size();
        progress_.skipped = static_cast<std::size_t>(counts().itemsSkipped);
        BatchOptions batchOptions;
        batchOptions.threads = options_.threads;
        batchOptions.cancel = options_.cancel;
        BatchProcessor batch(pipeline_, batchOptions);
        Result<Progress> processed = batch.run(
            files,
            [&](BatchItemResult&& result) {
                if (fatal_) return;
                const std::size_t index = todo[result.index];
                if (Status handled = handleResult(manifest.items[index], digests_[index], result); !handled) {
                    fatal_ = handled.error();
                    batch.cancel();
                }
            },
            [&](const Progress& p) {
                progress_.processed = p.processed;
                progress_.itemsPerSecond = p.itemsPerSecond;
                progress_.facesPerSecond = p.facesPerSecond;
                progress_.etaSeconds = p.etaSeconds;
                if (onProgress) onProgress(progress_);
            });
        if (fatal_) return *fatal_;
        if (Status committed = commitBatch(); !committed) return committed;
        summary_.cancelled = !processed && processed.error().code == ErrorCode::Cancelled;
        if (!processed && !summary_.cancelled) return processed.error();
        return Ok{};
    }

    Result<ImportSummary> finish() {
        const db::ImportRunStatus status = summary_.cancelled ? db::ImportRunStatus::Cancelled : db::ImportRunStatus::Finished;
        Result<db::ImportRunRecord> finished =
            runs_.finish(summary_.runId, status, counts(), summary_.cancelled ? "cancelled by the user" : "");
        if (!finished) return finished.error();
        return summary_;
    }

    // Ends the run as failed with the reason; the original error is what the caller reports.
    Error fail(const Error& error) {
        transaction_.reset();
        removeUncommittedCopies();
        if (Result<db::ImportRunRecord> marked = runs_.finish(summary_.runId, db::ImportRunStatus::Failed, counts(), error.message);
            !marked) {
            return Error{error.code, error.message + " (and the import run could not be marked failed: " + marked.error().message + ")"};
        }
        return error;
    }

    ImportSummary& summary() { return summary_; }

private:
    db::ImportCounts& counts() { return summary_.counts; }

    Status recordFailure(const std::filesystem::path& file, std::int64_t rowNumber, const Notice& notice) {
        ++counts().itemsFailed;
        Result<db::ImportErrorRecord> recorded = runs_.recordError(summary_.runId, pathText(file), rowOf(rowNumber), notice);
        if (!recorded) return recorded.error();
        return Ok{};
    }

    Result<std::optional<std::int64_t>> findCandidate(const db::CandidateRecord& record) {
        const auto key = std::make_pair(static_cast<int>(record.source), record.externalRef);
        if (const auto it = candidateIds_.find(key); it != candidateIds_.end()) return std::optional<std::int64_t>(it->second);
        Result<std::optional<db::CandidateRecord>> found = candidates_.findBySourceReference(record.source, record.externalRef);
        if (!found) return found.error();
        if (!found.value()) return std::optional<std::int64_t>();
        candidateIds_.emplace(key, found.value()->id);
        return std::optional<std::int64_t>(found.value()->id);
    }

    // Whether the file is a childhood photo of a case (the same SHA-256): a probe photo never
    // becomes a gallery face, or a search would find the child's own photo as a lead.
    Result<bool> isProbePhoto(const std::string& digest) {
        Result<std::vector<db::PhotoRecord>> copies = photos_.listBySha256(digest);
        if (!copies) return copies.error();
        for (const db::PhotoRecord& copy : copies.value()) {
            if (copy.owner.kind == db::PhotoOwnerKind::Case) return true;
        }
        return false;
    }

    Result<bool> alreadyStored(const ImportItem& item, const std::string& digest) {
        Result<std::optional<std::int64_t>> candidateId = findCandidate(item.candidate);
        if (!candidateId) return candidateId.error();
        if (!candidateId.value()) return false;
        Result<std::optional<db::PhotoRecord>> existing =
            photos_.findBySha256(digest, db::PhotoOwner::ofCandidate(*candidateId.value()));
        if (!existing) return existing.error();
        return existing.value().has_value();
    }

    Status handleResult(const ImportItem& item, const std::string& digest, const BatchItemResult& result) {
        if (!result.faces) {
            ++progress_.failed;
            return recordFailure(item.file, item.rowNumber, failureNotice(result.faces.error()));
        }
        return storeItem(item, digest, result.faces.value());
    }

    Status beginBatchIfNeeded() {
        if (transaction_) return Ok{};
        Result<db::Transaction> begun = db::Transaction::begin(database_);
        if (!begun) return begun.error();
        transaction_.emplace(std::move(begun).value());
        return Ok{};
    }

    // The candidate's id, and whether this call created it.
    Result<std::pair<std::int64_t, bool>> candidateFor(const db::CandidateRecord& candidate) {
        Result<std::optional<std::int64_t>> existing = findCandidate(candidate);
        if (!existing) return existing.error();
        if (existing.value()) return std::make_pair(*existing.value(), false);
        db::CandidateRecord record = candidate;
        record.importRunId = summary_.runId;
        Result<db::CandidateRecord> created = candidates_.create(record, options_.userName);
        if (!created) return created.error();
        candidateIds_.emplace(std::make_pair(static_cast<int>(record.source), record.externalRef), created.value().id);
        pendingCandidates_.push_back(created.value());
        return std::make_pair(created.value().id, true);
    }

    // The photo row of the item, once per file: each owner of its faces gets a copy (storePhoto).
    Result<db::PhotoRecord> photoRecordOf(const ImportItem& item, const std::string& digest, const ImageFaces& found) {
        db::PhotoRecord photo;
        photo.sha256 = digest;
        photo.originalFileName = pathText(item.file.filename());
        if (options_.copyIntoStore) {
            Result<StoredPhoto> stored = store_.store(item.file, digest);
            if (!stored) return stored.error();
            photo.storedPath = stored.value().path.string();
            if (stored.value().created) batchCopies_.emplace_back(stored.value(), digest);
        } else {
            std::error_code absoluteFailed;
            const std::filesystem::path absolute = std::filesystem::absolute(item.file, absoluteFailed);
            photo.storedPath = (absoluteFailed ? item.file : absolute).string();  // read later from any working folder
        }
        std::error_code ec;
        photo.byteSize = static_cast<std::int64_t>(std::filesystem::file_size(item.file, ec));
        photo.width = found.imageWidth;
        photo.height = found.imageHeight;
        photo.captureDate = item.photoDate;
        photo.provenance = item.rowNumber ? "import row " + std::to_string(item.rowNumber)
                                          : "import of " + pathText(item.file.parent_path());
        photo.importRunId = summary_.runId;
        return photo;
    }

    // Which faces of the photo are this row's person, and which faces of a group photo no row of
    // the manifest names (each becomes an unnamed candidate). Several faces and no choice: the
    // record gets none of them, as nothing says which one is the person.
    Result<FaceSplit> splitFaces(const ImportItem& item, const std::string& digest, const ImageFaces& found) {
        FaceSplit split;
        const std::vector<RectF> boxes = boxesOf(found);
        if (boxes.empty()) return split;
        if (!item.face && boxes.size() == 1) {
            split.named.push_back(0);  // a portrait: the face is the person's
            return split;
        }
        if (item.face) {
            Result<std::size_t> chosen = chooseFace(*item.face, boxes);
            if (!chosen) return chosen.error();
            split.named.push_back(chosen.value());
        }
        std::set<std::size_t> claimed;
        for (std::size_t other : itemsOfDigest_[digest]) {
            const std::optional<FaceChoice>& choice = manifest_->items[other].face;
            if (!choice) continue;
            if (Result<std::size_t> chosen = chooseFace(*choice, boxes)) claimed.insert(chosen.value());
        }
        for (std::size_t f = 0; f < boxes.size(); ++f) {
            if (!claimed.count(f)) split.unnamed.push_back(f);
        }
        return split;
    }

    Status storeItem(const ImportItem& item, const std::string& digest, const ImageFaces& found) {
        Result<FaceSplit> split = splitFaces(item, digest, found);
        if (!split) {
            ++progress_.failed;
            return recordFailure(item.file, item.rowNumber, failureNotice(split.error()));
        }
        if (Status begun = beginBatchIfNeeded(); !begun) return begun;
        Result<std::pair<std::int64_t, bool>> owner = candidateFor(item.candidate);
        if (!owner) return owner.error();
        Result<db::PhotoRecord> photo = photoRecordOf(item, digest, found);
        if (!photo) return photo.error();
        const std::int64_t ownerId = owner.value().first;
        if (Status stored = storePhoto(photo.value(), found, ownerId, split.value().named); !stored) return stored;
        if (Status stored = storeUnnamedFaces(item, photo.value(), found, ownerId, split.value().unnamed); !stored) return stored;
        if (found.faces.size() > 1) ++summary_.groupPhotos;
        if (found.faces.size() > 1 && split.value().named.empty()) ++summary_.groupPhotosWithoutChoice;
        progress_.faces += found.faces.size();
        ++counts().photosAdded;
        ++counts().itemsImported;
        if (++inTransaction_ >= options_.commitEvery) return commitBatch();
        return Ok{};
    }

    Status storePhoto(db::PhotoRecord photo, const ImageFaces& found, std::int64_t ownerId,
                      const std::vector<std::size_t>& faceIndices) {
        photo.owner = db::PhotoOwner::ofCandidate(ownerId);
        photo.status = faceIndices.empty() ? db::PhotoStatus::NoFace : db::PhotoStatus::Faces;
        Result<db::PhotoRecord> added = photos_.add(photo, options_.userName);
        if (!added) return added.error();
        for (std::size_t f : faceIndices) {
            Result<db::FaceRow> stored = faces_.add(faceRowOf(found.faces[f], added.value().id, static_cast<int>(f), pipeline_));
            if (!stored) return stored.error();
            pendingFaces_.push_back(PendingFace{stored.value().id, ownerId, found.faces[f].embedding});
        }
        counts().facesAdded += static_cast<std::int64_t>(faceIndices.size());
        return Ok{};
    }

    // Each face no row names becomes an unnamed candidate of the photo's source, identified by the
    // photo and the face's place from the left, so a re-run or another row of the same photo
    // finds it instead of storing the face twice.
    Status storeUnnamedFaces(const ImportItem& item, const db::PhotoRecord& photo, const ImageFaces& found, std::int64_t recordId,
                             const std::vector<std::size_t>& faceIndices) {
        const std::vector<std::size_t> fromLeft = facesFromLeft(boxesOf(found));
        for (std::size_t f : faceIndices) {
            const auto place = std::find(fromLeft.begin(), fromLeft.end(), f) - fromLeft.begin() + 1;
            db::CandidateRecord unnamed;
            unnamed.source = item.candidate.source;
            unnamed.externalRef = "group photo " + photo.sha256.substr(0, 12) + " · face " + std::to_string(place);
            unnamed.region = item.candidate.region;
            unnamed.groupPhotoOf = recordId;
            Result<std::pair<std::int64_t, bool>> candidate = candidateFor(unnamed);
            if (!candidate) return candidate.error();
            if (!candidate.value().second) continue;  // stored by an earlier run or row of the same photo
            if (Status stored = storePhoto(photo, found, candidate.value().first, {f}); !stored) return stored;
        }
        return Ok{};
    }

    Status commitBatch() {
        if (!transaction_) return Ok{};
        if (Status committed = transaction_->commit(); !committed) return committed;
        transaction_.reset();
        batchCopies_.clear();
        progress_.saved += inTransaction_;
        inTransaction_ = 0;
        if (Status indexed = addToLiveIndex(); !indexed) return indexed;
        return runs_.updateCounts(summary_.runId, counts());
    }

    // After a rollback: the copies this batch made that nothing refers to go, so a failed import
    // leaves no orphan files in the store.
    void removeUncommittedCopies() {
        for (const auto& [copy, sha256] : batchCopies_) discardUnusedCopy(database_, copy, sha256);
        batchCopies_.clear();
    }

    Status addToLiveIndex() {
        if (liveIndex_) {
            for (const db::CandidateRecord& record : pendingCandidates_) liveIndex_->upsertCandidate(galleryCandidateOf(record));
            for (const PendingFace& face : pendingFaces_) {
                if (Status added = liveIndex_->addFace(face.faceId, face.candidateId, face.embedding); !added) return added;
            }
        }
        pendingCandidates_.clear();
        pendingFaces_.clear();
        return Ok{};
    }

    db::Database& database_;
    const FacePipeline& pipeline_;
    const PhotoStore& store_;
    const ImportOptions& options_;
    GalleryIndex* liveIndex_;
    db::ImportRunRepository runs_;
    db::CandidateRepository candidates_;
    db::PhotoRepository photos_;
    db::FaceRepository faces_;
    ImportSummary summary_;
    Progress progress_;
    std::vector<std::string> digests_;
    const ImportManifest* manifest_ = nullptr;
    std::map<std::string, std::vector<std::size_t>> itemsOfDigest_;  // manifest items per photo (sha256)
    std::map<std::pair<int, std::string>, std::int64_t> candidateIds_;
    std::optional<db::Transaction> transaction_;
    std::size_t inTransaction_ = 0;
    std::vector<PendingFace> pendingFaces_;
    std::vector<db::CandidateRecord> pendingCandidates_;
    std::optional<Error> fatal_;
    std::vector<std::pair<StoredPhoto, std::string>> batchCopies_;  // (copy, sha256) made by the open batch
    std::optional<FileLock> runLock_;  // held while this run works, so other imports leave it alone
};

}  // namespace

GalleryCandidate galleryCandidateOf(const db::GalleryCandidateRow& row) {
    GalleryCandidate candidate;
    candidate.candidateId = row.id;
    candidate.sex = row.sex;
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

Result<ImportSummary> GalleryImporter::run(const ImportManifest& manifest, const std::string& sourceDescription,
                                           const ProgressCallback& onProgress) {
    const auto started = std::chrono::steady_clock::now();
    ImportRun run(database_, pipeline_, store_, options_, liveIndex_);
    if (Status begun = run.start(sourceDescription); !begun) return begun.error();
    if (Status recorded = run.recordManifestProblems(manifest); !recorded) return run.fail(recorded.error());
    Result<std::vector<std::size_t>> todo = run.planItems(manifest);
    if (!todo) return run.fail(todo.error());
    if (Status processed = run.processItems(manifest, todo.value(), onProgress); !processed) {
        return run.fail(processed.error());
    }
    Result<ImportSummary> summary = run.finish();
    if (summary) {
        summary.value().seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    return summary;
}

}  // namespace reunite
