#include "workflows/report/StoredDnaSection.h"

#include <map>

#include <nlohmann/json.hpp>

#include "db/records/DnaEnums.h"
#include "workflows/dna/DnaActions.h"

namespace reunite::workflows {
namespace {

// The calculator's role names in the order the report's columns show them.
constexpr const char* kRoles[] = {"candidate", "mother", "father", "sibling", "half_sibling"};

std::string reportRoleKey(const std::string& role) { return role == "sibling" ? "full_sibling" : role; }

std::string custodyKey(db::CustodyEventKind kind) {
    return kind == db::CustodyEventKind::ReceivedByLab ? "received" : std::string(db::toDatabaseText(kind));
}

std::string personOf(const db::CandidateRecord& c) {
    const std::string name = db::candidateDisplayName(c);
    return name.empty() ? c.externalRef : name;
}

report::DnaSampleEntry sampleEntry(const DnaSampleFile& file) {
    const db::DnaSampleRecord& s = file.sample;
    report::DnaSampleEntry entry{s.sampleCode, reportRoleKey(std::string(db::toDatabaseText(s.donorRole))), s.donorName,
                                 std::string(db::toDatabaseText(s.sampleType)), s.collectedAt, s.collectedPlace,
                                 s.collectedBy, {}};
    for (const db::CustodyEventRecord& e : file.timeline) entry.custody.push_back({e.occurredAt, custodyKey(e.event), e.person, e.note});
    return entry;
}

// The roles that have genotypes in the analysis, in column order.
std::vector<std::string> rolesOf(const db::KinshipAnalysisRecord& analysis) {
    std::vector<std::string> roles;
    if (analysis.loci.empty()) return roles;
    const nlohmann::json genotypes = nlohmann::json::parse(analysis.loci.front().genotypesJson, nullptr, false);
    for (const char* role : kRoles) {
        if (genotypes.is_object() && genotypes.contains(role)) roles.emplace_back(role);
    }
    return roles;
}

std::string sampleCodeFor(const DnaRequestFile& request, const std::string& role) {
    for (const DnaSampleFile& s : request.samples) {
        if (reportRoleKey(std::string(db::toDatabaseText(s.sample.donorRole))) == reportRoleKey(role)) return s.sample.sampleCode;
    }
    return role;
}

report::DnaLocusRow locusRow(const db::KinshipLocusRow& locus, const std::vector<std::string>& roles) {
    report::DnaLocusRow row{locus.marker, {}, locus.lr, locus.consistent};
    const nlohmann::json genotypes = nlohmann::json::parse(locus.genotypesJson, nullptr, false);
    for (const std::string& role : roles) {
        const bool known = genotypes.is_object() && genotypes.contains(role) && genotypes[role].is_string();
        row.genotypes.push_back(known ? genotypes[role].get<std::string>() : "-");
    }
    return row;
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
