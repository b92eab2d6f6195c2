#include "PhotoAgeUpdater.h"

namespace reunite::gui {

Status PhotoAgeUpdater::setAge(std::int64_t photoId, std::optional<double> ageYears) {
    if (ageYears && (*ageYears < 0 || *ageYears >= 130)) {
        return makeError(ErrorCode::InvalidArgument, "the age at the photo must be between 0 and 130 years");
    }
    auto statement = database_.prepare("UPDATE photos SET age_at_photo_years = :age WHERE id = :id");
    if (!statement) return statement.error();
    statement.value().bindOptionalDouble(":age", ageYears).bindInt64(":id", photoId);
    if (Status ran = statement.value().run(); !ran) return ran.error();
    if (database_.changes() == 0) return makeError(ErrorCode::NotFound, "photo " + std::to_string(photoId) + " does not exist");
    return Ok{};
}

}  // namespace reunite::gui
