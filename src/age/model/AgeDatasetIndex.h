#pragma once
// Readers of the index.csv files of the research face sets used to build the age model.
// aaf (All-Age-Faces):  file,age,gender,keypoints_file,person_id   gender 0 = female, 1 = male
// utkface (UTKFace):    file,age,gender,race                         gender 0 = male, 1 = female
// (the two sets code gender in reverse; these readers turn both into Sex; an empty gender, as on
// a few UTKFace rows, is Sex::Unknown, which the age model builder leaves out).
// Guarantees: samples sorted by path; paths absolute under the set's folder; a malformed line is
// an error naming file and line. Images are only listed here, never read or copied.
// Thread safety: pure functions.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"
#include "domain/Sex.h"

namespace reunite {

struct AgeSample {
    std::filesystem::path path;
    int age = 0;
    Sex sex = Sex::Female;
    std::string source;  // "aaf", "utkface"
};

Result<std::vector<AgeSample>> readAafIndex(const std::filesystem::path& folder);
Result<std::vector<AgeSample>> readUtkFaceIndex(const std::filesystem::path& folder);

}  // namespace reunite
