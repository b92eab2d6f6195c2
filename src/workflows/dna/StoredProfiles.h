#pragma once
// Conversions between the calculator's STR profiles (dna::StrProfile) and the stored ones
// (db::StrProfileRecord): loci as "12/14" text with the lab file's line.
// Guarantees: toStoredLoci(p) read back by toCalculatorProfile() gives p again; a stored allele
// that is no longer readable -> CorruptData naming the marker. Never throws.
// Thread safety: pure functions.
#include <string>
#include <vector>

#include "db/records/StrProfileRecord.h"
#include "dna/StrProfile.h"
#include "domain/Result.h"

namespace reunite::workflows {

std::vector<db::StrLocusRow> toStoredLoci(const dna::StrProfile& profile);
Result<dna::StrProfile> toCalculatorProfile(const db::StrProfileRecord& record, const std::string& sampleCode);

}  // namespace reunite::workflows
