#pragma once
// AgeModel: mean face shape and mean shape-free texture as smooth functions of age, per sex.
// Built from AgeModelData (usually read from resources/age_model). Each band entry becomes a
// knot at its mean age; between knots shapes and textures are interpolated linearly, outside
// the knots they are held at the first/last knot. Sex::Unknown is the average of both curves.
//
// Gaps: a band with fewer than kMinUsableCount photos of one sex takes the other sex's entry plus
// the female/male difference interpolated from the nearest bands that have both (so a sex's
// trajectory never jumps to the other sex's face). Such entries are listed by imputedEntries().
//
// Textures are returned re-warped onto referenceShape() in the texture frame, so that textures
// of different ages line up pixel by pixel.
// Thread safety: immutable after creation; all methods const and safe from many threads; copies
// share the same read-only data.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "age/model/AgeModelData.h"
#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"
#include "domain/Sex.h"

namespace reunite {

class AgeModel {
public:
    static constexpr int kMinUsableCount = 10;

    static Result<AgeModel> fromData(AgeModelData data);
    static Result<AgeModel> load(const std::filesystem::path& folder);
    // The first resources/age_model folder that holds a model (domain/ResourceLocator.h).
    static Result<AgeModel> discover();

    const std::string& id() const;
    int version() const;
    const AgeModelData& data() const;
    const TextureFrame& frame() const;
    const Landmarks& referenceShape() const;
    double youngestKnotAge() const;
    double oldestKnotAge() const;

    // Mean normalised shape at this age.
    Landmarks meanShape(double age, Sex sex) const;
    // Mean texture at this age on referenceShape(): frame.size^2 RGB triples (row-major), 0..255.
    std::vector<float> referenceFrameTexture(double age, Sex sex) const;
    // Detail energy at this age on referenceShape() (AgeModelEntry::detailEnergy, in grey levels):
    // frame.size^2 triples, one per detail band; empty when the model's files have none.
    bool hasDetailEnergy() const;
    std::vector<float> referenceFrameDetailEnergy(double age, Sex sex) const;
    // "25-34 male", ...: entries filled from the other sex (see above).
    std::vector<std::string> imputedEntries() const;

private:
    struct Impl;
    explicit AgeModel(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    std::shared_ptr<const Impl> impl_;
};

}  // namespace reunite
