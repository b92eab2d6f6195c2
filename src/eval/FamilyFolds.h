#pragma once
// FamilyFolds: the cross-validation fold of each family. A set's own protocol may assign folds to
// families (KinFaceW's pair lists); every other family falls in crossValidationFold(family, k),
// the FNV-1a split every other evaluation uses.
// Thread safety: plain value.
#include <map>
#include <string>

namespace reunite {

class FamilyFolds {
public:
    explicit FamilyFolds(int folds, std::map<std::string, int> assigned = {});

    int folds() const { return folds_; }
    int of(const std::string& family) const;
    bool assignedByProtocol() const { return !assigned_.empty(); }

private:
    int folds_;
    std::map<std::string, int> assigned_;
};

}  // namespace reunite
