#pragma once
// AgeModelBuilder: builds AgeModelData from photos with known age and sex.
// Pass 1 finds the 68 landmarks of every photo with the core pipeline (BatchProcessor, one
// pipeline clone per thread) and keeps the main face when it is plausible: a real detection or
// a fallback box, landmarks on the image, not turned away, and close to the pooled mean
// shape after similarity alignment (degenerate landmark fits are dropped). Photos without a face
// are skipped. Each kept face is also
// used mirrored, so the means are left-right symmetric.
// Then: reference shape = generalised Procrustes mean of all kept shapes; per band and sex the
// mean aligned shape; pass 2 warps every kept face piecewise-affinely onto its band's mean shape
// in the texture frame, divides it by its own mean face colour (so lighting and skin tone do not
// differ between bands) and averages; the averages are rescaled by the mean face colour of all
// photos.
// Guarantees: deterministic (input sorted, integer accumulation, no randomness): the same
// photos give the same AgeModelData however threads interleave. Only averages leave this class.
// Thread safety: build() uses its own threads; one build() at a time per instance.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "age/model/AgeBand.h"
#include "age/model/AgeDatasetIndex.h"
#include "age/model/AgeModelData.h"
#include "core/pipeline/FacePipeline.h"
#include "domain/Result.h"

namespace reunite {

struct AgeModelBuildOptions {
    std::vector<AgeBand> bands = growthAgeBands();
    int frameSize = 160;
    int threads = 0;                 // 0: all hardware threads
    // RMS distance to the pooled mean shape after alignment (normalised units, RMS radius 1): about
    // the 95th percentile of detected faces; stricter for fallback boxes, where no detector vouches.
    double maxShapeResidual = 0.18;
    double maxFallbackShapeResidual = 0.13;
    double maxYawDegrees = 20;
    // Tight crops cut the jaw line: jaw points may lie this far (fraction of the face width) off
    // the image; all other points must be on it.
    double jawOffImageTolerance = 0.12;
    std::map<std::string, std::string> sourceDescriptions;  // by AgeSample::source
    std::string description;
};

struct AgeModelBuildReport {
    std::size_t listed = 0;
    std::size_t outsideBands = 0;
    std::size_t sexUnknown = 0;
    std::size_t unreadable = 0;
    std::size_t noFace = 0;
    std::size_t landmarksOffImage = 0;
    std::size_t turnedAway = 0;
    std::size_t degenerateLandmarks = 0;
    std::size_t used = 0;
};

struct AgeModelBuild {
    AgeModelData model;
    AgeModelBuildReport report;
};

class AgeModelBuilder {
public:
    explicit AgeModelBuilder(AgeModelBuildOptions options = {}) : options_(std::move(options)) {}

    // stage: "landmarks" or "textures"; called from worker threads, serialised.
    using ProgressCallback = std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;

    Result<AgeModelBuild> build(const FacePipeline& prototype, const std::vector<AgeSample>& samples,
                                const ProgressCallback& onProgress = {}) const;

private:
    AgeModelBuildOptions options_;
};

}  // namespace reunite
