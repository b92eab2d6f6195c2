#include "db/repositories/DnaSampleRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

Status validate(const DnaSampleRecord& sample, std::string_view userName) {
    return firstFailure({requireEventTime(sample.collectedAt, "collection time"), requireNotBlank(sample.sampleCode, "sample id"),
                         requireNotBlank(sample.collectedBy, "collected by"), requireNotBlank(userName, "user name")});
}

}  // namespace

DnaSampleRepository::DnaSampleRepository(Database& database)
    : TableRepository(database, "DNA sample", "dna_samples", {
        column<&DnaSampleRecord::id>("id", ColumnUse::Key), column<&DnaSampleRecord::requestId>("request_id"),
        column<&DnaSampleRecord::sampleCode>("sample_code"), column<&DnaSampleRecord::donorRole>("donor_role"),
        column<&DnaSampleRecord::relativeId>("relative_id"), sealedColumn<&DnaSampleRecord::donorName>("donor_name"),
        column<&DnaSampleRecord::sampleType>("sample_type"), column<&DnaSampleRecord::collectedAt>("collected_at"),
        sealedColumn<&DnaSampleRecord::collectedPlace>("collected_place"),
        column<&DnaSampleRecord::collectedBy>("collected_by"), sealedColumn<&DnaSampleRecord::note>("note"),
        column<&DnaSampleRecord::registeredBy>("registered_by", ColumnUse::CreatedBy),
        column<&DnaSampleRecord::registeredAt>("registered_at", ColumnUse::CreatedAt),
    }) {}

Result<DnaSampleRecord> DnaSampleRepository::create(const DnaSampleRecord& sample, std::string_view userName) {
    if (Status valid = validate(sample, userName); !valid) return valid.error();
    const std::string code = "sample '" + sample.sampleCode + "'";
    return insertRecord(sample, userName, {"register " + code, code + " is already registered",
                                 "cannot register " + code + ": the DNA request or the relative does not exist"});
}

Result<std::optional<DnaSampleRecord>> DnaSampleRepository::findByCode(std::string_view sampleCode) {
    return selectOptional("WHERE sample_code = ?", sampleCode);
}

Result<std::vector<DnaSampleRecord>> DnaSampleRepository::listForRequest(std::int64_t requestId) {
    return selectAll("WHERE request_id = ? ORDER BY id", requestId);
}

}  // namespace reunite::db
