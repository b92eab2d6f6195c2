#pragma once
// The JSON that reunite-cli prints for records of the application layer (cases, relatives,
// photos, ranked leads, decisions, import summaries). One place, so every command spells a field
// the same way.
// Thread safety: pure functions.
#include <nlohmann/json.hpp>

#include "db/records/CaseRecord.h"
#include "db/records/ImportErrorRecord.h"
#include "db/records/RelativeRecord.h"
#include "db/records/ReviewDecisionRecord.h"
#include "workflows/cases/CaseFile.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/search/RankedLeads.h"

namespace reunite::cli {

nlohmann::json caseToJson(const db::CaseRecord& record);
nlohmann::json caseFileToJson(const workflows::CaseFile& file);
nlohmann::json relativeToJson(const db::RelativeRecord& relative);
nlohmann::json decisionToJson(const db::ReviewDecisionRecord& decision);
nlohmann::json rankedLeadsToJson(const workflows::RankedLeads& leads, const std::string& caseNumber);
nlohmann::json importSummaryToJson(const ImportSummary& summary, const std::vector<db::ImportErrorRecord>& errors);

}  // namespace reunite::cli
