#include "CrossAgeDataset.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace reunite {
namespace {

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.push_back(field);
            field.clear();
        } else if (c != '\r') {
            field.push_back(c);
        }
    }
    fields.push_back(field);
    return fields;
}

}  // namespace

Result<CrossAgeDataset> CrossAgeDataset::load(const std::filesystem::path& folder) {
    const std::filesystem::path indexFile = folder / "index.csv";
    std::ifstream in(indexFile);
    if (!in) return makeError(ErrorCode::NotFound, "no index.csv in " + folder.string());
    CrossAgeDataset dataset;
    dataset.folder = folder;
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = splitCsvLine(line);
    auto column = [&](const std::string& name) -> int {
        const auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : static_cast<int>(it - header.begin());
    };
    const int fileColumn = column("file"), subjectColumn = column("subject"), ageColumn = column("age_group");
    if (fileColumn < 0 || subjectColumn < 0 || ageColumn < 0) {
        return makeError(ErrorCode::InvalidArgument, indexFile.string() + " needs the columns file,subject,age_group");
    }
    int lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty()) continue;
        const std::vector<std::string> fields = splitCsvLine(line);
        const int needed = std::max({fileColumn, subjectColumn, ageColumn});
        if (static_cast<int>(fields.size()) <= needed) {
            return makeError(ErrorCode::InvalidArgument,
                             indexFile.string() + ":" + std::to_string(lineNumber) + ": too few columns");
        }
        const std::string& group = fields[ageColumn];
        if (group != "young" && group != "adult") {
            return makeError(ErrorCode::InvalidArgument, indexFile.string() + ":" + std::to_string(lineNumber) +
                                                             ": age_group must be young or adult, not '" + group + "'");
        }
        dataset.entries.push_back(CrossAgeEntry{folder / fields[fileColumn], fields[subjectColumn], group == "young"});
    }
    return dataset;
}

Result<std::vector<std::filesystem::path>> listImagesRecursively(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return makeError(ErrorCode::NotFound, "not a folder: " + folder.string());
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".tif" || ext == ".tiff" ||
            ext == ".webp") {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace reunite
