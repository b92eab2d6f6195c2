#pragma once
// KinshipProtocol: a family set's own verification protocol, when the set ships one. KinFaceW-I
// and -II do: meta_data/{fd,fs,md,ms}_pairs.mat list, per relation type, the fold (1..5), kin or
// non-kin, and the two images (parent first) of every pair that set's papers test on; the
// non-kin pairs of a fold join a parent and a child of two families of that same fold. Using them
// makes our figures comparable with the published ones and independent of how we draw non-mates.
// loadKinshipProtocol looks for meta_data/*_pairs.mat in the folder and up to two levels below
// it; images are matched to the index's photos by file name (a name listed twice in the index is
// ambiguous and its pairs are counted as unmatched, never guessed). No lists: folds 0, no pairs.
// A list that cannot be read is an error naming the file.
// Thread safety: pure function.
#include <filesystem>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct KinshipProtocolPair {
    int fold = 0;            // 0-based
    bool related = false;
    std::size_t first = 0;   // indices into the photos passed to loadKinshipProtocol (parent first)
    std::size_t second = 0;
};

struct KinshipProtocol {
    int folds = 0;           // 0: the set has no protocol of its own
    std::vector<KinshipProtocolPair> pairs;
    std::vector<std::filesystem::path> lists;  // the files read
    std::size_t unmatchedPairs = 0;            // listed pairs whose images the index does not hold
};

Result<KinshipProtocol> loadKinshipProtocol(const std::filesystem::path& folder,
                                            const std::vector<std::filesystem::path>& photoFiles);

}  // namespace reunite
