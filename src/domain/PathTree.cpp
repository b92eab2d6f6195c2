#include "domain/PathTree.h"

#include <algorithm>
#include <iterator>

namespace reunite {

std::filesystem::path resolvedPath(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path out = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
    return ec ? std::filesystem::path() : out;
}

bool liesUnder(const std::filesystem::path& file, const std::filesystem::path& folder) {
    if (file.empty() || folder.empty()) return false;
    const auto folderEnd = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end()).first;
    // "store/" ends in an empty component: the folder itself.
    return folderEnd == folder.end() || (std::next(folderEnd) == folder.end() && folderEnd->empty());
}

}  // namespace reunite
