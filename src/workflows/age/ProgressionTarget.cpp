#include "workflows/age/ProgressionTarget.h"

#include "domain/IsoDateTime.h"

namespace reunite::workflows {
namespace {

// The age on `onDate`: from the date of birth, else from the photo's capture date and age.
std::optional<double> ageOn(const db::CaseRecord& theCase, const db::PhotoRecord& photo, double ageAtPhoto, std::string_view onDate) {
    if (theCase.birthDate) return yearsBetween(*theCase.birthDate, onDate);
    if (!photo.captureDate) return std::nullopt;
    const std::optional<double> since = yearsBetween(*photo.captureDate, onDate);
    if (!since) return std::nullopt;
    return ageAtPhoto + *since;
}

}  // namespace

std::optional<double> progressionTargetAge(const db::CaseRecord& theCase, const db::PhotoRecord& photo, std::string_view onDate) {
    const std::optional<double>& age = photo.ageAtPhotoYears;
    if (!age || *age >= kChildhoodEnds) return std::nullopt;
    const std::optional<double> target = ageOn(theCase, photo, *age, onDate);
    if (!target || *target <= *age + 1) return std::nullopt;
    return target;
}

}  // namespace reunite::workflows
