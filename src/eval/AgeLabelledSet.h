#pragma once
// AgeLabelledSet: a folder with index.csv listing face photos with the age at the photo:
//   file,age[,person_id | subject][,...]   (as ../shared/data/aaf and ../shared/data/utkface)
// The person (for cross-validation by person) is person_id or subject when present, else the file
// itself (sets with one photo per person). Rows without a file or with an age that is not a number
// from 0 to 120 are skipped and counted. Paths are resolved against the folder.
// Thread safety: plain value.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct AgeLabelledPhoto {
    std::filesystem::path file;
    double age = 0;
    std::string person;
};

struct AgeLabelledSet {
    std::filesystem::path folder;
    std::vector<AgeLabelledPhoto> photos;
    std::size_t skippedRows = 0;

    static Result<AgeLabelledSet> load(const std::filesystem::path& folder);
};

}  // namespace reunite
