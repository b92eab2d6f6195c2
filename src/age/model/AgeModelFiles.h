#pragma once
// Reading and writing an age model folder: age_model.json (bands, counts, mean ages, mean shapes,
// reference shape, texture frame, sources) plus one PNG mean texture per band and sex with data.
// Writing is deterministic: the same AgeModelData always gives byte-identical files.
// Reading validates everything and refuses damaged files with an error that names the file and
// the problem (CorruptData), or NotFound when the folder or a file is missing. The id of a read
// model is derived from the JSON bytes, so any change to the model changes its id.
// Thread safety: pure functions (touch only the given folder).
#include <filesystem>

#include "age/model/AgeModelData.h"
#include "domain/Result.h"

namespace reunite {

inline constexpr const char* kAgeModelJsonName = "age_model.json";
inline constexpr const char* kAgeModelFormat = "reunite-age-model";
inline constexpr int kAgeModelVersion = 1;

Status writeAgeModelFiles(const AgeModelData& model, const std::filesystem::path& folder);
Result<AgeModelData> readAgeModelFiles(const std::filesystem::path& folder);

}  // namespace reunite
