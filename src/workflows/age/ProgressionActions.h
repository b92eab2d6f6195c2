#pragma once
// ProgressionActions: render an age-progressed image of a stored face (a case's childhood photo
// or any photo with a face) at a target age, and export it as a marked PNG with its parameters in
// the metadata. An investigative aid, never a photograph of the person.
// The parents' option: with blendWithParent, the face is blended (weight parentWeight, inside the
// face) toward a photo of the case's parent of the child's sex (father for a boy, mother for a
// girl), that parent's face itself aged or rejuvenated to the target age by the same model and
// its colour matched to the child's (AgeProgressor). Of that parent's photos the one taken at the
// age nearest the target is used; a photo without a recorded age takes the age its face looks
// (AgeEstimator). No such parent, or the child's sex unknown: rendered without, with a warning.
// Guarantees: RenderProgressions authorized; the age model comes from the engine (missing ->
// ModelMissing naming build-age-model); warnings say when an age lies outside the model's data
// or the warp folded; the exported file carries the visible mark and the metadata.
// Thread safety: uses the Session from the calling thread; the engine's age model is shared.
#include <cstdint>
#include <filesystem>
#include <optional>

#include "age/progression/AgeProgressor.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct ProgressionAges {
    double sourceAge = 0;  // age in the photo
    double targetAge = 0;
    Sex sex = Sex::Unknown;
};

struct ProgressionOrder {
    std::int64_t faceId = 0;  // a stored face (its photo is read from the photo store)
    ProgressionAges ages;
    bool blendWithParent = false;  // see above; only for a face of a case's own photo
    double parentWeight = 0.3;     // 0..1
};

// What the analyst should know about a rendered progression.
struct ProgressionWarnings {
    bool ageOutsideModel = false;  // an age lies outside the model's data: the change is held at the nearest end
    double modelYoungest = 0;      // the age model's range, for the message
    double modelOldest = 0;
    bool meshFolded = false;       // the shape change folded the warp mesh
    bool parentMissing = false;    // a blend was asked for, but the case has no usable photo of that parent
};

struct RenderedProgression {
    Image before;
    ProgressionResult result;
    ProgressionWarnings warnings;
};

class ProgressionActions {
public:
    explicit ProgressionActions(Session& session) : session_(session) {}

    // Reads the face's photo from the photo store and progresses the face.
    Result<RenderedProgression> render(const ProgressionOrder& order);
    // The same for a face of a photo the caller has already decoded (landmarks in that image's
    // pixels), so that a photo shown and progressed is decoded once; the photo becomes `before`.
    Result<RenderedProgression> renderDecoded(Image photo, const Landmarks& landmarks, const ProgressionAges& ages);
    Status exportPng(const RenderedProgression& progression, const std::filesystem::path& file);

private:
    Result<RenderedProgression> renderWith(Image photo, const Landmarks& landmarks, const ProgressionAges& ages, const FacePhoto* parent,
                                           double parentWeight);
    Session& session_;
};

}  // namespace reunite::workflows
