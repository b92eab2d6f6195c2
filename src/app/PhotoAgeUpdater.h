#pragma once
// PhotoAgeUpdater: changes the "age at photo" of a stored photo (column photos.age_at_photo_years).
// PhotoRepository has no update for it yet, so this one statement lives here; it should move into
// PhotoRepository (setAgeAtPhoto) when the database layer gains it.
// Inputs: an existing photo id; an age in years (0 <= age < 130) or none to clear it.
// Guarantees: an out-of-range age -> ErrorCode::InvalidArgument; an unknown photo ->
// ErrorCode::NotFound; SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses the given Database from the calling thread only.
#include <cstdint>
#include <optional>

#include "Database.h"
#include "Result.h"

namespace reunite::gui {

class PhotoAgeUpdater {
public:
    explicit PhotoAgeUpdater(db::Database& database) : database_(database) {}

    Status setAge(std::int64_t photoId, std::optional<double> ageYears);

private:
    db::Database& database_;
};

}  // namespace reunite::gui
