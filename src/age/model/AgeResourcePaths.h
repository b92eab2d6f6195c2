#pragma once
// Where the age model and the research data are looked for.
// Age model search order: $REUNITE_AGE_MODEL_DIR, <executable dir>/age_model,
// <executable dir>/../resources/age_model, then resources/age_model of the source tree this
// build was configured from (where build-age-model writes it and where it is committed).
// Research data: $REUNITE_RESEARCH_DATA_DIR, else <source tree>/../shared/data (never copied
// into the project).
// Thread safety: pure functions (read the environment).
#include <filesystem>
#include <vector>

namespace reunite {

std::filesystem::path sourceTreeAgeModelFolder();
std::vector<std::filesystem::path> ageModelSearchFolders();
std::filesystem::path defaultResearchDataFolder();

}  // namespace reunite
