#pragma once
// SyntheticGallery: fills a workstation database with synthetic gallery candidates for the
// benchmarks (one photo and one face with a random embedding each), so that start-up, search and
// GUI figures can be measured at sizes no real set reaches. Nobody's face is involved.
// Inputs: an open database (the caller holds the transaction), the indices of the candidates to
// add, and the face model they claim. Guarantees: the same indices and seed give the same rows.
// Thread safety: uses the caller's database connection; one thread.
#include <random>
#include <string>

#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::bench {

struct SyntheticFaceSpec {
    std::string modelId;
    std::string modelVersion = "1";
    float spread = 0.1f;  // standard deviation of each embedding value
};

// Adds candidates first .. first+count-1 ("synthetic-<i>"), each with one photo and one face.
Status addSyntheticCandidates(db::Database& database, long first, long count, const SyntheticFaceSpec& spec,
                              std::mt19937& random);

}  // namespace reunite::bench
