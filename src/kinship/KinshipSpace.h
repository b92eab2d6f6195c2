#pragma once
// KinshipSpace: the learned comparison of two faces of one family (parent and child), giving two
// scores that the KinshipModel turns into a likelihood ratio:
//  - whitenedCosine: each face is centred on the mean face of its role (father, mother, son,
//    daughter: removes the systematic differences of sex and generation), then whitened by the
//    within-family covariance (the directions in which a child's face departs from the parent's
//    are shrunk), and the cosine of the two is taken (-1..1);
//  - jointBayesian: in the 32 leading principal directions of the role-centred faces, the log
//    likelihood ratio of a two-covariance model (family share + individual part) for
//    "same family" against "different families" (natural log; uncalibrated).
// Role means of Parent / Child (sex unknown) are the averages of the two sexes.
// Holds numbers only (4 means, matrices), never faces. Thread safety: immutable; share freely.
#include <array>
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"
#include "kinship/KinshipTypes.h"

namespace reunite {

struct KinshipScores {
    double whitenedCosine = 0;
    double jointBayesian = 0;
};

// A face projected once for many comparisons (e.g. every gallery face, or a relative's photo):
// comparing two projections costs about 1,200 multiply-adds instead of 22,000.
struct KinshipProjection {
    Embedding whitened{};          // unit length (zero for a degenerate face)
    std::vector<float> bayesian;   // k numbers
    double bayesianSelf = 0;       // 0.5 x'Ax of this face
};

class KinshipSpace {
public:
    struct Parameters {
        std::array<Embedding, 4> roleMeans{};  // father, mother, son, daughter
        std::vector<float> whitening;          // 128 x 128, row-major
        std::size_t bayesianDimension = 0;     // k
        std::vector<float> bayesianProjection; // k x 128, row-major
        std::vector<float> bayesianSelf;       // k x k: A in 0.5 (x'Ax + y'Ay) + x'Gy + c
        std::vector<float> bayesianCross;      // k x k: G
        double bayesianConstant = 0;           // c
    };

    KinshipSpace() = default;
    // Fails (ModelCorrupt) when the matrix sizes do not fit each other.
    static Result<KinshipSpace> create(Parameters parameters);

    KinshipProjection project(const Embedding& face, KinRole role) const;
    KinshipScores score(const KinshipProjection& first, const KinshipProjection& second) const;
    KinshipScores score(const Embedding& first, KinRole firstRole, const Embedding& second, KinRole secondRole) const;

    const Parameters& parameters() const { return p_; }

private:
    explicit KinshipSpace(Parameters parameters) : p_(std::move(parameters)) {}
    Embedding centred(const Embedding& face, KinRole role) const;

    Parameters p_;
};

}  // namespace reunite
