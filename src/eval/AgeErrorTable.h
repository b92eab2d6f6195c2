#pragma once
// AgeErrorTable: how far estimated ages are from the true ones, overall, for childhood (0-12) and
// per age band (0-2, 3-6, 7-12, 13-17, 18-24, 25-34, 35-44, 45-59, 60+): faces, mean absolute error
// in years, and the share estimated within 5 years. Bands without faces are listed with 0 faces.
// Thread safety: pure function.
#include <string>
#include <vector>

namespace reunite {

struct AgeBandError {
    std::string band;  // "all", "0-12", "0-2", ...
    std::size_t faces = 0;
    double meanAbsoluteError = 0;
    double withinFiveYears = 0;  // share of faces with |estimate - age| <= 5
    double withinMargin = -1;    // share with |estimate - age| <= that face's margin; < 0: no margins given
};

// trueAges and estimates of the same faces, in the same order (sizes must match); margins, when
// given, one per face (e.g. the search filter's margin for that estimate, GalleryAgeEstimation.h).
std::vector<AgeBandError> ageErrorTable(const std::vector<double>& trueAges, const std::vector<double>& estimates,
                                        const std::vector<double>& margins = {});

}  // namespace reunite
