#pragma once
// AgeProgressor: renders how a face photographed at one age might look at another age, from an
// AgeModel. The output is an investigative aid, never a photograph of the person.
//
// Steps: (1) shape: target landmarks = own landmarks + (meanShape(target) - meanShape(source)),
// the target mean first registered on the source mean by the eye region (so growth extends the
// lower face and jaw away from the eyes), the difference mapped from the normalised frame into
// the photo by the face's own similarity transform; the image is warped piecewise-affinely (FaceShapeWarper), fading out at a ring
// around the face. (2) texture: the difference of the mean textures (target minus source) is
// split into low and high frequencies, recombined as low + highFrequencyFraction * high, warped
// from the model frame onto the new landmarks, scaled per channel by the face's mean colour over
// the model's (so shading changes are proportionate on any skin tone and exposure), its colour
// part reduced by chromaFraction (removed on black-and-white photos), and added inside a
// feathered face mask; then (2b) detail: the face's own fine detail is made as strong, place by
// place, as the target age's prototype has it relative to the source age's (a local-energy
// transfer after Tiddeman, Burt and Perrett 2001), so adult skin texture and beard shadow appear
// and childhood softness goes without blurring the face. (3) optional
// parent: the parent's face (aged or rejuvenated to the target age by the same texture step) is
// warped onto the new landmarks, its colour matched to the progressed face, and blended in with
// the given weight inside the mask.
//
// Inputs: an RGB photo with its 68 landmarks and the age at the photo (years, 0..120); target age;
// sex (Unknown averages both). Guarantees: output image has the input's size; pixels outside
// the warp ring and the mask are unchanged; target age == source age and no parent gives the
// input image (within rounding) and the same landmarks.
// Thread safety: immutable; progress() is const and safe from many threads.
#include <optional>
#include <string>

#include "age/model/AgeModel.h"
#include "age/geometry/FaceShapeWarper.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"
#include "domain/Result.h"
#include "domain/Sex.h"

namespace reunite {

struct FacePhoto {
    Image image;
    Landmarks landmarks{};
    double age = 0;  // age of the person at this photo, years
};

struct ProgressionRequest {
    double targetAge = 0;
    Sex sex = Sex::Unknown;
    double parentWeight = 0.3;  // 0..1, used when a parent photo is given
};

struct ProgressionOptions {
    double textureStrength = 1.0;         // scales the whole texture difference
    double highFrequencyFraction = 0.5;   // share of the fine detail (wrinkles, skin) applied
    double lowPassSigma = 0.025;          // low/high split: Gaussian sigma, fraction of the frame size
    double maskFeather = 0.06;            // mask feather, fraction of the face width
    double chromaFraction = 0.5;          // share of the colour (not brightness) part of the change
    double detailStrength = 1.0;          // exponent on the detail step's local-energy gains (0: no detail step)
    FaceWarpOptions warp;
};

// What was done, for the metadata of the written image.
struct ProgressionRecord {
    double sourceAge = 0;
    double targetAge = 0;
    Sex sex = Sex::Unknown;
    bool parentUsed = false;
    double parentWeight = 0;
    double parentAge = 0;
    std::string modelId;
    int modelVersion = 0;
};

struct ProgressionResult {
    Image image;
    Landmarks landmarks{};
    ProgressionRecord record;
    std::size_t foldedTriangles = 0;  // > 0 warns of an implausibly large shape change
};

class AgeProgressor {
public:
    explicit AgeProgressor(AgeModel model, ProgressionOptions options = {});

    Result<ProgressionResult> progress(const FacePhoto& face, const ProgressionRequest& request,
                                       const FacePhoto* parent = nullptr) const;

    // The shape step alone: where the landmarks go between the two ages.
    Landmarks targetLandmarks(const Landmarks& own, double sourceAge, double targetAge, Sex sex) const;

    const AgeModel& model() const { return model_; }
    const ProgressionOptions& options() const { return options_; }

private:
    AgeModel model_;
    ProgressionOptions options_;
};

}  // namespace reunite
