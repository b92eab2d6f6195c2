#include "workflows/dna/AnalysisInputs.h"

#include <map>

#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "workflows/dna/StoredProfiles.h"

namespace reunite::workflows {

namespace {

using dna::KinshipHypothesis;

// The latest typed sample of each role.
Result<std::map<db::DonorRole, TypedSample>> typedSamplesByRole(db::Database& database, std::int64_t requestId) {
    Result<std::vector<db::DnaSampleRecord>> samples = db::DnaSampleRepository(database).listForRequest(requestId);
    if (!samples) return samples.error();
    std::map<db::DonorRole, TypedSample> byRole;
    for (db::DnaSampleRecord& sample : samples.value()) {
        Result<std::optional<db::StrProfileRecord>> profile = db::StrProfileRepository(database).latestForSample(sample.id);
        if (!profile) return profile.error();
        if (!profile.value()) continue;
        byRole[sample.donorRole] = TypedSample{std::move(sample), std::move(*profile.value())};
    }
    return byRole;
}

std::optional<KinshipHypothesis> chooseHypothesis(const std::map<db::DonorRole, TypedSample>& typed) {
    const bool mother = typed.count(db::DonorRole::Mother) > 0, father = typed.count(db::DonorRole::Father) > 0;
    if (mother && father) return KinshipHypothesis::BothParents;
    if (mother || father) return KinshipHypothesis::Duo;
    if (typed.count(db::DonorRole::FullSibling)) return KinshipHypothesis::FullSibling;
    if (typed.count(db::DonorRole::HalfSibling)) return KinshipHypothesis::HalfSibling;
    return std::nullopt;
}

std::optional<TypedSample> take(const std::map<db::DonorRole, TypedSample>& typed, db::DonorRole role) {
    const auto found = typed.find(role);
    return found == typed.end() ? std::nullopt : std::optional<TypedSample>(found->second);
}

Status requireRole(const std::optional<TypedSample>& sample, const char* role, KinshipHypothesis hypothesis) {
    if (sample) return Ok{};
    return makeError(ErrorCode::InvalidArgument, std::string(dna::hypothesisName(hypothesis)) + " needs a typed sample of the " + role);
}

Status fillRoles(AnalysisInputs& inputs, const std::map<db::DonorRole, TypedSample>& typed) {
    const KinshipHypothesis h = inputs.hypothesis;
    switch (h) {
    case KinshipHypothesis::Duo:
        inputs.mother = take(typed, db::DonorRole::Mother);
        if (!inputs.mother) inputs.father = take(typed, db::DonorRole::Father);
        if (!inputs.mother && !inputs.father) return requireRole(std::nullopt, "mother or the father", h);
        return Ok{};
    case KinshipHypothesis::Trio:
    case KinshipHypothesis::BothParents:
        inputs.mother = take(typed, db::DonorRole::Mother);
        inputs.father = take(typed, db::DonorRole::Father);
        if (Status m = requireRole(inputs.mother, "mother", h); !m) return m;
        return requireRole(inputs.father, "father", h);
    case KinshipHypothesis::FullSibling:
        inputs.relative = take(typed, db::DonorRole::FullSibling);
        return requireRole(inputs.relative, "full sibling", h);
    case KinshipHypothesis::HalfSibling:
        inputs.relative = take(typed, db::DonorRole::HalfSibling);
        return requireRole(inputs.relative, "half sibling", h);
    }
    return Ok{};
}

Result<std::optional<dna::StrProfile>> profileOf(const std::optional<TypedSample>& typed) {
    if (!typed) return std::optional<dna::StrProfile>();
    Result<dna::StrProfile> profile = toCalculatorProfile(typed->profile, typed->sample.sampleCode);
    if (!profile) return profile.error();
    return std::optional<dna::StrProfile>(std::move(profile).value());
}

}  // namespace

Result<dna::KinshipCase> AnalysisInputs::kinshipCase() const {
    dna::KinshipCase kinship;
    kinship.hypothesis = hypothesis;
    Result<dna::StrProfile> candidateProfile = toCalculatorProfile(candidate.profile, candidate.sample.sampleCode);
    if (!candidateProfile) return candidateProfile.error();
    kinship.candidate = std::move(candidateProfile).value();
    Result<std::optional<dna::StrProfile>> m = profileOf(mother), f = profileOf(father), r = profileOf(relative);
    for (const auto* part : {&m, &f, &r}) {
        if (!*part) return part->error();
    }
    kinship.mother = std::move(m).value();
    kinship.father = std::move(f).value();
    kinship.relative = std::move(r).value();
    return kinship;
}

Result<AnalysisInputs> gatherAnalysisInputs(db::Database& database, std::int64_t requestId, std::optional<KinshipHypothesis> hypothesis) {
    Result<std::map<db::DonorRole, TypedSample>> typed = typedSamplesByRole(database, requestId);
    if (!typed) return typed.error();
    AnalysisInputs inputs;
    const std::optional<TypedSample> candidate = take(typed.value(), db::DonorRole::Candidate);
    if (!candidate) return makeError(ErrorCode::InvalidArgument, "no typed sample of the candidate yet: register it and import its lab results");
    inputs.candidate = *candidate;
    const std::optional<KinshipHypothesis> chosen = hypothesis ? hypothesis : chooseHypothesis(typed.value());
    if (!chosen) {
        return makeError(ErrorCode::InvalidArgument, "no typed sample of a parent or sibling yet: register one and import its lab results");
    }
    inputs.hypothesis = *chosen;
    if (Status roles = fillRoles(inputs, typed.value()); !roles) return roles.error();
    return inputs;
}

}  // namespace reunite::workflows
