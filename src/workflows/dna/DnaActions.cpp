#include "workflows/dna/DnaActions.h"

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CustodyEventRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/FrequencyTableRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "db/sqlite/Transaction.h"
#include "dna/KinshipCalculator.h"
#include "workflows/dna/AnalysisInputs.h"
#include "workflows/dna/AnalysisRecord.h"

namespace reunite::workflows {

namespace {

Status relativeBelongsToCase(db::Database& database, const SampleRegistration& input, std::int64_t caseId) {
    if (!input.relativeId) return Ok{};
    Result<db::RelativeRecord> relative = db::RelativeRepository(database).get(*input.relativeId);
    if (!relative || relative.value().caseId != caseId) {
        return makeError(ErrorCode::InvalidArgument, "relative " + std::to_string(*input.relativeId) + " is not a relative of this case");
    }
    return Ok{};
}

db::CustodyEventRecord collectedEventOf(const db::DnaSampleRecord& sample) {
    db::CustodyEventRecord event;
    event.sampleId = sample.id;
    event.event = db::CustodyEventKind::Collected;
    event.occurredAt = sample.collectedAt;
    event.person = sample.collectedBy;
    event.note = sample.collectedPlace.empty() ? std::string() : "at " + sample.collectedPlace;
    return event;
}

Result<DnaSampleFile> sampleFileOf(db::Database& database, db::DnaSampleRecord sample) {
    DnaSampleFile file;
    Result<std::vector<db::CustodyEventRecord>> timeline = db::CustodyEventRepository(database).timeline(sample.id);
    if (!timeline) return timeline.error();
    Result<std::optional<db::StrProfileRecord>> profile = db::StrProfileRepository(database).latestForSample(sample.id);
    if (!profile) return profile.error();
    file.sample = std::move(sample);
    file.timeline = std::move(timeline).value();
    file.latestProfile = std::move(profile).value();
    return file;
}

Result<DnaRequestFile> requestFileOf(db::Database& database, db::DnaRequestRecord request) {
    DnaRequestFile file;
    Result<db::CandidateRecord> candidate = db::CandidateRepository(database).get(request.candidateId);
    if (!candidate) return candidate.error();
    file.candidate = std::move(candidate).value();
    Result<std::vector<db::DnaSampleRecord>> samples = db::DnaSampleRepository(database).listForRequest(request.id);
    if (!samples) return samples.error();
    for (db::DnaSampleRecord& sample : samples.value()) {
        Result<DnaSampleFile> sampleFile = sampleFileOf(database, std::move(sample));
        if (!sampleFile) return sampleFile.error();
        file.samples.push_back(std::move(sampleFile).value());
    }
    Result<std::vector<db::KinshipAnalysisRecord>> analyses = db::KinshipAnalysisRepository(database).listForRequest(request.id);
    if (!analyses) return analyses.error();
    file.analyses = std::move(analyses).value();
    Result<std::vector<db::CaseOutcomeRecord>> outcomes = db::CaseOutcomeRepository(database).listForCase(request.caseId);
    if (!outcomes) return outcomes.error();
    for (db::CaseOutcomeRecord& outcome : outcomes.value()) {
        if (outcome.requestId == request.id) file.outcomes.push_back(std::move(outcome));
    }
    file.request = std::move(request);
    return file;
}

}  // namespace

Status DnaActions::recordDna(const char* action, const db::DnaRequestRecord& request, AuditFields parameters) {
    return session_.audit({std::string("dna.") + action, request.caseId,
                           {{"case", std::to_string(request.caseId)}, {"dna_request", std::to_string(request.id)}}, std::move(parameters)});
}

Result<db::DnaRequestRecord> DnaActions::openRequest(std::int64_t requestId) {
    Result<db::DnaRequestRecord> request = db::DnaRequestRepository(session_.database()).get(requestId);
    if (!request) return request;
    if (Status allowed = session_.authorizeCase(Permission::HandleDna, request.value().caseId); !allowed) return allowed.error();
    if (db::isFinal(request.value().status)) {
        return makeError(ErrorCode::InvalidArgument, "DNA request " + std::to_string(requestId) + " is " +
                                                         std::string(toDatabaseText(request.value().status)) + " and takes no more work");
    }
    return request;
}

Result<OpenedDnaRequest> DnaActions::request(const DnaRequestInput& input) {
    if (Status allowed = session_.authorizeCase(Permission::HandleDna, input.caseId); !allowed) return allowed.error();
    if (Result<db::CandidateRecord> candidate = db::CandidateRepository(session_.database()).get(input.candidateId); !candidate) {
        if (candidate.error().code != ErrorCode::NotFound) return candidate.error();
        return makeError(ErrorCode::InvalidArgument, "no gallery candidate " + std::to_string(input.candidateId));
    }
    Result<OpenedDnaRequest> opened = session_.recordedWrite(
        [&] { return openDnaRequest(session_.database(), input, session_.userName()); },
        [&](const OpenedDnaRequest& done) {
            return AuditEvent{"dna.request", done.request.caseId,
                              {{"case", std::to_string(done.request.caseId)}, {"dna_request", std::to_string(done.request.id)},
                               {"candidate", std::to_string(input.candidateId)}},
                              {}};
        });
    if (opened && opened.value().created) session_.changed(RecordKind::Dna, opened.value().request.id, input.caseId);
    return opened;
}

Result<db::DnaSampleRecord> DnaActions::registerSample(const SampleRegistration& input) {
    if (Status allowed = session_.authorize(Permission::HandleDna); !allowed) return allowed.error();
    db::Database& database = session_.database();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<db::DnaRequestRecord> request = openRequest(input.requestId);
    if (!request) return request.error();
    if (Status relative = relativeBelongsToCase(database, input, request.value().caseId); !relative) return relative.error();
    Result<db::DnaSampleRecord> sample = db::DnaSampleRepository(database).create(input, session_.userName());
    if (!sample) return sample;
    Result<db::CustodyEventRecord> collected = db::CustodyEventRepository(database).record(collectedEventOf(sample.value()), session_.userName());
    if (!collected) return collected.error();
    if (request.value().status == db::DnaRequestStatus::Requested) {
        if (Status s = db::DnaRequestRepository(database).setStatus(input.requestId, db::DnaRequestStatus::InProgress); !s) return s.error();
    }
    if (Status recorded = recordDna("sample", request.value(), {{"sample", std::to_string(sample.value().id)}}); !recorded) {
        return recorded.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    session_.changed(RecordKind::Dna, input.requestId, request.value().caseId);
    return sample;
}

Result<db::CustodyEventRecord> DnaActions::addCustodyEvent(const CustodyEventInput& input) {
    if (Status allowed = session_.authorize(Permission::HandleDna); !allowed) return allowed.error();
    Result<db::DnaSampleRecord> sample = db::DnaSampleRepository(session_.database()).get(input.sampleId);
    if (!sample) return sample.error();
    Result<db::DnaRequestRecord> request = db::DnaRequestRepository(session_.database()).get(sample.value().requestId);
    if (!request) return request.error();
    if (Status allowed = session_.authorizeCase(Permission::HandleDna, request.value().caseId); !allowed) return allowed.error();
    Result<db::CustodyEventRecord> recorded = session_.recordedWrite(
        [&] { return db::CustodyEventRepository(session_.database()).record(input, session_.userName()); },
        [&](const db::CustodyEventRecord& event) {
            return AuditEvent{"dna.custody", request.value().caseId,
                              {{"dna_request", std::to_string(request.value().id)}, {"custody_event", std::to_string(event.id)}},
                              {}};
        });
    if (recorded) session_.changed(RecordKind::Dna, request.value().id, request.value().caseId);
    return recorded;
}

Result<LabImportReport> DnaActions::importLabFile(const LabFileImportRequest& input) {
    if (Status allowed = session_.authorize(Permission::HandleDna); !allowed) return allowed.error();
    Result<db::DnaRequestRecord> request = openRequest(input.requestId);
    if (!request) return request.error();
    Result<LabImportReport> report = session_.recorded(
        workflows::importLabFile(session_.database(), request.value(), input, session_.userName()), [&](const LabImportReport&) {
            return AuditEvent{"dna.lab-file", request.value().caseId, {{"dna_request", std::to_string(request.value().id)}},
                              {{"file", input.file.string()}}};
        });
    if (report && report.value().imported()) session_.changed(RecordKind::Dna, request.value().id, request.value().caseId);
    return report;
}

Result<FrequencyTableImportReport> DnaActions::importFrequencyTable(const FrequencyTableImportRequest& input) {
    return session_.authorized(Permission::HandleDna, [&] {
        return storeFrequencyTableFile(session_.database(), input.file, input.name, session_.userName());
    });
}

Result<std::vector<db::FrequencyTableRecord>> DnaActions::frequencyTables() {
    return session_.authorized(Permission::ViewCases, [&] {
        return db::FrequencyTableRepository(session_.database()).list();
    });
}

Result<std::int64_t> DnaActions::frequencyTableFor(const KinshipAnalysisRequest& input) {
    if (input.frequencyTableId) return *input.frequencyTableId;
    Result<db::FrequencyTableRecord> shipped = storeShippedFrequencyTable(session_.database(), session_.userName());
    if (!shipped) return shipped.error();
    return shipped.value().id;
}

Result<db::KinshipAnalysisRecord> DnaActions::analyse(const KinshipAnalysisRequest& input) {
    if (Status allowed = session_.authorize(Permission::HandleDna); !allowed) return allowed.error();
    if (Status options = dna::KinshipCalculator::validate(input.options); !options) return options.error();
    db::Database& database = session_.database();
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<db::DnaRequestRecord> request = openRequest(input.requestId);
    if (!request) return request.error();
    Result<AnalysisInputs> inputs = gatherAnalysisInputs(database, input.requestId, input.hypothesis);
    if (!inputs) return inputs.error();
    Result<dna::KinshipCase> kinshipCase = inputs.value().kinshipCase();
    if (!kinshipCase) return kinshipCase.error();
    Result<std::int64_t> tableId = frequencyTableFor(input);
    if (!tableId) return tableId.error();
    Result<db::FrequencyTableRecord> tableRecord = db::FrequencyTableRepository(database).get(tableId.value());
    if (!tableRecord) return tableRecord.error();
    Result<dna::FrequencyTable> table = frequencyTableOf(tableRecord.value());
    if (!table) return table.error();
    Result<dna::KinshipResult> result = dna::KinshipCalculator(table.value(), input.options).analyse(kinshipCase.value());
    if (!result) return result.error();
    const db::KinshipAnalysisRecord record = toAnalysisRecord(result.value(), inputs.value(), input.requestId, tableId.value());
    Result<db::KinshipAnalysisRecord> stored = db::KinshipAnalysisRepository(database).create(record, session_.userName());
    if (!stored) return stored;
    if (Status s = db::DnaRequestRepository(database).setStatus(input.requestId, db::DnaRequestStatus::Analysed); !s) return s.error();
    if (Status recorded = recordDna("analyse", request.value(), {{"analysis", std::to_string(stored.value().id)}}); !recorded) {
        return recorded.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    session_.changed(RecordKind::Dna, input.requestId, request.value().caseId);
    return stored;
}

Result<ClosedDnaRequest> DnaActions::close(const DnaClosingInput& input) {
    if (Status allowed = session_.authorize(Permission::ConcludeDna); !allowed) return allowed.error();
    Result<ClosedDnaRequest> closed = session_.recordedWrite(
        [&] { return closeDnaRequest(session_.database(), input, session_.userName()); },
        [&](const ClosedDnaRequest& done) {
            return AuditEvent{"dna.conclude", done.request.caseId,
                              {{"case", std::to_string(done.request.caseId)}, {"dna_request", std::to_string(done.request.id)}},
                              {{"outcome", std::string(db::toDatabaseText(input.outcome))}}};
        });
    if (!closed) return closed;
    const db::DnaRequestRecord& request = closed.value().request;
    session_.changed(RecordKind::Dna, request.id, request.caseId);
    if (closed.value().closedCase) session_.changed(RecordKind::Case, request.caseId, request.caseId);
    if (closed.value().rejection) session_.changed(RecordKind::ReviewDecision, closed.value().rejection->id, request.caseId);
    return closed;
}

Result<DnaCaseFile> DnaActions::caseFile(std::int64_t caseId) {
    if (Status allowed = session_.authorizeCase(Permission::ViewCases, caseId); !allowed) return allowed.error();
    Result<std::vector<db::DnaRequestRecord>> requests = db::DnaRequestRepository(session_.database()).listForCase(caseId);
    if (!requests) return requests.error();
    if (Status recorded = session_.audit({"dna.view", caseId, {{"case", std::to_string(caseId)}}, {}}); !recorded) return recorded.error();
    DnaCaseFile file;
    file.caseId = caseId;
    for (db::DnaRequestRecord& request : requests.value()) {
        Result<DnaRequestFile> requestFile = requestFileOf(session_.database(), std::move(request));
        if (!requestFile) return requestFile.error();
        file.requests.push_back(std::move(requestFile).value());
    }
    return file;
}

Result<DnaRequestFile> DnaActions::requestFile(std::int64_t requestId) {
    if (Status allowed = session_.authorize(Permission::ViewCases); !allowed) return allowed.error();
    Result<db::DnaRequestRecord> request = db::DnaRequestRepository(session_.database()).get(requestId);
    if (!request) return request.error();
    if (Status allowed = session_.authorizeCase(Permission::ViewCases, request.value().caseId); !allowed) return allowed.error();
    return requestFileOf(session_.database(), std::move(request).value());
}

}  // namespace reunite::workflows
