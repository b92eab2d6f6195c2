#include "workflows/report/StoredDnaSection.h"

#include <map>

#include <nlohmann/json.hpp>

#include "db/records/DnaEnums.h"
#include "workflows/dna/DnaActions.h"
#include "workflows/report/KinshipColumns.h"

namespace reunite::workflows {
namespace {

std::string personOf(const db::CandidateRecord& c) {
    const std::string name = db::candidateDisplayName(c);
    return name.empty() ? c.externalRef : name;
}

report::DnaSampleEntry sampleEntry(const DnaSampleFile& file) {
    const db::DnaSampleRecord& s = file.sample;
    report::DnaSampleEntry entry{s.sampleCode, std::string(db::toDatabaseText(s.donorRole)), s.donorName,
                                 std::string(db::toDatabaseText(s.sampleType)), s.collectedAt, s.collectedPlace,
                                 s.collectedBy, {}};
    for (const db::CustodyEventRecord& e : file.timeline) {
        entry.custody.push_back({e.occurredAt, std::string(db::toDatabaseText(e.event)), e.person, e.note});
    }
    return entry;
}

// The roles that have genotypes in the analysis, in column order.
std::vector<std::string> rolesOf(const db::KinshipAnalysisRecord& analysis) {
    if (analysis.loci.empty()) return {};
    return kinshipRolesIn(nlohmann::json::parse(analysis.loci.front().genotypesJson, nullptr, false));
}

std::string sampleCodeFor(const DnaRequestFile& request, const std::string& role) {
    for (const DnaSampleFile& s : request.samples) {
        if (db::toDatabaseText(s.sample.donorRole) == reportRoleKey(role)) return s.sample.sampleCode;
    }
    return role;
}

report::DnaLocusRow locusRow(const db::KinshipLocusRow& locus, const std::vector<std::string>& roles) {
    return report::DnaLocusRow{locus.marker, genotypesByRole(nlohmann::json::parse(locus.genotypesJson, nullptr, false), roles),
                               locus.lr, locus.consistent};
}

using TableNames = std::map<std::int64_t, std::string>;

report::KinshipAnalysisEntry analysisEntry(const DnaRequestFile& request, const db::KinshipAnalysisRecord& a, const TableNames& tables) {
    report::KinshipAnalysisEntry entry;
    entry.hypothesis = a.hypothesis;
    const std::vector<std::string> roles = rolesOf(a);
    for (const std::string& role : roles) {
        entry.sampleColumns.push_back(sampleCodeFor(request, role));
        entry.sampleColumnRoles.push_back(reportRoleKey(role));
    }
    const auto table = tables.find(a.frequencyTableId);
    entry.frequencyTable = table != tables.end() ? table->second : "#" + std::to_string(a.frequencyTableId);
    entry.theta = a.theta;
    entry.mutationModel = a.mutationModel;
    entry.mutationRate = a.mutationRate;
    for (const db::KinshipLocusRow& locus : a.loci) entry.loci.push_back(locusRow(locus, roles));
    entry.combinedIndex = a.combinedLr;
    entry.probability = a.probability;
    entry.prior = a.prior;
    entry.inconsistentLoci = a.inconsistentLoci;
    entry.cumulativeExclusionPower = a.powerOfExclusion;
    entry.conclusionKey = a.conclusion;
    entry.rule = a.rule;
    entry.analyst = a.analysedBy;
    entry.analysedAt = a.analysedAt;
    return entry;
}

void addRequest(const DnaRequestFile& request, const TableNames& tables, report::DnaSection& section) {
    const db::DnaRequestRecord& r = request.request;
    section.requests.push_back({personOf(request.candidate), r.requestedBy, r.requestedAt, r.reason,
                                std::string(db::toDatabaseText(r.status))});
    for (const DnaSampleFile& sample : request.samples) section.samples.push_back(sampleEntry(sample));
    for (const db::KinshipAnalysisRecord& analysis : request.analyses) section.analyses.push_back(analysisEntry(request, analysis, tables));
    for (const db::CaseOutcomeRecord& outcome : request.outcomes) {
        section.outcome = std::string(db::toDatabaseText(outcome.outcome)) + " (" + outcome.decidedBy + ", " + outcome.decidedAt +
                          "): " + outcome.note;
    }
}

}  // namespace

Result<std::optional<report::DnaSection>> storedDnaSection(Session& session, std::int64_t caseId) {
    Result<DnaCaseFile> file = DnaActions(session).caseFile(caseId);
    if (!file) return file.error();
    if (file.value().requests.empty()) return std::optional<report::DnaSection>();
    Result<std::vector<db::FrequencyTableRecord>> tables = DnaActions(session).frequencyTables();
    if (!tables) return tables.error();
    TableNames names;
    for (const db::FrequencyTableRecord& table : tables.value()) names[table.id] = table.name;
    report::DnaSection section;
    for (const DnaRequestFile& request : file.value().requests) addRequest(request, names, section);
    return std::optional<report::DnaSection>(std::move(section));
}

}  // namespace reunite::workflows
