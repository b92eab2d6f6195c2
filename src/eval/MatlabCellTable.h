#pragma once
// MatlabCellTable: the first variable of a MATLAB 5 MAT-file (level 5, little-endian, compressed
// or not) when it is a two-dimensional cell array whose cells are numeric scalars or character
// strings, as the KinFaceW pair lists (meta_data/*_pairs.mat: fold, kin, image1, image2) are.
// Numbers come back as text ("3"; non-integral values with full precision); rows in MATLAB's row
// order. Anything else (other classes, nested cells, big-endian files, sparse or complex values)
// is refused with CorruptData or UnsupportedFormat naming the file; nothing is guessed.
// Thread safety: pure function.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct MatlabCellTable {
    std::string variable;                        // the variable's name in the file
    std::vector<std::vector<std::string>> rows;  // rows x columns
};

Result<MatlabCellTable> readMatlabCellTable(const std::filesystem::path& file);

// The same from the file's bytes (for tests and callers that already hold them).
Result<MatlabCellTable> parseMatlabCellTable(const std::string& bytes, const std::string& nameForErrors);

}  // namespace reunite
