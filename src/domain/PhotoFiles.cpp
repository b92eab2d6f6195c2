#include "domain/PhotoFiles.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace reunite {

const std::vector<std::string_view>& photoFileExtensions() {
    static const std::vector<std::string_view> extensions{".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff",
                                                          ".webp", ".pbm", ".pgm", ".ppm"};
    return extensions;
}

bool isPhotoFile(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto& known = photoFileExtensions();
    return std::find(known.begin(), known.end(), extension) != known.end();
}

std::string photoFilePatterns() {
    std::string patterns;
    for (std::string_view extension : photoFileExtensions()) {
        if (!patterns.empty()) patterns += ' ';
        patterns += "*";
        patterns += extension;
    }
    return patterns;
}

Result<std::vector<std::filesystem::path>> listPhotoFilesRecursively(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return makeError(ErrorCode::NotFound, "not a folder: " + folder.string());
    std::vector<std::filesystem::path> files;
    const auto options = std::filesystem::directory_options::skip_permission_denied;
    std::filesystem::recursive_directory_iterator it(folder, options, ec);
    if (ec) return makeError(ErrorCode::Unreadable, "cannot read folder " + folder.string() + ": " + ec.message());
    for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            ec.clear();
            continue;
        }
        std::error_code statError;
        if (it->is_regular_file(statError) && isPhotoFile(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace reunite
