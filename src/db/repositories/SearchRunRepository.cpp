#include "db/repositories/SearchRunRepository.h"

#include <set>

#include <nlohmann/json.hpp>

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

const RecordTable<SearchResultRow>& resultsTable() {
    static const RecordTable<SearchResultRow> table("search_results", {
        column<&SearchResultRow::rank>("rank"), column<&SearchResultRow::candidateId>("candidate_id"),
        column<&SearchResultRow::score>("score"), column<&SearchResultRow::breakdownJson>("breakdown_json"),
        column<&SearchResultRow::bestFaceId>("best_face_id"), column<&SearchResultRow::probeFaceId>("probe_face_id"),
    });
    return table;
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

Status insertResults(Database& database, std::int64_t runId, const SearchRunRecord& run) {
    return insertEachRow(
        database,
        "INSERT INTO search_results (run_id, rank, candidate_id, score, breakdown_json, best_face_id, probe_face_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        run.results,
        [&](Statement& insert, std::int64_t, const SearchResultRow& result) {
            bindPositional(insert, 1, runId, result.rank, result.candidateId);
            insert.bindDouble(4, result.score).bindText(5, result.breakdownJson);
            insert.bindOptionalInt64(6, result.bestFaceId).bindOptionalInt64(7, result.probeFaceId);
        },
        [](const SearchResultRow& result, const Statement& insert, const Error& error) {
            const std::string what = "result rank " + std::to_string(result.rank);
            if (insert.failedOnForeignKey()) {
                return databaseError(what + " refers to candidate " + std::to_string(result.candidateId) +
                                     " or a face that does not exist");
            }
            return databaseError("could not store " + what + ": " + error.message);
        });
}

}  // namespace

SearchRunRepository::SearchRunRepository(Database& database)
    : TableRepository(database, "search run", "search_runs", {
        column<&SearchRunRecord::id>("id", ColumnUse::Key), column<&SearchRunRecord::caseId>("case_id"),
        column<&SearchRunRecord::runBy>("run_by", ColumnUse::CreatedBy),
        column<&SearchRunRecord::runAt>("run_at", ColumnUse::CreatedAt),
        sealedColumn<&SearchRunRecord::parametersJson>("parameters_json"), column<&SearchRunRecord::modelId>("model_id"),
        column<&SearchRunRecord::modelVersion>("model_version"), column<&SearchRunRecord::gallerySize>("gallery_size"),
        column<&SearchRunRecord::durationMs>("duration_ms"),
    }, {insertResults, nullptr}) {}

Result<SearchRunRecord> SearchRunRepository::store(const SearchRunRecord& run, std::string_view userName) {
    if (auto valid = validate(run, userName); !valid) return valid.error();
    return insertRecord(run, userName, {"store search run", {},
                                 "cannot store search run: case " + std::to_string(run.caseId) + " does not exist"})
        .andThen([&](SearchRunRecord& stored) { return withResults(std::move(stored)); });
}

Result<SearchRunRecord> SearchRunRepository::get(std::int64_t runId) {
    return TableRepository::get(runId).andThen([&](SearchRunRecord& run) { return withResults(std::move(run)); });
}

Result<SearchRunRecord> SearchRunRepository::withResults(SearchRunRecord run) {
    if (Status read = readChildRows(database_, resultsTable(), "WHERE run_id = ? ORDER BY rank", run.id, run.results); !read) {
        return read.error();
    }
    return run;
}

Result<std::vector<SearchRunRecord>> SearchRunRepository::listForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? ORDER BY run_at DESC, id DESC", caseId);
}

}  // namespace reunite::db
