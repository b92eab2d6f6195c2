#pragma once
// StrProfileRecord: the STR typing of one sample as a lab reported it (tables `str_profiles` and
// `str_profile_loci`): kit, lab, the lab's report id, the file it was imported from with the
// file's SHA-256, and marker -> alleles ("12/14", canonical marker names) with the file's line.
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string>
#include <vector>

namespace reunite::db {

struct StrLocusRow {
    std::string marker;   // canonical name (dna::canonicalMarkerName)
    std::string alleles;  // normalised, sorted, '/'-separated ("9.3/9.3", "15/16/17")
    int sourceLine = 0;   // line of the lab file
};

struct StrProfileRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t sampleId = 0;
    std::string kit;
    std::string lab;
    std::string labReportId;
    std::string sourceFile;    // file name as imported
    std::string sourceSha256;  // lowercase hex of the whole file
    std::string fileLayout;    // "simple_csv" or "genemapper"
    std::vector<StrLocusRow> loci;  // ordered by marker
    std::string importedBy;  // set by the repository
    std::string importedAt;  // set by the repository
};

}  // namespace reunite::db
