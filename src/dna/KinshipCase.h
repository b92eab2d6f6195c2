#pragma once
// KinshipCase: the people of one kinship question. Which roles must be filled depends on the
// hypothesis (KinshipCalculator::analyse checks): duo: exactly one of mother/father; trio and
// both-parents: mother and father; full-sibling and half-sibling: relative.
// Thread safety: plain value type.
#include <optional>

#include "dna/KinshipHypothesis.h"
#include "dna/StrProfile.h"

namespace reunite::dna {

struct KinshipCase {
    KinshipHypothesis hypothesis = KinshipHypothesis::Duo;
    StrProfile candidate;
    std::optional<StrProfile> mother;
    std::optional<StrProfile> father;
    std::optional<StrProfile> relative;  // the sibling or half sibling
};

}  // namespace reunite::dna
