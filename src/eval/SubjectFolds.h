#pragma once
// SubjectFolds: the fold of a subject for k-fold cross-validation by identity. The fold is a hash
// (FNV-1a) of the subject's name, so every machine and run splits a set the same way and all
// photos of one person fall in one fold.
// Thread safety: pure function.
#include <string>

namespace reunite {

int foldOfSubject(const std::string& subject, int folds);

}  // namespace reunite
