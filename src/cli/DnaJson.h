#pragma once
// The JSON that reunite-cli prints for DNA records: requests, samples, custody events, profiles,
// frequency tables, analyses (with per-locus results), outcomes, import reports and a case's DNA
// file. One place, so every dna command spells a field the same way.
// Thread safety: pure functions.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/records/CaseOutcomeRecord.h"
#include "db/records/CustodyEventRecord.h"
#include "db/records/DnaRequestRecord.h"
#include "db/records/DnaSampleRecord.h"
#include "db/records/FrequencyTableRecord.h"
#include "db/records/KinshipAnalysisRecord.h"
#include "db/records/StrProfileRecord.h"
#include "dna/ImportProblem.h"
#include "workflows/dna/DnaCaseFile.h"
#include "workflows/dna/LabFileImport.h"
#include "workflows/dna/StoredFrequencyTables.h"

namespace reunite::cli {

nlohmann::json dnaRequestToJson(const db::DnaRequestRecord& request);
nlohmann::json dnaSampleToJson(const db::DnaSampleRecord& sample);
nlohmann::json custodyEventToJson(const db::CustodyEventRecord& event);
nlohmann::json strProfileToJson(const db::StrProfileRecord& profile);
nlohmann::json frequencyTableToJson(const db::FrequencyTableRecord& table);
nlohmann::json kinshipAnalysisToJson(const db::KinshipAnalysisRecord& analysis);
nlohmann::json caseOutcomeToJson(const db::CaseOutcomeRecord& outcome);
nlohmann::json importProblemsToJson(const std::vector<dna::ImportProblem>& problems);
nlohmann::json labImportToJson(const workflows::LabImportReport& report);
nlohmann::json frequencyTableImportToJson(const workflows::FrequencyTableImportReport& report);
nlohmann::json dnaCaseFileToJson(const workflows::DnaCaseFile& file, const std::string& caseNumber);

}  // namespace reunite::cli
