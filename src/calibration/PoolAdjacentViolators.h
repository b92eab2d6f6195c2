#pragma once
// PoolAdjacentViolators: isotonic regression of "is a mate" on a score (larger = more mate-like),
// mates and non-mates weighing half each (an equal prior). Samples with equal scores start in one
// block; adjacent blocks are pooled until the share of mates rises from block to block.
// Used by ScoreCalibration (knots) and by minimumCllr (the best monotone recalibration).
// Thread safety: pure function.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace reunite {

struct PavBlock {
    double mates = 0;          // counts
    double nonMates = 0;
    double meanScore = 0;      // class-weighted mean score of the block
    std::size_t begin = 0;     // positions in PavFit::order
    std::size_t end = 0;
};

struct PavFit {
    std::vector<std::size_t> order;  // sample indices by ascending score
    std::vector<PavBlock> blocks;    // ascending score, non-decreasing share of mates
    double allMates = 0, allNonMates = 0;
};

// labels: 1 mate, 0 non-mate; both classes must be present (otherwise no blocks).
PavFit poolAdjacentViolators(const std::vector<double>& scores, const std::vector<std::uint8_t>& labels);

}  // namespace reunite
