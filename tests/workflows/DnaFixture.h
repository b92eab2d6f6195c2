#pragma once
// DNA-workflow fixtures for the application-layer tests: a case with a gallery candidate, and lab
// files cut from tests/workflows/data/dna_family_lab.csv (a made-up family: CAND-001 is the child
// of MOTHER-001 and FATHER-001; OTHER-001 is unrelated), with samples renamed or left out.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "db/repositories/CandidateRepository.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/dna/DnaActions.h"

namespace reunite::test {

inline std::string familyLabText() {
    std::ifstream in(std::filesystem::path(REUNITE_SOURCE_DIR) / "tests/workflows/data/dna_family_lab.csv");
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The header plus the rows of the samples named in `rename` (file sample -> sample id written).
inline std::string labTextFor(const std::map<std::string, std::string>& rename, int maxMarkersPerSample = 1000) {
    std::istringstream in(familyLabText());
    std::string line, out;
    std::getline(in, line);
    out = line + "\n";
    std::map<std::string, int> written;
    while (std::getline(in, line)) {
        const std::string sample = line.substr(0, line.find(','));
        const auto renamed = rename.find(sample);
        if (renamed == rename.end() || written[sample]++ >= maxMarkersPerSample) continue;
        out += renamed->second + line.substr(line.find(',')) + "\n";
    }
    return out;
}

struct DnaCase {
    std::int64_t caseId = 0;
    std::int64_t candidateId = 0;
};

inline DnaCase createDnaCase(ActionWorld& world, const std::string& number) {
    db::CaseRecord record;
    record.caseNumber = number;
    record.givenNames = "Mei";
    Result<db::CaseRecord> created = workflows::CaseActions(world.session()).create(record);
    REQUIRE(created.ok());
    db::CandidateRecord candidate;
    candidate.source = db::CandidateSource::SelfRegistered;
    candidate.externalRef = "SR-" + number;
    candidate.givenNames = "Found";
    Result<db::CandidateRecord> stored = db::CandidateRepository(world.database()).create(candidate, "test-setup");
    REQUIRE(stored.ok());
    return DnaCase{created.value().id, stored.value().id};
}

inline workflows::SampleRegistration sampleFor(std::int64_t requestId, const std::string& code, db::DonorRole role) {
    workflows::SampleRegistration input;
    input.requestId = requestId;
    input.sampleCode = code;
    input.donorRole = role;
    input.sampleType = db::SampleType::BuccalSwab;
    input.collectedAt = "2026-11-20T10:15";
    input.collectedPlace = "Police station 3";
    input.collectedBy = "Officer Wang";
    return input;
}

}  // namespace reunite::test
