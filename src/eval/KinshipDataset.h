#pragma once
// KinshipDataset: a folder with index.csv listing face photos of families:
//   file,family,role[,relation,generation]   (as ../shared/data/kinfacew-i)
// role is father, mother, son or daughter (parent / child when the sex is not given); rows with
// other roles (e.g. grandparents) are skipped and counted. Paths are resolved against the folder.
// relatedPairs() gives every (parent photo, child photo) pair of each family. When the folder
// ships its own pair lists (KinshipProtocol: KinFaceW's meta_data), `protocol` holds them with
// the parent first; listed pairs that are not a parent and a child of the index are dropped and
// counted in protocol.unmatchedPairs.
// Thread safety: plain value.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"
#include "eval/KinshipProtocol.h"
#include "kinship/KinshipTypes.h"

namespace reunite {

struct KinshipPhoto {
    std::filesystem::path file;
    std::string family;
    KinRole role = KinRole::Child;
};

struct KinshipPhotoPair {
    std::size_t parent = 0;  // indices into photos
    std::size_t child = 0;
};

struct KinshipDataset {
    std::filesystem::path folder;
    std::vector<KinshipPhoto> photos;
    std::size_t skippedRows = 0;
    KinshipProtocol protocol;

    static Result<KinshipDataset> load(const std::filesystem::path& folder);
    std::vector<KinshipPhotoPair> relatedPairs() const;
};

}  // namespace reunite
