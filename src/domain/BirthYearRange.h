#pragma once
// BirthYearRange: the years a person may have been born in, both inclusive (e.g. what the age a
// face looks implies, see workflows/gallery/GalleryAgeEstimation.h). fromYear == 0: no range.
// Thread safety: plain value.

namespace reunite {

struct BirthYearRange {
    int fromYear = 0;
    int toYear = 0;

    bool known() const { return fromYear > 0; }
    // Becomes the smallest range holding both (a range that is not known changes nothing).
    void widen(const BirthYearRange& other) {
        if (!other.known()) return;
        if (!known()) {
            *this = other;
            return;
        }
        fromYear = other.fromYear < fromYear ? other.fromYear : fromYear;
        toYear = other.toYear > toYear ? other.toYear : toYear;
    }
};

}  // namespace reunite
