#pragma once
// CaseSearchOptions: what the analyst chooses for a case search (the rest comes from the case:
// its childhood photos, sex and date of birth). Plain values; the CLI and the GUI fill the same
// struct, so both search the same way.
// Thread safety: plain value type.
#include <cstddef>
#include <set>
#include <string>

namespace reunite::workflows {

struct CaseSearchOptions {
    std::size_t topK = 30;
    bool filterBySex = true;
    int birthYearTolerance = 2;  // window = the case's birth year +- this; < 0: no window
    bool includeUnknownBirthYear = true;
    // Records without a birth year are judged by the birth years their faces' estimated ages imply
    // (GalleryAgeEstimation.h) where they have them, before includeUnknownBirthYear applies.
    bool useEstimatedBirthYears = true;
    std::set<std::string> regions;  // empty: all
    std::set<std::string> sources;  // empty: all
    bool useProgressedProbes = true;  // when the shipped fusion gives them weight
    int threads = 0;
};

}  // namespace reunite::workflows
