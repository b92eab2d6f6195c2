#include "age/model/AgeBand.h"

namespace reunite {

std::string AgeBand::label() const { return std::to_string(minAge) + "-" + std::to_string(maxAge); }

const std::vector<AgeBand>& growthAgeBands() {
    static const std::vector<AgeBand> bands = [] {
        std::vector<AgeBand> list;
        list.push_back({0, 1});  // the sets label babies 1 at the youngest
        for (int year = 2; year < 18; ++year) list.push_back({year, year});
        for (int from = 18; from < 73; from += 5) list.push_back({from, from + 4});
        list.push_back({73, 85});
        return list;
    }();
    return bands;
}

}  // namespace reunite
