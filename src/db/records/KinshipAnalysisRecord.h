#pragma once
// KinshipAnalysisRecord: one stored kinship calculation (tables `kinship_analyses` and
// `kinship_locus_results`): the hypothesis, the profiles by role, the frequency table, every
// option (theta, mutation model and rate, minimum-frequency rule, prior), the per-locus results,
// the combined index, the probability with its prior, the inconsistent loci, the power of
// exclusion, the conclusion and the rule applied, the analyst and the time.
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reunite::db {

struct KinshipLocusRow {
    std::string marker;
    double lr = 1.0;
    bool consistent = true;
    bool mutationModelUsed = false;
    std::optional<double> exclusionPower;
    std::string genotypesJson = "{}";  // {"candidate": "12/14", "mother": ...}
    std::string notesJson = "[]";      // ["allele 8 not in the table: ..."]
};

struct KinshipAnalysisRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t requestId = 0;
    std::string hypothesis;  // dna::hypothesisName()
    std::int64_t candidateProfileId = 0;
    std::optional<std::int64_t> motherProfileId;
    std::optional<std::int64_t> fatherProfileId;
    std::optional<std::int64_t> relativeProfileId;
    std::int64_t frequencyTableId = 0;
    double theta = 0.0;
    std::string mutationModel = "stepwise";
    double mutationRate = 0.002;
    std::string minimumFrequencyRule;
    double prior = 0.5;
    double combinedLr = 1.0;
    double log10CombinedLr = 0.0;
    double probability = 0.5;
    int lociCompared = 0;
    int inconsistentLoci = 0;
    std::optional<double> powerOfExclusion;
    std::string conclusion;  // "supported", "excluded", "inconclusive"
    std::string conclusionReason;
    std::string rule;
    std::string skippedJson = "[]";  // [{"marker", "role", "reason"}]
    std::vector<KinshipLocusRow> loci;  // in the calculator's order
    std::string analysedBy;  // set by the repository
    std::string analysedAt;  // set by the repository
};

}  // namespace reunite::db
