#include "eval/AgeErrorTable.h"

#include <cmath>
#include <limits>

namespace reunite {
namespace {

struct Band {
    const char* name;
    double from;
    double to;  // exclusive
};

const std::vector<Band> kBands{{"all", 0, std::numeric_limits<double>::infinity()},
                               {"0-12", 0, 13},
                               {"0-2", 0, 3},
                               {"3-6", 3, 7},
                               {"7-12", 7, 13},
                               {"13-17", 13, 18},
                               {"18-24", 18, 25},
                               {"25-34", 25, 35},
                               {"35-44", 35, 45},
                               {"45-59", 45, 60},
                               {"60+", 60, std::numeric_limits<double>::infinity()}};

}  // namespace

std::vector<AgeBandError> ageErrorTable(const std::vector<double>& trueAges, const std::vector<double>& estimates,
                                        const std::vector<double>& margins) {
    const bool measured = !margins.empty() && margins.size() == estimates.size();
    std::vector<AgeBandError> table;
    for (const Band& band : kBands) {
        AgeBandError row{band.name, 0, 0, 0, measured ? 0.0 : -1.0};
        for (std::size_t i = 0; i < trueAges.size() && i < estimates.size(); ++i) {
            if (trueAges[i] < band.from || trueAges[i] >= band.to) continue;
            const double error = std::abs(estimates[i] - trueAges[i]);
            ++row.faces;
            row.meanAbsoluteError += error;
            row.withinFiveYears += error <= 5 ? 1 : 0;
            if (measured) row.withinMargin += error <= margins[i] ? 1 : 0;
        }
        if (row.faces) {
            row.meanAbsoluteError /= static_cast<double>(row.faces);
            row.withinFiveYears /= static_cast<double>(row.faces);
            if (measured) row.withinMargin /= static_cast<double>(row.faces);
        }
        table.push_back(row);
    }
    return table;
}

}  // namespace reunite
