#include "age/model/AgeBand.h"

namespace reunite {

std::string AgeBand::label() const { return std::to_string(minAge) + "-" + std::to_string(maxAge); }

const std::vector<AgeBand>& growthAgeBands() {
    static const std::vector<AgeBand> bands{{0, 2},   {3, 5},   {6, 8},   {9, 11},  {12, 14},
                                            {15, 17}, {18, 24}, {25, 34}, {35, 49}, {50, 80}};
    return bands;
}

}  // namespace reunite
