#include "workflows/report/KinshipResultFile.h"

#include <nlohmann/json.hpp>

#include "domain/FileBytes.h"
#include "workflows/report/KinshipColumns.h"

namespace reunite::workflows {
namespace {

using nlohmann::json;

constexpr std::uint64_t kMaxBytes = 4u << 20;

Error notAResult(const std::filesystem::path& file, const std::string& what) {
    return makeError(ErrorCode::CorruptData,
                     file.string() + " is not the JSON of `reunite-cli dna kinship --json` (" + what + ")");
}

report::DnaLocusRow locusRow(const json& locus, const std::vector<std::string>& roles) {
    return report::DnaLocusRow{locus.value("marker", std::string("?")), genotypesByRole(locus.value("genotypes", json::object()), roles),
                               locus.value("lr", 1.0), locus.value("consistent", true)};
}

}  // namespace

Result<report::KinshipAnalysisEntry> readKinshipResultFile(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, kMaxBytes);
    if (!bytes) return bytes.error();
    const json result = json::parse(bytes.value().begin(), bytes.value().end(), nullptr, false);
    if (!result.is_object()) return notAResult(file, "no JSON object");
    for (const char* key : {"hypothesis", "samples", "loci", "combined_lr", "probability", "conclusion"}) {
        if (!result.contains(key)) return notAResult(file, std::string("no \"") + key + "\"");
    }
    if (!result["samples"].is_object() || !result["loci"].is_array()) return notAResult(file, "samples or loci malformed");
    try {
        report::KinshipAnalysisEntry entry;
        entry.hypothesis = result["hypothesis"].get<std::string>();
        const std::vector<std::string> roles = kinshipRolesIn(result["samples"]);
        for (const std::string& role : roles) {
            entry.sampleColumns.push_back(result["samples"][role].get<std::string>());
            entry.sampleColumnRoles.push_back(reportRoleKey(role));
        }
        entry.frequencyTable = result.value("frequency_table", std::string());
        entry.theta = result.value("theta", 0.0);
        entry.mutationModel = result.value("mutation_model", std::string());
        entry.mutationRate = result.value("mutation_rate", 0.0);
        for (const json& locus : result["loci"]) entry.loci.push_back(locusRow(locus, roles));
        entry.combinedIndex = result["combined_lr"].get<double>();
        entry.probability = result["probability"].get<double>();
        entry.prior = result.value("prior", 0.5);
        entry.inconsistentLoci = result.value("inconsistent_loci", 0);
        if (result.contains("power_of_exclusion") && result["power_of_exclusion"].is_number()) {
            entry.cumulativeExclusionPower = result["power_of_exclusion"].get<double>();
        }
        entry.conclusionKey = result["conclusion"].get<std::string>();
        entry.rule = result.value("rule", std::string());
        return entry;
    } catch (const json::exception& problem) {
        return notAResult(file, problem.what());
    }
}

}  // namespace reunite::workflows
