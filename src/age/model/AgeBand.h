#pragma once
// AgeBand: an inclusive range of ages in whole years, the unit the age model averages over.
// growthAgeBands() is the band list the model builder uses: one-year bands through childhood
// and adolescence, where the face changes fastest, then five-year adult bands.
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

// 0-1 (the sets label babies 1 at the youngest), 2-2, ..., 17-17, then 18-22, 23-27, ..., 68-72,
// and 73-85 (few faces are older).
const std::vector<AgeBand>& growthAgeBands();

}  // namespace reunite
