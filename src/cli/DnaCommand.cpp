// reunite-cli dna kinship: STR kinship likelihood ratios from a frequency table and a lab file.
// Thin: parses arguments, reads the files through the dna library, prints the result.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/JsonOutput.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/DnaCaseCommand.h"
#include "dna/FamiliasReader.h"
#include "dna/KinshipCalculator.h"
#include "dna/LabResultsReader.h"
#include "dna/MutationRatesReader.h"
#include "dna/ProfileTableCheck.h"

namespace reunite::cli {
namespace {

using namespace reunite::dna;

const char* const kUsage =
    "usage: dna kinship --frequencies FILE --profiles FILE\n"
    "         --hypothesis duo|trio|both-parents|full-sibling|half-sibling --candidate SAMPLE\n"
    "         [--mother SAMPLE] [--father SAMPLE] [--sibling SAMPLE] [--half-sibling SAMPLE]\n"
    "         [--theta T] [--prior P] [--mutation-rate MU] [--mutation-model stepwise|aabb]\n"
    "         [--mutation-rates FILE] [--sample-size N | --min-frequency F] [--json]";

struct SampleRoles {
    std::string candidate;
    std::optional<std::string> mother, father, relative;
};

// Roles the hypothesis needs, or a usage message.
std::optional<std::string> roleProblem(KinshipHypothesis hypothesis, const Arguments& args) {
    const bool mother = args.value("mother").has_value(), father = args.value("father").has_value();
    const bool sibling = args.value("sibling").has_value(), half = args.value("half-sibling").has_value();
    switch (hypothesis) {
    case KinshipHypothesis::Duo:
        if (mother == father || sibling || half) return "a duo takes exactly one of --mother or --father";
        break;
    case KinshipHypothesis::Trio:
    case KinshipHypothesis::BothParents:
        if (!mother || !father || sibling || half)
            return std::string(hypothesisName(hypothesis)) + " needs --mother and --father (and no sibling)";
        break;
    case KinshipHypothesis::FullSibling:
        if (!sibling || mother || father || half) return "full-sibling needs --sibling and no other relative";
        break;
    case KinshipHypothesis::HalfSibling:
        if (!half || mother || father || sibling) return "half-sibling needs --half-sibling and no other relative";
        break;
    }
    return std::nullopt;
}

SampleRoles rolesOf(const Arguments& args) {
    SampleRoles roles{*args.value("candidate"), args.value("mother"), args.value("father"), args.value("sibling")};
    if (args.value("half-sibling")) roles.relative = args.value("half-sibling");
    return roles;
}

std::optional<std::string> repeatedSample(const SampleRoles& roles) {
    std::vector<std::string> ids{roles.candidate};
    for (const auto& id : {roles.mother, roles.father, roles.relative}) {
        if (!id) continue;
        if (std::find(ids.begin(), ids.end(), *id) != ids.end()) return "sample '" + *id + "' is given for two roles";
        ids.push_back(*id);
    }
    return std::nullopt;
}

// Options from the command line, or a usage message.
std::optional<std::string> readOptions(const Arguments& args, KinshipOptions& options) {
    const auto number = [&](const char* name, double& target) -> bool {
        if (!args.value(name)) return true;
        const std::optional<double> value = parseNumber(args.value(name));
        if (value) target = *value;
        return value.has_value();
    };
    if (!number("theta", options.theta)) return "--theta must be a number in [0, 0.5)";
    if (!number("prior", options.prior)) return "--prior must be a number strictly between 0 and 1";
    if (!number("mutation-rate", options.mutationRate)) return "--mutation-rate must be a number in (0, 0.5]";
    if (const auto model = args.value("mutation-model")) {
        const std::optional<MutationModelKind> kind = parseMutationModel(*model);
        if (!kind) return "--mutation-model must be stepwise or aabb";
        options.mutationModel = *kind;
    }
    if (args.value("sample-size") && args.value("min-frequency")) return "give --sample-size or --min-frequency, not both";
    if (args.value("sample-size")) {
        const std::optional<double> n = parseNumber(args.value("sample-size"));
        if (!n || *n < 1 || *n != std::floor(*n) || *n > 1e9) return "--sample-size must be a whole number of people >= 1";
        options.minimumFrequency = MinimumFrequencyRule::fiveOverTwoN(static_cast<int>(*n));
    }
    if (args.value("min-frequency")) {
        const std::optional<double> f = parseNumber(args.value("min-frequency"));
        if (!f) return "--min-frequency must be a number in (0, 1]";
        options.minimumFrequency = MinimumFrequencyRule::fixed(*f);
    }
    if (Status valid = KinshipCalculator::validate(options); !valid) return valid.error().message;
    return std::nullopt;
}

// Prints warnings; returns false (after printing them) when the file has errors.
bool reportProblems(const std::vector<ImportProblem>& problems, const std::string& file, std::vector<std::string>& warnings) {
    for (const ImportProblem& problem : problems) {
        const std::string text = describe(problem, file);
        std::cerr << text << "\n";
        if (problem.severity == ImportProblem::Severity::Warning) warnings.push_back(text);
    }
    if (!hasErrors(problems)) return true;
    std::cerr << "reunite-cli: error: " << file << " has " << countErrors(problems) << " error(s); nothing was used\n";
    return false;
}

std::string sampleList(const LabResultsImport& lab) {
    std::string out;
    for (const std::string& id : lab.sampleIds()) out += (out.empty() ? "" : ", ") + id;
    return out;
}

// The profile of a sample, or an error naming the file and the samples it has.
Result<StrProfile> profileOf(const LabResultsImport& lab, const std::string& id, const std::string& file) {
    if (const StrProfile* profile = lab.profile(id)) return *profile;
    return makeError(ErrorCode::CorruptData, "sample '" + id + "' is not in " + file + " (samples: " + sampleList(lab) + ")");
}

Result<KinshipCase> buildCase(KinshipHypothesis hypothesis, const SampleRoles& roles, const LabResultsImport& lab,
                              const std::string& file) {
    KinshipCase kinshipCase;
    kinshipCase.hypothesis = hypothesis;
    Result<StrProfile> candidate = profileOf(lab, roles.candidate, file);
    if (!candidate) return candidate.error();
    kinshipCase.candidate = std::move(candidate).value();
    const auto fill = [&](const std::optional<std::string>& id, std::optional<StrProfile>& slot) -> Status {
        if (!id) return Ok{};
        Result<StrProfile> profile = profileOf(lab, *id, file);
        if (!profile) return profile.error();
        slot = std::move(profile).value();
        return Ok{};
    };
    if (Status s = fill(roles.mother, kinshipCase.mother); !s) return s.error();
    if (Status s = fill(roles.father, kinshipCase.father); !s) return s.error();
    if (Status s = fill(roles.relative, kinshipCase.relative); !s) return s.error();
    return kinshipCase;
}

nlohmann::json optionalNumber(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json resultJson(const KinshipResult& r, const SampleRoles& roles, const std::vector<std::string>& warnings) {
    nlohmann::json j;
    j["hypothesis"] = hypothesisName(r.hypothesis);
    j["samples"]["candidate"] = roles.candidate;
    if (roles.mother) j["samples"]["mother"] = *roles.mother;
    if (roles.father) j["samples"]["father"] = *roles.father;
    if (roles.relative) j["samples"][r.hypothesis == KinshipHypothesis::HalfSibling ? "half_sibling" : "sibling"] = *roles.relative;
    j["frequency_table"] = r.frequencyTable;
    j["theta"] = r.theta;
    j["mutation_model"] = mutationModelName(r.mutationModel);
    j["mutation_rate"] = r.mutationRate;
    j["minimum_frequency_rule"] = r.minimumFrequencyRule;
    j["combined_lr"] = r.combinedLr;
    j["log10_combined_lr"] = r.log10CombinedLr;
    j["probability"] = r.probability;
    j["prior"] = r.prior;
    j["inconsistent_loci"] = r.inconsistentLoci;
    j["conclusion"] = conclusionName(r.conclusion);
    j["conclusion_reason"] = r.conclusionReason;
    j["rule"] = r.rule;
    j["power_of_exclusion"] = optionalNumber(r.powerOfExclusion);
    j["loci"] = nlohmann::json::array();
    for (const LocusResult& locus : r.loci) {
        nlohmann::json l{{"marker", locus.marker}, {"lr", locus.lr}, {"log10_lr", std::log10(locus.lr)},
                         {"consistent", locus.consistent}, {"mutation_model_used", locus.mutationModelUsed},
                         {"exclusion_power", optionalNumber(locus.exclusionPower)}, {"notes", locus.notes}};
        for (const RoleGenotype& g : locus.genotypes) l["genotypes"][g.role] = g.genotype;
        j["loci"].push_back(l);
    }
    j["skipped_loci"] = nlohmann::json::array();
    for (const SkippedLocus& s : r.skipped)
        j["skipped_loci"].push_back({{"marker", s.marker}, {"reason", s.reason}, {"role", s.role}});
    j["warnings"] = warnings;
    return j;
}

std::string formatNumber(double value, const char* format = "%.6g") {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

void printLocusTable(const KinshipResult& r) {
    std::printf("%-10s", "Marker");
    for (const RoleGenotype& g : r.loci.front().genotypes) std::printf(" %-14s", g.role.c_str());
    std::printf(" %12s\n", "LR");
    for (const LocusResult& locus : r.loci) {
        std::printf("%-10s", locus.marker.c_str());
        for (const RoleGenotype& g : locus.genotypes) std::printf(" %-14s", g.genotype.c_str());
        std::printf(" %12s%s\n", formatNumber(locus.lr).c_str(), locus.consistent ? "" : "  INCONSISTENT (mutation model)");
        for (const std::string& note : locus.notes) std::printf("           note: %s\n", note.c_str());
    }
}

void printHuman(const KinshipResult& r) {
    std::printf("Hypothesis: %s against unrelated; table %s; theta %s; mutation model %s, mu %s\n\n",
                hypothesisName(r.hypothesis), r.frequencyTable.c_str(), formatNumber(r.theta).c_str(),
                mutationModelName(r.mutationModel), formatNumber(r.mutationRate).c_str());
    printLocusTable(r);
    for (const SkippedLocus& s : r.skipped) std::printf("skipped %s: %s\n", s.marker.c_str(), s.reason.c_str());
    std::printf("\nLoci compared:          %zu\n", r.loci.size());
    std::printf("Combined LR:            %s (log10 %s)\n", formatNumber(r.combinedLr).c_str(),
                formatNumber(r.log10CombinedLr, "%.3f").c_str());
    std::printf("Probability:            %s with prior %s\n", formatNumber(r.probability, "%.8f").c_str(),
                formatNumber(r.prior).c_str());
    std::printf("Inconsistent loci:      %d\n", r.inconsistentLoci);
    if (r.powerOfExclusion) std::printf("Power of exclusion:     %s (cumulative, loci compared)\n", formatNumber(*r.powerOfExclusion, "%.8f").c_str());
    std::printf("Conclusion:             %s (%s)\n", conclusionName(r.conclusion), r.conclusionReason.c_str());
    std::printf("Rule:                   %s\n\n", r.rule.c_str());
    std::printf("A likelihood ratio is one piece of evidence; the probability depends on the prior shown.\n");
}

int runKinship(const Arguments& args) {
    const auto hypothesisText = args.value("hypothesis");
    if (args.positional().size() != 1 || !args.value("frequencies") || !args.value("profiles") || !hypothesisText ||
        !args.value("candidate"))
        return usageError(kUsage);
    const std::optional<KinshipHypothesis> hypothesis = parseHypothesis(*hypothesisText);
    if (!hypothesis) return usageError("--hypothesis must be duo, trio, both-parents, full-sibling or half-sibling");
    if (const auto problem = roleProblem(*hypothesis, args)) return usageError(*problem);
    KinshipOptions options;
    if (const auto problem = readOptions(args, options)) return usageError(*problem);
    const SampleRoles roles = rolesOf(args);
    if (const auto problem = repeatedSample(roles)) return usageError(*problem);

    std::vector<std::string> warnings;
    const std::string tableFile = *args.value("frequencies"), profilesFile = *args.value("profiles");
    Result<FrequencyTableImport> table = readFamiliasTableFile(tableFile);
    if (!table) return fail(table.error());
    if (!reportProblems(table.value().problems, tableFile, warnings)) return ExitBadInput;
    Result<LabResultsImport> lab = readLabResultsFile(profilesFile);
    if (!lab) return fail(lab.error());
    if (!reportProblems(lab.value().problems, profilesFile, warnings)) return ExitBadInput;
    if (const auto ratesFile = args.value("mutation-rates")) {
        Result<MutationRatesImport> rates = readMutationRatesFile(*ratesFile);
        if (!rates) return fail(rates.error());
        if (!reportProblems(rates.value().problems, *ratesFile, warnings)) return ExitBadInput;
        options.markerMutationRates = rates.value().rates;
    }
    Result<KinshipCase> kinshipCase = buildCase(*hypothesis, roles, lab.value(), profilesFile);
    if (!kinshipCase) return fail(kinshipCase.error());
    const std::vector<ImportProblem> tableCheck =
        checkProfilesAgainstTable(lab.value().profiles, table.value().table, options.minimumFrequency);
    if (!reportProblems(tableCheck, profilesFile, warnings)) return ExitBadInput;

    const KinshipCalculator calculator(table.value().table, options);
    Result<KinshipResult> result = calculator.analyse(kinshipCase.value());
    if (!result) return fail(result.error());
    if (args.flag("json")) printJson(resultJson(result.value(), roles, warnings));
    else printHuman(result.value());
    return ExitOk;
}

}  // namespace

int runDnaCommand(const CommandArgs& rawArgs) {
    if (!rawArgs.empty() && rawArgs.front() != "kinship" && rawArgs.front().rfind("--", 0) != 0) return runDnaCaseCommand(rawArgs);
    const Arguments args(rawArgs, {"json"},
                         {"frequencies", "profiles", "hypothesis", "candidate", "mother", "father", "sibling",
                          "half-sibling", "theta", "prior", "mutation-rate", "mutation-model", "mutation-rates",
                          "sample-size", "min-frequency"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().empty() || args.positional()[0] != "kinship") return usageError(kUsage);
    return runKinship(args);
}

}  // namespace reunite::cli
