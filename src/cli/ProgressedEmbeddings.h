#pragma once
// Embeddings of age-progressed versions of photos (the "progressed" probes of a case search, made
// by makeProgressedProbe), on all cores, for evaluation and training commands.
#include <filesystem>
#include <optional>
#include <vector>

#include "age/progression/AgeProgressor.h"
#include "core/pipeline/FacePipeline.h"

namespace reunite::cli {

// One entry per file; empty when the photo could not be read, had no face or could not be progressed.
std::vector<std::optional<Embedding>> embedProgressedFaces(const FacePipeline& prototype, const AgeProgressor& progressor,
                                                           const std::vector<std::filesystem::path>& files,
                                                           double ageAtPhoto, double targetAge, int threads);

}  // namespace reunite::cli
