#pragma once
// CrossAgeRanker: searches the young photos of a cross-age set against a gallery index and
// records the rank of each probe's true identity. Two views of the same probes:
//   per photo: every young photo is a query of its own;
//   per case:  all young photos of one person form one query (as a case with several childhood
//              photos is searched), fused as the transform's fusion settings say.
// Thread safety: reads the index (shared lock inside it); the tally is the caller's.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "crossage/AgeInvariantTransform.h"
#include "domain/Result.h"
#include "search/GalleryIndex.h"

namespace reunite {

struct EvalProbe {
    std::filesystem::path file;
    std::string subject;
    std::optional<double> age;            // years at the photo, when the set gives it
    std::optional<Embedding> embedding;   // the main face (augmented when the model asks for it)
    std::optional<Embedding> progressed;  // age-progressed main face
};

enum class RankingMethod { Direct, Progressed, Invariant, Fused };

struct RankingSettings {
    RankingMethod method = RankingMethod::Direct;
    const AgeInvariantTransform* transform = nullptr;  // needed by Invariant and Fused
    std::size_t topK = 0;                               // 0: every candidate
    const std::set<std::int64_t>* excluded = nullptr;   // candidates left out of the gallery (e.g. distractors)
};

struct RankingTally {
    std::vector<int> trueRanks;           // 0: the mate was not ranked
    std::vector<double> genuine;          // fused distance of the mate
    std::vector<double> closestImpostor;  // fused distance of the best other candidate
    std::size_t withoutFace = 0;
    std::size_t withoutMate = 0;
};

// The candidate id of each subject in the gallery.
using CandidateOfSubject = std::map<std::string, std::int64_t>;

Status rankPhotos(const GalleryIndex& index, const std::vector<EvalProbe>& probes, const std::vector<std::size_t>& which,
                  const CandidateOfSubject& candidates, const RankingSettings& settings, RankingTally& tally);

Status rankCases(const GalleryIndex& index, const std::vector<EvalProbe>& probes, const std::vector<std::size_t>& which,
                 const CandidateOfSubject& candidates, const RankingSettings& settings, RankingTally& tally);

}  // namespace reunite
