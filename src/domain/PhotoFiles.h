#pragma once
// The one rule for "is this a photo file": the image formats the decoder reads (JPEG, PNG, BMP,
// TIFF, WebP, PBM/PGM/PPM), by file name ending, in any case. Folder listings, drag and drop,
// file dialogs and evaluation sets all use it, so they accept the same files.
// Thread safety: pure functions.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"

namespace reunite {

// ".jpg", ".jpeg", ...: lower case, with the dot.
const std::vector<std::string_view>& photoFileExtensions();
bool isPhotoFile(const std::filesystem::path& file);
// "*.jpg *.jpeg ...": for file dialog filters.
std::string photoFilePatterns();
// Regular photo files below `folder` (recursively), sorted. Symbolic links to folders are not
// followed, so a link loop cannot trap the walk; unreadable sub-folders are skipped.
Result<std::vector<std::filesystem::path>> listPhotoFilesRecursively(const std::filesystem::path& folder);

}  // namespace reunite
