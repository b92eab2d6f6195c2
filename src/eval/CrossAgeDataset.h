#pragma once
// CrossAgeDataset: a folder with index.csv (file,subject,age_group young/adult), as in the
// Large Age-Gap set, optionally with an `age` column (age in years at the photo; empty = unknown).
// Paths are resolved against the folder. Rows with an unknown age group, an unreadable age or a
// missing column are reported as errors with their line number.
// Thread safety: plain value.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "domain/PhotoFiles.h"
#include "domain/Result.h"

namespace reunite {

struct CrossAgeEntry {
    std::filesystem::path file;
    std::string subject;
    bool young = false;
    std::optional<double> age;  // years at the photo, when the index gives it
};

struct CrossAgeDataset {
    std::filesystem::path folder;
    std::vector<CrossAgeEntry> entries;

    static Result<CrossAgeDataset> load(const std::filesystem::path& folder);
};


}  // namespace reunite
