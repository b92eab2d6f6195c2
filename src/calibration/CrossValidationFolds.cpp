#include "calibration/CrossValidationFolds.h"

#include <cstdint>

namespace reunite {

int crossValidationFold(const std::string& key, int folds) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : key) hash = (hash ^ c) * 1099511628211ull;
    return static_cast<int>(hash % static_cast<std::uint64_t>(folds));
}

int innerCrossValidationFold(const std::string& key, int folds) { return crossValidationFold(key + "#inner", folds); }

}  // namespace reunite
