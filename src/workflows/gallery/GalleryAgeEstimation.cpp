#include "workflows/gallery/GalleryAgeEstimation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite {

namespace {

constexpr std::size_t kBatch = 512;

// The year a photo was taken (its capture date) or, failing that, imported; nullopt when unreadable.
struct PhotoYear {
    int year = 0;
    bool dated = false;
};

std::optional<int> leadingYear(const std::string& text) {
    if (text.size() < 4) return std::nullopt;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    return year;
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
        Result<db::Transaction> transaction = db::Transaction::begin(database_);
        if (!transaction) return transaction.error();
        for (std::int64_t faceId : faceIds) {
            if (Status stored = estimateOne(faceId); !stored) return stored;
        }
        if (Status committed = transaction.value().commit(); !committed) return committed;
        for (const auto& [candidateId, years] : widened_) {
            if (liveIndex_) liveIndex_->widenEstimatedBirthYears(candidateId, years.fromYear, years.toYear);
        }
        return Ok{};
    }

private:
    using Range = std::optional<std::pair<std::int64_t, BirthYearRange>>;

    // The face's candidate and range, or none when the face or its photo is damaged; a sealed
    // face without the key stops the work (it is estimated once the database is unlocked).
    Result<Range> rangeOf(std::int64_t faceId) {
        Result<db::FaceRow> face = faces_.get(faceId);
        if (!face) return face.error().code == ErrorCode::AccessDenied ? Result<Range>(face.error()) : Range{};
        Result<db::PhotoRecord> photo = photos_.get(face.value().photoId);
        if (!photo) return photo.error().code == ErrorCode::AccessDenied ? Result<Range>(photo.error()) : Range{};
        if (photo.value().owner.kind != db::PhotoOwnerKind::Candidate) return Range{};
        const std::optional<PhotoYear> year = yearOf(photo.value());
        if (!year) return Range{};
        const AgeEstimate estimate = estimator_.estimate(face.value().embedding, face.value().landmarks);
        if (!std::isfinite(estimate.years) || !std::isfinite(estimate.plusMinus)) return Range{};
        return Range{std::pair{photo.value().owner.id, estimatedBirthYears(estimate, year->year, year->dated)}};
    }

    Status estimateOne(std::int64_t faceId) {
        Result<Range> found = rangeOf(faceId);
        if (!found) return found.error();
        const Range& range = found.value();
        const BirthYearRange years = range ? range->second : BirthYearRange{};
        if (Status stored = faces_.setEstimatedBirthYears(faceId, years.fromYear, years.toYear, estimator_.id()); !stored) return stored;
        if (range) widen(range->first, years);
        return Ok{};
    }

    void widen(std::int64_t candidateId, const BirthYearRange& years) {
        auto [it, inserted] = widened_.emplace(candidateId, years);
        if (inserted) return;
        it->second.fromYear = std::min(it->second.fromYear, years.fromYear);
        it->second.toYear = std::max(it->second.toYear, years.toYear);
    }

    db::Database& database_;
    const AgeEstimator& estimator_;
    GalleryIndex* liveIndex_;
    db::FaceRepository faces_;
    db::PhotoRepository photos_;
    std::map<std::int64_t, BirthYearRange> widened_;  // per candidate, applied once committed
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
