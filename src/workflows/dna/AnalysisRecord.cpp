#include "workflows/dna/AnalysisRecord.h"

#include <nlohmann/json.hpp>

namespace reunite::workflows {

namespace {

std::optional<std::int64_t> profileIdOf(const std::optional<TypedSample>& typed) {
    return typed ? std::optional<std::int64_t>(typed->profile.id) : std::nullopt;
}

db::KinshipLocusRow locusRow(const dna::LocusResult& locus) {
    db::KinshipLocusRow row{.marker = locus.marker, .lr = locus.lr, .consistent = locus.consistent,
                            .mutationModelUsed = locus.mutationModelUsed, .exclusionPower = locus.exclusionPower};
    nlohmann::json genotypes = nlohmann::json::object();
    for (const dna::RoleGenotype& g : locus.genotypes) genotypes[g.role] = g.genotype;
    row.genotypesJson = genotypes.dump();
    row.notesJson = nlohmann::json(locus.notes).dump();
    return row;
}

std::string skippedJson(const std::vector<dna::SkippedLocus>& skipped) {
    nlohmann::json out = nlohmann::json::array();
    for (const dna::SkippedLocus& s : skipped) out.push_back({{"marker", s.marker}, {"role", s.role}, {"reason", s.reason}});
    return out.dump();
}

}  // namespace

db::KinshipAnalysisRecord toAnalysisRecord(const dna::KinshipResult& result, const AnalysisInputs& inputs, std::int64_t requestId,
                                           std::int64_t frequencyTableId) {
    db::KinshipAnalysisRecord record;
    record.requestId = requestId;
    record.hypothesis = dna::hypothesisName(result.hypothesis);
    record.candidateProfileId = inputs.candidate.profile.id;
    record.motherProfileId = profileIdOf(inputs.mother);
    record.fatherProfileId = profileIdOf(inputs.father);
    record.relativeProfileId = profileIdOf(inputs.relative);
    record.frequencyTableId = frequencyTableId;
    record.theta = result.theta;
    record.mutationModel = dna::mutationModelName(result.mutationModel);
    record.mutationRate = result.mutationRate;
    record.minimumFrequencyRule = result.minimumFrequencyRule;
    record.prior = result.prior;
    record.combinedLr = result.combinedLr;
    record.log10CombinedLr = result.log10CombinedLr;
    record.probability = result.probability;
    record.lociCompared = static_cast<int>(result.loci.size());
    record.inconsistentLoci = result.inconsistentLoci;
    record.powerOfExclusion = result.powerOfExclusion;
    record.conclusion = dna::conclusionName(result.conclusion);
    record.conclusionReason = result.conclusionReason;
    record.rule = result.rule;
    record.skippedJson = skippedJson(result.skipped);
    for (const dna::LocusResult& locus : result.loci) record.loci.push_back(locusRow(locus));
    return record;
}

}  // namespace reunite::workflows
