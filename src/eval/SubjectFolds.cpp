#include "eval/SubjectFolds.h"

#include <cstdint>

namespace reunite {

int foldOfSubject(const std::string& subject, int folds) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : subject) hash = (hash ^ c) * 1099511628211ull;
    return static_cast<int>(hash % static_cast<std::uint64_t>(folds));
}

}  // namespace reunite
