#include "dna/MutationModel.h"

#include <cmath>

namespace reunite::dna {

const char* mutationModelName(MutationModelKind kind) {
    return kind == MutationModelKind::Aabb ? "aabb" : "stepwise";
}

std::optional<MutationModelKind> parseMutationModel(const std::string& text) {
    if (text == "stepwise") return MutationModelKind::Stepwise;
    if (text == "aabb") return MutationModelKind::Aabb;
    return std::nullopt;
}

int StepwiseMutation::effectiveSteps(const Allele& from, const Allele& to) {
    if (!from.repeats() || !to.repeats()) return 3;
    const double distance = std::abs(*to.repeats() - *from.repeats());
    const double whole = std::round(distance);
    if (std::abs(distance - whole) < 1e-6) return std::max(1, static_cast<int>(whole));
    return static_cast<int>(std::ceil(distance)) + 1;
}

double StepwiseMutation::transition(const Allele& from, const Allele& to) const {
    if (from == to) return 1.0;
    return rate_ / 2.0 * std::pow(stepRatio_, effectiveSteps(from, to) - 1);
}

double StepwiseMutation::transmission(const Genotype& parent, const Allele& allele) const {
    return 0.5 * (transition(parent.first(), allele) + transition(parent.second(), allele));
}

double mendelianTransmission(const Genotype& parent, const Allele& allele) {
    return 0.5 * parent.count(allele);
}

}  // namespace reunite::dna
