#include "workflows/gallery/GalleryAgeEstimation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/IsoDateTime.h"

namespace reunite {

namespace {

constexpr std::size_t kBatch = 512;

// The year a photo was taken (its capture date) or, failing that, imported; nullopt when unreadable.
struct PhotoYear {
    int year = 0;
    bool dated = false;
};

std::optional<int> leadingYear(const std::string& text) {
    const std::optional<std::chrono::year_month_day> date = leadingIsoDate(text);
    if (!date) return std::nullopt;
    return static_cast<int>(date->year());
}

std::optional<PhotoYear> yearOf(const db::PhotoRecord& photo) {
    if (photo.captureDate) {
        if (std::optional<int> year = leadingYear(*photo.captureDate)) return PhotoYear{*year, true};
    }
    if (std::optional<int> year = leadingYear(photo.importedAt)) return PhotoYear{*year, false};
    return std::nullopt;
}

class BatchEstimator {
public:
    BatchEstimator(db::Database& database, const AgeEstimator& estimator, GalleryIndex* liveIndex)
        : database_(database), estimator_(estimator), liveIndex_(liveIndex), faces_(database), photos_(database) {}

    // Estimates and stores the faces of one batch in one transaction.
    Status run(const std::vector<std::int64_t>& faceIds) {
        widened_.clear();  // what a failed batch gathered was rolled back with it
        photoYears_.clear();
        Result<db::Transaction> transaction = db::Transaction::begin(database_);
        if (!transaction) return transaction.error();
        for (std::int64_t faceId : faceIds) {
            if (Status stored = estimateOne(faceId); !stored) return stored;
        }
        if (Status committed = transaction.value().commit(); !committed) return committed;
        for (const auto& [candidateId, years] : widened_) {
            if (liveIndex_) liveIndex_->widenEstimatedBirthYears(candidateId, years);
        }
        return Ok{};
    }

private:
    struct CandidatePhoto {
        std::int64_t candidateId = 0;
        PhotoYear year;
    };
    using Range = std::optional<std::pair<std::int64_t, BirthYearRange>>;

    // The face's candidate and range, or none when the face or its photo is damaged; a sealed
    // face without the key stops the work (it is estimated once the database is unlocked).
    Result<Range> rangeOf(std::int64_t faceId) {
        Result<db::FaceRow> face = faces_.get(faceId);
        if (!face) return face.error().code == ErrorCode::AccessDenied ? Result<Range>(face.error()) : Range{};
        Result<std::optional<CandidatePhoto>> photo = candidatePhoto(face.value().photoId);
        if (!photo) return photo.error();
        if (!photo.value()) return Range{};
        const AgeEstimate estimate = estimator_.estimate(face.value().embedding, face.value().landmarks);
        if (!std::isfinite(estimate.years) || !std::isfinite(estimate.plusMinus)) return Range{};
        const CandidatePhoto& taken = *photo.value();
        return Range{std::pair{taken.candidateId, estimatedBirthYears(estimate, taken.year.year, taken.year.dated)}};
    }

    // The record a photo belongs to and when it was taken, read once per photo and batch (a group
    // photo's faces share it); none when it is not a gallery photo or cannot be read.
    Result<std::optional<CandidatePhoto>> candidatePhoto(std::int64_t photoId) {
        if (const auto known = photoYears_.find(photoId); known != photoYears_.end()) return known->second;
        Result<db::PhotoRecord> photo = photos_.get(photoId);
        if (!photo && photo.error().code == ErrorCode::AccessDenied) return photo.error();
        std::optional<CandidatePhoto> found;
        if (photo && photo.value().owner.kind == db::PhotoOwnerKind::Candidate) {
            if (const std::optional<PhotoYear> year = yearOf(photo.value())) found = CandidatePhoto{photo.value().owner.id, *year};
        }
        photoYears_.emplace(photoId, found);
        return found;
    }

    Status estimateOne(std::int64_t faceId) {
        Result<Range> found = rangeOf(faceId);
        if (!found) return found.error();
        const Range& range = found.value();
        const BirthYearRange years = range ? range->second : BirthYearRange{};
        if (Status stored = faces_.setEstimatedBirthYears(faceId, years, estimator_.id()); !stored) return stored;
        if (range) widened_[range->first].widen(years);
        return Ok{};
    }

    db::Database& database_;
    const AgeEstimator& estimator_;
    GalleryIndex* liveIndex_;
    db::FaceRepository faces_;
    db::PhotoRepository photos_;
    std::map<std::int64_t, BirthYearRange> widened_;  // per candidate, applied once committed
    std::map<std::int64_t, std::optional<CandidatePhoto>> photoYears_;  // per photo, this batch
};

}  // namespace

BirthYearRange estimatedBirthYears(const AgeEstimate& estimate, int photoYear, bool dated) {
    const double born = photoYear - estimate.years;
    const double margin = kBirthYearMarginPerError * estimate.plusMinus;
    BirthYearRange years;
    years.fromYear = std::clamp(static_cast<int>(std::floor(born - margin)) - (dated ? 0 : kUndatedPhotoYears), kEarliestBirthYear, kLatestBirthYear);
    const int bornByPhoto = std::clamp(photoYear, years.fromYear, kLatestBirthYear);  // nobody is born after their photo
    years.toYear = std::clamp(static_cast<int>(std::ceil(born + margin)), years.fromYear, bornByPhoto);
    return years;
}

Result<std::size_t> estimateGalleryBirthYears(db::Database& database, const AgeEstimator& estimator, const std::string& embeddingModelId,
                                              GalleryIndex* liveIndex) {
    if (estimator.id().empty()) return makeError(ErrorCode::InvalidArgument, "the age estimator has no id to store with its estimates");
    if (!estimator.reads(embeddingModelId)) {
        return makeError(ErrorCode::InvalidArgument, "the age estimator does not read faces of model " + embeddingModelId);
    }
    db::FaceRepository faces(database);
    BatchEstimator batches(database, estimator, liveIndex);
    std::size_t estimated = 0;
    while (true) {
        Result<std::vector<std::int64_t>> awaiting = faces.galleryFacesAwaitingAgeEstimate(embeddingModelId, estimator.id(), kBatch);
        if (!awaiting) return awaiting.error();
        if (awaiting.value().empty()) return estimated;
        if (Status done = batches.run(awaiting.value()); !done) return done.error();
        estimated += awaiting.value().size();
    }
}

}  // namespace reunite
