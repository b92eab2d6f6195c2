#include "db/repositories/SearchRunRepository.h"

#include <set>

#include <nlohmann/json.hpp>

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Transaction.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectRun =
    "SELECT id, case_id, run_by, run_at, parameters_json, model_id, model_version, gallery_size, duration_ms "
    "FROM search_runs ";

SearchRunRecord readRun(const Statement& row) {
    SearchRunRecord run;
    run.id = row.columnInt64(0);
    run.caseId = row.columnInt64(1);
    run.runBy = row.columnText(2);
    run.runAt = row.columnText(3);
    run.parametersJson = row.columnText(4);
    run.modelId = row.columnText(5);
    run.modelVersion = row.columnText(6);
    run.gallerySize = row.columnInt64(7);
    run.durationMs = row.columnInt64(8);
    return run;
}

SearchResultRow readResult(const Statement& row) {
    SearchResultRow result;
    result.rank = row.columnInt(0);
    result.candidateId = row.columnInt64(1);
    result.score = row.columnDouble(2);
    result.breakdownJson = row.columnText(3);
    result.bestFaceId = row.columnOptionalInt64(4);
    result.probeFaceId = row.columnOptionalInt64(5);
    return result;
}

Status validate(const SearchRunRecord& run, std::string_view userName) {
    if (auto basics = firstFailure({requireNotBlank(userName, "user name"), requireNotBlank(run.modelId, "model id")});
        !basics) {
        return basics;
    }
    if (run.gallerySize < 0 || run.durationMs < 0) {
        return invalidArgument("gallery size and duration must not be negative");
    }
    if (!nlohmann::json::accept(run.parametersJson)) {
        return invalidArgument("search parameters are not valid JSON");
    }
    std::set<int> ranks;
    std::set<std::int64_t> candidates;
    for (const auto& result : run.results) {
        if (result.rank < 1) return invalidArgument("result rank " + std::to_string(result.rank) + " is not >= 1");
        if (!ranks.insert(result.rank).second) {
            return invalidArgument("result rank " + std::to_string(result.rank) + " appears twice");
        }
        if (!candidates.insert(result.candidateId).second) {
            return invalidArgument("candidate " + std::to_string(result.candidateId) + " appears twice in the results");
        }
        if (!nlohmann::json::accept(result.breakdownJson)) {
            return invalidArgument("the score breakdown of result rank " + std::to_string(result.rank) +
                                   " is not valid JSON");
        }
    }
    return Ok{};
}

Status insertResults(Database& database, std::int64_t runId, const std::vector<SearchResultRow>& results) {
    auto statement = database.prepare(
        "INSERT INTO search_results (run_id, rank, candidate_id, score, breakdown_json, best_face_id, probe_face_id) "
        "VALUES (:run_id, :rank, :candidate_id, :score, :breakdown_json, :best_face_id, :probe_face_id)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    for (const auto& result : results) {
        insert.reset();
        insert.bindInt64(":run_id", runId)
            .bindInt64(":rank", result.rank)
            .bindInt64(":candidate_id", result.candidateId)
            .bindDouble(":score", result.score)
            .bindText(":breakdown_json", result.breakdownJson)
            .bindOptionalInt64(":best_face_id", result.bestFaceId)
            .bindOptionalInt64(":probe_face_id", result.probeFaceId);
        if (auto inserted = insert.run(); !inserted) {
            const std::string what = "result rank " + std::to_string(result.rank);
            if (insert.failedOnForeignKey()) {
                return databaseError(what + " refers to candidate " + std::to_string(result.candidateId) +
                                     " or a face that does not exist");
            }
            return databaseError("could not store " + what + ": " + inserted.error().message);
        }
    }
    return Ok{};
}

}  // namespace

Result<SearchRunRecord> SearchRunRepository::store(const SearchRunRecord& run, std::string_view userName) {
    if (auto valid = validate(run, userName); !valid) return valid.error();
    auto transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();

    auto statement = database_.prepare(
        "INSERT INTO search_runs (case_id, run_by, run_at, parameters_json, model_id, model_version, gallery_size, "
        "duration_ms) VALUES (:case_id, :user, :now, :parameters_json, :model_id, :model_version, :gallery_size, "
        ":duration_ms)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(":case_id", run.caseId)
        .bindText(":user", userName)
        .bindText(":now", currentUtcTimestamp())
        .bindText(":parameters_json", run.parametersJson)
        .bindText(":model_id", run.modelId)
        .bindText(":model_version", run.modelVersion)
        .bindInt64(":gallery_size", run.gallerySize)
        .bindInt64(":duration_ms", run.durationMs);
    if (auto inserted = insert.run(); !inserted) {
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot store search run: case " + std::to_string(run.caseId) + " does not exist");
        }
        return databaseError("could not store search run: " + inserted.error().message);
    }
    const std::int64_t runId = database_.lastInsertRowId();
    if (auto results = insertResults(database_, runId, run.results); !results) return results.error();
    if (auto committed = transaction.value().commit(); !committed) return committed.error();
    return get(runId);
}

Result<SearchRunRecord> SearchRunRepository::get(std::int64_t runId) {
    Result<SearchRunRecord> run = database_.prepare(std::string(kSelectRun) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, runId);
        return statement.readOne<SearchRunRecord>(readRun, "search run " + std::to_string(runId) + " does not exist");
    });
    if (!run) return run;
    auto results = database_
                       .prepare("SELECT rank, candidate_id, score, breakdown_json, best_face_id, probe_face_id "
                                "FROM search_results WHERE run_id = ? ORDER BY rank")
                       .andThen([&](Statement& statement) {
                           statement.bindInt64(1, runId);
                           return statement.readAll<SearchResultRow>(readResult);
                       });
    if (!results) return results.error();
    run.value().results = std::move(results).value();
    return run;
}

Result<std::vector<SearchRunRecord>> SearchRunRepository::listForCase(std::int64_t caseId) {
    return database_.prepare(std::string(kSelectRun) + "WHERE case_id = ? ORDER BY run_at DESC, id DESC")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId);
            return statement.readAll<SearchRunRecord>(readRun);
        });
}

}  // namespace reunite::db
