#pragma once
// GalleryAgeEstimation: the birth years each gallery face's estimated age implies, stored with the
// face (faces.estimated_birth_year_*), so that the search's birth-year filter can judge records
// whose birth year nobody entered (SearchFilters::useEstimatedBirthYears).
// A face's range: the photo's year (its capture date, else the year it was imported) minus the
// estimated age, widened by kBirthYearMarginPerError times the estimate's cross-validated error
// on both sides (but not past the photo's year), and by kUndatedPhotoYears more towards earlier years when the photo has no capture
// date (it may be older than its import). Wide on purpose: the filter must not drop the person.
// estimateGalleryBirthYears() estimates every gallery face of the embedding model that the given
// estimator has not estimated yet (new faces, or all of them after the estimator changed), in
// batches of one transaction each, and widens the live index's candidates when one is given. A
// face that cannot be read (damaged, sealed without the key) is stored as "not estimated" by this
// estimator so that it is not retried on every start; it fails nothing.
// Errors: a database error stops it (faces estimated so far stay); an estimator without an id,
// or one that reads another embedding model -> InvalidArgument.
// Thread safety: uses the Database from the calling thread only; the index may be searched meanwhile.
#include <cstddef>
#include <string>

#include "age/estimation/AgeEstimate.h"
#include "age/estimation/AgeEstimator.h"
#include "db/sqlite/Database.h"
#include "domain/BirthYearRange.h"
#include "domain/Result.h"
#include "search/GalleryIndex.h"

namespace reunite {

inline constexpr double kBirthYearMarginPerError = 3;  // the estimate's error (a mean absolute error) times this
inline constexpr int kUndatedPhotoYears = 5;
inline constexpr int kEarliestBirthYear = 1800;  // the range is kept within these (the schema's bounds)
inline constexpr int kLatestBirthYear = 2300;

// The birth years `estimate` implies for a photo taken in `photoYear` (dated: the capture date is
// known), within [kEarliestBirthYear, kLatestBirthYear] and never after the photo's year; the
// estimate must be finite.
BirthYearRange estimatedBirthYears(const AgeEstimate& estimate, int photoYear, bool dated);

// Returns how many faces were estimated.
Result<std::size_t> estimateGalleryBirthYears(db::Database& database, const AgeEstimator& estimator, const std::string& embeddingModelId,
                                              GalleryIndex* liveIndex = nullptr);

}  // namespace reunite
