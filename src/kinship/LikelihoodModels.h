#pragma once
// LikelihoodModels: the shipped numbers that turn comparison scores into likelihood ratios, in one
// JSON file (resources/kinship/kinship_model.json, rebuilt by `reunite-cli build-kinship-model`):
// the kinship model (role means, whitening, joint-Bayesian matrices, fusion) and the identity
// calibration (direct, age-invariant, progressed, and their learned fusion), plus the
// cross-validated figures they were shipped with (informational). Numbers only, never faces.
// load() refuses a missing file (ModelMissing) and a file of another format, wrong sizes or
// non-finite numbers (ModelCorrupt).
// Thread safety: immutable after load; share freely.
#include <filesystem>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "calibration/IdentityCalibration.h"
#include "domain/Result.h"
#include "kinship/KinshipModel.h"

namespace reunite {

struct LikelihoodModels {
    KinshipModel kinship;
    IdentityCalibration identity;
    std::string provenance;
    std::string ageInvariantProvenance;  // the age-invariant transform the identity calibration assumes

    static Result<LikelihoodModels> load(const std::filesystem::path& file);
    // The committed file, found by locateResource(kLikelihoodModelsResource).
    static Result<LikelihoodModels> discover();
    // `figures` (may be null) is stored as "cross_validation" for the reader.
    Status save(const std::filesystem::path& file, const nlohmann::json* figures = nullptr) const;
};

inline constexpr const char* kLikelihoodModelsFormat = "reunite-likelihood-models/1";
inline constexpr const char* kLikelihoodModelsResource = "kinship/kinship_model.json";

}  // namespace reunite
