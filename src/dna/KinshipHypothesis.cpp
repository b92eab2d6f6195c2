#include "dna/KinshipHypothesis.h"

#include <array>
#include <utility>

namespace reunite::dna {
namespace {

constexpr std::array<std::pair<KinshipHypothesis, const char*>, 5> kNames{{
    {KinshipHypothesis::Duo, "duo"},
    {KinshipHypothesis::Trio, "trio"},
    {KinshipHypothesis::BothParents, "both-parents"},
    {KinshipHypothesis::FullSibling, "full-sibling"},
    {KinshipHypothesis::HalfSibling, "half-sibling"},
}};

}  // namespace

const char* hypothesisName(KinshipHypothesis hypothesis) {
    for (const auto& [value, name] : kNames)
        if (value == hypothesis) return name;
    return "unknown";
}

std::optional<KinshipHypothesis> parseHypothesis(const std::string& text) {
    for (const auto& [value, name] : kNames)
        if (text == name) return value;
    return std::nullopt;
}

bool isParentage(KinshipHypothesis hypothesis) {
    return hypothesis == KinshipHypothesis::Duo || hypothesis == KinshipHypothesis::Trio ||
           hypothesis == KinshipHypothesis::BothParents;
}

}  // namespace reunite::dna
