#include "eval/FamilyFolds.h"

#include "calibration/CrossValidationFolds.h"

namespace reunite {

FamilyFolds::FamilyFolds(int folds, std::map<std::string, int> assigned) : folds_(folds), assigned_(std::move(assigned)) {}

int FamilyFolds::of(const std::string& family) const {
    const auto it = assigned_.find(family);
    return it != assigned_.end() ? it->second : crossValidationFold(family, folds_);
}

}  // namespace reunite
