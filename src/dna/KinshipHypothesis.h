#pragma once
// The relationships the calculator tests against "unrelated", and the people each one needs.
//   Duo          candidate + one alleged parent (mother or father), the other parent untested
//   Trio         candidate + undisputed mother + alleged father
//   BothParents  candidate + alleged mother + alleged father (reverse parentage: the usual
//                reunion question "are these the parents of this person?")
//   FullSibling  candidate + a full sibling
//   HalfSibling  candidate + a half sibling (same LR: grandparent-grandchild, uncle/aunt-nephew/niece)
// Thread safety: pure functions.
#include <optional>
#include <string>

namespace reunite::dna {

enum class KinshipHypothesis { Duo, Trio, BothParents, FullSibling, HalfSibling };

const char* hypothesisName(KinshipHypothesis hypothesis);  // "duo", "trio", "both-parents", ...
std::optional<KinshipHypothesis> parseHypothesis(const std::string& text);
// Parentage hypotheses have Mendelian inconsistencies and an exclusion power; sibling ones do not.
bool isParentage(KinshipHypothesis hypothesis);

}  // namespace reunite::dna
