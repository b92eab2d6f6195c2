#pragma once
// Fold of a person or family for k-fold cross-validation: FNV-1a of the key modulo k, so a split
// is the same on every machine and run (and the same as `eval cross-age` uses for subjects).
// Nested cross-validation uses a salted key for the inner split.
// Thread safety: pure functions.
#include <string>

namespace reunite {

int crossValidationFold(const std::string& key, int folds);
int innerCrossValidationFold(const std::string& key, int folds);

}  // namespace reunite
