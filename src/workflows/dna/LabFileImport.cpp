#include "workflows/dna/LabFileImport.h"

#include <map>

#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "db/sqlite/Transaction.h"
#include "dna/LabResultsReader.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "workflows/dna/StoredProfiles.h"

namespace reunite::workflows {

namespace {

constexpr std::uint64_t kMaxLabFileBytes = 32ull << 20;

dna::ImportProblem problem(dna::ImportProblem::Severity severity, dna::ProblemKind kind, int line, const std::string& sample,
                           std::string message) {
    return dna::ImportProblem{severity, kind, line, sample, "", std::move(message)};
}

int firstLineOf(const dna::StrProfile& profile) {
    int line = 0;
    for (const auto& [marker, call] : profile.loci) {
        if (call.sourceLine > 0 && (line == 0 || call.sourceLine < line)) line = call.sourceLine;
    }
    return line;
}

// Registered samples of the request by code.
Result<std::map<std::string, db::DnaSampleRecord>> samplesByCode(db::Database& database, std::int64_t requestId) {
    Result<std::vector<db::DnaSampleRecord>> samples = db::DnaSampleRepository(database).listForRequest(requestId);
    if (!samples) return samples.error();
    std::map<std::string, db::DnaSampleRecord> byCode;
    for (db::DnaSampleRecord& sample : samples.value()) byCode.emplace(sample.sampleCode, std::move(sample));
    return byCode;
}

Status matchSamples(db::Database& database, const dna::LabResultsImport& lab, const std::map<std::string, db::DnaSampleRecord>& registered,
                    const std::string& sha256, LabImportReport& report) {
    using Severity = dna::ImportProblem::Severity;
    for (const auto& [code, profile] : lab.profiles) {
        const auto found = registered.find(code);
        if (found == registered.end()) {
            report.problems.push_back(problem(Severity::Error, dna::ProblemKind::UnknownSample, firstLineOf(profile), code,
                                              "not registered for this DNA request; register the sample first (or correct the file)"));
            continue;
        }
        Result<std::vector<db::StrProfileRecord>> earlier = db::StrProfileRepository(database).listForSample(found->second.id);
        if (!earlier) return earlier.error();
        for (const db::StrProfileRecord& previous : earlier.value()) {
            if (previous.sourceSha256 != sha256) continue;
            report.problems.push_back(problem(Severity::Error, dna::ProblemKind::DuplicateEntry, 0, code,
                                              "this file was already imported for this sample on " + previous.importedAt));
        }
    }
    for (const auto& [code, sample] : registered) {
        if (lab.profiles.count(code) == 0) {
            report.problems.push_back(
                problem(Severity::Warning, dna::ProblemKind::SampleNotInFile, 0, code, "registered for this DNA request but not in this file"));
        }
    }
    if (!dna::hasErrors(report.problems) && lab.profiles.empty()) {
        report.problems.push_back(problem(Severity::Error, dna::ProblemKind::NoData, 0, "", "the file holds no profile"));
    }
    return Ok{};
}

Status storeProfiles(db::Database& database, const dna::LabResultsImport& lab, const std::map<std::string, db::DnaSampleRecord>& registered,
                     std::int64_t requestId, const LabFileImportRequest& input, std::string_view userName, LabImportReport& report) {
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::StrProfileRepository profiles(database);
    std::vector<db::StrProfileRecord> stored;
    for (const auto& [code, profile] : lab.profiles) {
        db::StrProfileRecord record;
        record.sampleId = registered.at(code).id;
        record.kit = input.kit;
        record.lab = input.lab;
        record.labReportId = input.labReportId;
        record.sourceFile = report.fileName;
        record.sourceSha256 = report.sha256;
        record.fileLayout = report.layout;
        record.loci = toStoredLoci(profile);
        Result<db::StrProfileRecord> created = profiles.create(record, userName);
        if (!created) return created.error();
        stored.push_back(std::move(created).value());
    }
    if (Status status = db::DnaRequestRepository(database).setStatus(requestId, db::DnaRequestStatus::InProgress); !status) return status;
    if (Status committed = transaction.value().commit(); !committed) return committed;
    report.stored = std::move(stored);
    return Ok{};
}

}  // namespace

Result<LabImportReport> importLabFile(db::Database& database, const db::DnaRequestRecord& request, const LabFileImportRequest& input,
                                      std::string_view userName) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(input.file, kMaxLabFileBytes);
    if (!bytes) return bytes.error();
    LabImportReport report;
    report.fileName = pathText(input.file.filename());  // a name from a file: readable, kept distinct
    report.sha256 = sha256Hex(bytes.value());
    const dna::LabResultsImport lab = dna::parseLabResults(std::string(bytes.value().begin(), bytes.value().end()), report.fileName);
    report.layout = lab.layout == dna::LabFileLayout::GeneMapper ? "genemapper" : "simple_csv";
    report.problems = lab.problems;
    if (dna::hasErrors(report.problems)) return report;
    Result<std::map<std::string, db::DnaSampleRecord>> registered = samplesByCode(database, request.id);
    if (!registered) return registered.error();
    if (Status matched = matchSamples(database, lab, registered.value(), report.sha256, report); !matched) return matched.error();
    if (dna::hasErrors(report.problems)) return report;
    if (Status stored = storeProfiles(database, lab, registered.value(), request.id, input, userName, report); !stored) return stored.error();
    return report;
}

}  // namespace reunite::workflows
