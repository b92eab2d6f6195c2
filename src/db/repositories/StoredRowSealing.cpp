#include "db/repositories/StoredRowSealing.h"

#include <functional>
#include <string>
#include <vector>

#include "db/repositories/AuditLogRepository.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/CustodyEventRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportErrorRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite::db {

namespace {

struct StoredTrigger {
    std::string name;
    std::string sql;
};

Result<std::vector<StoredTrigger>> storedTriggers(Database& database) {
    return database.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").andThen([](Statement& statement) {
        return statement.readAll<StoredTrigger>([](const Statement& row) { return StoredTrigger{row.columnText(0), row.columnText(1)}; });
    });
}

Status dropTriggers(Database& database, const std::vector<StoredTrigger>& triggers) {
    for (const StoredTrigger& trigger : triggers) {
        if (Status dropped = database.execute("DROP TRIGGER \"" + trigger.name + "\""); !dropped) return dropped;
    }
    return Ok{};
}

Status restoreTriggers(Database& database, const std::vector<StoredTrigger>& triggers) {
    for (const StoredTrigger& trigger : triggers) {
        if (Status created = database.execute(trigger.sql); !created) return created;
    }
    return Ok{};
}

Result<std::int64_t> sealEveryTable(Database& database) {
    using Step = std::function<Result<std::int64_t>()>;
    const std::vector<Step> steps{
        [&] { return CaseRepository(database).sealPlainRows(); },
        [&] { return RelativeRepository(database).sealPlainRows(); },
        [&] { return CandidateRepository(database).sealPlainRows(); },
        [&] { return PhotoRepository(database).sealPlainRows(); },
        [&] { return FaceRepository(database).sealPlainFaces(); },
        [&] { return ReviewDecisionRepository(database).sealPlainRows(); },
        [&] { return SearchRunRepository(database).sealPlainRows(); },
        [&] { return DnaRequestRepository(database).sealPlainRows(); },
        [&] { return DnaSampleRepository(database).sealPlainRows(); },
        [&] { return CustodyEventRepository(database).sealPlainRows(); },
        [&] { return CaseOutcomeRepository(database).sealPlainRows(); },
        [&] { return StrProfileRepository(database).sealPlainLoci(); },
        [&] { return KinshipAnalysisRepository(database).sealPlainLoci(); },
        [&] { return ImportRunRepository(database).sealPlainRows(); },
        [&] { return ImportErrorRepository(database).sealPlainRows(); },
        [&] { return AuditLogRepository(database).sealPlainRows(); },
    };
    std::int64_t total = 0;
    for (const Step& step : steps) {
        Result<std::int64_t> sealed = step();
        if (!sealed) return sealed.error();
        total += sealed.value();
    }
    return total;
}

}  // namespace

Result<std::int64_t> sealStoredRows(Database& database) {
    Result<Transaction> transaction = Transaction::begin(database);
    if (!transaction) return transaction.error();
    Result<std::vector<StoredTrigger>> triggers = storedTriggers(database);
    if (!triggers) return triggers.error();
    if (Status dropped = dropTriggers(database, triggers.value()); !dropped) return dropped.error();
    Result<std::int64_t> sealed = sealEveryTable(database);
    if (!sealed) return sealed.error();
    if (Status restored = restoreTriggers(database, triggers.value()); !restored) return restored.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return sealed;
}

}  // namespace reunite::db
