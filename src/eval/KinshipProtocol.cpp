#include "eval/KinshipProtocol.h"

#include <algorithm>
#include <map>
#include <optional>

#include "eval/MatlabCellTable.h"

namespace reunite {
namespace {

constexpr int kSearchDepth = 3;  // folder, folder/X, folder/X/Y may hold meta_data
constexpr std::size_t kNoPhoto = static_cast<std::size_t>(-1);

bool isPairList(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return file.parent_path().filename() == "meta_data" && name.size() > 10 &&
           name.compare(name.size() - 10, 10, "_pairs.mat") == 0;
}

std::vector<std::filesystem::path> findPairLists(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> lists;
    std::error_code error;
    auto it = std::filesystem::recursive_directory_iterator(folder, std::filesystem::directory_options::skip_permission_denied, error);
    for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        if (it.depth() >= kSearchDepth) it.disable_recursion_pending();
        if (it->is_regular_file(error) && isPairList(it->path())) lists.push_back(it->path());
    }
    std::sort(lists.begin(), lists.end());
    return lists;
}

// File name -> photo index; names listed twice map to kNoPhoto (ambiguous).
std::map<std::string, std::size_t> photosByName(const std::vector<std::filesystem::path>& files) {
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto [it, inserted] = byName.emplace(files[i].filename().string(), i);
        if (!inserted) it->second = kNoPhoto;
    }
    return byName;
}

std::optional<int> integerOf(const std::string& text) {
    if (text.empty() || text.find_first_not_of("-0123456789") != std::string::npos) return std::nullopt;
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Status addList(const std::filesystem::path& list, const std::map<std::string, std::size_t>& byName, KinshipProtocol& out) {
    auto table = readMatlabCellTable(list);
    if (!table) return table.error();
    for (const auto& row : table.value().rows) {
        const auto fold = row.size() == 4 ? integerOf(row[0]) : std::nullopt;
        const auto kin = row.size() == 4 ? integerOf(row[1]) : std::nullopt;
        if (!fold || !kin || *fold < 1 || (*kin != 0 && *kin != 1))
            return makeError(ErrorCode::CorruptData, list.string() + ": a row is not (fold >= 1, kin 0/1, image1, image2)");
        const auto first = byName.find(std::filesystem::path(row[2]).filename().string());
        const auto second = byName.find(std::filesystem::path(row[3]).filename().string());
        if (first == byName.end() || second == byName.end() || first->second == kNoPhoto || second->second == kNoPhoto) {
            ++out.unmatchedPairs;
            continue;
        }
        out.pairs.push_back({*fold - 1, *kin == 1, first->second, second->second});
        out.folds = std::max(out.folds, *fold);
    }
    out.lists.push_back(list);
    return Ok{};
}

}  // namespace

Result<KinshipProtocol> loadKinshipProtocol(const std::filesystem::path& folder,
                                            const std::vector<std::filesystem::path>& photoFiles) {
    KinshipProtocol protocol;
    const auto byName = photosByName(photoFiles);
    for (const std::filesystem::path& list : findPairLists(folder)) {
        if (auto added = addList(list, byName, protocol); !added) return added.error();
    }
    if (protocol.pairs.empty()) protocol.folds = 0;
    return protocol;
}

}  // namespace reunite
