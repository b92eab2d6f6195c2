#pragma once
// AgeBand: an inclusive range of ages in whole years, the unit the age model averages over.
// growthAgeBands() is the band list the model builder uses: three-year bands through childhood
// and adolescence, where the face changes fastest, then wider adult bands.
// Thread safety: plain values; growthAgeBands() returns a constant.
#include <string>
#include <vector>

namespace reunite {

struct AgeBand {
    int minAge = 0;  // inclusive
    int maxAge = 0;  // inclusive

    bool contains(double age) const { return age >= minAge && age < maxAge + 1; }
    double nominalCentre() const { return (minAge + maxAge + 1) / 2.0; }
    std::string label() const;  // "0-2", "50-80"
};

// 0-2, 3-5, 6-8, 9-11, 12-14, 15-17, 18-24, 25-34, 35-49, 50-80.
const std::vector<AgeBand>& growthAgeBands();

}  // namespace reunite
