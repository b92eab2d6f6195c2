#include "eval/KinshipDataset.h"

#include <algorithm>
#include <map>

#include "domain/CsvReader.h"

namespace reunite {
namespace {

// The protocol's pairs with the parent first; pairs that are not a parent and a child dropped.
KinshipProtocol orientedByRole(KinshipProtocol protocol, const std::vector<KinshipPhoto>& photos) {
    std::vector<KinshipProtocolPair> kept;
    for (KinshipProtocolPair pair : protocol.pairs) {
        if (!isParentRole(photos[pair.first].role)) std::swap(pair.first, pair.second);
        if (isParentRole(photos[pair.first].role) && !isParentRole(photos[pair.second].role)) {
            kept.push_back(pair);
        } else {
            ++protocol.unmatchedPairs;
        }
    }
    protocol.pairs = std::move(kept);
    if (protocol.pairs.empty()) protocol.folds = 0;
    return protocol;
}

}  // namespace

Result<KinshipDataset> KinshipDataset::load(const std::filesystem::path& folder) {
    auto table = readCsvFile(folder / "index.csv");
    if (!table) return table.error();
    const int file = table.value().column("file"), family = table.value().column("family"), role = table.value().column("role");
    if (file < 0 || family < 0 || role < 0) {
        return makeError(ErrorCode::CorruptData, (folder / "index.csv").string() + " needs the columns file, family and role");
    }
    KinshipDataset dataset;
    dataset.folder = folder;
    for (const auto& row : table.value().rows) {
        if (static_cast<int>(row.size()) <= std::max({file, family, role}) || row[file].empty() || row[family].empty()) {
            ++dataset.skippedRows;
            continue;
        }
        const auto parsed = parseKinRole(row[role]);
        if (!parsed) {
            ++dataset.skippedRows;
            continue;
        }
        dataset.photos.push_back(KinshipPhoto{folder / row[file], row[family], *parsed});
    }
    if (dataset.photos.empty()) {
        return makeError(ErrorCode::CorruptData, (folder / "index.csv").string() + " lists no photo of a parent or child");
    }
    std::vector<std::filesystem::path> files;
    for (const KinshipPhoto& photo : dataset.photos) files.push_back(photo.file);
    auto protocol = loadKinshipProtocol(folder, files);
    if (!protocol) return protocol.error();
    dataset.protocol = orientedByRole(std::move(protocol).value(), dataset.photos);
    return dataset;
}

std::vector<KinshipPhotoPair> KinshipDataset::relatedPairs() const {
    std::map<std::string, std::vector<std::size_t>> parents, children;
    for (std::size_t i = 0; i < photos.size(); ++i)
        (isParentRole(photos[i].role) ? parents : children)[photos[i].family].push_back(i);
    std::vector<KinshipPhotoPair> pairs;
    for (const auto& [family, elders] : parents) {
        const auto young = children.find(family);
        if (young == children.end()) continue;
        for (std::size_t p : elders)
            for (std::size_t c : young->second) pairs.push_back({p, c});
    }
    return pairs;
}

}  // namespace reunite
