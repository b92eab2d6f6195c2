#pragma once
// KinshipPair: two faces of a (possibly) related pair: the elder side (a parent) and the younger
// side (the child), with their roles and families. makeUnrelatedPairs() builds the non-mates of a
// set of related pairs the way the KinFaceW protocol does: the parent of one pair with the child
// of another family's pair of the same relation type (same two roles), chosen deterministically.
// Thread safety: pure functions.
#include <string>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "kinship/KinshipTypes.h"

namespace reunite {

struct KinshipPair {
    Embedding elder{};
    KinRole elderRole = KinRole::Parent;
    std::string elderFamily;
    Embedding younger{};
    KinRole youngerRole = KinRole::Child;
    std::string youngerFamily;
    bool related = false;
    std::string elderFile, youngerFile;  // for reports; may be empty
};

// `perPositive` unrelated pairs for every related pair, within the given pairs only (callers pass
// the pairs of one fold so that no non-mate crosses a cross-validation split). Relation types with
// a single family give none.
std::vector<KinshipPair> makeUnrelatedPairs(const std::vector<KinshipPair>& related, int perPositive);

// "father-son" etc.: the relation type of a pair.
std::string relationTypeOf(const KinshipPair& pair);

}  // namespace reunite
