#pragma once
// CaseActions: the user actions on missing-child cases: create, edit, find, list and open.
// Inputs: a Session (connection, acting user, engine); records as in db/records/CaseRecord.h.
// Guarantees: each action authorizes itself (ViewCases or EditCases, for analysts on cases
// assigned to them; a case an analyst creates is assigned to them); invalid input ->
// InvalidArgument, a duplicate case number -> Database naming it, an unknown case -> NotFound;
// writes are committed before listeners hear of them. Never throws.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/CaseRecord.h"
#include "domain/Result.h"
#include "workflows/cases/CaseFile.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class CaseActions {
public:
    explicit CaseActions(Session& session) : session_(session) {}

    Result<db::CaseRecord> create(const db::CaseRecord& record);
    Result<db::CaseRecord> update(const db::CaseRecord& record);
    // Gives the case to an account (nullopt: to nobody). Supervisors only.
    Result<db::CaseRecord> assign(std::int64_t caseId, std::optional<std::int64_t> accountId);
    Result<db::CaseRecord> get(std::int64_t caseId);
    // NotFound "no case numbered X" when there is none.
    Result<db::CaseRecord> findByNumber(std::string_view caseNumber);
    // Ordered by case number; all statuses unless one is given; an analyst sees the cases
    // assigned to them, a supervisor every case.
    Result<std::vector<db::CaseRecord>> list(std::optional<db::CaseStatus> status = std::nullopt);
    // The case with its photos, faces and relatives.
    Result<CaseFile> open(std::int64_t caseId);

private:
    Session& session_;
};

}  // namespace reunite::workflows
